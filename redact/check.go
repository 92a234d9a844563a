package redact

// Check is the egress check: it scans every text part of a finished request
// body and reports the personal data still in it. Placeholders such as
// [PHONE_1] and business figures are not findings. The caller blocks the
// request when the result is not empty. Findings carry no values.
func (r *Redactor) Check(parts ...string) []Finding {
	var out []Finding
	for i, p := range parts {
		n := normalize(p)
		sc := r.getScanner()
		mk := 0 // a cursor for orig
		for _, sp := range sc.run(r, n.s) {
			out = append(out, Finding{Kind: r.kindName(sp.kind), Part: i, Start: n.orig(sp.start, &mk), End: n.orig(sp.end, &mk)})
		}
		r.putScanner(sc)
	}
	return out
}
