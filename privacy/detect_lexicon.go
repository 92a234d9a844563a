package privacy

import (
	"sort"
	"strings"
)

// concept is a set of meanings a word or phrase carries, as bits. The
// detector maps every word of a message to concepts, derives a few more from
// word order (negation, "data saya" adjacency), and then matches rules over
// the union.
type concept uint64

// Concepts read from the lexicon.
const (
	cSelf       concept = 1 << iota // saya, aku, gue, my, me
	cData                           // data, informasi, info, details
	cPersonal                       // pribadi, personal, data diri, identitas, ktp
	cAccount                        // akun, account, profil
	cChat                           // chat, riwayat, percakapan, pesan, history
	cThis                           // ini, tadi, barusan, this, last
	cAll                            // semua, seluruh, permanen, all, everything
	cDelete                         // hapus, delete, erase, musnahkan, remove
	cForget                         // right to be forgotten, lupakan saya
	cCopy                           // salinan, copy, rekap, dsar
	cSee                            // lihat, see, view, tampilkan, cek
	cSend                           // kirim, send, berikan, download, unduh
	cAccess                         // akses, access
	cExport                         // ekspor, export, portabilitas
	cFormat                         // csv, json, xml, machine readable
	cMove                           // pindah, transfer, migrate
	cOther                          // layanan lain, another provider
	cFix                            // perbaiki, koreksi, update, ganti, ubah, correct
	cWrong                          // salah, keliru, typo, misspelled
	cField                          // nama, alamat, email, nomor hp, tanggal lahir
	cWithdraw                       // tarik, cabut, batalkan, withdraw, revoke
	cConsent                        // persetujuan, consent, izin
	cOptOut                         // opt out, unsubscribe
	cUse                            // pakai, gunakan, proses, olah, use, process
	cStop                           // berhenti, stop, hentikan, cease
	cNeg                            // jangan, tidak, dont, not
	cTraining                       // training, latih, ai, model
	cMarketing                      // promo, iklan, penawaran, marketing
	cContact                        // hubungi, contact, telepon, sms
	cRestrict                       // batasi, tunda, bekukan, pause, restrict, hold
	cTemp                           // sementara, dulu, temporarily, until
	cShare                          // bagikan, share, jual, sell
	cThirdParty                     // pihak ketiga, third party, mitra, partner
	cHuman                          // manusia, human, orang, manual, petugas
	cAuto                           // otomatis, automated, sistem, algoritma, bot
	cProfiling                      // profiling, skor, scoring
	cDecision                       // keputusan, decision, ditolak, pengajuan
	cObject                         // keberatan, object, protes, banding
	cReview                         // tinjau, review, cek ulang, reconsider
	cComplaint                      // komplain, keluhan, complaint, aduan
	cLegal                          // tuntut, gugat, ganti rugi, kompensasi, sue
	cLeak                           // bocor, leak, breach, disalahgunakan
	cQuestion                       // apa, siapa, berapa lama, kenapa, what, who
	cStore                          // simpan, kumpulkan, keep, store, collect
	cLaw                            // uu pdp, dasar hukum, gdpr, hak saya
	cPrivacy                        // privasi, privacy, kebijakan privasi
	cBusiness                       // penjualan, stok, invoice, transaksi, produk
	cDevice                         // aplikasi, app, hp, browser, galeri
	cCache                          // cache, cookies, memori
	cClose                          // tutup, close, nonaktifkan, deactivate
	cFile                           // ajukan, file, submit, lodge
	cCard                           // kartu, card, atm
	cPassword                       // password, kata sandi, pin, otp

	// Concepts derived from word order by derive.
	cMyData    // "data saya", "my personal data", "dataku"
	cMyAccount // "akun saya", "my account"
	cMyChat    // "chat saya", "riwayat chat aku", "my chats"
	cMyField   // "nomor hp saya", "my name"
	cNotDelete // "jangan hapus": a delete word under negation
	cDataSelf  // "data" and "saya" anywhere in the message

	// cOverride marks a phrase whose concepts replace those of its words
	// instead of adding to them: "you hold" is not a request to hold.
	cOverride
)

