package bot

import "testing"

func TestDetectLanguage(t *testing.T) {
	t.Parallel()
	tests := []struct{ text, want string }{
		{"What do you do with my data?", "en"},
		{"Data saya dipakai buat apa aja ya?", "id"},
		{"berapa kas saya bulan ini?", "id"},
		{"How much cash do I have this month?", "en"},
		{"Tolong hapus semua data pribadi gue", "id"},
		{"I withdraw my consent", "en"},
		{"halo kak, toko buka jam berapa?", "id"},
		{"/datasaya", "id"},
		{"/mydata", "en"},
		{"/start", ""},
		{"12345", ""},
		{"ok", ""},
		{"Delete my data", "en"},
		{"ya", "id"},
		{"yes", "en"},
	}
	for _, tt := range tests {
		if got := DetectLanguage(tt.text); got != tt.want {
			t.Errorf("DetectLanguage(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
