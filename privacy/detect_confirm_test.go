package privacy

import "testing"

func TestParseYesNo(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text    string
		yes, no bool
	}{
		{"ya", true, false},
		{"Iyaaa", true, false},
		{"YES", true, false},
		{"y", true, false},
		{"ok", true, false},
		{"oke kak", true, false},
		{"Setuju!", true, false},
		{"boleh", true, false},
		{"mau", true, false},
		{"iya boleh deh", true, false},
		{"ok, setuju 👍", true, false},
		{"yes please", true, false},
		{"tidak", false, true},
		{"nggak", false, true},
		{"gak", false, true},
		{"ga", false, true},
		{"enggak", false, true},
		{"No.", false, true},
		{"tolak", false, true},
		{"tidak setuju", false, true},
		{"gak mau", false, true},
		{"saya tidak mau", false, true},
		{"nggak, makasih", false, true},
		{"no thanks", false, true},
		{"don't agree", false, true},
		{"belum", false, true},
		// Not clear answers.
		{"", false, false},
		{"🙂", false, false},
		{"ya ga", false, false},
		{"ya saya mau tanya harga kopi", false, false},
		{"berapa omzet bulan ini?", false, false},
		{"ok tapi nanti", false, false},
		{"terima kasih", false, false},
		{"ya ya ya ya ya ya ya", false, false},
		{"\xff\xfe", false, false},
	} {
		yes, no := ParseYesNo(c.text)
		if yes != c.yes || no != c.no {
			t.Errorf("ParseYesNo(%q) = %v, %v; want %v, %v", c.text, yes, no, c.yes, c.no)
		}
	}
}

func TestIsConfirmation(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		text, word string
		want       bool
	}{
		{"HAPUS", "HAPUS", true},
		{"hapus", "HAPUS", true},
		{"Hapus!", "HAPUS", true},
		{"hapusss", "HAPUS", true},
		{"  HAPUS ya kak", "HAPUS", true},
		{"ok HAPUS", "HAPUS", true},
		{"DELETE", "DELETE", true},
		{"delete.", "DELETE", true},
		{"yes, delete", "DELETE", true},
		{"jangan hapus", "HAPUS", false},
		{"don't delete", "DELETE", false},
		{"hapus chat ini", "HAPUS", false},
		{"hapus tidak", "HAPUS", false},
		{"ya", "HAPUS", false},
		{"HAPUS", "DELETE", false},
		{"hapus data saya sekarang juga ya kak", "HAPUS", false},
		{"", "HAPUS", false},
		{"HAPUS", "", false},
		{"HAPUS", "HAPUS DATA", false},
		{"\xffHAPUS", "HAPUS", true},
	} {
		if got := IsConfirmation(c.text, c.word); got != c.want {
			t.Errorf("IsConfirmation(%q, %q) = %v, want %v", c.text, c.word, got, c.want)
		}
	}
}