// lexiconWords lists single words per concept. Forms are listed explicitly
// (Indonesian affixes: di-, me-, -kan, -in, -an); affixStems covers the rest.
var lexiconWords = map[concept]string{
	cSelf:     "saya",
	cData:     "data informasi info information details detail datanya",
	cPersonal: "pribadi personal pii identitas ktp nik kk npwp biometrik sidik privat",
	cAccount:  "akun account profil profile keanggotaan membership",
	cChat:     "chat chats riwayat history percakapan obrolan pesan message messages conversation conversations transcript transkrip histori log",
	cThis:     "ini tadi barusan this that itu terakhir last satu one",
	cAll: "semua seluruh semuanya seluruhnya all everything permanen permanent permanently " +
		"selamanya forever completely total totally",
	cDelete: "hapus dihapus hapusin dihapusin hapuskan dihapuskan menghapus penghapusan terhapus " +
		"delete deleted deleting deletion erase erased erasing erasure remove removed removal " +
		"musnah musnahkan dimusnahkan memusnahkan pemusnahan destroy destroyed wipe wiped purge",
	cForget: "forgotten lupakan dilupakan",
	cCopy:   "salinan copy copies rekap rekapan dsar sar fotokopi",
	cSee: "lihat dilihat melihat baca dibaca membaca read see view cek check tampilkan tunjuk tunjukkan show tahu " +
		"know review",
	cSend: "kirim dikirim mengirim kirimkan send sent berikan kasih give dapat dapatkan " +
		"get obtain download unduh minta meminta request requesting punya have",
	cAccess: "akses mengakses access accessing",
	cExport: "ekspor export exported exporting portabilitas portability portable " +
		"diekspor mengekspor",
	cFormat:   "csv json xml xlsx excel format readable terstruktur structured zip",
	cMove:     "pindah pindahkan memindahkan transfer transfered migrasi migrate move bawa",
	cOther:    "lain another other others",
	cFix:      "perbaiki diperbaiki memperbaiki perbaikan koreksi dikoreksi mengoreksi update diupdate diperbarui perbarui perbaharui memperbarui pembaruan ubah diubah mengubah ganti diganti mengganti edit diedit correct corrected correction rectify rectification fix fixed change changed amend ralat revisi betulkan dibetulkan",
	cWrong:    "salah keliru typo misspelled misspelt wrong incorrect outdated inaccurate beda tidaksesuai",
	cField:    "nama name alamat address email surel nomor number hp telepon phone whatsapp wa tanggal lahir birthday birthdate dob kelamin gender pekerjaan nik ktp npwp domisili",
	cWithdraw: "tarik menarik ditarik penarikan cabut mencabut dicabut pencabutan batalkan membatalkan dibatalkan batal withdraw withdrawing withdrawal revoke revoking retract",
	cConsent:  "persetujuan consent izin permission persetujuannya",
	cOptOut:   "unsubscribe unsub unsubscribed optout",
	cUse:      "butuh membutuhkan need needs perlu pakai dipakai memakai pemakaian gunakan digunakan menggunakan penggunaan use using used uses proses diproses memproses pemrosesan process processing processed olah diolah mengolah pengolahan manfaatkan dimanfaatkan",
	cStop:     "berhenti hentikan dihentikan menghentikan stop stopped cease quit setop",
	cNeg:      "jangan tidak not never nor",
	cTraining: "training train trained melatih dilatih latih pelatihan ai llm chatgpt gemini",
	cMarketing: "promo promosi iklan penawaran marketing spam broadcast newsletter ads advert " +
		"advertising offers promotions promotional pemasaran blast",
	cContact:    "hubungi menghubungi dihubungi kontak contact contacting call telepon sms ditelepon",
	cRestrict:   "tahan ditahan menahan batasi dibatasi membatasi pembatasan restrict restricted restriction limit tunda ditunda menunda penundaan tangguhkan ditangguhkan bekukan dibekukan freeze pause hold suspend",
	cTemp:       "sementara dulu temporarily temporary sampai until while",
	cShare:      "bagikan dibagikan membagikan share shared sharing sebar disebar disebarkan jual dijual menjual sell sold",
	cThirdParty: "siapa who whom ketiga mitra partner partners vendor affiliate afiliasi thirdparty",
	cHuman:      "manusia human orang person manual petugas staf staff people",
	cAuto:       "otomatis automated automatic automatically auto sistem system algoritma algorithm bot mesin machine robot ai",
	cProfiling:  "profiling profil skor score scoring penilaian dinilai",
	cDecision:   "keputusan putuskan diputuskan memutuskan ditentukan menentukan decided decision decisions ditolak rejected penolakan denied pengajuan application hasil result diputuskan",
	cObject:     "keberatan object objection objecting protes banding appeal dispute challenge",
	cReview:     "tinjau ditinjau meninjau peninjauan review reviewed reconsider dicek diperiksa",
	cComplaint:  "komplain complain complaint keluhan mengeluh aduan pengaduan adukan",
	cLegal:      "polisi police ojk komdigi kominfo tuntut menuntut tuntutan gugat gugatan menggugat sue lawsuit pengacara lawyer kompensasi compensation damages somasi dirugikan",
	cLeak:       "bocor kebocoran leak leaked leaking breach breached dibobol hacked diretas disalahgunakan penyalahgunaan misuse misused dicuri stolen tersebar",
	cQuestion:   "apa siapa kenapa mengapa dimana bagaimana apakah what who why where how which whom mana berapa",
	cStore:      "simpan disimpan menyimpan penyimpanan tersimpan keep kept store stored storing kumpul kumpulkan dikumpulkan mengumpulkan collect collected retain retention",
	cLaw:        "pdp gdpr hukum hukumnya rights hak",
	cPrivacy:    "privasi privacy",
	cBusiness: "penjualan omzet omset laporan stok stock produk product products invoice faktur tagihan " +
		"transaksi transaction transactions harga price prices diskon discount keranjang cart item " +
		"barang pesanan order orders pelanggan customer customers supplier gudang inventory kas " +
		"keuangan laba profit sales menu kasir karyawan pegawai employee employees cabang toko shop " +
		"ongkir resi pengiriman shipping paket voucher kupon katalog catalog pembelian " +
		"purchase pembayaran payment nota struk wifi kupon biaya jualan dagangan " +
		"expense expenses revenue cashier manager supervisor barista pajak neraca utang piutang hutang gaji payroll reservasi booking",
	cDevice:   "aplikasi app apps hp browser galeri gallery laptop android iphone perangkat device",
	cCache:    "cache cookies cookie memori memory storage",
	cClose:    "tutup tutupin menutup ditutup close closed nonaktifkan dinonaktifkan deactivate",
	cFile:     "ajukan mengajukan diajukan file submit lodge sampaikan menyampaikan",
	cCard:     "kartu card atm debit",
	cPassword: "password sandi pin otp",
}

