package bot

import (
	"strings"
	"unicode"
)

// Function words and chat words that mark a language. Short, frequent and
// rarely shared between Indonesian and English.
var (
	idWords = wordSet("saya aku gue gw gua kamu anda kak min gan dong deh sih nih ya yg yang dan di ke dari untuk buat " +
		"tidak nggak gak ga enggak bisa mau minta tolong mohon apa apakah berapa kapan gimana bagaimana kenapa mengapa " +
		"ini itu ada sudah udah belum juga lagi aja saja data hapus kirim bulan ini kemarin hari jam terima kasih halo " +
		"selamat pagi siang sore malam toko harga stok kas omzet gaji karyawan pesanan bayar tagihan")
	enWords = wordSet("i me my you your we our the a an and or is are was were be to of for in on at with what how " +
		"when why who which please can could would should do does did not no yes hello hi thanks thank " +
		"this that these those have has had will shall about from data delete send month today yesterday " +
		"shop price stock cash revenue salary order pay invoice")
)

// commandLang tells the language of the privacy commands.
var commandLang = map[string]string{
	"privasi": "id", "datasaya": "id", "ekspor": "id", "hapusdata": "id", "tarik": "id", "koreksi": "id",
	"batasi": "id", "manusia": "id", "keluhan": "id", "hubungkan": "id",
	"privacy": "en", "mydata": "en", "export": "en", "delete": "en", "erase": "en", "withdraw": "en",
	"correct": "en", "restrict": "en", "human": "en", "complaint": "en", "link": "en",
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// DetectLanguage guesses whether text is Indonesian ("id") or English
// ("en") from its function words; "" when it cannot tell (a command, a
// number, one ambiguous word).
func DetectLanguage(text string) string {
	if cmd, ok := strings.CutPrefix(strings.TrimSpace(text), "/"); ok {
		cmd, _, _ = strings.Cut(strings.ToLower(cmd), " ")
		cmd, _, _ = strings.Cut(cmd, "@")
		return commandLang[cmd]
	}
	var id, en int
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\''
	}) {
		if idWords[w] {
			id++
		}
		if enWords[w] {
			en++
		}
	}
	switch {
	case id > en:
		return "id"
	case en > id:
		return "en"
	}
	return ""
}
