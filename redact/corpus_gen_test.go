package redact

import (
	"crypto/sha256"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
)

// This file is the deterministic generator of the labelled corpus in
// testdata/corpus.jsonl. Regenerate with
//
//	go test ./redact -run TestCorpusGolden -update
//
// Every value is synthetic. The generator is seeded, so the corpus is
// reproducible byte for byte; TestCorpusGolden fails when the committed file
// and the generator disagree.

// corpusSize is the number of messages in the corpus.
const corpusSize = 3600

// labelledMessage is one line of the corpus.
type labelledMessage struct {
	Text  string      `json:"text"`
	Style string      `json:"style"`
	Spans []labelSpan `json:"spans"` // personal data that must not survive
	Keep  []labelSpan `json:"keep"`  // business tokens that must survive
}

type labelSpan struct {
	Type  string `json:"type"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// slotKind maps a template slot to its label: a Kind for personal data, or
// "BIZ:…" for a business token.
var slotKind = map[string]string{
	"NIK": "NIK", "KK": "KK", "NPWP": "NPWP", "NPWP16": "NPWP", "NITKU": "NITKU", "PHONE": "PHONE",
	"LANDLINE": "PHONE", "EMAIL": "EMAIL", "CARD": "CARD", "BANK": "BANK_ACCOUNT", "VA": "VA",
	"BPJS": "BPJS", "PASSPORT": "PASSPORT", "PLATE": "PLATE", "IP": "IP", "DOB": "DOB",
	"ADDRESS": "ADDRESS", "PERSON": "PERSON", "PERSONL": "PERSON", "CUSTOMER": "PERSON", "QRIS": "QRIS",
	"PASSWORD": "SECRET", "OTP": "SECRET", "APIKEY": "SECRET", "CARDEXP": "SECRET",
	"AMOUNT": "BIZ:amount", "INVOICE": "BIZ:invoice", "ORDER": "BIZ:order", "SKU": "BIZ:sku",
	"DATE": "BIZ:date", "TIME": "BIZ:time", "QTY": "BIZ:qty", "PCT": "BIZ:percent", "TS": "BIZ:number",
	"RESI": "BIZ:number", "BIGAMOUNT": "BIZ:amount", "YEAR": "BIZ:number",
	"ROLE": "BIZ:role", "WALK": "BIZ:word", "CAPITAL": "BIZ:word", "LONGORDER": "BIZ:order",
	"PLAINAMOUNT": "BIZ:amount", "BANKNAME": "BIZ:word", "OBFEMAIL": "EMAIL",
	"HANDLE": "HANDLE", "HANDLEPLAIN": "HANDLE", "NIP": "GOVID", "NISN": "GOVID",
	"SIMNO": "GOVID", "CVV": "SECRET", "IPV6": "IP", "SPELLEDPHONE": "PHONE", "LOOKPHONE": "PHONE",
	"USDOB": "DOB", "COMPACTDOB": "DOB", "LOWADDRESS": "ADDRESS", "ENADDRESS": "ADDRESS",
	"DEGREE": "BIZ:word", "VERSION": "BIZ:number", "COORD": "ADDRESS", "MAPLINK": "ADDRESS",
	"IBAN": "BANK_ACCOUNT", "BALI": "PERSON", "SCRIPTPHONE": "PHONE", "QTYNIGHT": "BIZ:qty",
	"GIVEN": "PERSON", "BIRTHDAY": "DOB", "BINNAME": "PERSON", "PNRNAME": "PERSON", "MOBILE8": "PHONE",
	"SGADDRESS": "ADDRESS", "SPACEDEMAIL": "EMAIL",
	"WALLET": "WALLET", "RELKU": "BIZ:word", "KMADDRESS": "ADDRESS", "QTYKM": "BIZ:qty", "TXHASH": "BIZ:number",
	"RECDOB": "DOB", "PERSONUP": "PERSON", "NIMNO": "GOVID", "HYPHANDLE": "HANDLE",
	"GIVENL": "PERSON", "FULLX": "PERSON", "GIVENX": "PERSON", "GIVENXL": "PERSON", "TITLEDSTREET": "ADDRESS",
	"PERSONUP2": "PERSON", "FAMX": "PERSON", "TICKETNAME": "PERSON", "GIVENENX": "PERSON", "CHATTS": "BIZ:date", "ACCT10": "BANK_ACCOUNT", "USERNAME": "HANDLE", "PRICEAT": "BIZ:amount",
	"ROOMCODE": "BIZ:word", "PLNTOKEN": "SECRET", "WAPHONE": "PHONE", "PASSWORDX": "SECRET", "SHOPNAME": "BIZ:word",
	"MYKAD": "GOVID", "KITASNO": "GOVID", "TTLVAL": "DOB", "GCODE": "SECRET", "SEED": "SECRET", "KTPAREA": "ADDRESS", "USADDRESS": "ADDRESS", "LOOKPHONE2": "PHONE", "PRODUCT": "BIZ:word",
	"VIN": "GOVID", "ENGINENO": "GOVID", "IDPEL": "GOVID", "POLICY": "GOVID", "INSURER": "BIZ:word", "PARTNAME": "PERSON",
	"RECVNAME": "PERSON", "MACHINEMODEL": "BIZ:word",
	"AGE": "BIZ:number", "YEARDOB": "DOB", "MONTHNUM": "DOB", "DAYNUM": "DOB", "DAYMONTH": "DOB", "HOUSENO": "ADDRESS", "FLOORS": "BIZ:qty",
	"POSTCODE": "ADDRESS", "POLICYSLASH": "GOVID", "STREETNAME": "BIZ:word", "DISH": "BIZ:word", "TITLE": "BIZ:word",
	"SHOPGIVEN": "BIZ:word", "FLOWER": "BIZ:word",
	"MEMBERNO": "GOVID", "CUSTCODE": "GOVID", "GAMEID": "GOVID", "NICK": "HANDLE", "TOWERADDR": "ADDRESS", "UNITTW": "ADDRESS",
	"FOREIGN": "PERSON", "KEYCAPPHONE": "PHONE", "STARPHONE": "PHONE", "INDIAMOBILE": "PHONE", "SPACEDNAME": "PERSON",
	"AADHAAR": "GOVID", "AIRDOB": "DOB", "CITYDOB": "DOB", "PERFUME": "BIZ:word", "BLOCKCODE": "BIZ:word", "SHOPTRADE": "BIZ:word",
	"POSTCODEBIZ": "BIZ:number",
	"NAMESTOP":    "PERSON", "KOREAN": "PERSON", "ROMANDOB": "DOB", "ANSWER": "SECRET", "LAPANPHONE": "PHONE",
	"USERNUM": "HANDLE", "NPMNO": "GOVID", "AKTA": "GOVID", "EXPIRY": "SECRET", "AGEDGIVEN": "PERSON",
}

// templates are chat messages with {SLOT}s, in Indonesian (formal and
// slang), English and mixed. The style tag is the first word.
var templates = []string{
	"id-formal|Selamat pagi, nama saya {PERSONL}. NIK saya {NIK}, mohon dibantu verifikasi.",
	"id-formal|Dengan hormat, berikut data saya: NIK {NIK}, No. KK {KK}, NPWP {NPWP}.",
	"id-formal|Mohon dikirim ke alamat {ADDRESS}. Terima kasih.",
	"id-formal|Bapak {PERSON} sudah melakukan pembayaran {AMOUNT} untuk {INVOICE} pada {DATE}.",
	"id-formal|Silakan transfer ke rekening BCA {BANK} a.n. {PERSON}, total {AMOUNT}.",
	"id-formal|Nomor BPJS Kesehatan saya {BPJS}, tanggal lahir {DOB}.",
	"id-formal|Untuk faktur pajak gunakan NPWP {NPWP16} dan NITKU {NITKU} ya.",
	"id-formal|Tempat/tgl lahir: Bandung, {DOB}. Alamat: {ADDRESS}",
	"id-formal|Ibu {PERSON} memesan {QTY} {SKU} dengan diskon {PCT}, dikirim {DATE} pukul {TIME}.",
	"id-formal|Pembayaran via virtual account {VA} sebesar {AMOUNT} paling lambat {DATE} jam {TIME}.",
	"id-formal|Nomor paspor saya {PASSPORT}, berlaku sampai {DATE}.",
	"id-formal|Kendaraan dengan plat {PLATE} parkir di depan gudang.",
	"id-formal|Yth. Sdr. {PERSON}, tagihan {INVOICE} sebesar {AMOUNT} jatuh tempo {DATE}.",
	"id-formal|Hormat saya,\n{PERSON}",
	"id-formal|Kartu kredit saya {CARD}, mohon jangan disimpan.",
	"id-formal|Silakan scan QRIS berikut: {QRIS}",
	"id-formal|Data pelanggan {CUSTOMER} perlu diperbarui, nomor telepon {PHONE}.",
	"id-formal|Kantor kami di {LANDLINE}, buka pukul {TIME} sampai 17.00.",
	"id-slang|min no hp gw {PHONE} ya, wa aja",
	"id-slang|kak aku mau order {QTY} {SKU} dong, kirim ke {ADDRESS} yaa",
	"id-slang|gue udah tf {AMOUNT} ke norek {BANK} tadi jam {TIME}",
	"id-slang|email aku {EMAIL} kak, kirim invoice {INVOICE} kesitu aja",
	"id-slang|pass ig gue {PASSWORD} jgn bilang2 ya",
	"id-slang|kode OTP nya {OTP} kak, tolong cepet",
	"id-slang|nama gw {PERSONL}, pesenan {ORDER} kok blm nyampe sih",
	"id-slang|kak {PERSON} td bilang ongkir {AMOUNT}, bener ga?",
	"id-slang|wa ku {PHONE} min, resi {RESI} udh dikirim blm?",
	"id-slang|tlg cek dong pesanan {CUSTOMER}, udah {QTY} hari blm dateng",
	"id-slang|ttl aku jakarta {DOB} kak buat daftar member",
	"id-slang|nik ku {NIK} kak, buat klaim garansi",
	"id-slang|motor plat {PLATE} ketinggalan helm di toko",
	"id-slang|omzet bulan ini {BIGAMOUNT}, naik {PCT} dari bulan lalu",
	"id-slang|hubungi mas {PERSON} aja di {PHONE}",
	"id-slang|stok {SKU} tinggal {QTY}, harga {AMOUNT} per pcs",
	"en|Hi, my name is {PERSON} and my phone number is {PHONE}.",
	"en|Please send the invoice {INVOICE} to {EMAIL} before {DATE}.",
	"en|My card number is {CARD}, can you refund {AMOUNT}?",
	"en|The server at {IP} keeps timing out since {TIME}.",
	"en|Date of birth: {DOB}. Passport number {PASSPORT}.",
	"en|Ship {QTY} units of {SKU} to {ADDRESS} please.",
	"en|Our API key is {APIKEY}, do not share it.",
	"en|Regards,\n{PERSON}",
	"en|Order {ORDER} total {AMOUNT}, {PCT} discount applied on {DATE}.",
	"en|Customer {CUSTOMER} called about invoice {INVOICE}.",
	"en|Please transfer to Mandiri account {BANK} under the name {PERSON}.",
	"en|Log timestamp {TS} shows the job ran at {TIME}.",
	"mix|Halo kak, mau confirm payment {AMOUNT} utk {INVOICE}, bukti tf dari rek BNI {BANK}",
	"mix|pls contact Bu {PERSON} di {PHONE} or email {EMAIL}",
	"mix|my NIK is {NIK}, alamat {ADDRESS}",
	"mix|ok noted kak, order {ORDER} {QTY} {SKU} total {AMOUNT}",
	"mix|BPJS no {BPJS}, born {DOB}, tolong update ya",
	"mix|server kita di {IP}, password admin {PASSWORD}",
	"mix|VA nya {VA} ya kak, expired {DATE} {TIME}",
	"mix|pak {PERSONL} minta kirim ke {ADDRESS} sebelum {DATE}",
	"mix|cust {CUSTOMER} komplain, refund {AMOUNT} ke {EMAIL}",
	"mix|laporan {YEAR}: penjualan {BIGAMOUNT}, margin {PCT}",
	"biz|Invoice {INVOICE} tanggal {DATE}: {QTY} {SKU} @ {AMOUNT}, diskon {PCT}, total {BIGAMOUNT}.",
	"biz|Rekap {DATE}: {QTY} pesanan, omzet {BIGAMOUNT}, rata-rata {AMOUNT} per order.",
	"biz|Order {ORDER} dikirim {DATE} jam {TIME} via JNE resi {RESI}.",
	"biz|Harga {SKU} naik {PCT} jadi {AMOUNT} mulai {DATE}.",
	"biz|Kas masuk {BIGAMOUNT}, kas keluar {AMOUNT}, saldo akhir {BIGAMOUNT} per {DATE}.",
	"biz|Tagihan {INVOICE} ({AMOUNT}) belum lunas sejak {DATE}, sudah {QTY} hari.",
	"biz|Event log {TS}: sync {QTY} items at {TIME}.",
	"biz|Target {YEAR}: {BIGAMOUNT}, realisasi {PCT}.",
	// Hard cases: role words, "Ibu Kota", "jalan" as a verb, ID-like business numbers.
	"hard|{ROLE} bilang paket {ORDER} sudah sampai, {QTY} dus, bayar {AMOUNT} ya",
	"hard|lagi {WALK} kak, nanti aku transfer {AMOUNT} ke rek {BANKNAME} {BANK}",
	"hard|Kantor pusat di {CAPITAL}, cabang baru buka {DATE}, omzet {BIGAMOUNT}",
	"hard|No. pesanan {LONGORDER} atas nama {PERSON}, hp {PHONE}",
	"hard|total {PLAINAMOUNT} udah termasuk ongkir, stok sisa {QTY}",
	"hard|kirim aja ke nomor ini {PHONE} ya, jangan ke {ROLE}",
	"hard|Pesanan {ORDER} tgl {DATE}: {QTY} @ {AMOUNT}; HUT perusahaan {DATE}",
	"hard|ini ktp aku {NIK} sama npwp {NPWP} buat faktur {INVOICE}",
	"hard|{NIK} ini NIK istri saya, tolong dicocokkan",
	"hard|cc {CARD} exp {CARDEXP} cvv jangan ditanya ya",
	"hard|email gw {OBFEMAIL} kak, kirim katalog {SKU}",
	"hard|Tlp kantor {LANDLINE} ext 12, wa {PHONE}",
	"hard|Jam buka {TIME}-{TIME}, diskon {PCT} s/d {DATE}, min. belanja {AMOUNT}",
	"hard|{ROLE} minta dikirim {QTY} lagi, pembayaran {PLAINAMOUNT}",
	"hard|salam kenal kak, saya {PERSON} dari {CAPITAL}",
}

var (
	firstNames = []string{"Budi", "Siti", "Agus", "Dewi", "Andi", "Rina", "Eko", "Wahyu", "Putri", "Rizky",
		"Fitri", "Joko", "Hendra", "Indah", "Yusuf", "Ayu", "Dimas", "Bayu", "Citra", "Galih", "Nadia",
		"Kurniawan", "Ratna", "Sri", "Teguh", "Wulan", "Yohanes", "Maria", "Ketut", "Made", "Asep",
		"Nengsih", "Rahmat", "Fauzan", "Larasati", "Oktaviani", "Bagas", "Cahya", "Dodi", "Erlangga",
		"Fransiska", "Gita", "Hanafi", "Irawati", "Januar", "Khairul", "Lukas", "Marlina", "Nugraha", "Purnama"}
	lastNames = []string{"Santoso", "Wijaya", "Siregar", "Nasution", "Pratama", "Saputra", "Hidayat",
		"Nugroho", "Setiawan", "Gunawan", "Halim", "Kusuma", "Lestari", "Permana", "Simanjuntak",
		"Tambunan", "Wibowo", "Yulianti", "Hutapea", "Manurung", "Rahayu", "Susilo", "Anggraini", "Firmansyah"}
	streets  = []string{"Melati", "Mawar", "Sudirman", "Gatot Subroto", "Diponegoro", "Ahmad Yani", "Pahlawan", "Kenanga", "Cempaka Putih", "Raya Bogor", "Veteran", "Merdeka"}
	kels     = []string{"Sukajadi", "Cempaka", "Kebon Jeruk", "Menteng", "Tegalrejo", "Sukasari", "Cilandak", "Panakkukang"}
	cities   = []string{"Kota Bandung", "Kota Surabaya", "Jakarta Selatan", "Kab. Bogor", "Kota Medan", "Kota Makassar", "Kab. Sleman", "Kota Denpasar"}
	domains  = []string{"gmail.com", "yahoo.co.id", "outlook.com", "tokosejahtera.id", "mail.com", "ymail.com"}
	skus     = []string{"SKU-BRS-005", "KMJ-001-XL", "BRG-2291", "SKU 88123", "TSHIRT-BLK-M", "KOPI-250G", "SKU-A12-07"}
	provs    = []int{11, 12, 13, 14, 16, 18, 31, 32, 33, 34, 35, 36, 51, 52, 61, 64, 71, 73, 81, 91, 94}
	plateReg = []string{"B", "D", "F", "AB", "L", "N", "DK", "BK", "H", "AD"}
)

// corpusCustomers are the business's customers in the test dictionary.
func corpusCustomers() []string {
	rng := rand.New(rand.NewPCG(7, 11))
	out := make([]string, 0, 120)
	extra := []string{"Theodorus", "Wilhelmina", "Stevanus", "Kresna", "Anjani", "Bonifasius", "Gregorius", "Yuliana"}
	for len(out) < 120 {
		f := extra[rng.IntN(len(extra))]
		if rng.IntN(2) == 0 {
			f = firstNames[rng.IntN(len(firstNames))]
		}
		out = append(out, f+" "+lastNames[rng.IntN(len(lastNames))]+" "+string(rune('A'+len(out)%26))+"ra")
	}
	return out
}

type corpusGen struct {
	rng       *rand.Rand
	customers []string
}

func (g *corpusGen) pick(list []string) string { return list[g.rng.IntN(len(list))] }
func (g *corpusGen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}
func (g *corpusGen) chance(pct int) bool { return g.rng.IntN(100) < pct }

// luhnDigit returns the digit that makes prefix+digit pass Luhn.
func luhnDigit(prefix string) byte {
	for d := byte('0'); d <= '9'; d++ {
		if luhn([]byte(prefix + string(d))) {
			return d
		}
	}
	return '0'
}

func group(s string, sizes []int, sep string) string {
	var parts []string
	for _, n := range sizes {
		if n > len(s) {
			n = len(s)
		}
		parts = append(parts, s[:n])
		s = s[n:]
	}
	if s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

func (g *corpusGen) nikDigits(plus40 bool) string {
	day := 1 + g.rng.IntN(28)
	if plus40 && g.chance(50) {
		day += 40
	}
	return fmt.Sprintf("%02d%02d%02d%02d%02d%02d%04d", g.pick2(provs), 1+g.rng.IntN(79), 1+g.rng.IntN(30), day, 1+g.rng.IntN(12), g.rng.IntN(100), 1+g.rng.IntN(9998))
}
func (g *corpusGen) pick2(l []int) int { return l[g.rng.IntN(len(l))] }

func (g *corpusGen) npwp15() string {
	p := fmt.Sprintf("%02d", 1+g.rng.IntN(98)) + g.digits(6)
	return p + string(luhnDigit(p)) + g.digits(3) + "000"
}

func (g *corpusGen) person() string {
	n := g.pick(firstNames)
	if g.chance(70) {
		n += " " + g.pick(lastNames)
	}
	return n
}

// evade applies an evasion to a digit string with some probability.
func (g *corpusGen) evade(v string) string {
	switch g.rng.IntN(40) {
	case 0: // full-width digits
		var b strings.Builder
		for _, r := range v {
			if r >= '0' && r <= '9' {
				b.WriteRune(0xFF10 + r - '0')
			} else {
				b.WriteRune(r)
			}
		}
		return b.String()
	case 1: // zero-width spaces between digits
		var b strings.Builder
		for i, r := range v {
			if i > 0 && i%3 == 0 {
				b.WriteString("\u200b")
			}
			b.WriteRune(r)
		}
		return b.String()
	case 2, 3: // spaced or dotted apart
		sep := " "
		if g.chance(50) {
			sep = "."
		}
		var parts []string
		for _, r := range v {
			if r >= '0' && r <= '9' {
				parts = append(parts, string(r))
			}
		}
		return strings.Join(parts, sep)
	}
	return v
}

func (g *corpusGen) value(slot string) string {
	r := g.rng
	switch slot {
	case "NIK":
		d := g.nikDigits(true)
		switch r.IntN(6) {
		case 0:
			d = group(d, []int{4, 4, 4, 4}, " ")
		case 1:
			d = group(d, []int{2, 2, 2, 6, 4}, ".")
		}
		return g.evade(d)
	case "KK":
		return g.nikDigits(false)
	case "NPWP":
		d := g.npwp15()
		if g.chance(70) {
			return d[:2] + "." + d[2:5] + "." + d[5:8] + "." + d[8:9] + "-" + d[9:12] + "." + d[12:]
		}
		return d
	case "NPWP16":
		return "0" + g.npwp15()
	case "NITKU":
		return "0" + g.npwp15() + "00000" + string(byte('0'+r.IntN(3)))
	case "PHONE":
		d := "8" + g.pick([]string{"1", "2", "3", "5", "7", "8", "9"}) + g.digits(1) + g.digits(6+r.IntN(4))
		var v string
		switch r.IntN(9) {
		case 0:
			v = "0" + d
		case 1:
			v = "0" + group(d, []int{3, 4, 4}, "-")
		case 2:
			v = "0" + group(d, []int{3, 4, 4}, " ")
		case 3:
			v = "+62 " + group(d, []int{3, 4, 4}, " ")
		case 4:
			v = "62" + d
		case 5:
			v = "+62" + d
		case 6:
			v = "+62 (" + d[:3] + ") " + group(d[3:], []int{4, 4}, "-")
		case 7:
			v = "0" + group(d, []int{3, 4, 4}, ".")
		default:
			v = "+62-" + group(d, []int{3, 4, 4}, "-")
		}
		return g.evade(v)
	case "LANDLINE":
		switch r.IntN(4) {
		case 0:
			return "(021) " + g.digits(3) + "-" + g.digits(4)
		case 1:
			return "022-" + g.digits(7)
		case 2:
			return "+62 274 " + g.digits(6)
		default:
			return "(0361) " + g.digits(6)
		}
	case "EMAIL":
		local := strings.ToLower(g.pick(firstNames))
		if g.chance(60) {
			local += g.pick([]string{".", "_", ""}) + strings.ToLower(g.pick(lastNames))
		}
		if g.chance(40) {
			local += g.digits(2)
		}
		dom := g.pick(domains)
		switch r.IntN(8) {
		case 0:
			return local + " [at] " + strings.ReplaceAll(dom, ".", " [dot] ")
		case 1:
			return local + "(at)" + strings.ReplaceAll(dom, ".", "(dot)")
		case 2:
			return strings.ToUpper(local[:1]) + local[1:] + "@" + dom
		}
		return local + "@" + dom
	case "CARD":
		var p string
		n := 16
		switch r.IntN(5) {
		case 0:
			p = "4" + g.digits(14)
		case 1:
			p = "5" + string(byte('1'+r.IntN(5))) + g.digits(13)
		case 2:
			p = "3" + g.pick([]string{"4", "7"}) + g.digits(12)
			n = 15
		case 3:
			p = "35" + fmt.Sprintf("%02d", 28+r.IntN(62)) + g.digits(11)
		default:
			p = "9360" + g.digits(11)
		}
		d := p + string(luhnDigit(p))
		if n == 15 {
			return group(d, []int{4, 6, 5}, " ")
		}
		if g.chance(60) {
			return group(d, []int{4, 4, 4, 4}, g.pick([]string{" ", "-"}))
		}
		return g.evade(d)
	case "BANK":
		switch r.IntN(4) {
		case 0:
			return g.digits(10)
		case 1:
			return g.digits(3) + "-" + g.digits(2) + "-" + g.digits(7) + "-" + g.digits(1)
		case 2:
			return g.digits(15)
		default:
			return g.digits(4) + " " + g.digits(3) + " " + g.digits(3)
		}
	case "VA":
		return g.pick([]string{"8808", "12345", "7007", "3901"}) + g.digits(10+r.IntN(3))
	case "BPJS":
		return "000" + g.digits(10)
	case "PASSPORT":
		return string(byte('A'+r.IntN(26))) + g.digits(7)
	case "PLATE":
		return g.pick(plateReg) + " " + fmt.Sprint(1+r.IntN(9999)) + " " + string(byte('A'+r.IntN(26))) + string(byte('A'+r.IntN(26)))
	case "IP":
		return fmt.Sprintf("%d.%d.%d.%d", 1+r.IntN(223), r.IntN(256), r.IntN(256), 1+r.IntN(254))
	case "DOB":
		d, m, y := 1+r.IntN(28), 1+r.IntN(12), 1950+r.IntN(55)
		mon := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
		switch r.IntN(5) {
		case 0:
			return fmt.Sprintf("%02d-%02d-%d", d, m, y)
		case 1:
			return fmt.Sprintf("%d/%d/%d", d, m, y)
		case 2:
			return fmt.Sprintf("%d %s %d", d, mon[m-1], y)
		case 3:
			return fmt.Sprintf("%d-%02d-%02d", y, m, d)
		default:
			return fmt.Sprintf("%02d.%02d.%d", d, m, y)
		}
	case "ADDRESS":
		switch r.IntN(5) {
		case 0:
			return fmt.Sprintf("Jl. %s No. %d, RT %03d/RW %03d, Kel. %s, Kec. %s, %s %d", g.pick(streets), 1+r.IntN(200), 1+r.IntN(15), 1+r.IntN(15), g.pick(kels), g.pick(kels), g.pick(cities), 10000+r.IntN(89999))
		case 1:
			return fmt.Sprintf("Jl. %s No. %d %s", g.pick(streets), 1+r.IntN(200), g.pick(cities))
		case 2:
			return fmt.Sprintf("Perum Griya %s Blok %c%d No. %d, %s", g.pick(kels), 'A'+rune(r.IntN(8)), 1+r.IntN(20), 1+r.IntN(40), g.pick(cities))
		case 3:
			return fmt.Sprintf("Gg. %s %d RT %02d/%02d %s", g.pick(streets), 1+r.IntN(50), 1+r.IntN(15), 1+r.IntN(15), g.pick(cities))
		default:
			return fmt.Sprintf("jl %s no %d, kec. %s, %s", strings.ToLower(g.pick(streets)), 1+r.IntN(200), g.pick(kels), g.pick(cities))
		}
	case "PERSON":
		return g.person()
	case "PERSONL":
		p := g.person()
		if g.chance(25) {
			return strings.ToLower(p)
		}
		return p
	case "CUSTOMER":
		c := g.pick(g.customers)
		switch r.IntN(3) {
		case 0:
			return strings.ToLower(c)
		case 1:
			return strings.ToUpper(c)
		}
		return c
	case "QRIS":
		merchant := strings.ToUpper(g.pick(firstNames)) + " SHOP"
		tlv := func(tag, v string) string { return fmt.Sprintf("%s%02d%s", tag, len(v), v) }
		body := tlv("00", "01") + tlv("01", "11") + tlv("26", tlv("00", "ID.CO.QRIS.WWW")+tlv("01", "936000"+g.digits(12))) +
			tlv("52", "5812") + tlv("53", "360") + tlv("58", "ID") + tlv("59", merchant) + tlv("60", "BANDUNG") + "6304"
		return body + fmt.Sprintf("%04X", crc16CCITT(body))
	case "PASSWORD":
		return g.pick([]string{"Rahasia", "sayang", "Jakarta", "bismillah", "qwerty"}) + g.digits(2+r.IntN(3)) + g.pick([]string{"!", "", "#", "@"})
	case "OTP":
		return g.digits(6)
	case "NAMESTOP":
		return g.pick([]string{"Sabar", "Kasih", "Bulan", "Setia", "Permata", "Murni", "Damai"})
	case "KOREAN":
		return g.pick([]string{"Kim", "Lee", "Choi", "Jung", "Kang"}) + " " + g.pick([]string{"Min-jun", "Seo-yeon", "Yu-na", "Ha-eun", "Ji-ho"})
	case "ROMANDOB":
		return fmt.Sprintf("%d-%s-%d", 1+r.IntN(28), g.pick([]string{"I", "III", "IV", "VI", "IX", "XI", "XII"}), 1960+r.IntN(50))
	case "ANSWER":
		return g.pick([]string{"Sumarni", "Bruno", "SDN 3 Cibinong", "Kiki", "Madiun"})
	case "LAPANPHONE":
		w := []string{"kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "lapan", "sembilan"}
		var b strings.Builder
		b.WriteString("kosong lapan satu")
		for range 9 {
			b.WriteString(" " + w[r.IntN(10)])
		}
		return b.String()
	case "USERNUM", "NPMNO":
		return g.digits(10)
	case "AKTA":
		return fmt.Sprintf("%04d-LT-%02d%02d%d-%04d", 3100+r.IntN(99), 1+r.IntN(28), 1+r.IntN(12), 2000+r.IntN(24), r.IntN(10000))
	case "EXPIRY":
		return fmt.Sprintf("%02d/%02d", 1+r.IntN(12), 26+r.IntN(8))
	case "AGEDGIVEN":
		return g.pick(firstNames)
	case "CARDEXP":
		return "09/28" // a card's expiry, the same in every message: drawing one would change every message after it
	case "APIKEY":
		return g.pick([]string{"sk-", "AKIA", "ghp_"}) + strings.ToUpper(g.digits(4)) + "aZ" + g.digits(20) + "Qx"
	case "AMOUNT":
		switch r.IntN(6) {
		case 0:
			return "Rp " + fmt.Sprintf("%d.%03d", 1+r.IntN(999), r.IntN(1000))
		case 1:
			return fmt.Sprintf("Rp%d,%d juta", 1+r.IntN(9), r.IntN(10))
		case 2:
			return fmt.Sprintf("Rp %drb", 5+r.IntN(500))
		case 3:
			return fmt.Sprintf("IDR %d.%03d.%03d", 1+r.IntN(99), r.IntN(1000), r.IntN(1000))
		case 4:
			return fmt.Sprintf("Rp. %d.%03d,-", 10+r.IntN(989), r.IntN(1000))
		default:
			return fmt.Sprintf("Rp %d.%03d.%03d", 1+r.IntN(9), r.IntN(1000), r.IntN(1000))
		}
	case "BIGAMOUNT":
		switch r.IntN(3) {
		case 0:
			return "Rp 6.281.234.567" // the classic trap: looks like +62 812…
		case 1:
			return fmt.Sprintf("Rp %d.%03d.%03d.%03d", 1+r.IntN(99), r.IntN(1000), r.IntN(1000), r.IntN(1000))
		}
		return fmt.Sprintf("Rp %d,%d miliar", 1+r.IntN(9), r.IntN(10))
	case "INVOICE":
		switch r.IntN(3) {
		case 0:
			return fmt.Sprintf("INV-%d-%05d", 2023+r.IntN(3), r.IntN(99999))
		case 1:
			return fmt.Sprintf("INV/2024%02d%02d/MPL/%s", 1+r.IntN(12), 1+r.IntN(28), g.digits(10))
		}
		return "INV" + g.digits(8)
	case "ORDER":
		switch r.IntN(3) {
		case 0:
			return "#ORD-" + g.digits(6)
		case 1:
			return "2408" + g.digits(2) + "ABCD" + g.digits(4)
		}
		return "#" + g.digits(9)
	case "SKU":
		return g.pick(skus)
	case "DATE":
		switch r.IntN(4) {
		case 0:
			return fmt.Sprintf("%02d-%02d-2024", 1+r.IntN(28), 1+r.IntN(12))
		case 1:
			return fmt.Sprintf("2025-%02d-%02d", 1+r.IntN(12), 1+r.IntN(28))
		case 2:
			return fmt.Sprintf("%d Januari 2025", 1+r.IntN(28))
		}
		return fmt.Sprintf("%02d/%02d/2024", 1+r.IntN(28), 1+r.IntN(12))
	case "TIME":
		return fmt.Sprintf("%02d.%02d", 7+r.IntN(14), 5*r.IntN(12))
	case "QTY":
		return fmt.Sprintf("%d %s", 1+r.IntN(120), g.pick([]string{"pcs", "dus", "kg", "unit", "lusin"}))
	case "PCT":
		if g.chance(50) {
			return fmt.Sprintf("%d%%", 1+r.IntN(60))
		}
		return fmt.Sprintf("%d,%d%%", r.IntN(20), 1+r.IntN(9))
	case "TS":
		return "17" + g.digits(11)
	case "RESI":
		return "JP" + g.digits(10)
	case "YEAR":
		return fmt.Sprint(2020 + r.IntN(6))
	case "ROLE":
		return g.pick([]string{"Pak RT", "Bu Guru", "Mas Kurir", "Pak Satpam", "Kak Admin", "Bu Bos", "Pak Lurah", "Mbak CS"})
	case "WALK":
		return g.pick([]string{"jalan", "di jalan", "jalan-jalan", "jalan ke pasar"})
	case "CAPITAL":
		return g.pick([]string{"Ibu Kota", "ibu kota Jakarta", "Jakarta Pusat", "Surabaya"})
	case "LONGORDER":
		return "2408" + g.digits(12)
	case "PLAINAMOUNT":
		return fmt.Sprintf("%d.%03d.%03d", 1+r.IntN(99), r.IntN(1000), r.IntN(1000))
	case "BANKNAME":
		return g.pick([]string{"BCA", "BRI", "Mandiri", "BNI"})
	case "OBFEMAIL":
		local := strings.ToLower(g.pick(firstNames)) + g.digits(2)
		dom := strings.Split(g.pick(domains), ".")
		switch r.IntN(3) {
		case 0:
			return local + " at " + strings.Join(dom, " dot ")
		case 1:
			return local + " @ " + strings.Join(dom, ".")
		}
		return local + "[at]" + strings.Join(dom, "[dot]")
	case "HANDLE":
		return "@" + strings.ToLower(g.pick(firstNames)) + g.pick([]string{"_", ".", ""}) + strings.ToLower(g.pick(lastNames)) + g.digits(r.IntN(3))
	case "HANDLEPLAIN":
		return strings.ToLower(g.pick(firstNames)) + g.pick([]string{"_", "."}) + strings.ToLower(g.pick(lastNames)) + g.digits(r.IntN(3))
	case "NIP":
		return fmt.Sprintf("19%02d%02d%02d20%02d%02d1%03d", 60+r.IntN(40), 1+r.IntN(12), 1+r.IntN(28), 10+r.IntN(15), 1+r.IntN(12), r.IntN(1000))
	case "NISN":
		return "00" + g.digits(8)
	case "SIMNO":
		return g.digits(4) + "-" + g.digits(4) + "-" + g.digits(6)
	case "CVV":
		return g.digits(3)
	case "IPV6":
		return fmt.Sprintf("2001:db8:%x::%x", 1+r.IntN(0xfff), 1+r.IntN(0xfff))
	case "SPELLEDPHONE":
		words := []string{"nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"}
		d := "08" + g.pick([]string{"1", "2", "5", "7"}) + g.digits(8)
		var ws []string
		for _, c := range d {
			ws = append(ws, words[c-'0'])
		}
		return strings.Join(ws, " ")
	case "LOOKPHONE":
		d := "O8" + g.pick([]string{"1", "2", "5", "7"}) + g.digits(1) + "-" + g.digits(4) + "-" + g.digits(4)
		return d
	case "USDOB":
		return fmt.Sprintf("%02d/%02d/%d", 1+r.IntN(12), 13+r.IntN(16), 1950+r.IntN(55))
	case "COMPACTDOB":
		return fmt.Sprintf("%02d%02d%d", 1+r.IntN(28), 1+r.IntN(12), 1950+r.IntN(55))
	case "LOWADDRESS":
		return fmt.Sprintf("%s %s no %d rt %d rw %d kel. %s", g.pick([]string{"gang", "jl.", "perumahan"}),
			strings.ToLower(g.pick(streets)), 1+r.IntN(99), 1+r.IntN(15), 1+r.IntN(15), strings.ToLower(g.pick(kels)))
	case "ENADDRESS":
		return fmt.Sprintf("%d %s %s", 1+r.IntN(300), g.pick([]string{"Baker", "Orchard", "Palm", "Sunset", "Kemang Raya"}), g.pick([]string{"Street", "Road", "Avenue", "St", "Rd"}))
	case "DEGREE":
		return g.pick([]string{"S.H.", "S.E.", "S.Kom.", "M.M.", "S.T., M.T."})
	case "COORD":
		return fmt.Sprintf("-%d.%06d, %d.%06d", 1+r.IntN(9), r.IntN(1000000), 95+r.IntN(46), r.IntN(1000000))
	case "MAPLINK":
		return "maps.app.goo.gl/" + strings.ToUpper(g.digits(3)) + g.pick([]string{"AbC", "xYz", "Qw"}) + g.digits(4)
	case "IBAN":
		return g.pick([]string{"DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432", "NL91 ABNA 0417 1643 00", "FR14 2004 1010 0505 0001 3M02 606"})
	case "GIVEN":
		return g.pick(firstNames)
	case "BIRTHDAY":
		mon := []string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}
		return fmt.Sprintf("%d %s", 1+r.IntN(28), g.pick(mon))
	case "BINNAME":
		return g.pick(firstNames) + " " + g.pick(lastNames) + " " + g.pick([]string{"bin", "binti"}) + " " + g.pick(firstNames)
	case "PNRNAME":
		return strings.ToUpper(g.pick(lastNames)) + "/" + strings.ToUpper(g.pick(firstNames)) + " " + g.pick([]string{"MR", "MRS", "MS"})
	case "MOBILE8":
		return group("8"+g.pick([]string{"1", "2", "5", "7"})+g.digits(9), []int{3, 4, 4}, g.pick([]string{" ", "-"}))
	case "SGADDRESS":
		return fmt.Sprintf("%d %s Road, #%02d-%02d, Singapore %d", 1+r.IntN(300), g.pick([]string{"Orchard", "Bukit Timah", "Serangoon"}), 1+r.IntN(30), 1+r.IntN(20), 100000+r.IntN(800000))
	case "SPACEDEMAIL":
		return strings.ToLower(g.pick(firstNames)) + " . " + strings.ToLower(g.pick(lastNames)) + " @ " + g.pick([]string{"gmail", "yahoo", "outlook"}) + " . com"
	case "BALI":
		return g.pick([]string{"I Made", "I Wayan", "I Nyoman", "I Ketut", "Ni Luh Putu", "Ni Made"}) + " " + g.pick(lastNames)
	case "SCRIPTPHONE":
		d := "08" + g.pick([]string{"1", "2", "5", "7"}) + g.digits(9)
		var b strings.Builder
		for _, c := range d {
			b.WriteRune(0x0660 + c - '0') // Arabic-Indic digits
		}
		return b.String()
	case "WALLET":
		return g.wallet()
	case "GIVENL":
		return strings.ToLower(g.pick(firstNames))
	case "MYKAD":
		return fmt.Sprintf("%02d%02d%02d-%02d-%04d", 60+r.IntN(40), 1+r.IntN(12), 1+r.IntN(28), 1+r.IntN(16), r.IntN(10000))
	case "KITASNO":
		return fmt.Sprintf("2C%d%dAB%04d", 1+r.IntN(2), r.IntN(10), r.IntN(10000))
	case "TTLVAL":
		return fmt.Sprintf("%s, %02d-%02d-%d", g.pick([]string{"Jakarta", "Surabaya", "Medan", "Kota Bandung", "Denpasar"}), 1+r.IntN(28), 1+r.IntN(12), 1950+r.IntN(55))
	case "GCODE":
		return "G-" + g.digits(6)
	case "SEED":
		words := []string{"abandon", "ability", "able", "about", "above", "absent", "absorb", "abstract", "absurd", "abuse", "access", "accident", "account", "accuse", "achieve", "acid", "acoustic", "acquire", "across", "act"}
		var w []string
		for k := 0; k < 12; k++ {
			w = append(w, g.pick(words))
		}
		return strings.Join(w, " ")
	case "NIMNO":
		return fmt.Sprintf("20%02d%08d", 15+r.IntN(10), r.IntN(100000000))
	case "HYPHANDLE":
		return strings.ToLower(g.pick(firstNames)) + "-" + strings.ToLower(g.pick(lastNames)) + "-" + fmt.Sprint(10+r.IntN(90))
	case "RECDOB":
		return fmt.Sprintf("%02d-%02d-%d", 1+r.IntN(28), 1+r.IntN(12), 1960+r.IntN(45))
	case "TICKETNAME":
		return strings.ToUpper(g.pick(lastNames)) + "/" + strings.ToUpper(g.givenX())
	case "GIVENENX":
		return g.pick([]string{"Sophie", "Claire", "Greg", "Lucas", "Ethan", "Julia"})
	case "PERSONUP2":
		return strings.ToUpper(g.givenX() + " " + g.pick(lastNames))
	case "FAMX":
		// A first name the lists do not know and a family name they do.
		return g.pick([]string{"Herman", "Irwan", "Teddy", "Lilis", "Meilani", "Ferdi", "Yosua"}) + " " + g.pick([]string{"Susanto", "Setiawan", "Wijaya", "Gunawan", "Hidayat", "Pratama"})
	case "FULLX":
		return g.givenX() + " " + g.pick(lastNames)
	case "GIVENX":
		return g.givenX()
	case "GIVENXL":
		return strings.ToLower(g.givenX())
	case "TITLEDSTREET":
		n := 1 + r.IntN(120)
		return g.pick([]string{
			fmt.Sprintf("Jl. Jend. Sudirman Kav. %d", n), fmt.Sprintf("Jl. Letjen S. Parman No. %d", n),
			fmt.Sprintf("Jl. Prof. Dr. Soepomo No. %d", n), fmt.Sprintf("Jl. K.H. Hasyim Ashari No. %d", n),
			fmt.Sprintf("Jl. R.A. Kartini No %d", n), fmt.Sprintf("Jl. Dr. Setiabudi No. %d", n),
			fmt.Sprintf("Jl. A. Yani Km %d", n), fmt.Sprintf("Jl. Brigjen Katamso %d", n),
			fmt.Sprintf("Lorong Sawo No %d", n), fmt.Sprintf("Apartment Taman Rasuna Tower %d unit %d", 1+r.IntN(9), 100+n)})
	case "CHATTS":
		return fmt.Sprintf("%02d/%02d/24 %02d.%02d", 1+r.IntN(28), 1+r.IntN(12), 7+r.IntN(14), r.IntN(60))
	case "ACCT10":
		return g.digits(10)
	case "USERNAME":
		return strings.ToLower(g.givenX()) + g.pick([]string{"_", "."}) + strings.ToLower(g.pick(lastNames)) + g.pick([]string{"", "88", "_id"})
	case "PRICEAT":
		return g.pick([]string{fmt.Sprintf("@Rp %d.000", 10+r.IntN(490)), fmt.Sprintf("@%drb", 10+r.IntN(490)), fmt.Sprintf("@Rp%d.000", 10+r.IntN(490))})
	case "ROOMCODE":
		return g.pick([]string{"Kamar", "Tipe", "Size", "Gate", "Lot"}) + " " + string(rune('A'+r.IntN(6))) + " " + fmt.Sprint(10+r.IntN(2000)) + " " + g.pick([]string{"AC", "XL", "EU", "BC"})
	case "PLNTOKEN":
		return group(g.digits(20), []int{4, 4, 4, 4, 4}, g.pick([]string{"-", " "}))
	case "WAPHONE":
		return "+62 8" + g.pick([]string{"1", "2", "5", "7", "9"}) + g.digits(1) + "-" + g.digits(4) + "-" + g.digits(4)
	case "PASSWORDX":
		return g.pick([]string{"qwerty", "Keluarga", "rahasia", "Sayang"}) + g.digits(2+r.IntN(3))
	case "SHOPNAME":
		return g.pick([]string{"Ci Mehong Cake", "Mas Mansyur Center", "Kakak Beradik Store", "Bu Tini Catering", "Pak Joko Laundry"})
	case "PERSONUP":
		return strings.ToUpper(g.person())
	case "KTPAREA":
		area := strings.ToUpper(g.pick(kels))
		return g.pick([]string{"Kel/Desa : ", "Kecamatan : ", "Kelurahan : ", "Kab/Kota : "}) + area
	case "USADDRESS":
		return fmt.Sprintf("%d %s %s, %s, CA %d", 1+r.IntN(3000), g.pick([]string{"Amphitheatre", "Sunset", "Ocean", "Main"}),
			g.pick([]string{"Pkwy", "Parkway", "Drive", "Highway", "Way"}), g.pick([]string{"Mountain View", "Palo Alto", "San Jose"}), 90000+r.IntN(9999))
	case "LOOKPHONE2":
		d := "08" + g.pick([]string{"1", "2", "5", "7"}) + g.digits(1) + " " + g.digits(4) + " " + g.digits(3)
		return d + g.pick([]string{"O", "o", "l", "I"})
	case "VIN":
		const c = "ABCDEFGHJKLMNPRSTUVWXYZ"
		l := func() string { return string(c[r.IntN(len(c))]) }
		return g.pick([]string{"MH1", "MHK", "MHR", "1HG", "JTD"}) + l() + l() + l() + g.digits(3) + l() + l() + g.digits(6)
	case "ENGINENO":
		return g.pick([]string{"JFZ1E", "1NR", "K15BN", "JM81E", "4A91", "KF41E"}) + g.digits(6+r.IntN(2))
	case "IDPEL":
		return g.pick([]string{"5", "1", "3"}) + g.digits(11)
	case "POLICY":
		return g.pick([]string{g.digits(10), fmt.Sprintf("PL-%d-%s", 2018+r.IntN(7), g.digits(7)), "POL" + g.digits(9)})
	case "INSURER":
		return g.pick([]string{"Prudential", "Allianz", "AXA", "Manulife", "asuransi"})
	case "PARTNAME":
		return g.pick([]string{"Anna", "Pieter", "Maria", "Lucas", "Sophie", "Johan", "Ludwig"}) + " " +
			g.pick([]string{"van der", "van", "de", "da", "von", "van den"}) + " " + g.pick([]string{"Berg", "Vries", "Silva", "Trapp", "Heuvel", "Costa"})
	case "RECVNAME":
		return strings.ToUpper(g.givenX())
	case "AGE":
		return fmt.Sprint(17 + r.IntN(50))
	case "YEARDOB":
		return fmt.Sprint(1960 + r.IntN(45))
	case "MONTHNUM":
		return fmt.Sprint(1 + r.IntN(12))
	case "DAYNUM":
		return fmt.Sprint(1 + r.IntN(28))
	case "DAYMONTH":
		return fmt.Sprintf("%02d/%02d", 1+r.IntN(28), 1+r.IntN(12))
	case "AIRDOB":
		return fmt.Sprintf("%02d%s%02d", 1+r.IntN(28), g.pick([]string{"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"}), r.IntN(100))
	case "CITYDOB":
		return fmt.Sprintf("%s, %d %s %d", g.pick([]string{"Jakarta", "Bandung", "Surabaya", "Medan", "Makassar"}), 1+r.IntN(28),
			g.pick([]string{"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"}), 1960+r.IntN(45))
	case "PERFUME":
		return g.pick([]string{"Aurora", "Bianca", "Luna", "Stella", "Diana", "Bella"})
	case "BLOCKCODE":
		return g.pick([]string{"A", "B", "C", "F", "J3", "H2"})
	case "SHOPTRADE":
		return g.pick([]string{"Laundry", "Fotokopi", "Butik", "Penjahit", "Mie Aceh", "Tahu Sumedang"})
	case "POSTCODEBIZ":
		return fmt.Sprint(10000 + r.IntN(89999))
	case "FLOORS":
		return fmt.Sprint(2 + r.IntN(4))
	case "HOUSENO":
		return fmt.Sprint(1 + r.IntN(150))
	case "POSTCODE":
		return fmt.Sprint(10000 + r.IntN(89999))
	case "POLICYSLASH":
		return fmt.Sprintf("%s/HC/%d/%s", g.pick([]string{"ALZ", "PRU", "AXA", "MNL"}), 2018+r.IntN(7), g.digits(6))
	case "STREETNAME":
		return g.pick([]string{"Sudirman", "Diponegoro", "Gatot Subroto", "Ahmad Yani", "Malioboro", "Pemuda", "Asia Afrika"})
	case "DISH":
		return g.pick([]string{"Sambal", "Rawon Setan", "Soto Kudus", "Warung Makan", "Es Campur", "Lontong Balap", "Pempek", "Sate Klathak"})
	case "TITLE":
		return g.pick([]string{"Bu", "Pak", "Mbak", "Mbah"})
	case "FOREIGN":
		return g.pick([]string{"Hiroshi", "Kenji", "Ahmed", "Arjun", "Emma", "Hannah", "Nikolai", "Fatima", "Omar", "Priyanka"}) + " " +
			g.pick([]string{"Yamamoto", "Watanabe", "Hassan", "Mehta", "Nilsson", "Schneider", "Ivanov", "Khalil", "Nair", "Reddy"})
	case "KEYCAPPHONE":
		var b strings.Builder
		for _, c := range "08" + g.pick([]string{"1", "2", "5", "7"}) + g.digits(9) {
			b.WriteRune(c)
			b.WriteString("\ufe0f\u20e3")
		}
		return b.String()
	case "STARPHONE":
		return "08" + g.pick([]string{"1", "2", "5"}) + g.digits(1) + "*" + g.digits(4) + "*" + g.digits(4)
	case "INDIAMOBILE":
		return g.pick([]string{"98", "97", "81", "70"}) + g.digits(8)
	case "SPACEDNAME":
		n := strings.ToUpper(g.givenX() + " " + g.pick(lastNames))
		var b strings.Builder
		for k, c := range n {
			if c == ' ' {
				b.WriteString("  ")
				continue
			}
			if k > 0 && n[k-1] != ' ' {
				b.WriteByte(' ')
			}
			b.WriteRune(c)
		}
		return b.String()
	case "AADHAAR":
		return fmt.Sprint(2+r.IntN(8)) + g.digits(3) + " " + g.digits(4) + " " + g.digits(4)
	case "CUSTCODE":
		return "CUST-00123" // no draw from the generator: the messages after it stay as they were
	case "MEMBERNO":
		switch r.IntN(4) {
		case 0:
			return "EMP-" + g.digits(5)
		case 1:
			return fmt.Sprint(10000 + r.IntN(90000))
		case 2:
			return g.digits(4) + "/SMA/" + fmt.Sprint(2015+r.IntN(10))
		}
		return "00" + g.digits(8)
	case "GAMEID":
		return fmt.Sprint(1+r.IntN(9)) + g.digits(8)
	case "NICK":
		return g.pick([]string{"RaffiGG", "KuroNeko_77", "DarkLord_Rizal", "xX_Dafa_Xx", "JettMainer#SEA12", "Nayla.exe"})
	case "TOWERADDR":
		return "Tower " + g.pick([]string{"A", "B", "C", "9"}) + " lantai " + fmt.Sprint(2+r.IntN(30)) + " nomor " + fmt.Sprint(1000+r.IntN(9000))
	case "UNITTW":
		return "Tw. " + g.pick([]string{"A", "B", "E"}) + " #0" + fmt.Sprint(1+r.IntN(9)) + "-" + fmt.Sprint(10+r.IntN(80))
	case "SHOPGIVEN":
		return g.pick([]string{"Rudy", "Endang", "Marto", "Kumis", "Gendut", "Raden", "Pong"})
	case "FLOWER":
		return g.pick([]string{"Mawar", "Melati", "Anggrek", "Kenanga", "Dahlia"})
	case "MACHINEMODEL":
		return g.pick([]string{"LG FM1208N6W", "Sharp ES-T85CL", "Samsung WA90T5260BY", "Polytron PWM 8076"})
	case "PRODUCT":
		return g.pick([]string{"Samsung Galaxy S24", "Apple Store", "Customer Service", "Toko Maju Jaya"})
	case "RELKU":
		return g.pick([]string{"istriku", "suamiku", "anakku", "adikku", "kakakku", "anaknya", "nenek", "kakek", "mertua", "sepupu"})
	case "KMADDRESS":
		return fmt.Sprintf("%s %s km %d no %d", g.pick([]string{"Jl Raya", "Jl. Raya", "jalan", "Jln"}),
			g.pick([]string{"Bogor", "Kaliurang", "Solo", "Cikampek", "Serang"}), 1+r.IntN(60), 1+r.IntN(200))
	case "QTYKM":
		return fmt.Sprintf("%d km", 1+r.IntN(90))
	case "TXHASH":
		return "0x" + g.hex(64)
	case "QTYNIGHT":
		return fmt.Sprint(1 + r.IntN(9))
	case "VERSION":
		return fmt.Sprintf("%d.%d.%d", 1+r.IntN(5), r.IntN(20), r.IntN(10))
	}
	panic("unknown slot " + slot)
}

// corpusSize2 is the number of messages made from templates2, after the
// first corpusSize.
const corpusSize2 = 640

// templates2 cover the kinds and phrasings added after the first corpus:
// handles with and without their '@' and profile links, the other state
// numbers (GOVID), CVVs, IPv6, numbers spelled out or typed with look-alike
// letters, birth dates month first or without separators, lowercase and
// English street addresses, names before degrees, recipients as form
// fields. They make a second part of the corpus with a seed of its own,
// so that the first part stays as it was.
var templates2 = []string{
	"id-slang|ig aku {HANDLE} kak, follow ya",
	"id-slang|cek tiktok saya {HANDLEPLAIN} kak, ada video unboxing {SKU}",
	"id-formal|Profil saya: instagram.com/{HANDLEPLAIN}, pesanan {ORDER} sudah dikirim.",
	"id-slang|dm aja ke t.me/{HANDLEPLAIN} kak, {QTY}",
	"en|find me at tiktok.com/@{HANDLEPLAIN} or fb.com/{HANDLEPLAIN}",
	"en|my ig is {HANDLEPLAIN}, dm me about order {ORDER}",
	"id-formal|NIP saya {NIP}, mohon invoice {INVOICE} atas nama instansi.",
	"id-formal|Untuk pendaftaran, NISN anak saya {NISN}, biaya {AMOUNT}.",
	"id-slang|sim ku {SIMNO} kak buat sewa motor {QTY}",
	"en|card {CARD} cvv {CVV}, charge {AMOUNT} please",
	"mix|server ipv6 kita {IPV6} down sejak {TIME}",
	"id-slang|nomor hp saya {SPELLEDPHONE} ya kak",
	"id-slang|wa gw {LOOKPHONE} min, order {ORDER}",
	"en|DOB: {USDOB}, passport {PASSPORT}",
	"id-formal|tgl lahir {COMPACTDOB}, NIK {NIK}",
	"id-slang|alamat {LOWADDRESS} ya kak, {QTY}",
	"en|please deliver to {ENADDRESS} by {DATE}",
	"id-formal|Hormat kami, {PERSON}, {DEGREE}",
	"id-formal|Penerima: {PERSON}, hp {PHONE}, total {AMOUNT}.",
	"en|Refund to BCA {BANK} under {PERSON} please, invoice {INVOICE}.",
	"hard|ig kami lagi error kak, follow IG toko aja, promo {PCT} s/d {DATE}",
	"hard|buku Chapter 3 Road to Success {AMOUNT}, stok {QTY}, kode {SKU}",
	"hard|beli dua, satu lagi tiga lima {QTY}, harga {AMOUNT}",
	"hard|Versi {VERSION} rilis {DATE}, kapasitas 2OO ml",
	"id-slang|nama aku salah ketik kak, yang bener {PERSON}",
	"id-formal|Mohon ganti nama jadi {PERSON} untuk pesanan {ORDER}.",
	"id-slang|share loc ya kak: {COORD}",
	"id-formal|Lokasi pengiriman: https://{MAPLINK}",
	"en|my IBAN is {IBAN}, refund {AMOUNT} please",
	"id-formal|Kirim ke:\n{PERSON}\n{ADDRESS}\nHP {PHONE}",
	"id-formal|Nama saya {BALI}, mohon konfirmasi {INVOICE}.",
	"mix|hp saya {SCRIPTPHONE} kak",
	"id-slang|tf ke {BANK} ya kak, total {AMOUNT}",
	"hard|sewa villa {QTYNIGHT} malam, perumahan {QTYNIGHT} unit terjual, diskon {PCT}",
}

// corpusSize3 is the number of messages made from templates3, after the
// second part.
const corpusSize3 = 400

// templates3 cover the phrasings found leaking on 2026-12-06: keywords with
// "-nya" and "-ku", birthdays without a year, the name one goes by, a
// relative's name between commas, "ttd.", "bin", form parties, a ticket's
// SURNAME/GIVEN, marketplace accounts, mobile numbers without their 0,
// given names after "untuk", "buat", "oleh", spaced-out e-mail addresses
// and a unit number in an address. A third part with a seed of its own.
var templates3 = []string{
	"id-slang|passwordnya {PASSWORD} jangan kasih tau siapa2 ya kak",
	"id-slang|pinku {OTP}, tolong bantu reset akun",
	"id-slang|otpnya {OTP} kak, order {ORDER}",
	"id-formal|Mohon data diperbarui, lahirnya {DOB}.",
	"id-slang|ulang tahun aku {BIRTHDAY} kak, ada promo ultah?",
	"id-slang|panggil aja {GIVEN} kak, mau tanya stok {SKU}",
	"id-formal|Biasa dipanggil {GIVEN}, pesanan {ORDER} belum sampai.",
	"id-slang|tolong hubungi suami saya, {GIVEN}, di {PHONE}",
	"en|my wife, {GIVEN}, will pick up order {ORDER}",
	"id-formal|Terlampir bukti bayar {INVOICE}.\nttd. {PERSON}",
	"id-formal|Paket atas nama {BINNAME}, total {AMOUNT}.",
	"en|my password is {PASSWORD}, please reset it",
	"id-formal|Nama penumpang: {PNRNAME}, kode booking {SKU}",
	"id-slang|nama pembeli {PERSON}, total {AMOUNT}",
	"id-slang|akun shopee saya: {HANDLEPLAIN}, pesanan {ORDER}",
	"id-slang|username gojek: {HANDLEPLAIN} kak",
	"id-slang|nomor saya {MOBILE8} kak, wa aja",
	"en|my address is {SGADDRESS}, please ship by {DATE}",
	"id-slang|paket buat {GIVEN} ya kak, {QTY}",
	"id-formal|Pesanan untuk {GIVEN} sudah dikirim tanggal {DATE}.",
	"id-slang|email ku: {SPACEDEMAIL}",
	"en|My name's {PERSON}, order {ORDER}",
	"id-formal|Customer: {PERSON}, invoice {INVOICE}",
	"hard|untuk Jakarta dan Bandung ongkir beda, buat Senin stok {QTY}",
	"hard|beli di shopee: {QTY}, pesan gojek 2x, akun shopee saya diblokir",
	"hard|Customer Service siap membantu jam {TIME}",
	"hard|tolong kirim ulang {DATE} ya kak, diskon {PCT}",
}

// corpusSize4 is the number of messages made from templates4, after the
// third part.
const corpusSize4 = 740

// templates4 cover what was found leaking in the fourteenth session:
// cryptocurrency addresses, the mother's maiden name (a bank's security
// question), a relative named after "istriku", "anaknya" or "si", the
// name under an e-mail signature's "-- " line, and an address with its
// kilometre post, a KTP's fields, names next to phones in capitals or
// after a slash or a dash, "This is" and a full name, US street
// addresses, a look-alike letter in a phone's last group, records of
// personal data with their fields apart by slashes or bars, names in chat
// formatting, relatives as form fields, student numbers, family names that
// are given names too, handles with hyphens, foreign IDs and permits, the
// place of birth, access and forwarded codes, seed phrases, staff and
// colleagues, slang self-introductions, lists of passengers and
// participants, Jenius cashtags, tables, a passport's name. A fourth part
// with a seed of its own.
var templates4 = []string{
	"id-slang|kirim usdt trc20 ke {WALLET} ya kak, total {AMOUNT}",
	"en|my wallet address is {WALLET}, refund {AMOUNT} please",
	"id-formal|Mohon refund ke alamat wallet {WALLET} untuk pesanan {ORDER}.",
	"id-slang|wallet gw {WALLET} min",
	"id-formal|Untuk verifikasi, ibu kandung: {PERSON}",
	"id-formal|Nama gadis ibu kandung: {PERSON}, NIK {NIK}",
	"id-slang|{RELKU} {GIVEN} lagi sakit kak, pesanan {ORDER} tolong dipercepat",
	"id-slang|anakku si {GIVEN} suka banget sama {SKU}",
	"en|thanks for the quick reply\n-- \n{PERSON}\n{PHONE}",
	"id-formal|Terima kasih.\n--\n{PERSON}\nHP {PHONE}",
	"id-slang|kirim ke {KMADDRESS} ya kak, {QTY}",
	"hard|jaraknya {QTYKM} dari gudang, ongkir {AMOUNT}",
	"hard|tx {TXHASH} sudah confirmed, saldo {AMOUNT}",
	"hard|Rekap\n---\nTotal {AMOUNT}, {QTY}",
	"id-formal|NIK : {NIK}\nNama : {PERSONUP}\nAlamat : {ADDRESS}\n{KTPAREA}\nAgama : ISLAM",
	"id-formal|Nama Kepala Keluarga : {PERSONUP}\nNo. KK : {KK}",
	"id-slang|{PERSONUP} {PHONE} kak",
	"id-slang|{PHONE} - {PERSON} ya kak",
	"id-formal|{PERSON} / {PHONE}, pesanan {ORDER}",
	"en|Hi, this is {PERSON}, about order {ORDER}",
	"en|beneficiary: {PERSON}, amount {AMOUNT}",
	"id-formal|Ahli waris: {PERSON}",
	"en|Ship to: {USADDRESS}",
	"id-slang|hp {LOOKPHONE2} kak",
	"hard|This is {PRODUCT}, harga {AMOUNT}",
	"id-slang|data aku ya kak: {PERSON} / {RECDOB} / {PHONE} / {EMAIL}",
	"id-formal|{PERSONUP} | {RECDOB} | {PHONE}",
	"hard|{INVOICE} / {DATE} / {AMOUNT}",
	"id-slang|nama: *{PERSON}*, hp {PHONE}",
	"id-formal|Ayah: {PERSON}\nIbu: {PERSON}",
	"id-formal|NIM {NIMNO} atas nama {PERSON}",
	"en|My details: {GIVEN} Tan, {PHONE}",
	"en|my venmo is @{HYPHANDLE}",
	"hard|kelas {QTY}, nama siswa baru diumumkan {DATE}",
	"en|my IC number is {MYKAD}, please verify",
	"id-formal|KITAS saya {KITASNO}, mohon dibantu perpanjangan",
	"id-formal|TTL: {TTLVAL}",
	"id-slang|kode akses {OTP} kak",
	"en|{GCODE} is your Google verification code",
	"en|seed phrase: {SEED}",
	"id-formal|Kepada Bpk/Ibu {PERSON}, tagihan {INVOICE}",
	"hard|IC 555 timer stok {QTY}, harga {AMOUNT}",
	"hard|{YEAR} is your year, promo {PCT}",
	"id-slang|order via WA ke {PHONE} (admin {GIVEN})",
	"en|please contact my colleague {PERSON}, invoice {INVOICE}",
	"id-slang|gw si {GIVENL} yg kmrn order {SKU}",
	"id-slang|aku tuh {GIVEN}, temennya {GIVEN}",
	"en|The account is registered under my wife's name, {PERSON}",
	"hard|saya, Senin, bisa datang jam {TIME}, welcome to Jakarta",
	"id-formal|penumpang: 1. {PERSON} 2. {PERSON}",
	"id-formal|peserta: {PERSON}, {PERSON}, dan {PERSON}",
	"id-slang|jenius ${HANDLEPLAIN} ya kak",
	"id-formal|| Nama | {PERSON} |\n| HP | {PHONE} |",
	"en|Nama sesuai paspor: {PERSONUP}, passport {PASSPORT}",
	"hard|Penerima: {PERSON}, Jakarta Selatan, ongkir {AMOUNT}",
}

// givenX is a first name that the given-name rules know and that is no
// common word too ("Indah", "Putri" are not): a full name with no keyword
// before it is found by its given name.
func (g *corpusGen) givenX() string {
	for {
		n := g.pick(firstNames)
		if l := strings.ToLower(n); givenNames[l] && !lowerWordAmbiguous(l) {
			return n
		}
	}
}

// corpusSize5 is the number of messages made from templates5, after the
// fourth part.
const corpusSize5 = 640

// templates5 cover what the leak hunt of the fifteenth session found:
// titles and initials in a street's name, transfer receipts (one line and
// several), exported chats, names with no keyword before them, a name
// alone after its label, lowercase self-introductions, account holders
// after the number, names in capitals, kinship and religious titles and
// ranks, lists after "nama:", records apart by commas, form labels of many
// kinds, usernames, secrets after a label's colon, PLN tokens, WhatsApp's
// direction marks, and business text that must stay: prices after '@',
// rooms and sizes that read like plates, shops named after a person, chat
// in title case. A fifth part with a seed of its own.
var templates5 = []string{
	"id-formal|Alamat kantor: {TITLEDSTREET}, Jakarta",
	"id-slang|kirim ke {TITLEDSTREET} ya kak",
	"id-formal|Transfer Berhasil\nKe: {PERSONUP}\nBCA - {ACCT10}\nRp 150.000",
	"id-formal|m-Transfer BERHASIL {CHATTS} Ke {ACCT10} {PERSONUP} {AMOUNT}",
	"id-formal|m-Transfer :\nBERHASIL\nKe {ACCT10}\n{PERSONUP}\n{AMOUNT}",
	"id-formal|Transaksi Berhasil\nRekening Tujuan\nBCA - {ACCT10}\n{FULLX}\nNominal {AMOUNT}",
	"mix|[{CHATTS}] {FULLX}: kak pesanan {ORDER} mana?",
	"mix|{CHATTS} - {FULLX}: ok kak",
	"id-slang|{FULLX} sudah transfer tadi pagi, {AMOUNT}",
	"id-formal|Komplain dari {FULLX} soal {SKU}",
	"id-formal|Kak, ini KTP saya: NIK {NIK}, Nama {PERSONUP}, TTL {TTLVAL}",
	"en|Customer ID: {CUSTCODE}, name {FULLX}, order {ORDER}",
	"id-slang|hai min aku {GIVENXL} mau nanya {SKU}",
	"id-slang|saya dengan {GIVENXL}, pesanan {ORDER}",
	"id-formal|BCA {ACCT10} - {FULLX}, total {AMOUNT}",
	"id-formal|OVO {PHONE} ({PERSONUP})",
	"id-slang|SAYA {PERSONUP} MAU KOMPLAIN {ORDER}",
	"id-formal|Tolong kirim ke rumah Budhe {GIVENX} di Klaten",
	"id-formal|Salam sejahtera,\nPdt. {FULLX}",
	"id-formal|Daftar nama: {FULLX}, {FULLX}, {FULLX}",
	"id-formal|Penerima: {GIVENX} / {GIVENX} / {GIVENX}",
	"id-formal|Data: {FULLX}, {NIK}, {PHONE}",
	"id-slang|{FULLX}, {PHONE}, {ADDRESS}",
	"id-formal|*Nama* : {FULLX}\nHP: {PHONE}",
	"id-formal|Nama Dropshipper: {FULLX}",
	"id-formal|Driver: {FULLX} ({PLATE})",
	"id-slang|Pembeli: {USERNAME}",
	"id-slang|pass akun tokped: {PASSWORDX}",
	"id-formal|Token listrik: {PLNTOKEN}",
	"mix|WA saya \u202a{WAPHONE}\u202c ya",
	"id-slang|Kirim ke: {FULLX}, {QTY}",
	"id-slang|Thx kak, - {GIVENX}",
	"id-slang|{GIVENX}: min paket saya mana",
	"id-formal|dana: {PHONE} an {GIVENXL}",
	"id-formal|no. rek {ACCT10} bank bca an {GIVENXL}",
	"hard|2x Kaos Polos Hitam XL {PRICEAT} = {AMOUNT}",
	"hard|{ROOMCODE} tersedia, harga {AMOUNT}",
	"hard|pesan kue di {SHOPNAME}, {QTY}",
	"hard|Kak Barangnya Belum Sampai, pesanan {ORDER}",
	"hard|Kak Cantik mau tanya stok {SKU}",
	"hard|Ke: Jakarta Selatan, ongkir {AMOUNT}",
	"hard|Nama Produk Kaos Polos Hitam, harga {AMOUNT}",
	"hard|password: sudah diganti kak, pesanan {ORDER}",
	"id-slang|hp _{PHONE}_ ya kak",
	"id-formal|Anda telah mengirim {AMOUNT} ke {PERSONUP2}",
	"id-formal|{PERSONUP2} SUDAH TRANSFER {AMOUNT}",
	"id-slang|{FAMX} sudah transfer kak, {AMOUNT}",
	"id-formal|{GIVENX} bin {GIVENX} sudah bayar {INVOICE}",
	"id-slang|CP {PHONE} {GIVENX}",
	"id-formal|Selamat ulang tahun {GIVENX}, pesanan kue {QTY}",
	"id-slang|facebook: {FULLX}",
	"id-formal|kode cvv belakang kartu {CVV}",
	"hard|Kak Konfirmasi Pesanan Ya, {ORDER}",
	"hard|Terima kasih,\nManagement\nTotal {AMOUNT}",
	"hard|Call center BCA 1500888, promo {PCT}",
	"hard|Kamera Sony A 7 III harga {AMOUNT}",
	"hard|Token listrik 100rb, {QTY}",
	"hard|Toko Mas Sinar Jaya harga emas {AMOUNT}",
	"id-formal|The Wedding of {GIVENX} & {GIVENX}, {DATE}",
	"id-formal|Penerima: {FULLX} {ADDRESS}",
	"en|{TICKETNAME} MR, GA 404 CGK-SUB",
	"id-slang|data: {PERSONUP2}_{PHONE}_{ADDRESS}",
	"en|Hello, {GIVENENX} here, order {ORDER}",
	"hard|Kurir: J&T Express, resi {RESI}",
	"hard|Ayam Bakar Mas Mono buka jam {TIME}",
	"hard|Dok, Anak Saya Demam 3 Hari, {QTY}",
}

// corpusSize6 is the number of messages made from templates6, after the
// fifth part.
const corpusSize6 = 360

// templates6 cover what the sixteenth session added: a vehicle's frame and
// engine numbers, PLN customer IDs and insurance policies (GOVID), family
// names with particles, who took a parcel on a courier's tracking page, a
// given name after a sentence's first word; and the business text next to
// them that must stay: a machine's price and model, a policy's dates and
// premium.
var templates6 = []string{
	"id-formal|Mohon dicek, No rangka: {VIN}, no mesin: {ENGINENO}",
	"id-formal|Data STNK\nNomor Rangka : {VIN}\nNomor Mesin : {ENGINENO}\nNopol : {PLATE}",
	"id-slang|noka {VIN} nosin {ENGINENO} kak buat cek leasing",
	"en|VIN: {VIN}, engine no. {ENGINENO}, please check the recall",
	"id-formal|ID pelanggan PLN saya {IDPEL}, token belum masuk",
	"id-slang|min idpel {IDPEL} kok tagihannya naik",
	"id-formal|IDPEL: {IDPEL}\nNama: {FULLX}",
	"id-formal|Nomor polis asuransi saya {POLICY}, mau klaim rawat inap",
	"id-formal|No. Polis: {POLICY}\nTertanggung: {FULLX}",
	"en|My policy number is {POLICY}, premium {AMOUNT} per month",
	"id-formal|nomor polis {INSURER} {POLICY} atas nama {FULLX}",
	"en|Hi, I'm {PARTNAME} from Rotterdam, booking for {QTYNIGHT} nights",
	"id-formal|Nama: {PARTNAME}\nEmail: {EMAIL}",
	"mix|contact person: {PARTNAME} ({PHONE})",
	"id-formal|Status: DELIVERED - diterima oleh {RECVNAME}",
	"id-formal|Paket {RESI} telah diterima oleh [{RECVNAME} - SATPAM]",
	"id-formal|DELIVERED TO [{RECVNAME} | SATPAM | {DATE} {TIME}]",
	"en|Received by: {FULLX}",
	"id-slang|Kata {GIVENX} barangnya belum sampai kak",
	"id-slang|Tadi {GIVENX} sudah bayar {AMOUNT} ya",
	"id-slang|Kemarin {GIVENX} bilang resi {RESI} sudah jalan",
	"id-slang|harga mesin {PLAINAMOUNT} kak, bisa nego?",
	"id-formal|Mesin cuci {MACHINEMODEL} stok {QTY} unit, harga {AMOUNT}",
	"id-formal|Polis aktif mulai {DATE}, premi {AMOUNT}/bulan",
	"en|Engine oil {QTY} liter, invoice {INVOICE}",
	"id-slang|rangka baja ringan {QTY} meter harga {AMOUNT}",
}

// corpusSize7 is the number of messages made from templates7, after the
// sixth part.
const corpusSize7 = 420

// templates7 cover the sixth and seventh leak hunts (sixteenth session):
// names in lists apart by commas or numbered, couples, a name before its
// age, after a relative, after "kulo", "nama bayinya", "Bp.", "Alm.", in
// brackets after "saya", before a phone after "nama"; lowercase names after
// a title before a phone and after "an."; utility numbers after "Tagihan";
// birth dates in a form's parts, birthdays without a year; streets with a
// title or a number word in lowercase, "Kodepos"; and business text that
// must stay: streets named alone, dishes named after their cook, rooms,
// property adverts, days after a title.
var templates7 = []string{
	"id-slang|Absen hari ini: {GIVENX} sakit, {GIVENX} cuti, Pak {GIVENX} dinas luar",
	"id-formal|Rekap nilai\n1. {FULLX} {QTY}\n2. {FULLX} {QTY}\n3. {FULLX} {QTY}",
	"id-formal|Daftar karyawan lembur: {GIVENX}, {GIVENX}, {FULLX}, {FULLX}",
	"id-formal|Absen: 1. {GIVENX} 2. {GIVENX} 3. {GIVENX}, semua hadir",
	"id-formal|atas nama calon pengantin {FULLX} & {FULLX}, akad {DATE}",
	"id-slang|reservasi atas nama {GIVENX} & {GIVENX}, {QTY} pax",
	"id-formal|pendaftaran kursus: {GIVENX}, umur {AGE}, alamat {ADDRESS}",
	"id-formal|Mahram: {FULLX} (suami)",
	"id-slang|Bundanya {GIVENX} nih, pesan snack box {QTY}",
	"id-slang|Nuwun sewu mas, kulo {GIVENX} badhe tumbas tumpeng {QTY}",
	"id-formal|Tanggal lahirnya {DOB}, nama bayinya {GIVENX}, buat aqiqah",
	"id-formal|Ortu murid: Bp. {GIVENX} & Ibu {GIVENX}",
	"id-formal|balik nama sertifikat dari Alm. {FULLX}",
	"id-slang|kemarin saya ({GIVENX}) sudah kirim dokumen {INVOICE}",
	"id-slang|jemput cucian ya kak, nama {GIVENX} {PHONE}",
	"id-slang|penerima mbak {GIVENXL} {PHONE}",
	"id-slang|order {SKU} dong, an. {GIVENXL}, ongkir {AMOUNT}",
	"id-formal|Tagihan PLN {IDPEL} belum dibayar bulan ini, total {AMOUNT}",
	"id-formal|Indihome no {IDPEL} atas nama {FULLX}",
	"id-formal|lahir thn {YEARDOB} bln {MONTHNUM} tgl {DAYNUM}",
	"id-slang|ultah aku {DAYMONTH} kak, ada promo?",
	"id-slang|alamat sy jl. kapten tendean no {HOUSENO} ya kak",
	"id-formal|Kodepos {POSTCODE}, {ADDRESS}",
	"id-formal|No. Polis: {POLICYSLASH}",
	"id-formal|paspor {PASSPORT} dan {PASSPORT}",
	"id-slang|Kata {GIVENX} barangnya belum sampai, resi {RESI}",
	"id-formal|Jalan {STREETNAME} macet total, kurir telat {FLOORS}0 menit",
	"id-formal|Outlet baru di Jl. {STREETNAME} buka {DATE}",
	"id-formal|{DISH} {TITLE} {SHOPGIVEN} {QTY} porsi ya, total {AMOUNT}",
	"id-formal|Ruangan {FLOWER} lantai {FLOORS}, ruangan {FLOWER} lantai {FLOORS}",
	"id-formal|Harga sewa ruko {FLOORS} lantai {BIGAMOUNT}",
	"id-formal|Jadwal praktek dr. spesialis anak Senin-Jumat jam {TIME}",
	"id-formal|Listrik token masing-masing kamar, harga {AMOUNT}",
	"id-formal|Payroll: 1) {GIVENX} rek BCA {ACCT10} {PLAINAMOUNT} 2) {GIVENX} rek BCA {ACCT10} {PLAINAMOUNT}",
	"mix|contact person: {PARTNAME} ({PHONE})",
	"en|Patient {FULLX}, age {AGE}, DOB {DOB}",
}

// corpusSize8 is the number of messages made from templates8, after the
// seventh part.
const corpusSize8 = 360

// templates8 cover the eighth and ninth hunts (sixteenth session): names
// after "milik", "Debitur", "bernama", "dokter", a form's two-word label,
// "atas nama:" in lowercase, an airline's and a CV's dates of birth, an
// ID's keyword after a name; and business text that must stay: lists of
// products named like people, a business's own place after "kirim ke",
// delivery notes, toll roads, shops named after their owner, postcodes
// alone, a product's age.
var templates8 = []string{
	"id-formal|Nomor kartu debit {CARD} hilang, pemilik {FULLX}",
	"id-slang|akun milik {GIVENX} kena hack kak",
	"id-formal|Debitur {PERSONUP} ({PHONE}), tunggakan {AMOUNT}",
	"id-formal|anak saya bernama {FULLX} lahir tgl {DOB}",
	"id-formal|resep dari dokter {GIVENX}, pasien {FULLX}",
	"id-formal|Penumpang bayi: {FULLX}, lahir {DOB}",
	"id-slang|ambil obat atas nama: {GIVENXL}, besok pagi",
	"en|PNR: {INVOICE}, NAME: {TICKETNAME} MR, DOB {AIRDOB}",
	"id-formal|CV\n{FULLX}\n{CITYDOB}\n{EMAIL}",
	"id-formal|daftar ulang siswa an. {FULLX} NISN {NISN}, mohon dicek",
	"en|insurance member ID: {IDPEL}, name: {FULLX}",
	"id-formal|Ready stok: {FLOWER}, {FLOWER}, {FLOWER}, total {QTY}",
	"id-formal|Parfum ready: {PERFUME}, {PERFUME}, {PERFUME}",
	"id-formal|Kirim ke gudang blok {BLOCKCODE} no {FLOORS} di kawasan industri, invoice {INVOICE}",
	"id-formal|Surat Jalan No. {FLOORS}{FLOORS} sudah ditandatangani gudang",
	"id-formal|Jalan Tol Cipularang KM {FLOORS}{FLOORS} padat, kurir telat",
	"id-formal|{SHOPTRADE} {TITLE} {SHOPGIVEN}, {AMOUNT} per kg",
	"id-formal|Info: Kodepos {POSTCODEBIZ} itu area Bandung Wetan, ongkir {AMOUNT}",
	"id-formal|Mobil Avanza, umur {FLOORS} tahun, harga {BIGAMOUNT}",
	"id-formal|Hari Lahir Pancasila, libur nasional {DATE}",
}

// corpusSize9 is the number of messages made from templates9, after the
// eighth part.
const corpusSize9 = 360

// templates9 cover the thirteenth and fourteenth hunts (seventeenth
// session): names after "si", regional titles, a guardian's "dari", a
// wedding's labels and "dgn", lists in brackets or after a dash, a
// relative set off by a comma, "Selamat bergabung"; numbers with an
// employer, a school or a game; a tower's unit; secrets after long labels;
// cells copied from a spreadsheet; and business text that must stay: the
// business's own places, dishes and brands named after a person.
var templates9 = []string{
	"id-slang|gaji si {GIVENXL} bulan ini dipotong kasbon {AMOUNT} ya mbak",
	"id-formal|data KK: Kepala Keluarga: {FULLX}; Istri: {FULLX}",
	"id-formal|pengantin pria: {FULLX}, pengantin wanita: {FULLX}, resepsi {DATE}",
	"id-slang|Mpok {GIVENX} ama Babe {GIVENX} lagi sakit, kita jenguk yuk",
	"id-formal|saya wali murid dari {FULLX} kelas 4B, besok izin sakit",
	"id-formal|istri {FULLX}, anak 2 ({GIVENX}, {GIVENX})",
	"id-formal|NIK karyawan {MEMBERNO}, mau ajukan cuti tanggal {DATE}",
	"id-slang|min topup diamond ML, ID {GAMEID} (2345) nick {NICK}",
	"id-slang|jemput di Apartemen Bassura City {UNITTW} ya pak, invoice {INVOICE}",
	"id-slang|password e-learning anak saya: {PASSWORD} , tolong di reset",
	"id-formal|Selamat bergabung {FULLX} di tim Finance!",
	"id-formal|Mohon maaf pak, anak saya tidak bisa ikut, ini ibunya, {GIVENX}",
	"id-formal|Mohon doa restu atas pernikahan anak kami {FULLX} dgn {FULLX}",
	"id-formal|Paduan suara: Tenor - {GIVENX}, {GIVENX}, {GIVENX}",
	"id-formal|Data peserta vaksin: {GIVENX}\t{NIK}\t{RECDOB}",
	"id-formal|Balik nama BPKB: dari {FULLX} ke {GIVENX}, nopol {PLATE}",
	"id-formal|Outlet baru kami di Jl. Malioboro No. 52 buka {DATE}, promo {PCT}",
	"id-formal|Nasi Kapau Uni {SHOPGIVEN} rendangnya habis, tinggal {QTY}",
	"id-slang|si kecil demam, order {ORDER} dibatalin aja kak",
	"id-formal|Nomor faktur pajak 010.000-24.12345678 untuk invoice {INVOICE} sudah diupload",
}

// corpusSize10 is the number of messages made from templates10, after
// the ninth part.
const corpusSize10 = 300

// templates10 cover the fifteenth hunt (seventeenth session): guests and
// expats with foreign names, keys in JSON and forms, digits in keycap
// emoji or apart by stars, a foreign mobile, a name spelled letter by
// letter, a username after "akun"; and business text that must stay:
// versions, landmarks and offices named like a person.
var templates10 = []string{
	"en|Lead guest: {FOREIGN} DOB {RECDOB}, booking {INVOICE}",
	"en|Hi, I'm {FOREIGN}, staying in room 208, checkout {DATE}",
	"en|Please note the guest {FOREIGN} is allergic to peanuts, contact {EMAIL}",
	"mix|\"email\":\"{EMAIL}\",\"otp\":\"{OTP}\"",
	"mix|name={FOREIGN}; passport={PASSPORT}; room=402",
	"id-slang|nomor gw {KEYCAPPHONE} ya kak",
	"id-slang|DANA {STARPHONE} a.n. saya",
	"en|Dear Manager, I'd like late checkout. Mobile {INDIAMOBILE}",
	"id-formal|nama saya {SPACEDNAME}, tolong dicatat",
	"id-slang|ada login aneh pada akun {USERNAME} tadi malam",
	"en|my Aadhaar is {AADHAAR}, do you need it for the registration?",
	"en|The OTP you sent is {OTP} but it says invalid",
	"en|Please update the router firmware to 2.4.10.1 tonight, ticket {INVOICE}",
	"id-formal|Gunung Agung status waspada, tur {DATE} dibatalkan",
	"id-formal|Kantor pajak KPP Pratama Badung tutup {DATE}, order {ORDER} tetap jalan",
}

// corpusSize11 is the number of messages made from templates11, after
// the tenth part.
const corpusSize11 = 300

// templates11 cover the sixteenth hunt (eighteenth session): common
// words that are given names after a title or "nama", Korean names, lists
// of given names with amounts, security answers, card expiries, numbers
// with an institution, phones in dialect digit words; and business text
// that must stay: parking levels, a chain's shop by its street, a show by
// its performer, a product's expiry, a version.
var templates11 = []string{
	"id-formal|yang tanda tangan kontrak itu Bu {NAMESTOP} atau Pak {GIVEN} ya?",
	"id-slang|halo kak, nama aku {NAMESTOP}, mau nanya paket {SKU}",
	"en|Guest {KOREAN} checks in on {DATE}, room 1203",
	"id-formal|gaji bulan ini: {GIVENX} 7.500.000, {GIVENX} 6.200.000",
	"id-formal|Absen: {GIVENX} sakit, {GIVENX} cuti, {GIVENX} izin",
	"id-formal|Pertanyaan keamanan: nama ibu kandung? Jawab: {ANSWER}",
	"id-formal|kartu kredit {CARD} exp {EXPIRY} cvv {CVV}",
	"id-formal|saya mahasiswa NPM {NPMNO} mengajukan cuti akademik",
	"id-formal|akta kelahiran no {AKTA} atas nama anak saya",
	"id-slang|username {USERNUM}, tolong reset ya min",
	"id-slang|nomer wa aku {LAPANPHONE} ya kak",
	"id-formal|tanggal lahir anak saya {ROMANDOB} tolong diinput",
	"id-formal|Pendaftaran TPA: {AGEDGIVEN} (6 th), wali {PHONE}",
	"id-slang|tolong kirim ulang OTP, yg tadi {OTP} udh expired",
	"id-formal|Parkir motor B2 dan mobil B3, gedung {FLOORS}",
	"id-formal|Drop point terdekat: Indomaret Jl. Pemuda, order {ORDER}",
	"id-formal|Konser Raisa dan Tulus tanggal {DATE}, tiket {AMOUNT}",
	"id-formal|susu UHT exp 08/27 stok {QTY}",
	"en|run npm 10.2.4 before the deploy, ticket {INVOICE}",
	"id-formal|Pertanyaan: apakah bisa COD? Jawaban: bisa kak, total {AMOUNT}",
}

// wallet is a cryptocurrency address with a valid checksum: Bitcoin
// (legacy, script, segwit), Tron or Ethereum.
func (g *corpusGen) wallet() string {
	switch g.rng.IntN(5) {
	case 0:
		return base58Check(0x00, g.bytes(20))
	case 1:
		return base58Check(0x05, g.bytes(20))
	case 2:
		return base58Check(0x41, g.bytes(20))
	case 3:
		return bech32Segwit(g.bytes(20))
	}
	return "0x" + g.hex(40)
}

func (g *corpusGen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.rng.IntN(256))
	}
	return b
}

func (g *corpusGen) hex(n int) string {
	const digits = "0123456789abcdefABCDEF"
	b := make([]byte, n)
	for i := range b {
		b[i] = digits[g.rng.IntN(len(digits))]
	}
	return string(b)
}

// base58Check encodes a version byte and a payload as an address.
func base58Check(version byte, payload []byte) string {
	const alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
	b := append([]byte{version}, payload...)
	h := sha256.Sum256(b)
	h = sha256.Sum256(h[:])
	b = append(b, h[:4]...)
	n := new(big.Int).SetBytes(b)
	var out []byte
	for n.Sign() > 0 {
		m := new(big.Int)
		n.DivMod(n, big.NewInt(58), m)
		out = append(out, alphabet[m.Int64()])
	}
	for _, c := range b {
		if c != 0 {
			break
		}
		out = append(out, '1')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

// bech32Segwit encodes a version 0 witness program as a "bc1q…" address.
func bech32Segwit(prog []byte) string {
	const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
	data := []byte{0}
	acc, bitsIn := 0, 0
	for _, c := range prog {
		acc = acc<<8 | int(c)
		bitsIn += 8
		for bitsIn >= 5 {
			bitsIn -= 5
			data = append(data, byte(acc>>bitsIn&31))
		}
	}
	if bitsIn > 0 {
		data = append(data, byte(acc<<(5-bitsIn)&31))
	}
	values := append([]byte{'b' >> 5, 'c' >> 5, 0, 'b' & 31, 'c' & 31}, data...)
	values = append(values, 0, 0, 0, 0, 0, 0)
	chk := uint32(1)
	for _, v := range values {
		top := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for k, gen := range [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3} {
			if top>>k&1 != 0 {
				chk ^= gen
			}
		}
	}
	chk ^= 1
	out := []byte("bc1")
	for _, d := range data {
		out = append(out, charset[d])
	}
	for k := 0; k < 6; k++ {
		out = append(out, charset[chk>>(5*(5-k))&31])
	}
	return string(out)
}

// generateCorpus builds the labelled corpus deterministically.
func generateCorpus() []labelledMessage {
	out := generateFrom(templates, rand.New(rand.NewPCG(2024, 817)), corpusSize, nil)
	out = generateFrom(templates2, rand.New(rand.NewPCG(2026, 1206)), corpusSize2, out)
	out = generateFrom(templates3, rand.New(rand.NewPCG(2026, 3)), corpusSize3, out)
	out = generateFrom(templates4, rand.New(rand.NewPCG(2026, 14)), corpusSize4, out)
	out = generateFrom(templates5, rand.New(rand.NewPCG(2026, 15)), corpusSize5, out)
	out = generateFrom(templates6, rand.New(rand.NewPCG(2026, 16)), corpusSize6, out)
	out = generateFrom(templates7, rand.New(rand.NewPCG(2026, 1607)), corpusSize7, out)
	out = generateFrom(templates8, rand.New(rand.NewPCG(2026, 1608)), corpusSize8, out)
	out = generateFrom(templates9, rand.New(rand.NewPCG(2026, 1707)), corpusSize9, out)
	out = generateFrom(templates10, rand.New(rand.NewPCG(2026, 1715)), corpusSize10, out)
	return generateFrom(templates11, rand.New(rand.NewPCG(2026, 1807)), corpusSize11, out)
}

// generateFrom appends n messages made from the templates ts to out.
func generateFrom(ts []string, rng *rand.Rand, n int, out []labelledMessage) []labelledMessage {
	g := &corpusGen{rng: rng, customers: corpusCustomers()}
	want := len(out) + n
	if out == nil {
		out = make([]labelledMessage, 0, corpusSize+corpusSize2+corpusSize3+corpusSize4+corpusSize5+corpusSize6+corpusSize7+corpusSize8+corpusSize9+corpusSize10)
	}
	for len(out) < want {
		t := ts[g.rng.IntN(len(ts))]
		style, body, _ := strings.Cut(t, "|")
		var m labelledMessage
		m.Style = style
		var b strings.Builder
		for {
			i := strings.IndexByte(body, '{')
			if i < 0 {
				b.WriteString(body)
				break
			}
			j := strings.IndexByte(body[i:], '}') + i
			b.WriteString(body[:i])
			slot := body[i+1 : j]
			v := g.value(slot)
			st := b.Len()
			b.WriteString(v)
			sp := labelSpan{Type: slotKind[slot], Start: st, End: b.Len()}
			if strings.HasPrefix(sp.Type, "BIZ:") {
				m.Keep = append(m.Keep, sp)
			} else {
				m.Spans = append(m.Spans, sp)
			}
			body = body[j+1:]
		}
		m.Text = b.String()
		// Slang: sometimes the whole message is lowercased (labels keep offsets).
		if style == "id-slang" && g.chance(15) && !hasCaseSensitive(m) {
			m.Text = strings.ToLower(m.Text)
		}
		out = append(out, m)
	}
	return out
}

// hasCaseSensitive reports spans whose detection depends on letter case
// (names after honorifics, plates, QRIS, keys), which lowercasing would
// turn into a different test.
func hasCaseSensitive(m labelledMessage) bool {
	for _, s := range m.Spans {
		switch s.Type {
		case "PERSON", "PLATE", "QRIS", "SECRET", "ADDRESS", "PASSPORT", "DOB", "EMAIL", "WALLET":
			return true
		}
	}
	return false
}