// lexiconPhrases lists multi-word expressions (two or three words, already in
// the normalised form words produces) with their concepts.
var lexiconPhrases = map[string]concept{
	"data diri":              cPersonal,
	"to be forgotten":        cForget,
	"be forgotten":           cForget,
	"opt out":                cOptOut,
	"opt saya out":           cOptOut,
	"berhenti langganan":     cOptOut,
	"stop langganan":         cOptOut,
	"tidak mau menerima":     cOptOut,
	"pihak ketiga":           cThirdParty,
	"third party":            cThirdParty,
	"third parties":          cThirdParty,
	"pihak lain":             cThirdParty,
	"orang lain":             cThirdParty,
	"dasar hukum":            cLaw | cQuestion,
	"legal basis":            cLaw | cQuestion,
	"lawful basis":           cLaw | cQuestion,
	"uu pdp":                 cLaw,
	"undang undang":          cLaw,
	"berapa lama":            cQuestion,
	"how long":               cQuestion,
	"untuk apa":              cQuestion,
	"apa saja":               cQuestion,
	"ganti rugi":             cLegal,
	"tanggal lahir":          cField,
	"date of birth":          cField,
	"salah ketik":            cWrong,
	"salah input":            cWrong,
	"salah tulis":            cWrong,
	"tidak sesuai":           cWrong,
	"cek ulang":              cReview,
	"periksa ulang":          cReview,
	"check again":            cReview,
	"tidak terima":           cObject,
	"machine readable":       cFormat,
	"dibaca mesin":           cFormat,
	"dibaca sistem":          cFormat,
	"kebijakan privasi":      cPrivacy | cQuestion,
	"privacy policy":         cPrivacy | cQuestion,
	"layanan lain":           cOther,
	"provider lain":          cOther,
	"aplikasi lain":          cOther,
	"platform lain":          cOther,
	"luar negeri":            cStore,
	"skor kredit":            cProfiling,
	"credit score":           cProfiling,
	"kata sandi":             cPassword,
	"subject access":         cCopy,
	"tidak lagi":             cStop,
	"no longer":              cStop,
	"stop pakai":             cStop | cUse,
	"jangan ganggu":          cContact | cStop,
	"remove saya from":       cOptOut,
	"take saya off":          cOptOut,
	"data saya":              cMyData,
	"data pribadi":           cMyData | cPersonal,
	"informasi pribadi":      cMyData | cPersonal,
	"personal data":          cMyData | cPersonal,
	"personal information":   cMyData | cPersonal,
	"personal info":          cMyData | cPersonal,
	"human review":           cReview | cHuman,
	"real person":            cHuman,
	"orang asli":             cHuman,
	"customer service":       cBusiness,
	"access wifi":            cBusiness,
	"akses wifi":             cBusiness,
	"data penjualan":         cBusiness,
	"data pelanggan":         cBusiness,
	"data produk":            cBusiness,
	"data stok":              cBusiness,
	"data karyawan":          cBusiness,
	"data transaksi":         cBusiness,
	"data keuangan":          cBusiness,
	"data barang":            cBusiness,
	"data toko":              cBusiness,
	"data supplier":          cBusiness,
	"data inventory":         cBusiness,
	"data sales":             cBusiness,
	"customer data":          cBusiness,
	"sales data":             cBusiness,
	"clear data":             cCache,
	"hapus cache":            cCache,
	"hapus data aplikasi":    cDevice,
	"kartu kredit":           cCard,
	"credit card":            cCard,
	"kalian punya":           cStore,
	"you have":               cStore,
	"you hold":               cStore | cOverride,
	"take back":              cWithdraw,
	"kode promo":             cBusiness,
	"promo code":             cBusiness,
	"ke email saya":          0,
	"ke email":               0,
	"to my email":            0,
	"ke wa saya":             0,
	"ke whatsapp saya":       0,
	"ke nomor saya":          0,
	"via email":              0,
	"lewat email":            0,
	"via wa":                 0,
	"have on saya":           cStore,
	"di server":              cStore,
	"siapa saja":             cQuestion | cThirdParty,
	"bisa lihat":             cSee,
	"apa yang":               cQuestion,
	"do with":                cUse,
	"what do you do":         cQuestion | cUse,
	"data breach":            cLeak,
	"data leak":              cLeak,
	"kebocoran data":         cLeak,
	"file a complaint":       cComplaint | cFile,
	"ajukan komplain":        cComplaint | cFile,
	"hak hak":                cLaw,
	"hak saya":               cLaw,
	"my rights":              cLaw,
	"tidak izin":             cConsent | cStop,
	"tidak kasih izin":       cConsent | cStop,
	"tidak setuju lagi":      cConsent | cStop,
	"tidak mengizinkan":      cConsent | cStop,
	"tidak ngizinin":         cConsent | cStop,
	"do not consent":         cConsent | cStop,
	"jangan profiling":       cProfiling | cStop,
	"put a hold":             cRestrict,
	"on hold":                cRestrict,
	"hentikan sementara":     cRestrict | cTemp,
	"berhenti sementara":     cRestrict | cTemp,
	"stop sementara":         cRestrict | cTemp,
	"for now":                cTemp,
	"untuk sementara":        cTemp,
	"nonaktifkan sementara":  cRestrict | cTemp,
	"salin data":             cCopy,
	"dokumen data":           cCopy,
	"get a copy":             cCopy,
	"apa yang kalian simpan": cQuestion | cStore,
	"yang tersimpan":         cStore,
	"di simpan":              cStore,
	"di pakai":               cUse,
	"di hapus":               cDelete,
	"di proses":              cUse,
	"tanpa izin":             cLeak,
	"without consent":        cLeak,
	"without my consent":     cLeak,
	"tanpa persetujuan":      cLeak,
	"right to erasure":       cForget,
	"bukan bot":              cHuman,
	"not a bot":              cHuman,
	"bukan ai":               cHuman,
	"ditinjau ulang":         cReview,
	"tinjau ulang":           cReview,
	"minta penjelasan":       cReview,
	"penjelasan keputusan":   cReview | cDecision,
	"tidak adil":             cObject,
	"unfair":                 cObject,
	"keputusan otomatis":     cDecision | cAuto,
	"automated decision":     cDecision | cAuto,
	"automated decisions":    cDecision | cAuto,
	"data saya bocor":        cLeak,
	"dipakai orang":          cLeak,
	"penyalahgunaan data":    cLeak,
	"data misuse":            cLeak,
	"laporan penjualan":      cBusiness,
	"laporan keuangan":       cBusiness,
	"report penjualan":       cBusiness,
	"sales report":           cBusiness,
	"info promo":             cBusiness,
	"jam buka":               cBusiness,
	"opening hours":          cBusiness,
	"nomor rekening":         cBusiness,
	"nomor resi":             cBusiness,
	"nomor pesanan":          cBusiness,
	"nomor invoice":          cBusiness,
	"order number":           cBusiness,
	"tutup jam":              cBusiness,
	"tutup toko":             cBusiness,
	"data usaha":             cBusiness,
	"data bisnis":            cBusiness,
	"data menu":              cBusiness,
	"data harga":             cBusiness,
	"data member":            cBusiness,
	"data vendor":            cBusiness,
	"data cabang":            cBusiness,
	"data pembelian":         cBusiness,
	"my sales":               cBusiness,
	"my store":               cBusiness,
	"my shop":                cBusiness,
	"my customers":           cBusiness,
	"my business":            cBusiness,
	"toko saya":              cBusiness,
	"usaha saya":             cBusiness,
	"bisnis saya":            cBusiness,
	"pelanggan saya":         cBusiness,
	"karyawan saya":          cBusiness,
	"customer saya":          cBusiness,
	"buka rekening":          cBusiness,
	"history transaksi":      cBusiness,
	"riwayat transaksi":      cBusiness,
	"riwayat pesanan":        cBusiness,
	"riwayat pembelian":      cBusiness,
	"riwayat penjualan":      cBusiness,
	"order history":          cBusiness,
	"purchase history":       cBusiness,
	"jangan kirim":           cStop,
	"stop kirim":             cStop,
	"stop kirimin":           cStop,
	"berhenti kirim":         cStop,
	"berhenti mengirim":      cStop,
	"stop sending":           cStop,
	"stop emailing":          cStop | cContact,
	"stop messaging":         cStop | cContact,
	"stop texting":           cStop | cContact,
	"stop calling":           cStop | cContact,
	"stop contacting":        cStop | cContact,
	"stop promo":             cStop | cMarketing,
	"chat ini":               cThis,
	"this chat":              cThis,
	"this message":           cThis,
	"pesan ini":              cThis,
	"pesan tadi":             cThis,
	"yang barusan":           cThis,
	"hapus semua":            cAll,
	"wi fi":                  cBusiness,
	"human being":            cHuman,
	"agen manusia":           cHuman,
	"bukan mesin":            cHuman,
	"tidak mau data":         cStop,
	"tidak rela":             cStop | cConsent,
	"unduh data":             cSend,
	"download data":          cSend,
	"download my data":       cSend | cMyData,
	"my info":                cMyData,
	"my information":         cMyData,
	"my details":             cMyData,
	"my data":                cMyData,
	"tentang saya":           cMyData,
	"about saya":             cMyData,
	"on saya":                cMyData,
	"dari saya":              cMyData,
	"milik saya":             cMyData,
	"punya saya":             cMyData,
	"hold on":                0,
	"one moment":             0,
	"hold the":               0,
	"share lokasi":           cBusiness,
	"share location":         cBusiness,
	"share link":             cBusiness,
	"tarik tunai":            cBusiness,
	"tarik dana":             cBusiness,
	"tarik saldo":            cBusiness,
	"withdraw saldo":         cBusiness,
	"withdraw dana":          cBusiness,
	"withdraw money":         cBusiness,
	"withdraw funds":         cBusiness,
	"withdraw cash":          cBusiness,
	"penarikan dana":         cBusiness,
	"penarikan saldo":        cBusiness,
	"batalkan pesanan":       cBusiness,
	"batal pesan":            cBusiness,
	"cancel order":           cBusiness,
	"cancel my order":        cBusiness,
	"cancel pesanan":         cBusiness,
	"status pesanan":         cBusiness,
	"nomor meja":             cBusiness,
	"ganti password":         cPassword,
	"ubah password":          cPassword,
	"lupa password":          cPassword,
	"reset password":         cPassword,
	"tidak bisa login":       cPassword,
	"tidak bisa masuk":       cPassword,
	"cant login":             cPassword,
	"can not login":          cPassword,
	"cannot login":           cPassword,
	"tidak bisa akses":       cPassword,
	"cant access":            cPassword,
	"cannot access":          cPassword,
	"can t access":           cPassword,
	"gagal login":            cPassword,
	"stop ai":                cStop | cTraining,
	"ai training":            cTraining,
	"training ai":            cTraining,
	"latih ai":               cTraining,
	"melatih ai":             cTraining,
	"train ai":               cTraining,
	"train your ai":          cTraining,
	"train your model":       cTraining,
	"to train":               cTraining,
	"untuk training":         cTraining,
	"untuk melatih":          cTraining,
	"penyimpanan data":       cStore,
	"berapa lama disimpan":   cQuestion | cStore,
	"sampai kapan":           cQuestion,
	"mau tahu":               cQuestion,
	"ingin tahu":             cQuestion,
	"want to know":           cQuestion,
	"wanna know":             cQuestion,
	"mau tau":                cQuestion,
	"or not":                 cQuestion,
	"untuk apa saja":         cQuestion,
	"data apa":               cQuestion,
	"what data":              cQuestion,
	"what information":       cQuestion,
	"info apa":               cQuestion,
	"informasi apa":          cQuestion,
	"ke mana":                cQuestion,
	"who can":                cQuestion | cThirdParty,
	"do you":                 cQuestion,
	"are you":                cQuestion,
	"is my":                  cQuestion,
	"are my":                 cQuestion,
	"does jaga":              cQuestion,
	"lihat data":             cSee,
	"access request":         cAccess | cCopy,
	"permintaan akses":       cAccess | cCopy,
	"hak akses":              cAccess | cLaw,
	"hak atas":               cLaw,
	"right of access":        cAccess | cLaw,
	"right to access":        cAccess | cLaw,
	"data portability":       cExport,
	"portabilitas data":      cExport,
}

