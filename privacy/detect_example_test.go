package privacy_test

import (
	"fmt"
	"time"

	"github.com/jaga-id/jaga"
	"github.com/jaga-id/jaga/privacy"
)

func ExampleDetect() {
	for _, msg := range []string{
		"tolong hapusss semua data pribadi gue dong min",
		"/ekspor@jaga_bot",
		"hapus chat ini",
		"export laporan penjualan ke excel",
	} {
		d := privacy.Detect(msg)
		fmt.Printf("%q: type=%q ambiguous=%v clarify=%q command=%q\n", msg, d.Type, d.Ambiguous, d.Clarify, d.Command)
	}
	// Output:
	// "tolong hapusss semua data pribadi gue dong min": type="erasure" ambiguous=false clarify="" command=""
	// "/ekspor@jaga_bot": type="export" ambiguous=false clarify="" command="/ekspor"
	// "hapus chat ini": type="erasure" ambiguous=true clarify="clarify_erasure_scope" command=""
	// "export laporan penjualan ke excel": type="" ambiguous=false clarify="" command=""
}

func ExamplePolicy_DueAt() {
	received := time.Date(2026, 11, 20, 16, 30, 0, 0, time.UTC)
	p := privacy.DefaultPolicy()
	b, _ := privacy.LegalBasisFor(jaga.RequestAccess)
	fmt.Println(p.DueAt(jaga.RequestAccess, received).Format(time.RFC3339), b.Citation("id"))
	// Output: 2026-11-23T16:30:00Z UU 27/2022 Pasal 7 dan 32
}

func ExampleParseYesNo() {
	for _, answer := range []string{"iyaa boleh", "gak mau", "ya saya mau tanya harga"} {
		yes, no := privacy.ParseYesNo(answer)
		fmt.Println(answer, yes, no)
	}
	// Output:
	// iyaa boleh true false
	// gak mau false true
	// ya saya mau tanya harga false false
}

func ExampleText() {
	fmt.Println(privacy.Text("erasure_cancelled", "en", nil))
	// Output: OK, deletion cancelled. We haven't changed your data.
}