// affixPrefixes and affixSuffixes are stripped, longest first, when a word is
// not in the lexicon, so "dihapuskannya" still reads as "hapus". "ya" is
// there for "-nnya" that collapse turned into "-nya" ("salinannya" →
// "salinanya").
var (
	affixPrefixes = []string{"memper", "diper", "meng", "peng", "mem", "men", "pem", "pen", "ter", "ber", "di", "me", "pe", "ke", "se"}
	affixSuffixes = []string{"kannya", "innya", "nya", "ya", "kan", "in", "an", "lah", "kah", "ku", "mu", "i"}
)

// lexicon is lexiconWords inverted and folded (see collapse); phrases is
// lexiconPhrases normalised.
var lexicon, phrases = buildLexicon()

// phraseStarts holds the first word of every phrase, so analyse only builds
// phrase keys where one can start.
var phraseStarts = func() map[string]bool {
	m := make(map[string]bool, len(phrases))
	for k := range phrases {
		m[k[:strings.IndexByte(k, ' ')]] = true
	}
	return m
}()

func buildLexicon() (map[string]concept, map[string]concept) {
	w := make(map[string]concept, 1024)
	for c, list := range lexiconWords {
		for _, word := range strings.Fields(list) {
			word = collapse(word)
			if s, ok := slangFolded[word]; ok && !strings.Contains(s, " ") {
				word = s
			}
			w[word] |= c
		}
	}
	// Phrase keys go through the same normalisation as messages, so "my
	// data" is stored as "saya data".
	p := make(map[string]concept, len(lexiconPhrases))
	for k, c := range lexiconPhrases {
		if c&cBusiness != 0 || c == 0 {
			// Business phrases replace their words: "data penjualan" is not
			// "data" in the personal sense. Zero phrases neutralise theirs.
			c |= cOverride
		}
		ws := words(k)
		switch {
		case len(ws) == 0:
		case len(ws) == 1:
			w[ws[0]] |= c
		default:
			p[strings.Join(ws, " ")] |= c
		}
	}
	return w, p
}

// lookup returns the concepts of one normalised word, trying affix stripping
// when the word itself is unknown. Stems shorter than four letters are not
// trusted, so "pesan" does not become "pe"+"san".
func lookup(word string) concept {
	if c, ok := lexicon[word]; ok {
		return c
	}
	for _, suf := range affixSuffixes {
		if len(word)-len(suf) >= 4 && strings.HasSuffix(word, suf) {
			stem := word[:len(word)-len(suf)]
			if c, ok := lexicon[stem]; ok {
				if suf == "ku" {
					c |= cSelf
				}
				return c
			}
			if c := lookupPrefix(stem); c != 0 {
				return c
			}
		}
	}
	if c := lookupPrefix(word); c != 0 {
		return c
	}
	return fuzzyLookup(word)
}

func lookupPrefix(word string) concept {
	for _, pre := range affixPrefixes {
		if len(word)-len(pre) >= 4 && strings.HasPrefix(word, pre) {
			if c, ok := lexicon[word[len(pre):]]; ok {
				return c
			}
		}
	}
	return 0
}

// fuzzyMinLen is the shortest lexicon word a typo may be matched to. Shorter
// words have too many neighbours ("harus" is one letter from "hapus").
const fuzzyMinLen = 5

// byFirst indexes the lexicon words of at least fuzzyMinLen letters by their
// first byte, for typo matching.
var byFirst = func() map[byte][]string {
	m := make(map[byte][]string)
	for w := range lexicon {
		if len(w) >= fuzzyMinLen {
			m[w[0]] = append(m[w[0]], w)
		}
	}
	for _, ws := range m {
		sort.Strings(ws) // deterministic choice among equals
	}
	return m
}()

// noFuzz lists ordinary words that sit one typo away from a lexicon word and
// must keep their own meaning.
var noFuzz = map[string]bool{
	"bagian": true, "harus": true, "simpang": true, "sampai": true, "tanda": true,
	"change": true, "charge": true, "bulan": true, "datang": true, "pesanan": true,
	"dapat": true, "dapet": true, "barang": true, "tanya": true, "semua": true,
	"batang": true, "tunai": true, "proses": true, "promosi": true, "kasih": true,
	"order": true, "other": true, "ganti": true, "orders": true, "border": true,
}

// fuzzyLookup matches a word with one typo to the lexicon: two swapped
// neighbouring letters, one letter missing, or one letter too many. The first
// letter must be right; substitutions are not tried, they cause too many
// false matches.
func fuzzyLookup(word string) concept {
	if len(word) < fuzzyMinLen-1 || noFuzz[word] || !isASCIILetters(word) {
		return 0
	}
	for _, cand := range byFirst[word[0]] {
		switch len(cand) - len(word) {
		case 0:
			if transposed(word, cand) {
				return lexicon[cand]
			}
		case 1:
			if len(cand) >= fuzzyMinLen+1 && oneInsert(word, cand) {
				return lexicon[cand]
			}
		case -1:
			if oneInsert(cand, word) {
				return lexicon[cand]
			}
		}
	}
	return 0
}

// transposed reports whether a and b (same length) differ by one swap of
// neighbouring letters.
func transposed(a, b string) bool {
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i >= len(a)-1 {
		return false
	}
	return a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// oneInsert reports whether long is short with one letter inserted.
func oneInsert(short, long string) bool {
	i := 0
	for i < len(short) && short[i] == long[i] {
		i++
	}
	return short[i:] == long[i+1:]
}

func isASCIILetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}
