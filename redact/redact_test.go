package redact

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
)

// detectCases are the table for Detect; they also seed the fuzz tests.
var detectCases = []struct {
	name string
	in   string
	want []string // "KIND=value", in order
}{
	{"nik keyword", "NIK saya 3171011708450001 ya kak", []string{"NIK=3171011708450001"}},
	{"nik female no keyword", "ini 3171015708450001 punya istri", []string{"NIK=3171015708450001"}},
	{"nik grouped", "3171 0117 0845 0001", []string{"NIK=3171 0117 0845 0001"}},
	{"nik dotted", "31.71.01.170845.0001", []string{"NIK=31.71.01.170845.0001"}},
	{"kk keyword", "No. KK 3171011708459999", []string{"KK=3171011708459999"}},
	{"npwp 15", "NPWP 12.345.678.2-901.000", []string{"NPWP=12.345.678.2-901.000"}},
	{"npwp 16", "npwp baru 0123456782901000", []string{"NPWP=0123456782901000"}},
	{"nitku", "NITKU 0123456782901000000000", []string{"NITKU=0123456782901000000000"}},
	{"mobile dashes", "hp 0812-3456-7890", []string{"PHONE=0812-3456-7890"}},
	{"mobile +62", "wa +62 812 3456 7891 ya", []string{"PHONE=+62 812 3456 7891"}},
	{"mobile brackets", "+62 (812) 3456-7890", []string{"PHONE=+62 (812) 3456-7890"}},
	{"mobile dots", "0812.3456.7890", []string{"PHONE=0812.3456.7890"}},
	{"mobile wa.me", "wa.me/6281234567890", []string{"PHONE=6281234567890"}},
	{"landline", "telp (021) 555-1234", []string{"PHONE=(021) 555-1234"}},
	{"spaced digits", "0 8 1 2 3 4 5 6 7 8 9 0", []string{"PHONE=0 8 1 2 3 4 5 6 7 8 9 0"}},
	{"full-width", "no ０８１２３４５６７８９０", []string{"PHONE=０８１２３４５６７８９０"}},
	{"zero-width", "08\u200b12\u200b3456\u200b7890", []string{"PHONE=08\u200b12\u200b3456\u200b7890"}},
	{"email", "email budi.santoso@gmail.com ya", []string{"EMAIL=budi.santoso@gmail.com"}},
	{"email spelled", "budi [at] gmail [dot] com", []string{"EMAIL=budi [at] gmail [dot] com"}},
	{"visa", "kartu 4111 1111 1111 1111 exp 12/27", []string{"CARD=4111 1111 1111 1111", "SECRET=12/27"}},
	{"gpn", "debit 9360 0000 0000 0005", []string{"CARD=9360 0000 0000 0005"}},
	{"bank", "transfer ke BCA 1234567890 a.n. BUDI SANTOSO", []string{"BANK_ACCOUNT=1234567890", "PERSON=BUDI SANTOSO"}},
	{"mandiri", "rek Mandiri 123-00-0000000-0", []string{"BANK_ACCOUNT=123-00-0000000-0"}},
	{"va", "VA BCA 12345 0000000001", []string{"VA=12345 0000000001"}},
	{"bpjs", "No BPJS 0001234567890", []string{"BPJS=0001234567890"}},
	{"passport", "paspor saya X1234567", []string{"PASSPORT=X1234567"}},
	{"plate", "plat B 1234 XYZ", []string{"PLATE=B 1234 XYZ"}},
	{"ip", "server 192.168.1.10 down", []string{"IP=192.168.1.10"}},
	{"dob ttl", "TTL: Jakarta, 17-08-1945", []string{"DOB=Jakarta, 17-08-1945"}},
	{"dob words", "tanggal lahir 17 Agustus 1945", []string{"DOB=17 Agustus 1945"}},
	{"address", "alamat: Jl. Melati No. 12, RT 003/RW 004, Kel. Sukajadi, Kota Bandung 40162. Tolong kirim",
		[]string{"ADDRESS=Jl. Melati No. 12, RT 003/RW 004, Kel. Sukajadi, Kota Bandung 40162"}},
	{"honorific", "Pak Budi Santoso sudah bayar", []string{"PERSON=Budi Santoso"}},
	{"role words", "Pak RT belum, Bu Guru juga, Mas Kurir sudah", nil},
	{"ibu kota", "kantor di Ibu Kota Jakarta", nil},
	{"nama saya", "nama saya budi santoso mau tanya", []string{"PERSON=budi santoso"}},
	{"my name is", "Hi, my name is Rina Wulandari.", []string{"PERSON=Rina Wulandari"}},
	{"signature", "Salam,\nRina Wulandari", []string{"PERSON=Rina Wulandari"}},
	{"qris", "00020101021126350014ID.CO.QRIS.WWW011393600012345675204581253033605802ID5909TOKO BUDI6007BANDUNG6304ABCD",
		[]string{"QRIS=00020101021126350014ID.CO.QRIS.WWW011393600012345675204581253033605802ID5909TOKO BUDI6007BANDUNG6304ABCD"}},
	{"password", "password saya Rahasia123!", []string{"SECRET=Rahasia123!"}},
	{"otp", "OTP 123456 jangan kasih siapa2", []string{"SECRET=123456"}},
	{"api key", "key: sk-ABCDEF0123456789abcdef", []string{"SECRET=sk-ABCDEF0123456789abcdef"}},
	{"business", "Total Rp 1.250.000 untuk INV-2024-00123, order 3 pcs, diskon 15%, jam 08.30 tgl 17-08-2024", nil},
	// An amount's or an order's keyword keeps the number it names, and
	// no further: not past a value, not past that number.
	{"order then phone in one run", "order 9876543210 0812 3456 7890", []string{"PHONE=0812 3456 7890"}},
	{"amount then phone in one run", "Rp 1.250.000 0812-3456-7890", []string{"PHONE=0812-3456-7890"}},
	{"order number in groups", "order 1234 5678 9012", nil},
	{"total past a name", "total Pak Budi Santoso 081234567890", []string{"PERSON=Budi Santoso", "PHONE=081234567890"}},
	{"invoice past an email", "INV-001 budi@mail.com 021 5550123", []string{"EMAIL=budi@mail.com", "PHONE=021 5550123"}},
	{"invoice past an email glued", "INV0 0@0.aa 020000000000", []string{"EMAIL=0@0.aa", "PHONE=020000000000"}},
	{"day does not name a phone", "hari ini saya kirim ke 081234567890", []string{"PHONE=081234567890"}},
	{"goods do not name a landline", "barang belum sampai, ini 021 5550123", []string{"PHONE=021 5550123"}},
	{"price does not name a nik", "harga berapa? saya 3171011708450001", []string{"NIK=3171011708450001"}},
	{"order names no mobile", "order 081234567890 belum sampai", []string{"PHONE=081234567890"}},
	{"order names its number", "order 240812345678 belum sampai", nil},
	{"resi names its number", "resi JNE JP1234567890 ya", nil},
	{"bank after the number", "transfer Rp 500.000 ke 1234567890 BCA", []string{"BANK_ACCOUNT=1234567890"}},
	{"bank in brackets after", "ke 1234567890 (BRI) ya", []string{"BANK_ACCOUNT=1234567890"}},
	{"a word, not a bank, after", "1234567 jago banget", nil},
	{"an without dots after an account", "rek bca 1234567890 an Budi Santoso", []string{"BANK_ACCOUNT=1234567890", "PERSON=Budi Santoso"}},
	{"an after a virtual account", "VA BCA 8808123456789012, an Siti", []string{"VA=8808123456789012", "PERSON=Siti"}},
	{"an after a number that is no account", "order 12345678 an Apple watch", nil},
	{"an in English", "I want an Apple watch", nil},
	{"spelled email with a spelled local dot", "budi dot santoso at gmail dot com", []string{"EMAIL=budi dot santoso at gmail dot com"}},
	{"phone glued to its keyword", "hp:081234567890,email:a@b.co", []string{"PHONE=081234567890", "EMAIL=a@b.co"}},
	{"nik glued to its keyword", "NIK3171011708450001", []string{"NIK=NIK3171011708450001"}},
	{"number glued to a word", "kode:12345678 ya", nil},
	{"short ip", "ip saya 10.0.0.5", []string{"IP=10.0.0.5"}},
	{"short ip without keyword", "coba ping 1.1.1.1 dulu", []string{"IP=1.1.1.1"}},
	{"nik and phone with a comma between", "3171011708450001,081234567890", []string{"NIK=3171011708450001", "PHONE=081234567890"}},
	{"english intro with an apostrophe", "Hi, I'm Kevin Tan from Surabaya", []string{"PERSON=Kevin Tan"}},
	{"english intro spelled out", "I am Kevin, my order is late", []string{"PERSON=Kevin"}},
	{"english state after I'm", "I'm Waiting for the refund, I'm Sorry to ask again", nil},
	{"email spaced around its at and dot", "budi @ gmail . com", []string{"EMAIL=budi @ gmail . com"}},
	{"handle after a spaced at", "instagram @budi.santoso ya", []string{"HANDLE=@budi.santoso"}},
	{"handle", "IG: @budisantoso90, twitter @budi_s.", []string{"HANDLE=@budisantoso90", "HANDLE=@budi_s"}},
	{"price after an at", "3 pcs @5000 dan 2 @ Rp 7.000", nil},
	{"passport after no.", "paspor no. A 1234567", []string{"PASSPORT=A 1234567"}},
	{"long bank account", "rekening 1234567890123456789", []string{"BANK_ACCOUNT=1234567890123456789"}},
	{"ipv6", "server 2001:db8::1 down", []string{"IP=2001:db8::1"}},
	{"ipv6 full at a sentence end", "IP saya 2404:6800:4003:0c00:0000:0000:0000:0064.", []string{"IP=2404:6800:4003:0c00:0000:0000:0000:0064"}},
	{"ipv6 ending in ipv4", "dari 2001:db8::192.0.2.1 ya", []string{"IP=2001:db8::192.0.2.1"}},
	{"time with seconds", "jam 10:30:45 WIB", nil},
	{"amount in four groups", "omzet 1.250.000.000", nil},
	{"cvv", "kartu kredit 5500 0000 0000 0004 cvv 123", []string{"CARD=5500 0000 0000 0004", "SECRET=123"}},
	{"cvc2 with colon", "CVC2: 4821", []string{"SECRET=4821"}},
	{"cvv with a long number is no cvv", "cvv 12345", nil},
	{"one-letter block", "saya tinggal di Komplek Taman Sari blok A no 3", []string{"ADDRESS=Komplek Taman Sari blok A no 3"}},
	{"recipient as a form field", "Penerima: Rahmat Hidayat, pengirim:rina", []string{"PERSON=Rahmat Hidayat", "PERSON=rina"}},
	{"birth date month first", "DOB: 08/17/1985", []string{"DOB=08/17/1985"}},
	{"birth date without separators", "tgl lahir 17081985, lahir 19850817, ttl 170885", []string{"DOB=17081985", "DOB=19850817", "DOB=170885"}},
	{"no birth date in 13 months", "lahir 13/13/1985", nil},
	{"handle without its at", "my ig is budi.santoso, IG: rinamarlina", []string{"HANDLE=budi.santoso", "HANDLE=rinamarlina"}},
	{"handle after fillers", "tiktok saya rina_cantik99 ya", []string{"HANDLE=rina_cantik99"}},
	{"no handle in plain words", "ig saya lagi error, twitter down, follow IG kami ya", nil},
	{"profile links", "fb.com/budi.santoso.90 dan instagram.com/budisantoso, linkedin.com/in/budi-santoso.", []string{"HANDLE=budi.santoso.90", "HANDLE=budisantoso", "HANDLE=budi-santoso"}},
	{"profile links with an at", "tiktok.com/@rina.c x.com/rina t.me/rinac", []string{"HANDLE=rina.c", "HANDLE=rina", "HANDLE=rinac"}},
	{"secret after ig", "password ig gue: Rahasia123!", []string{"SECRET=Rahasia123!"}},
	{"civil servant number", "NIP saya 198503302010011002", []string{"GOVID=198503302010011002"}},
	{"student number", "NISN anak saya 0051234567", []string{"GOVID=0051234567"}},
	{"driving licence", "SIM saya 1234-5678-901234, SIM baru 3171011708450001", []string{"GOVID=1234-5678-901234", "NIK=3171011708450001"}},
	{"phone after sim", "kartu SIM 0812-3456-7890 hilang", []string{"PHONE=0812-3456-7890"}},
	{"haji", "H. Abdul Somad pesan 3 dus, plat H 1234 AB", []string{"PERSON=Abdul Somad", "PLATE=H 1234 AB"}},
	{"degrees after a name", "Budi Santoso, S.H., M.M. dan Rina, S.Kom", []string{"PERSON=Budi Santoso", "PERSON=Rina"}},
	{"account holder after under", "BCA 1234567890 under Budi Santoso", []string{"BANK_ACCOUNT=1234567890", "PERSON=Budi Santoso"}},
	{"english street address", "I live at 12 Baker Street, Jakarta", []string{"ADDRESS=12 Baker Street, Jakarta"}},
	{"english street abbreviated", "deliver to 5B Orchard Rd please", []string{"ADDRESS=5B Orchard Rd"}},
	{"no street without a number", "Wall Street Journal, Abbey Road album, 2 Road Trips", nil},
	{"lowercase address going on after kel.", "alamat saya jl. kenanga no 5 rt 01 rw 02 kel. cempaka putih jakarta pusat", []string{"ADDRESS=jl. kenanga no 5 rt 01 rw 02 kel. cempaka putih jakarta pusat"}},
	{"lowercase address after alamat", "alamat: perumahan griya indah blok a3 no 7, bekasi", []string{"ADDRESS=perumahan griya indah blok a3 no 7"}},
	{"lowercase gang", "alamatnya di gang haji naim no 12", []string{"ADDRESS=gang haji naim no 12"}},
	{"no address in lowercase chat", "perumahan kami sudah penuh, kampung halaman saya jauh, gang sempit", nil},
	{"mobile without its 0 after a keyword", "wa 812-3456-7890", []string{"PHONE=812-3456-7890"}},
	{"nik a digit short", "no ktp 317101170845000", []string{"NIK=317101170845000"}},
	{"phone spelled out", "nomor hp saya nol delapan satu dua tiga empat lima enam tujuh delapan sembilan ya", []string{"PHONE=nol delapan satu dua tiga empat lima enam tujuh delapan sembilan"}},
	{"no number in a few spelled digits", "beli dua, satu lagi tiga lima", nil},
	{"phone with look-alike letters", "hp O812-3456-7890 atau 08123456789O", []string{"PHONE=O812-3456-7890", "PHONE=08123456789O"}},
	{"phone with lowercase look-alike letters", "wa o812-3456-7890 atau 08123456789o", []string{"PHONE=o812-3456-7890", "PHONE=08123456789o"}},
	{"nik with look-alike letters", "NIK 3l7lOll7O845OOOl", []string{"NIK=3l7lOll7O845OOOl"}},
	{"no look-alikes in codes", "ukuran 10l, kode A1O, 2OO ml", nil},
	{"a link after at", "find me at tiktok.com/@budi.s ya", []string{"HANDLE=budi.s"}},
	{"saya with a colon is no name", "Profil saya: instagram.com/budi.s", []string{"HANDLE=budi.s"}},
	{"foreign numbers", "call +1 415 555 0132 or +44 7700 900123, SG +65 9123 4567", []string{"PHONE=+1 415 555 0132", "PHONE=+44 7700 900123", "PHONE=+65 9123 4567"}},
	{"no phone in a signed amount", "saldo +1.250.000, naik +12,5%", nil},
	{"family", "my wife Sarah Johnson will pick it up, suami saya Andi juga", []string{"PERSON=Sarah Johnson", "PERSON=Andi"}},
	{"intro after ini and dengan", "ini Budi, mau tanya. Ini dengan Rina Marlina dari PT Maju", []string{"PERSON=Budi", "PERSON=Rina Marlina"}},
	{"no name after ini", "ini Samsung ya, bayar dengan Gopay", nil},
	{"pin after a hyphenated filler", "PIN m-banking 482913", []string{"SECRET=482913"}},
	{"ordinal birth date", "born on August 17th, 1985", []string{"DOB=August 17th, 1985"}},
	{"user name beside a password", "user: budi123 pass: Rahasia!2024", []string{"HANDLE=budi123", "SECRET=Rahasia!2024"}},
	{"chat after a city", "kirim ke Jl. Mawar No. 75 Kota Medan yaa", []string{"ADDRESS=Jl. Mawar No. 75 Kota Medan"}},
	{"an address after aku", "email aku Asepgunawan@gmail.com kak, aku Hendra_nugroho@yahoo.co.id, aku Khairul.yulianti@outlook.com", []string{"EMAIL=Asepgunawan@gmail.com", "EMAIL=Hendra_nugroho@yahoo.co.id", "EMAIL=Khairul.yulianti@outlook.com"}},
	{"header fields", "From: Budi Santoso, To: Rina Marlina, Contact: John Smith, dari: kantor", []string{"PERSON=Budi Santoso", "PERSON=Rina Marlina", "PERSON=John Smith"}},
	{"signatures without a comma or with a filler", "Regards Budi. Salam hangat, Dewi Lestari", []string{"PERSON=Budi", "PERSON=Dewi Lestari"}},
	{"account holder", "Pemilik rekening Joko Susilo", []string{"PERSON=Joko Susilo"}},
	{"call me", "call me Kevin, This is Budi", []string{"PERSON=Kevin", "PERSON=Budi"}},
	{"no name after this is", "This is Great, the price is Rp 5.000", nil},
	{"organisations in fields", "From: Toko Sejahtera, To: Gudang Utama, Contact: CS Toko Sejahtera. Penerima: Gudang Cikarang", nil},
	{"digits of other scripts", "hp ٠٨١٢٣٤٥٦٧٨٩٠ atau ۰۸۱۲۳۴۵۶۷۸۹۰ atau ⁰⁸¹²³⁴⁵⁶⁷⁸⁹⁰ atau ⓪⑧①②③④⑤⑥⑦⑧⑨⓪", []string{"PHONE=٠٨١٢٣٤٥٦٧٨٩٠", "PHONE=۰۸۱۲۳۴۵۶۷۸۹۰", "PHONE=⁰⁸¹²³⁴⁵⁶⁷⁸⁹⁰", "PHONE=⓪⑧①②③④⑤⑥⑦⑧⑨⓪"}},
	{"look-alike inside a group", "hp 08l2-3456-7890", []string{"PHONE=08l2-3456-7890"}},
	{"shipping label", "Kirim ke:\nRina Marlina\nJl. Kenanga No. 12\nBandung 40162\n0813 9876 5432", []string{"PERSON=Rina Marlina", "ADDRESS=Jl. Kenanga No. 12\nBandung 40162", "PHONE=0813 9876 5432"}},
	{"no name in a heading before an address", "Data Pemesan\nJl. Kenanga No. 12\nSleman, DIY 55281", []string{"ADDRESS=Jl. Kenanga No. 12\nSleman, DIY 55281"}},
	{"name corrected", "Nama aku salah ketik, yang benar Budi Santoso", []string{"PERSON=Budi Santoso"}},
	{"name corrected after ganti", "ganti nama jadi Rina Marlina", []string{"PERSON=Rina Marlina"}},
	{"name corrected in English", "correct my name to John Smith please", []string{"PERSON=John Smith"}},
	{"name corrected with bukan", "nama saya salah, seharusnya Siti Aminah bukan Siti Amina", []string{"PERSON=Siti Aminah", "PERSON=Siti Amina"}},
	{"no corrected name in a place", "nama saya Budi, kirim to Jakarta, jadi Kota Bandung", []string{"PERSON=Budi"}},
	{"no correction without a name", "jadi Rabu ya, benar Samsung kan, bukan Oppo", nil},
	{"boarding house", "kirim ke kost putri melati kamar 5 depan kampus", []string{"ADDRESS=kost putri melati kamar 5"}},
	{"lowercase street after jl.", "rumah cat hijau, jl. raya cibubur", []string{"ADDRESS=jl. raya cibubur"}},
	{"map links", "lokasi: https://maps.app.goo.gl/AbCdEf123, https://www.google.com/maps/place/-6.2,106.8 dan goo.gl/maps/XyZ987", []string{"ADDRESS=maps.app.goo.gl/AbCdEf123", "ADDRESS=www.google.com/maps/place/-6.2,106.8", "ADDRESS=goo.gl/maps/XyZ987"}},
	{"coordinates", "share loc: -6.2088, 106.8456 ya, koordinat -6.914744,107.609810, SG 1.3521, 103.8198, NY 40.71277, 74.00597", []string{"ADDRESS=-6.2088, 106.8456", "ADDRESS=-6.914744,107.609810", "ADDRESS=1.3521, 103.8198", "ADDRESS=40.71277, 74.00597"}},
	{"no coordinates in amounts", "harga 1.2500, 3.4567 dan 12.500, 13.000", nil},
	{"balinese names", "nama saya I Made Wirawan, Pak I Wayan Sudarta, saya I Gede Agus", []string{"PERSON=I Made Wirawan", "PERSON=I Wayan Sudarta", "PERSON=I Gede Agus"}},
	{"five-word name", "nama saya Ni Luh Putu Ayu Lestari", []string{"PERSON=Ni Luh Putu Ayu Lestari"}},
	{"english I is no name", "Halo Pak, I Made a mistake, I want a refund", nil},
	{"account after transfer ke", "tf ke 1234567890 ya, refund ke 0123456789 kak", []string{"BANK_ACCOUNT=1234567890", "BANK_ACCOUNT=0123456789"}},
	{"amount after transfer", "tf 1500000 kemarin, transfer Rp 2.500.000 ke rekening kakak, transfer ke Rp 500.000", nil},
	{"e-mail without its domain's end", "email: budi@gmail, budisantoso@yahoo ya, rina@gmail,com", []string{"EMAIL=budi@gmail", "EMAIL=budisantoso@yahoo", "EMAIL=rina@gmail,com"}},
	{"e-mail with two ats", "budi.santoso@@gmail.com", []string{"EMAIL=budi.santoso@@gmail.com"}},
	{"no e-mail in a provider's name alone", "bayar@kasir, promo@gmailcom", nil},
	{"passport after number is", "My passport number is X1234567", []string{"PASSPORT=X1234567"}},
	{"passport of digits", "passport no: 123456789", []string{"PASSPORT=123456789"}},
	{"driving licence", "my driver's license is D1234567", []string{"GOVID=D1234567"}},
	{"ssn", "SSN: 123-45-6789", []string{"GOVID=123-45-6789"}},
	{"iban", "my IBAN is DE89 3704 0044 0532 0130 00, or GB82WEST12345698765432", []string{"BANK_ACCOUNT=DE89 3704 0044 0532 0130 00", "BANK_ACCOUNT=GB82WEST12345698765432"}},
	{"no iban without its check", "kode DE89 3704 0044 1532 0130 01", nil},
	{"villa", "I'm staying at Villa Seminyak No. 12", []string{"ADDRESS=Villa Seminyak No. 12"}},
	{"counts after a place word", "sewa villa 2 malam, kost 2 bulan lagi, perumahan 3 unit terjual, desa 5 km dari sini, gang 3 kanan", nil},
	{"rp trap", "omzet Rp 6.281.234.567 bulan ini", nil},
	{"rp juta", "harga Rp1,5 juta, stok 1.250 pcs", nil},
	{"placeholders", "hubungi [PERSON_1] di [PHONE_12] atau [EMAIL_3]", nil},
	{"timestamp", "log 1723712345678 ok", nil},
	{"secret keywords with -nya and -ku", "passwordnya Rahasia123! jangan, sandinya Budi1990, pinku 123456, kode verifikasinya 739201, passwordku: Bandung#2024",
		[]string{"SECRET=Rahasia123!", "SECRET=Budi1990", "SECRET=123456", "SECRET=739201", "SECRET=Bandung#2024"}},
	{"birth keyword with -nya", "lahirnya 3 Maret 1992 di Solo", []string{"DOB=3 Maret 1992 di Solo"}},
	{"birthday", "ulang tahun saya 25 Desember", []string{"DOB=25 Desember"}},
	{"ulang is no birthday alone", "tolong kirim ulang 12 Mei ya", nil},
	{"the name one goes by", "panggil aja Ucok, biasa dipanggil Ijah", []string{"PERSON=Ucok", "PERSON=Ijah"}},
	{"no name after panggil", "tolong panggil Admin ya, dipanggil Pak RT kemarin", nil},
	{"a relative's name between commas", "hubungi suami saya, Andi, di rumah; my wife, Sarah, will pick it up", []string{"PERSON=Andi", "PERSON=Sarah"}},
	{"ttd", "ttd. Ahmad Dahlan", []string{"PERSON=Ahmad Dahlan"}},
	{"secret that starts like a filler", "password is Secret!23, pw admin123", []string{"SECRET=Secret!23", "SECRET=admin123"}},
	{"names after the party's word", "nama penumpang: SANTOSO/BUDI MR, nama pembeli Joko, nama orang tua: Sutrisno", []string{"PERSON=SANTOSO/BUDI MR", "PERSON=Joko", "PERSON=Sutrisno"}},
	{"slashes between capitals are no name", "nama produk: KAOS/POLO XL, ukuran XL/XXL", nil},
	{"an address's unit and city", "my address is 12 Orchard Road, #05-01, Singapore 238801", []string{"ADDRESS=12 Orchard Road, #05-01, Singapore 238801"}},
	{"marketplace accounts", "akun shopee saya: rinamarlina99, id tokopedia aku rina.shop, username gojek: budi_s",
		[]string{"HANDLE=rinamarlina99", "HANDLE=rina.shop", "HANDLE=budi_s"}},
	{"a marketplace's name alone", "beli di shopee: 2 pcs, pesan gojek 2x ya, akun shopee saya diblokir", nil},
	{"mobile without its 0", "nomor saya 812 3456 7890, wa 812-3456-7890", []string{"PHONE=812 3456 7890", "PHONE=812-3456-7890"}},
	{"order number like a mobile without its 0", "order 812 3456 7890 sudah dikirim, resi 8123 4567 8901", nil},
	{"a given name after untuk, buat, oleh", "pesanan untuk Rudi Hartono sudah siap, paket buat Dewi, dikirim oleh Agus", []string{"PERSON=Rudi Hartono", "PERSON=Dewi", "PERSON=Agus"}},
	{"no name after untuk, buat, for", "untuk Jakarta dan Bandung ongkir beda, buat Senin ya, for Samsung A54 ada?, oleh Shopee", nil},
	{"e-mail with a spaced-out local part", "email ku: budi . santoso @ gmail . com", []string{"EMAIL=budi . santoso @ gmail . com"}},
	{"name's", "My name's Tom Hardy", []string{"PERSON=Tom Hardy"}},
	{"a form's party", "Customer: Rina W., Pelanggan : Andi Saputra, pasien: Tn. Hasan", []string{"PERSON=Rina W", "PERSON=Andi Saputra", "PERSON=Hasan"}},
	{"no party without a colon", "Customer Service siap membantu, customer: mau tanya stok", nil},
	{"spelled and written digits mixed", "hubungi aku di nol delapan satu dua 3456 7890", []string{"PHONE=nol delapan satu dua 3456 7890"}},
	{"the name a phone is labelled with", "Rina: 081234567890, Budi Santoso - 0812 3456 7890, WA Dewi 0813 1111 2222, no hp: 0857-1111-2222 (Agus)",
		[]string{"PERSON=Rina", "PHONE=081234567890", "PERSON=Budi Santoso", "PHONE=0812 3456 7890", "PERSON=Dewi", "PHONE=0813 1111 2222", "PHONE=0857-1111-2222", "PERSON=Agus"}},
	{"no name before a phone", "Senin 0812 3456 7890 saya tunggu, Jakarta: 021 5550123, Admin (CS) 0813 1111 2222", []string{"PHONE=0812 3456 7890", "PHONE=021 5550123", "PHONE=0813 1111 2222"}},
	{"sign-offs", "Thanks, Kevin. Thanks! - Anna. Tanda tangan,\nBudi Santoso", []string{"PERSON=Kevin", "PERSON=Anna", "PERSON=Budi Santoso"}},
	{"names in tables, lists and records", "| Budi | 081234567890 |\nSari,081298765432\n{\"name\": \"Rina Wijaya\"}\nname=Agus+Salim&x=1",
		[]string{"PERSON=Budi", "PHONE=081234567890", "PERSON=Sari", "PHONE=081298765432", "PERSON=Rina Wijaya", "PERSON=Agus+Salim"}},
	{"a given name right after nama", "hapus data saya: nama Rina, email lama; nama Toko Sejahtera, nama produk Kaos", []string{"PERSON=Rina"}},
	{"messaging accounts", "line id: budi_s, ID LINE aku rina.w, discord: budi#1234, kakaotalk: rina88, skype: live:budi.santoso, wechat: budi_sh, linktr.ee/budisantoso",
		[]string{"HANDLE=budi_s", "HANDLE=rina.w", "HANDLE=budi#1234", "HANDLE=rina88", "HANDLE=budi.santoso", "HANDLE=budi_sh", "HANDLE=budisantoso"}},
	{"lines that are no accounts", "di line produksi ada 3 shift, line 2 rusak, line: sibuk terus, toko online", nil},
	{"birth dates with ordinals and spaced separators", "I was born on the 3rd of March 1992. Tempat, tanggal lahir : Jakarta , 05 - 11 - 1987",
		[]string{"DOB=3rd of March 1992", "DOB=Jakarta", "DOB=05 - 11 - 1987"}},
	{"form field with a space before its colon", "penerima : rudi, pengirim : Toko Berkah", []string{"PERSON=rudi"}},
	{"honorific for either sex", "Kepada Yth. Sdr/i Wulan Sari", []string{"PERSON=Wulan Sari"}},
	{"name after a signature delimiter", "thanks\n-- \nAndi Pratama\n0812 3456 7890", []string{"PERSON=Andi Pratama", "PHONE=0812 3456 7890"}},
	{"no name after a rule of dashes", "Total\n---\nRp 50.000", nil},
	{"mother's maiden name", "ibu kandung: Sumiati", []string{"PERSON=Sumiati"}},
	{"mother's maiden name after nama gadis", "nama gadis ibu kandung: Sri Wahyuni", []string{"PERSON=Sri Wahyuni"}},
	{"relative with -ku and si", "anakku si Kevin lagi sakit", []string{"PERSON=Kevin"}},
	{"relative with -ku", "istriku Rina lagi hamil", []string{"PERSON=Rina"}},
	{"relative with -nya", "anaknya Dimas kelas 3 SD", []string{"PERSON=Dimas"}},
	{"grandmother", "yang ambil nenek Sumarni", []string{"PERSON=Sumarni"}},
	{"ibu kandung is no name after an honorific", "Bu Kandung hadir", nil},
	{"kilometre post in an address", "kirim ke Jl Raya Bogor km 25 no 12 RT 003 RW 007 Cibubur", []string{"ADDRESS=Jl Raya Bogor km 25 no 12 RT 003 RW 007 Cibubur"}},
	{"a distance is no address", "jaraknya 25 km dari gudang", nil},
	{"bitcoin address", "bitcoin address 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", []string{"WALLET=1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa"}},
	{"bitcoin script address", "btc: 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy ya", []string{"WALLET=3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy"}},
	{"segwit address", "segwit bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", []string{"WALLET=bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"}},
	{"taproot address", "ke bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297 ya", []string{"WALLET=bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297"}},
	{"tron address", "kirim usdt trc20 ke TJRabPrwbZy45sbavfcjinPJC18kjpRTv8 ya kak", []string{"WALLET=TJRabPrwbZy45sbavfcjinPJC18kjpRTv8"}},
	{"ethereum address", "my wallet 0x742d35Cc6634C0532925a3b844Bc454e4438f44e", []string{"WALLET=0x742d35Cc6634C0532925a3b844Bc454e4438f44e"}},
	{"bitcoin address with a wrong checksum", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNb", nil},
	{"segwit address with a wrong checksum", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdr", nil},
	{"look-alike letter in a later group", "hp 0812 3456 789O", []string{"PHONE=0812 3456 789O"}},
	{"look-alike letter inside a later group", "hp 0812 3456 78O9", []string{"PHONE=0812 3456 78O9"}},
	{"no look-alike after a space without a digit", "hp 0812 3456 7890 I love it", []string{"PHONE=0812 3456 7890"}},
	{"name in capitals before a phone", "RUDI HARTONO 081234567890", []string{"PERSON=RUDI HARTONO", "PHONE=081234567890"}},
	{"name and phone apart by a slash", "Rudi Hartono / 081234567890", []string{"PERSON=Rudi Hartono", "PHONE=081234567890"}},
	{"name after a phone and a dash", "081234567890 - Rudi Hartono", []string{"PHONE=081234567890", "PERSON=Rudi Hartono"}},
	{"phone in brackets after a name", "Rudi Hartono (081234567890)", []string{"PERSON=Rudi Hartono", "PHONE=081234567890"}},
	{"an with a colon", "an: Sri Mulyani", []string{"PERSON=Sri Mulyani"}},
	{"a shop in capitals before a phone is no person", "TOKO MAJU JAYA 081234567890", []string{"PHONE=081234567890"}},
	{"fullname field", "fullname: jessica lim", []string{"PERSON=jessica lim"}},
	{"surname without a colon", "my first name is Jessica and surname Lim", []string{"PERSON=Jessica", "PERSON=Lim"}},
	{"nama depan and belakang", "nama depan Jessica, nama belakang Lim", []string{"PERSON=Jessica", "PERSON=Lim"}},
	{"sir and ko", "Sir Alex, tolong ko Ahong", []string{"PERSON=Alex", "PERSON=Ahong"}},
	{"account holder is", "the account holder is Jessica Lim", []string{"PERSON=Jessica Lim"}},
	{"beneficiary", "beneficiary: Jessica Lim, beneficiary name Rudi Tan", []string{"PERSON=Jessica Lim", "PERSON=Rudi Tan"}},
	{"transfer recipient's name", "nama penerima transfer: Jessica Lim", []string{"PERSON=Jessica Lim"}},
	{"heir", "ahli waris: Jessica Lim", []string{"PERSON=Jessica Lim"}},
	{"bank after a run names its last number", "ke 05001234560.01234567890 BCA", []string{"PHONE=05001234560", "BANK_ACCOUNT=01234567890"}},
	{"this is a full name", "Hey this is Priya Sharma, reach me on +91 98765 43210", []string{"PERSON=Priya Sharma", "PHONE=+91 98765 43210"}},
	{"this is a full name from a company", "This is Chen Wei Ling from Acme", []string{"PERSON=Chen Wei Ling"}},
	{"this is a product", "This is Samsung Galaxy S24 harga Rp 10jt", nil},
	{"this is a team", "This is Customer Service, how can I help", nil},
	{"US street address", "Ship to: 1600 Amphitheatre Pkwy, Mountain View, CA 94043", []string{"ADDRESS=1600 Amphitheatre Pkwy, Mountain View, CA 94043"}},
	{"street word without a number", "upload ke Google Drive ya, 3 Way Switch harga Rp 50.000", nil},
	{"bank after a run when a bank before named the first", "Rp BCA0 ke 05001234560.01234567890 BCA", []string{"BANK_ACCOUNT=05001234560", "BANK_ACCOUNT=01234567890"}},
	{"KTP fields of the area", "Kel/Desa : CEMPAKA PUTIH TIMUR\nKecamatan : CEMPAKA PUTIH", []string{"ADDRESS=Kel/Desa : CEMPAKA PUTIH TIMUR", "ADDRESS=Kecamatan : CEMPAKA PUTIH"}},
	{"district field", "Kab/Kota: Bogor", []string{"ADDRESS=Kab/Kota: Bogor"}},
	{"head of the family", "Nama Kepala Keluarga : HENDRA WIJAYA", []string{"PERSON=HENDRA WIJAYA"}},
	{"a count after a field is no address", "kec: 5 orang", nil},
	{"access code", "kode akses 8812", []string{"SECRET=8812"}},
	{"card security code", "kode keamanan 991", []string{"SECRET=991"}},
	{"security code", "security code 1234", []string{"SECRET=1234"}},
	{"code alone is business", "kode booking 12345678, code 1234 promo", nil},
	{"verification code after the app's name", "kode verifikasi WhatsApp: 123-456", []string{"SECRET=123-456"}},
	{"token after a label", "token reset: a8f7e6d5c4b3a2910", []string{"SECRET=a8f7e6d5c4b3a2910"}},
	{"forwarded one-time code", "G-123456 is your Google verification code", []string{"SECRET=G-123456"}},
	{"forwarded OTP", "482913 is your OTP", []string{"SECRET=482913"}},
	{"a year is no code", "2024 is your year", nil},
	{"recovery phrase", "recovery phrase: apple banana cherry dog elephant fish grape house ice juice kite lemon", []string{"SECRET=apple banana cherry dog elephant fish grape house ice juice kite lemon"}},
	{"seed phrase", "seed phrase saya: abandon ability able about above absent absorb abstract absurd abuse access accident", []string{"SECRET=abandon ability able about above absent absorb abstract absurd abuse access accident"}},
	{"a phrase is no seed phrase", "the phrase apple banana cherry dog elephant fish grape house ice juice kite lemon", nil},
	{"look-alike phone then a card in one run", "wa gw!O814-4189-4O814-4189-495555556!42", []string{"PHONE=O814-4189-4O814", "CARD=4189-495555556"}},
	{"country code in brackets", "hp (+62) 812 3456 7890", []string{"PHONE=(+62) 812 3456 7890"}},
	{"record of personal data", "Kak ini data aku ya: Rina Wulandari / 12-03-1995 / 0857 1122 3344 / rina.w@gmail.com", []string{"PERSON=Rina Wulandari", "DOB=12-03-1995", "PHONE=0857 1122 3344", "EMAIL=rina.w@gmail.com"}},
	{"record in capitals with bars", "BUDI SANTOSO | 17 Agustus 1990 | 081234567890", []string{"PERSON=BUDI SANTOSO", "DOB=17 Agustus 1990", "PHONE=081234567890"}},
	{"record of business", "INV-001 / 12-03-2024 / 0812 3456 7890, Toko Maju Jaya / Jakarta Selatan / 0812 3456 7891", []string{"PHONE=0812 3456 7890", "PHONE=0812 3456 7891"}},
	{"no record without a value", "Kopi Susu / Teh Tarik / Joko", nil},
	{"full names found by their given names, with or without a record", "Rina Wulandari / Budi Santoso / Joko", []string{"PERSON=Rina Wulandari", "PERSON=Budi Santoso", "PERSON=Joko"}},
	{"a full name with no keyword before it", "Budi Santoso sudah transfer tadi pagi. Komplain dari Siti Rahmawati soal barang cacat. Mohon proses pesanan Dewi Anggraini",
		[]string{"PERSON=Budi Santoso", "PERSON=Siti Rahmawati", "PERSON=Dewi Anggraini"}},
	{"no full name in a given name that is a common word, or one alone", "Indah Permai Blok C, Sari Roti Tawar, Budi ada di toko", nil},
	{"record with one name first", "data aku ya kak: Nadia / 13-06-1990 / 0879724082", []string{"PERSON=Nadia", "DOB=13-06-1990", "PHONE=0879724082"}},
	{"small i for a one", "hp 0828 5394 990i kak", []string{"PHONE=0828 5394 990i"}},
	{"Sundanese name", "nami abdi Asep Sunandar, no hp 0812 2345 6789", []string{"PERSON=Asep Sunandar", "PHONE=0812 2345 6789"}},
	{"Javanese name", "nami kulo Slamet Riyadi, jenengku Joko", []string{"PERSON=Slamet Riyadi", "PERSON=Joko"}},
	{"Balinese banjar", "aran ku Putu, umah di Br. Dinas Kaja, Desa Sanur", []string{"PERSON=Putu", "ADDRESS=Br. Dinas Kaja, Desa Sanur"}},
	{"Minang jorong", "nama den Rahmat, rumah den di Jorong Koto Tuo", []string{"PERSON=Rahmat", "ADDRESS=Jorong Koto Tuo"}},
	{"two honorifics with a slash", "Kepada Bpk/Ibu Rina Wati", []string{"PERSON=Rina Wati"}},
	{"student numbers", "NIM 20190801123 atas nama Dewi, NIS: 1234567890", []string{"GOVID=20190801123", "PERSON=Dewi", "GOVID=1234567890"}},
	{"a class is no name", "nama siswa Bintang Pratama kelas 5B", []string{"PERSON=Bintang Pratama"}},
	{"family name that is a given name too", "My details: John Tan, +65 8123 4567", []string{"PERSON=John Tan", "PHONE=+65 8123 4567"}},
	{"a verb before a name and a phone", "Hubungi Rina, 0812 3456 7890", []string{"PERSON=Rina", "PHONE=0812 3456 7890"}},
	{"handle with hyphens", "my venmo is @jane-doe-88", []string{"HANDLE=@jane-doe-88"}},
	{"a relative as a form's field", "Ayah: Budi Santoso (lahir 12-05-1960)", []string{"PERSON=Budi Santoso", "DOB=12-05-1960"}},
	{"name in chat bold", "nama: *Budi Santoso*", []string{"PERSON=Budi Santoso"}},
	{"name in chat italics", "nama: _Budi Santoso_, pak *Joko*", []string{"PERSON=Budi Santoso", "PERSON=Joko"}},
	{"name in brackets", "nama saya (Budi Santoso)", []string{"PERSON=Budi Santoso"}},
	{"honorific as a form's field", "Ayah: Fauzan Firmansyah\nIbu: Indah", []string{"PERSON=Fauzan Firmansyah", "PERSON=Indah"}},
	{"a menu is no record", "Kopi Susu / Teh Tarik / Matcha Latte, order 0812 3456 7890", []string{"PHONE=0812 3456 7890"}},
	{"days are no record", "Senin / Rabu / Jumat buka jam 9, WA 0812 3456 7890", []string{"PHONE=0812 3456 7890"}},
	{"this is a dish", "This is Nasi Padang.", nil},
	{"Malaysian IC", "my name is Ahmad bin Ismail and my IC number is 850101-14-5678", []string{"PERSON=Ahmad bin Ismail", "GOVID=850101-14-5678"}},
	{"Singapore NRIC", "My NRIC is S1234567D", []string{"GOVID=S1234567D"}},
	{"KITAS", "KITAS saya 2C21AB1234-A, nomor KITAS: 2C11JE2345", []string{"GOVID=2C21AB1234-A", "GOVID=2C11JE2345"}},
	{"US TIN", "TIN: 123-45-6789", []string{"GOVID=123-45-6789"}},
	{"an IC is a chip", "IC 555 timer, tin foil 2 roll, kitas sudah expired", nil},
	{"place and date of birth", "Tempat/Tgl Lahir : JAKARTA, 17-08-1990, lahir di Bandung, 12 Mei 1990", []string{"DOB=JAKARTA, 17-08-1990", "DOB=Bandung, 12 Mei 1990"}},
	{"long Balinese name", "nama saya Ni Luh Putu Ayu Sari Dewi", []string{"PERSON=Ni Luh Putu Ayu Sari Dewi"}},
	{"initials", "nama: A. Rahman, nama: M. Yusuf S.", []string{"PERSON=A. Rahman", "PERSON=M. Yusuf S"}},
	{"noble titles", "dengan Teuku Umar, nama: Rr. Ayu Kartika", []string{"PERSON=Umar", "PERSON=Ayu Kartika"}},
	{"staff member's name", "order via WA ke 0818 0818 0818 (admin Lina), kurir Budi sudah di depan", []string{"PHONE=0818 0818 0818", "PERSON=Lina", "PERSON=Budi"}},
	{"staff roles without a name", "admin Toko Maju, CS Center buka 24 jam, halo admin", nil},
	{"reporter and borrower", "nama pelapor: Hendro Gunawan, nama peminjam Siti Aminah", []string{"PERSON=Hendro Gunawan", "PERSON=Siti Aminah"}},
	{"colleague and assistant", "contact my colleague David Lim at david.lim@corp.sg, or his PA, Jenny", []string{"PERSON=David Lim", "EMAIL=david.lim@corp.sg", "PERSON=Jenny"}},
	{"deliver to a given name", "Please deliver to Sarah at 12 Orchard Road", []string{"PERSON=Sarah", "ADDRESS=12 Orchard Road"}},
	{"to a place", "welcome to Jakarta, go to Indomaret", nil},
	{"someone's name after a comma", "The account is registered under my wife's name, Linda Susanto", []string{"PERSON=Linda Susanto"}},
	{"slang self-introductions", "gw si bambang yg order, ane Agus dari Depok, aku tuh Citra, temennya Dodi", []string{"PERSON=bambang", "PERSON=Agus", "PERSON=Citra", "PERSON=Dodi"}},
	{"name set off by commas", "saya pribadi, Wahyuni, keberatan; ini aku, rina, yg kemarin chat", []string{"PERSON=Wahyuni", "PERSON=rina"}},
	{"a day set off by commas", "saya, Senin, bisa datang; aku, Jakarta, besok; gw si kucing lucu", nil},
	{"name in a link", "https://example.com/u?name=Budi%20Santoso&nik=3171011708900001", []string{"PERSON=Budi%20Santoso", "NIK=3171011708900001"}},
	{"address in a form's encoding", "nama=Budi+Santoso&hp=081234567890&alamat=Jl.+Melati+5", []string{"PERSON=Budi+Santoso", "PHONE=081234567890", "ADDRESS=Jl.+Melati+5"}},
	{"name in a table", "| Nama | Budi Santoso |\n| HP | 081234567890 |", []string{"PERSON=Budi Santoso", "PHONE=081234567890"}},
	{"Jenius cashtag", "jenius $budisantoso, cashtag jenius: $rina_w, bayar pakai jenius aja", []string{"HANDLE=budisantoso", "HANDLE=rina_w"}},
	{"a numbered list of passengers", "penumpang: 1. Budi Santoso 2. Rina Santoso 3. Andi Santoso (anak)", []string{"PERSON=Budi Santoso", "PERSON=Rina Santoso", "PERSON=Andi Santoso"}},
	{"a list of participants", "peserta: Budi Santoso, Rina Marlina, dan Andi Wijaya", []string{"PERSON=Budi Santoso", "PERSON=Rina Marlina", "PERSON=Andi Wijaya"}},
	{"a list stops at a place", "Penerima: Budi Santoso, Jakarta Selatan", []string{"PERSON=Budi Santoso"}},
	{"passport's name", "Nama sesuai paspor: SANTOSO BUDI, Given names: BUDI", []string{"PERSON=SANTOSO BUDI", "PERSON=BUDI"}},
	{"tron address of letters only", "refund ke TPemAYpZrFYnSNxskciraNuxTKhWEEfstv ya", []string{"WALLET=TPemAYpZrFYnSNxskciraNuxTKhWEEfstv"}},
	{"a list ends with a given name that is a place word", "peserta: Khairul Wibowo, Erlangga, dan Indah", []string{"PERSON=Khairul Wibowo", "PERSON=Erlangga", "PERSON=Indah"}},
	{"wallet whose first digits are many", "btc 3922936JgX5EwGZjNbMXPCP2r3iuSacMW3 ya", []string{"WALLET=3922936JgX5EwGZjNbMXPCP2r3iuSacMW3"}},
	{"a record's given name in any field", "Rina / Budi / rina@x.com / 12-03-1990 / Senin", []string{"PERSON=Rina", "PERSON=Budi", "EMAIL=rina@x.com", "DOB=12-03-1990"}},
	{"segwit address in capitals", "kirim ke BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ ya", []string{"WALLET=BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ"}},
	{"segwit address of mixed case is none", "kirim ke bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwF5mdq ya", nil},
	{"spelled digits and groups before another number", "delapan satu 3333300 333 3333 033333000333", []string{"NIK=delapan satu 3333300 333 3333", "PHONE=033333000333"}},
	{"transaction hash is no address", "tx 0x742d35Cc6634C0532925a3b844Bc454e4438f44e742d35Cc6634C0532925a3b8", nil},
	{"bin and binti", "atas nama Lukman Hakim bin Abdullah, penerima Siti Aminah binti Harun", []string{"PERSON=Lukman Hakim bin Abdullah", "PERSON=Siti Aminah binti Harun"}},
	{"titles and initials in a street's name", "Jl. Jend. Sudirman Kav. 52-53 Jakarta\nJl. Letjen S. Parman No. 28\nJl. Prof. Dr. Soepomo No. 17\nJl. K.H. Hasyim Ashari No. 3\nJl. R.A. Kartini No 9\nJl. Dr. Setiabudi No. 229\nJl. A. Yani Km 5 Banjarmasin",
		[]string{"ADDRESS=Jl. Jend. Sudirman Kav. 52-53 Jakarta", "ADDRESS=Jl. Letjen S. Parman No. 28", "ADDRESS=Jl. Prof. Dr. Soepomo No. 17", "ADDRESS=Jl. K.H. Hasyim Ashari No. 3", "ADDRESS=Jl. R.A. Kartini No 9", "ADDRESS=Jl. Dr. Setiabudi No. 229", "ADDRESS=Jl. A. Yani Km 5 Banjarmasin"}},
	{"an initial's dot before a sentence", "Saya di Jl. A. Ini bukan alamat. Bayar ke Toko A. Terima kasih", []string{"ADDRESS=Jl. A"}},
	{"sent to a person", "Kirim ke: Rahmat Hidayat, tolong antar ke Siti di lobby; penerimanya Dewi Lestari. Kirim ke Bandung besok",
		[]string{"PERSON=Rahmat Hidayat", "PERSON=Siti", "PERSON=Dewi Lestari"}},
	{"a transfer receipt's parties", "Transfer Berhasil\nKe: BUDI SANTOSO\nBCA - 1234567890\nDari: Rina Marlina\nm-Transfer BERHASIL 06/12 10:15:22 Ke 5271234567 ANDI WIJAYA Rp. 500.000,00",
		[]string{"PERSON=BUDI SANTOSO", "BANK_ACCOUNT=1234567890", "PERSON=Rina Marlina", "BANK_ACCOUNT=5271234567", "PERSON=ANDI WIJAYA"}},
	{"no party in a place, a shop or a count", "Ke: Jakarta Selatan. Dari: Toko Maju Jaya\nKe: BANK CENTRAL ASIA\nstok dari 12345678 UNIT GUDANG\nDari: PT SINAR JAYA", nil},
	{"the senders of an exported chat", "[12/03/24 10.15] Budi Santoso: kak pesanan saya mana?\n12/03/24, 10:15 - Rina: ok kak\n12/03/2024 10:16 - Promo: diskon 50%\n[12/03/24 10.17] Admin: siap",
		[]string{"PERSON=Budi Santoso", "PERSON=Rina"}},
	{"Drs. and Dra.", "Hormat kami,\nDra. Sri Mulyani dan Drs. H. Ahmad Dahlan", []string{"PERSON=Sri Mulyani", "PERSON=Ahmad Dahlan"}},
	{"a name alone after its label without a colon", "Kak, ini KTP saya: NIK 3201010101900001, Nama BUDI SANTOSO, TTL BOGOR 01-01-1990. Customer ID: CUST-00123, name Anthony Hopkins; patient John Doe, age 45",
		[]string{"NIK=3201010101900001", "PERSON=BUDI SANTOSO", "DOB=BOGOR 01-01-1990", "GOVID=CUST-00123", "PERSON=Anthony Hopkins", "PERSON=John Doe"}},
	{"no name in a product's label", "Nama Tujuan: TOKO MAJU JAYA. nama Toko Maju Jaya sudah terdaftar. Nama Produk Kaos Polos Hitam, harga 50rb. contact Customer Service, ya", nil},
	{"a sign-off's given name in lowercase", "ok noted\ncheers, mike\nthx, budi\nmakasih, rina. trims, Rina Marlina", []string{"PERSON=mike", "PERSON=budi", "PERSON=rina", "PERSON=Rina Marlina"}},
	{"no name after a sign-off's comma but a given name", "thanks, semua. terima kasih, kak. thx, ok", nil},
	{"a number WhatsApp copied with its direction marks", "WA saya \u202a+62 857-1234-5678\u202c ya, hp: 081234567890\u200e", []string{"PHONE=+62 857-1234-5678\u202c", "PHONE=081234567890\u200e"}},
	{"an emoji glued to a number", "📱081234567890, ☎021-7654321 dan 0813 1111 2222📱", []string{"PHONE=081234567890", "PHONE=021-7654321", "PHONE=0813 1111 2222"}},
	{"kinship, religious and job titles, ranks", "ke rumah Budhe Sri di Klaten; Pakde Harjo; Mbah Karto; Ummi Fatimah; Ustadzah Halimah; Suster Maria; Romo Mangun; Mama Rosa; ka Tiara; ananda Kirana; Chef Juna; Kapten Inf. Bambang Purwanto; Salam,\nPdt. Yohanes Marpaung",
		[]string{"PERSON=Sri", "PERSON=Harjo", "PERSON=Karto", "PERSON=Fatimah", "PERSON=Halimah", "PERSON=Maria", "PERSON=Mangun", "PERSON=Rosa", "PERSON=Tiara", "PERSON=Kirana", "PERSON=Juna", "PERSON=Bambang Purwanto", "PERSON=Yohanes Marpaung"}},
	{"no name in chat typed in title case or an endearment", "Kak Barangnya Belum Sampai. Kak Refund Kapan Cair. Kak Cantik mau tanya. Mbak Manis, ada diskon? Penerima: Resepsionis. Customer: Walk-in. Nama: (kosong)", nil},
	{"no handle in a price", "2x Kaos Polos Hitam XL @Rp 45.000 = Rp 90.000, Kaos 3 pcs @75rb, Beras 5kg @Rp65.000, @USD 25 per unit", nil},
	{"a secret after its label's colon", "pass akun tokped: qwerty88, Password wifi rumah: Keluarga123, pw nya: rahasia, OTP 4 digit: 8899",
		[]string{"SECRET=qwerty88", "SECRET=Keluarga123", "SECRET=rahasia", "SECRET=8899"}},
	{"a PIN after its bank, a CVV after nya, a prepaid token", "pin atm bca 445566, PIN BRImo saya 778899, MPIN 123456, cvv nya 321, cvvnya 4321, Token listrik: 1234-5678-9012-3456-7890",
		[]string{"SECRET=445566", "SECRET=778899", "SECRET=123456", "SECRET=321", "SECRET=4321", "SECRET=1234-5678-9012-3456-7890"}},
	{"no secret in a sentence after the label", "password: sudah diganti kak. password akun saya sudah diganti: iya", nil},
	{"a given name in lowercase after saya, aku, dengan", "hai min aku nadia mau nanya, saya yusuf, gue rian, saya dengan fitri, dgn ferry, ini jessica kak, aku dewi lestari",
		[]string{"PERSON=nadia", "PERSON=yusuf", "PERSON=rian", "PERSON=fitri", "PERSON=ferry", "PERSON=jessica", "PERSON=dewi lestari"}},
	{"no name in a lowercase word that is a given name too", "anak saya indah sekali, aku sari roti, saya mau tanya, ini pesanan saya", nil},
	{"the holder after an e-wallet's number or the bank's name", "dana: 0857 1234 9876 an rina, no. rek 1234567890 bank bca an dimas; hubungi 0812 3456 7891 an hour later",
		[]string{"PHONE=0857 1234 9876", "PERSON=rina", "BANK_ACCOUNT=1234567890", "PERSON=dimas", "PHONE=0812 3456 7891"}},
	{"the holder after an account's number", "BCA 1234567890 - Budi Santoso; BCA: 1234567891 (Budi Santoso); BCA 5271234567 / Jessica Tanuwijaya; OVO 081234567890 - Andika Pratama; OVO Transfer ke 0857-1234-5678 (WINDA SARI) Rp 100.000",
		[]string{"BANK_ACCOUNT=1234567890", "PERSON=Budi Santoso", "BANK_ACCOUNT=1234567891", "PERSON=Budi Santoso", "BANK_ACCOUNT=5271234567", "PERSON=Jessica Tanuwijaya", "PHONE=081234567890", "PERSON=Andika Pratama", "BANK_ACCOUNT=0857-1234-5678", "PERSON=WINDA SARI"}},
	{"no holder in a day, a note or a place", "0812 3456 7890 (Senin Pagi), hp 0812 3456 7891 (WA Only), BCA 1234567890 - Transfer Berhasil, hp 0812 3456 7892 - Jakarta Selatan",
		[]string{"PHONE=0812 3456 7890", "PHONE=0812 3456 7891", "BANK_ACCOUNT=1234567890", "PHONE=0812 3456 7892"}},
	{"a receipt over several lines", "m-Transfer :\nBERHASIL\n15/01 10:22:33\nKe 5270123456\nSITI NURHALIZA\nRp. 150,000.00\nKe: 1234567890\nNama: SITI AMINAH\nBCA - 5270123457\nSiti Nurhaliza\nTujuan: 9000012345678 CV BERKAH JAYA",
		[]string{"BANK_ACCOUNT=5270123456", "PERSON=SITI NURHALIZA", "BANK_ACCOUNT=1234567890", "PERSON=SITI AMINAH", "BANK_ACCOUNT=5270123457", "PERSON=Siti Nurhaliza", "BANK_ACCOUNT=9000012345678"}},
	{"a name on the line before or after a phone", "Yoga Pratama\n081234567890\nJl. Cendana 3, Solo\nWA 0812 3456 7890\nBudi Santoso\nhp 0813 3456 7890\nTerima kasih",
		[]string{"PERSON=Yoga Pratama", "PHONE=081234567890", "ADDRESS=Jl. Cendana 3, Solo", "PHONE=0812 3456 7890", "PERSON=Budi Santoso", "PHONE=0813 3456 7890"}},
	{"a record apart by commas", "Data: Budi Santoso, 3273015708900001, 081234567890\nSiska Amelia, 081234567891, Jl. Kenari 8 Semarang\n0812 3456 7890, Rina Marlina, 17-08-1990",
		[]string{"PERSON=Budi Santoso", "NIK=3273015708900001", "PHONE=081234567890", "PERSON=Siska Amelia", "PHONE=081234567891", "ADDRESS=Jl. Kenari 8 Semarang", "PHONE=0812 3456 7890", "PERSON=Rina Marlina", "DOB=17-08-1990"}},
	{"no record in a list of products or greetings", "Rp 1,5 juta, 0812 3456 7890, Kaos Polos\nHalo kak, 081234567890, Terima Kasih\nJakarta Selatan, 081234567891, Senin", []string{"PHONE=0812 3456 7890", "PHONE=081234567890", "PHONE=081234567891"}},
	{"the names of a list after nama or a party", "Daftar nama: Stefanus Kurnia, Yosephine Lie, Handoko Tjung\nPenerima: Budi / Rina / Joko\nNama: Agus dan Dewi",
		[]string{"PERSON=Stefanus Kurnia", "PERSON=Yosephine Lie", "PERSON=Handoko Tjung", "PERSON=Budi", "PERSON=Rina", "PERSON=Joko", "PERSON=Agus", "PERSON=Dewi"}},
	{"a form's name after a bold label, a dash, an emoji or a second word", "*Nama* : Budi Santoso\nNama - Siska Amelia\nNama 👉 Rina Marlina\nUntuk: Yoga Pratama\nNama Dropshipper: Mega Puspita\nOwner: Christian Hadinata\natasnama Irwan Susanto\nnarahubung: Lia (WA 0896 1111 2222)\nNama di kartu: STEFANI WIJAYA",
		[]string{"PERSON=Budi Santoso", "PERSON=Siska Amelia", "PERSON=Rina Marlina", "PERSON=Yoga Pratama", "PERSON=Mega Puspita", "PERSON=Christian Hadinata", "PERSON=Irwan Susanto", "PERSON=Lia", "PHONE=0896 1111 2222", "PERSON=STEFANI WIJAYA"}},
	{"a courier's or a driver's name and a plate after it", "Kurir Grab: Supriyadi, Honda Beat B 3456 UJK\nDriver: Muhammad Iqbal Fauzi (B 1234 XYZ)\nPak Budi B 1234 XYA",
		[]string{"PERSON=Supriyadi", "PLATE=B 3456 UJK", "PERSON=Muhammad Iqbal Fauzi", "PLATE=B 1234 XYZ", "PERSON=Budi", "PLATE=B 1234 XYA"}},
	{"no name in a table's header", "Nama - Harga - Qty\nnama produk - kaos\nnama 😊 mau tanya", nil},
	{"a username where a name was read", "Pembeli: andreas_kurniawan\ngmail aku rina.lestari\nnama saya budi_s\nNama: Budi.",
		[]string{"HANDLE=andreas_kurniawan", "HANDLE=rina.lestari", "HANDLE=budi_s", "PERSON=Budi"}},
	{"two phones apart by a slash", "Hubungi 08123456789/08567891234", []string{"PHONE=08123456789", "PHONE=08567891234"}},
	{"a name in capitals", "SAYA BUDI SANTOSO MAU KOMPLAIN BARANG RUSAK\nNIK 3273012345670001 Nama RINA WULANDARI Tempat/Tgl Lahir BANDUNG, 17-08-1990\nStatus: Diterima oleh SUWARNO - Satpam",
		[]string{"PERSON=BUDI SANTOSO", "NIK=3273012345670001", "PERSON=RINA WULANDARI", "DOB=BANDUNG, 17-08-1990", "PERSON=SUWARNO"}},
	{"hyphenated family names and a name before a hyphen", "Budi Santoso-Wijaya datang. Khairul Rahayu-Griya Permai Blok C", []string{"PERSON=Budi Santoso-Wijaya", "PERSON=Khairul Rahayu", "ADDRESS=Griya Permai Blok C"}},
	{"a given name alone where a name stands", "Thx kak, - Rina\nSalam, Tim CS - Reza\nBaik kak. -Dimas\nRahmat: min paket saya mana\nSent from my iPhone\nAgustina",
		[]string{"PERSON=Rina", "PERSON=Reza", "PERSON=Dimas", "PERSON=Rahmat", "PERSON=Agustina"}},
	{"no given name alone that is a common word or a message", "Budi\nIndah: cantik\nok\nSari", nil},
	{"no plate in a room, a type, a size or a gate", "Kamar B 1204 AC, Tipe A 2024 XL, Size L 42 EU, Gate B 12 CGK, Lot A 1234 BC; motor saya B 1234 XYZ",
		[]string{"PLATE=B 1234 XYZ"}},
	{"no name in a shop's or a place's name after an honorific", "Pasar Tanah Abang Blok A Lt. 3, Ci Mehong Cake, gedung Mas Mansyur Center, Kakak Beradik Store, Bu Rina Cake, Rina Wulandari Cake Shop", nil},
	{"more street words, month spellings and banks", "Lorong Sawo No 12 RT 10 Palembang\nI live at Apartment Taman Rasuna Tower 5 unit 1203, ok?\nTgl. Lahir: 17 Agst 1990, tgl lahir 5 Peb 1991, ultah saya 17 Agustus 1992\nBPD Bali 0180201234567, acct 1234567890",
		[]string{"ADDRESS=Lorong Sawo No 12 RT 10 Palembang", "ADDRESS=Apartment Taman Rasuna Tower 5 unit 1203", "DOB=17 Agst 1990", "DOB=5 Peb 1991", "DOB=17 Agustus 1992", "BANK_ACCOUNT=0180201234567", "BANK_ACCOUNT=1234567890"}},
	{"an address over several lines", "Alamat: Jl. Melati No. 12,\nSukamaju, Cibeunying Kaler,\nKota Bandung, Jawa Barat 40123\nJl. Kebon Kopi No. 5, RT.2/RW.3\nCIBEUREUM, KOTA BANDUNG, JAWA BARAT, ID 40184",
		[]string{"ADDRESS=Jl. Melati No. 12,\nSukamaju, Cibeunying Kaler,\nKota Bandung, Jawa Barat 40123", "ADDRESS=Jl. Kebon Kopi No. 5, RT.2/RW.3\nCIBEUREUM, KOTA BANDUNG, JAWA BARAT, ID 40184"}},
	{"no address going on into a greeting", "Jl. Melati No. 12,\nTerima Kasih,", []string{"ADDRESS=Jl. Melati No. 12"}},
	{"the given names of a list's items", "1. Andi - 2 pcs\n2. Budi - 3 pcs\n- Rina (istri)\n1. Kaos - 2 pcs", []string{"PERSON=Andi", "PERSON=Budi", "PERSON=Rina"}},
	{"a code and an account spelled out", "kode otp nya empat delapan dua sembilan satu tiga; nomor rekening: delapan tujuh dua nol satu satu dua dua tiga tiga; otp satu dua ya",
		[]string{"SECRET=empat delapan dua sembilan satu tiga", "BANK_ACCOUNT=delapan tujuh dua nol satu satu dua dua tiga tiga"}},
	{"recovery and activation codes", "kode recovery: 8f3k-22pa-91xz, kode aktivasi: A7K9-22XP, recovery code: 9x3k-22pa-91xz; kode aktivasi sudah dikirim",
		[]string{"SECRET=8f3k-22pa-91xz", "SECRET=A7K9-22XP", "SECRET=9x3k-22pa-91xz"}},
	{"a phone after its keyword with a word glued on", "hp:081234567890kak, wa 08123456789ya; 081234567891kak", []string{"PHONE=081234567890kak", "PHONE=08123456789ya"}},
	{"a given name with the relative it is", "Anggota keluarga: Arif (suami), Rina (istri); Budi (kakak) yang ambil", []string{"PERSON=Arif", "PERSON=Rina", "PERSON=Budi"}},
	{"numbers in WhatsApp's italics", "hp _081234567890_, NIK _3174051208900001_, rek BCA _1234567890_, OTP _482913_; file_2024_x",
		[]string{"PHONE=081234567890", "NIK=3174051208900001", "BANK_ACCOUNT=1234567890", "SECRET=482913"}},
	{"no name in chat typed in title case or capitals", "Kak Konfirmasi Pesanan Ya. Kak Garansi Berapa Lama. Kak Warna Navy Ada? Oke Kak Dicek Dulu. Pak Ditunggu Di Gerbang Depan. Mbak Kuenya Bisa Dikirim Besok. Mbak Kasir Struknya Mana. Saya Izin Tidak Masuk. KAK DITUNGGU YA", nil},
	{"no name in a team, an office or a greeting to many", "Terima kasih,\nManagement\nHormat kami,\nManajemen Hotel Melati\nRegards, Customer Care\nDear Valued Customer,\nHi Guys, stok baru\nKepada: Seluruh Karyawan\nPenerima: Tim Produksi\nDengan hormat,\nSehubungan dengan libur nasional", nil},
	{"no name in a form's empty or filled-in label", "Nama: isi sendiri\nNama: Sesuai Kartu Identitas\nNama: TBA\nNama Kurir: JNE", nil},
	{"a name after the thing it is printed on", "nama di tiket: Yosephine Natalia, nama di bordir: LESTIANI P., cetak nama di undangan: Lestiani & Bagas",
		[]string{"PERSON=Yosephine Natalia", "PERSON=LESTIANI P", "PERSON=Lestiani", "PERSON=Bagas"}},
	{"names in capitals in a bank's or an e-wallet's notice", "Anda telah mengirim Rp50.000 ke DEWI ANGGRAINI\nTRANSFER DANA\nDARI ANDI PRATAMA\nKE YULIANA SARI\nBUDI SANTOSO SUDAH TRANSFER",
		[]string{"PERSON=DEWI ANGGRAINI", "PERSON=ANDI PRATAMA", "PERSON=YULIANA SARI", "PERSON=BUDI SANTOSO"}},
	{"a full name whose family name is known", "Herman Susanto sudah transfer kak, sudah dibayar oleh Irwan Setiawan", []string{"PERSON=Herman Susanto", "PERSON=Irwan Setiawan"}},
	{"no name in a business or an institution named after a person", "Toko Mas Sinar Jaya harga emas, Bakso Pak Kumis enak, RSUD Dr. Soetomo Surabaya, Kampus Budi Luhur, KIRIM KE JAKARTA SELATAN, KE BANK BCA, Sinar Wijaya Motor", nil},
	{"a street named in capitals takes no lowercase words", "rumah saya di Jl. Ahmad Yani macet total pagi ini", []string{"ADDRESS=Jl. Ahmad Yani"}},
	{"no address in a street named alone, with no number and no home before it", "Jl. Ahmad Yani macet total pagi ini; Parkir di Jl. Gatot Subroto depan kantor bisa ga?\nOutlet baru di Jl. Diponegoro Surabaya buka minggu depan\nPerumahan Grand Wisata Bekasi cluster baru launching", nil},
	{"no address in a property's advert", "Kos putri dekat kampus UI, 1,5jt/bulan. Villa Puncak kapasitas 20 orang, harga weekend 3jt", nil},
	{"a game account's ID with the game named after it", "ID 88776655 ML, ID: 55443322 (2201) ML, ID 1122334455 buat top up FF 140 diamond", []string{"GOVID=88776655", "GOVID=55443322", "GOVID=1122334455"}},
	{"a game account's ID after a glued or a two-word game", "IDML 88776655, UID Genshin saya 812345678, Free Fire ID 1234567890", []string{"GOVID=88776655", "GOVID=812345678", "GOVID=1234567890"}},
	{"an ID that names no game stays", "ID 12345678 botol 500 ml, fire ID 12345678 di gedung B", nil},
	{"a game's transaction ID stays", "Top up FF sukses, ID transaksi 20240512889", nil},
	{"an address goes on past a full stop glued to a block", "Alamat: Perum Griya Tegng, 03.Blok E17 No. 38, Kota Makassar. Terima kasih", []string{"ADDRESS=Perum Griya Tegng, 03.Blok E17 No. 38, Kota Makassar"}},
	{"an IMEI after words about the phone", "IMEI HP saya yang hilang 356789012345671, IMEI-nya 356789012345689", []string{"GOVID=356789012345671", "GOVID=356789012345689"}},
	{"a price after imei stays", "cek imei gratis di toko kami, harga servis 150000 aja", nil},
	{"a one-word name after more forms' labels", "Pemesan: Haryanto, unit 1012 | Ortu: Sulastri | Kelompok Tani Maju, ketua: Suparno | Wali: Sutini", []string{"PERSON=Haryanto", "PERSON=Sulastri", "PERSON=Suparno", "PERSON=Sutini"}},
	{"those labels before no name", "Pemesan: Shopee, Ketua: Bapak RT, Pemesanan: Online, Wali: Kota Bandung", nil},
	{"a name after Javanese \"his name\"", "Bapak kulo namine Karyo, asmane ibu Sumirah", []string{"PERSON=Karyo", "PERSON=Sumirah"}},
	{"names listed after a name found", "Rudi, Hanif dan Salma ikut acara; Hanif, Salma, dan Rudi sudah hadir", []string{"PERSON=Rudi", "PERSON=Hanif", "PERSON=Salma", "PERSON=Hanif", "PERSON=Salma", "PERSON=Rudi"}},
	{"sama between two names", "Budi sama Rina datang besok", []string{"PERSON=Budi", "PERSON=Rina"}},
	{"places listed after a name stay", "Pak Budi, Bandung dan Jakarta sudah dikirim", []string{"PERSON=Budi"}},
	{"a menu listed with commas stays", "Kopi Susu, Teh Tarik dan Matcha Latte habis", nil},
	{"a second game's ID after the first's game", "ID 88776655 ML, ID: 55H43322 (2201) ML", []string{"GOVID=88776655", "GOVID=55H43322"}},
	{"Bp without its full stop before a name", "Bp Darsono sudah bayar, BP Jamsostek cair", []string{"PERSON=Darsono"}},
	{"a Roblox account's number", "Roblox ID saya 123456789 ya", []string{"GOVID=123456789"}},
	{"a given name next to an emoji", "Rudi \U0001F60A bilang besok datang\n\U0001F64F Dewi minta dikirim", []string{"PERSON=Rudi", "PERSON=Dewi"}},
	{"a given name opening a clause after a name found", "Rudi sudah bayar, Hanif belum. Salma udah nyampe", []string{"PERSON=Rudi", "PERSON=Hanif", "PERSON=Salma"}},
	{"a list of names that opens its line, with brackets", "Andre (30), Bella (28) ikut tur", []string{"PERSON=Andre", "PERSON=Bella"}},
	{"a list of fruit with brackets stays", "Nanas (2 kg), Mangga (1 kg)", nil},
	{"an apartment tower's unit after kirim ke", "kirim ke 21F Tower Orchid ya; sisa 3 unit lagi di tower B", []string{"ADDRESS=21F Tower Orchid"}},
	{"a unit after its floor", "penghuni lantai 15 unit 1507 tower B", []string{"ADDRESS=unit 1507 tower B"}},
	{"a passport's number after its holder's name", "paspor Citra Kirana X1234567 berlaku", []string{"PERSON=Citra Kirana", "PASSPORT=X1234567"}},
	{"four groups of a longer dotted run are no IP address", "server 12.132.2.228.228.202 ok, ip 192.168.1.1.", []string{"IP=192.168.1.1"}},
	{"a person's number with an employer, a school, a hospital, a bank", "NIK karyawan 88213; nomor karyawan saya EMP-00452; kartu pelajar no 0012/SMA/2023; kartu mhs 11223344; Nomor induk siswa: 12345/0987; no RM 00-45-12; nomor rekam medis 123456; no cif saya 0012345678; no kontrak 0011223344; nomor member garuda miles saya GA 123456789", []string{"GOVID=88213", "GOVID=EMP-00452", "GOVID=0012/SMA/2023", "GOVID=11223344", "GOVID=12345/0987", "GOVID=00-45-12", "GOVID=123456", "GOVID=0012345678", "GOVID=0011223344", "GOVID=GA 123456789"}},
	{"counts and prices after those labels stay", "jumlah karyawan 12500 orang, no kontrak 2024 ya, member gold 12 bulan Rp 500.000, ID member 1234 dapat diskon", nil},
	{"a game's nickname and a gaming account", "ID 123456789 (2345) nick RaffiGG; nickname KuroNeko_77; ign aku DarkLord_Rizal, id 300123456; steam id kevinxz_99; riot id JettMainer#SEA12; id discord aku itu rexxy#4421", []string{"GOVID=123456789", "HANDLE=RaffiGG", "HANDLE=KuroNeko_77", "HANDLE=DarkLord_Rizal", "GOVID=300123456", "HANDLE=kevinxz_99", "HANDLE=JettMainer#SEA12", "HANDLE=rexxy#4421"}},
	{"a nickname's talk and a given name Nick stay", "ganti nick dulu ya, beli steam wallet 100rb", nil},
	{"a block's code with a digit, and a block after an estate's sector", "BLOK A2 NO 3 (PAK HARTONO); Perumahan BSD sektor 1.2 blok AB no 15", []string{"ADDRESS=BLOK A2 NO 3", "PERSON=HARTONO", "ADDRESS=blok AB no 15"}},
	{"an apartment's unit from its tower", "jemput di Tw. E #09-12 ya; apartemen Taman Rasuna Tower 9 lt 15 no 3, penghuninya Ibu Grace", []string{"ADDRESS=Tw. E #09-12", "ADDRESS=apartemen Taman Rasuna Tower 9 lt 15 no 3", "PERSON=Grace"}},
	{"a tower alone, a business's own tower and a quantity of blocks stay", "Tower B sedang renovasi lantai 3; kantor kami di Tower 2 lantai 5; beli 2 blok es", nil},
	{"a secret after a label of five words or a hyphenated one, and after its length", "password e-learning anak saya: Naufal2015# ; password email kantor aku kayaknya bocor: Kantor#2024abc; pin akun gw 4 digit 2580", []string{"SECRET=Naufal2015#", "SECRET=Kantor#2024abc", "SECRET=2580"}},
	{"a passport's number after paspornya", "nomor paspornya E 2233445", []string{"PASSPORT=E 2233445"}},
	{"a code's length alone stays", "pin 6 digit ya kak", nil},
	{"names after dek, dedek, AN in capitals, set off by commas, with Pertiwi and Putra", "dek Rara udah ketemu; dedek Arsyila; DM ID 556677889 ZONE 2011 AN NANDA; anaknya pak Eko, Lutfi, lagi cari kerja; nama Hilda Pertiwi, hubungan: adik; nama: Putra Wibisono", []string{"PERSON=Rara", "PERSON=Arsyila", "GOVID=556677889", "PERSON=NANDA", "PERSON=Eko", "PERSON=Lutfi", "PERSON=Hilda Pertiwi", "PERSON=Putra Wibisono"}},
	{"Ibu Pertiwi, an article in capitals and a place after a name stay", "cinta Ibu Pertiwi; THIS IS AN APPLE; kirim ke Bu Rina, Bandung, besok", []string{"PERSON=Rina"}},
	{"the real name in brackets after a nickname, a portfolio's link", "adek gw si ucup (yusuf) ga masuk; Pak Budi (admin) sudah; portofolio di behance.net/yudhadesign", []string{"PERSON=ucup", "PERSON=yusuf", "PERSON=Budi", "HANDLE=yudhadesign"}},
	{"names in brackets", "anak 2 (Bima & Sakti); anak 3 (Raka, Raffi, Rara)", []string{"PERSON=Bima", "PERSON=Sakti", "PERSON=Raka", "PERSON=Raffi", "PERSON=Rara"}},
	{"flowers in brackets stay", "(Melati & Mawar) ready stok", nil},
	{"a dish, a brand or a street named after a person two words on", "Nasi Kapau Uni Lis habis; Sambal Cibiuk Mang Endang 30rb; Gado-gado Bu Sri 2 porsi; Kemeja batik Danar Hadi 425rb; Macet di Jl. Ahmad Yani Bekasi", nil},
	{"the business's own places, a terminal and a tax invoice stay", "Outlet baru kami di Jl. Malioboro No. 52; Kirim ke gudang di Jl. Daan Mogot Km 12; dari Terminal Kampung Rambutan jam 05.00; Nomor faktur pajak 010.000-24.12345678", nil},
	{"a home 'kami' and a customer's office stay personal", "rumah kami di Jl. Melati No. 5; kirim ke kantor saya di Jl. Mawar No. 7", []string{"ADDRESS=Jl. Melati No. 5", "ADDRESS=Jl. Mawar No. 7"}},
	{"names after regional titles and 'adik kami', 'adikmu'", "Mpok Atun ama Babe Sanip lagi sakit; setor ke Eda Rosmawati; Opo kabar Lik Paimin?; adik kami Stevani Gracia Mamahit; rekening adikmu Hilda", []string{"PERSON=Atun", "PERSON=Sanip", "PERSON=Rosmawati", "PERSON=Paimin", "PERSON=Stevani Gracia Mamahit", "PERSON=Hilda"}},
	{"a name after si", "gaji si yanto bulan ini dipotong; kamar 3 (si Bagus) belum bayar; YG NYEBAR SI DEVI", []string{"PERSON=yanto", "PERSON=Bagus", "PERSON=DEVI"}},
	{"si before no name stays", "si kecil demam, si doi belum bales, si oren hilang", nil},
	{"a handle's letters name no product's list", "@arfum3ready: Stella, Bianca ikut", []string{"HANDLE=@arfum3ready", "PERSON=Stella"}},
	{"a head of family, a bride and groom, a Batak woman's clan", "Kepala Keluarga: Mulyadi; pengantin pria: Horas Parulian Siahaan, pengantin wanita: Debora br Sitompul, pesta adat", []string{"PERSON=Mulyadi", "PERSON=Horas Parulian Siahaan", "PERSON=Debora br Sitompul"}},
	{"a label's sentence ends before the next", "mohon sebutkan nama ibu kandung. Jawab nanti saja", nil},
	{"a list in brackets and a list after a group's dash", "anak 2 (Fathan, Fayza); jemput anak2 (Joshua, Kezia, Abigail)\nTenor - Yosafat, Daniel, Samuel", []string{"PERSON=Fathan", "PERSON=Fayza", "PERSON=Joshua", "PERSON=Kezia", "PERSON=Abigail", "PERSON=Yosafat", "PERSON=Daniel", "PERSON=Samuel"}},
	{"colours in brackets and a menu after a dash stay", "tersedia (Merah, Biru, Hijau); Menu - Nasi Goreng, Mie Ayam, Es Teh", nil},
	{"a student's, a hajj pilgrim's, a land tax's, a welfare card's and an applicant's number", "NIS 20213; nomor porsi 1200123456; a.n. Drs. Hadi Purnomo NOP 32.73.010.005.001-0123.0; No KKS 6013 0198 7654 3210; No. Peserta 2024-1234567", []string{"GOVID=20213", "GOVID=1200123456", "PERSON=Hadi Purnomo", "GOVID=32.73.010.005.001-0123.0", "GOVID=6013 0198 7654 3210", "GOVID=2024-1234567"}},
	{"counts after those words stay", "peserta 25 orang, no peserta 12, NIS 2024 angkatan", nil},
	{"a phone's number spelled in Javanese", "nomer mbak e: nol wolu siji loro, 3456 7890; aku loro, pitu dino maneh", []string{"PHONE=nol wolu siji loro, 3456 7890"}},
	{"a newcomer's name after Selamat bergabung", "Selamat bergabung Citra Ayu Paramitha di tim Finance! Selamat bergabung di Toko Kami", []string{"PERSON=Citra Ayu Paramitha"}},
	{"a child after a guardian's 'dari', who gets a thing after who gives it", "saya wali murid dari Naufal Abqari kelas 4B; balik nama dari Tono Hartono ke Yuliani, nopol", []string{"PERSON=Naufal Abqari", "PERSON=Tono Hartono", "PERSON=Yuliani"}},
	{"places after those words stay", "dari Budi Santoso ke Bandung; orang tua dari Jakarta Selatan", []string{"PERSON=Budi Santoso"}},
	{"an account's number after a/c", "Transfer SWIFT ke a/c 0011223344556 beneficiary LIE HENDRA GUNAWAN; a/c 123", []string{"BANK_ACCOUNT=0011223344556", "PERSON=LIE HENDRA GUNAWAN"}},
	{"a wedding's couple with dgn, a relative's name set off by a comma", "pernikahan anak kami Tiurma Sinaga dgn Lamhot Hutagalung; ini ibunya, Sumiati; Pak Budi dengan Toyota Avanza", []string{"PERSON=Tiurma Sinaga", "PERSON=Lamhot Hutagalung", "PERSON=Sumiati", "PERSON=Budi"}},
	{"cells copied from a spreadsheet", "Data peserta vaksin: Sutiyem\t3310124808550001\t08-08-1955\nKMJ-001\t2\t45000", []string{"PERSON=Sutiyem", "NIK=3310124808550001", "DOB=08-08-1955"}},
	{"digits in keycap emoji, an e-mail spelled with <at> and <dot>", "nomor gw 0\u20e38\u20e31\u20e32\u20e33456 7890; OTP 7\ufe0f\u20e33\ufe0f\u20e39\ufe0f\u20e31\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e3 ya; e-mail: hendra.k<at>ptsejahtera<dot>co<dot>id; rating 5\ufe0f\u20e3 bintang", []string{"PHONE=0\u20e38\u20e31\u20e32\u20e33456 7890", "SECRET=7\ufe0f\u20e33\ufe0f\u20e39\ufe0f\u20e31\ufe0f\u20e30\ufe0f\u20e32\ufe0f\u20e3", "EMAIL=hendra.k<at>ptsejahtera<dot>co<dot>id"}},
	{"foreign guests' names", "Booking for Ahmed Hassan, DOB of Ahmed later; guest Hiroshi Yamamoto checks out; Pls pick up Mr & Mrs Watanabe (Kenji & Akiko)", []string{"PERSON=Ahmed Hassan", "PERSON=Ahmed", "PERSON=Hiroshi Yamamoto", "PERSON=Watanabe", "PERSON=Kenji", "PERSON=Akiko"}},
	{"places and offices named like a person stay", "Gunung Agung status waspada; Garuda Wisnu Kencana show at 18:30; Kantor pajak KPP Pratama Badung tutup; Babi Guling Ibu Oka buka jam 11", nil},
	{"foreign numbers after their keywords, DOB after a name", "my Australian TFN is 123 456 782; my Aadhaar is 2345 6789 0123; Western Union, MTCN 1234567890; Lead guest: Paul Henderson DOB 5 Jan 1970", []string{"GOVID=123 456 782", "GOVID=2345 6789 0123", "GOVID=1234567890", "PERSON=Paul Henderson", "DOB=5 Jan 1970"}},
	{"a secret, a passport and a username in JSON or a form's key=value", "{\"email\":\"f.hakim@live.com\",\"otp\":\"482913\",\"user\":\"sinta.maharani\"} name=Peter Lawson; passport=X1234567; The OTP you sent is 847261", []string{"EMAIL=f.hakim@live.com", "SECRET=482913", "HANDLE=sinta.maharani", "PERSON=Peter Lawson", "PASSPORT=X1234567", "SECRET=847261"}},
	{"a phone's groups apart by stars", "DANA 0812*3456*7893; beli 2*3 pcs", []string{"PHONE=0812*3456*7893"}},
	{"a foreign mobile without its code after a phone's word, a PIN after 'mobile'", "Mobile 9845012345; Call me 9820012345; pin BCA mobile saya 998877; hubungi 1500888", []string{"PHONE=9845012345", "PHONE=9820012345", "SECRET=998877"}},
	{"a name spelled letter by letter", "nama saya B U D I  S A N T O S O, tolong dicatat; nama: J o h a n  S i r e g a r", []string{"PERSON=B U D I  S A N T O S O", "PERSON=J o h a n  S i r e g a r"}},
	{"a username after akun", "pada akun budi_h92; akun: hendri.wijaya88, password lama; di akun saya (yohanes.k) yang; akun BCA 1234567890", []string{"HANDLE=budi_h92", "HANDLE=hendri.wijaya88", "HANDLE=yohanes.k", "BANK_ACCOUNT=1234567890"}},
	{"a version is no IP address; a passport in brackets", "update your router firmware to 2.4.10.1 before; app v1.2.3.4 ok; IP 10.0.0.5; lost his passport (A09876543), police", []string{"IP=10.0.0.5", "PASSPORT=A09876543"}},
	{"a verb after a lowercase title is no name", "perumahan 3 uni terjual; kak dianti sudah; bu teresa sudah", []string{"ADDRESS=perumahan 3", "PERSON=dianti", "PERSON=teresa"}},
	{"a date of birth after TL", "Ny. Ratna Sari, TL 12/12/1960, Alamat; TL 5 orang", []string{"PERSON=Ratna Sari", "DOB=12/12/1960"}},
	{"a door's code, an OTP spaced around a dash", "villa code for the door is 4821; kode pintu 5521 ya; door code 7788; kode verifikasi: 9 1 8 - 2 7 3; pintu 3 rusak; promo code 7788", []string{"SECRET=4821", "SECRET=5521", "SECRET=7788", "SECRET=9 1 8 - 2 7 3"}},
	{"a North American phone in its usual form", "Text me: (415) 555\u20130132; harga (100) 200-3000", []string{"PHONE=(415) 555\u20130132"}},
	{"a NIK and an account with look-alike letters after their keywords", "NIK 32O1O12345670OO1; rek BRI 0l23-0l-0456789-50-2; BCA lOO rb", []string{"NIK=32O1O12345670OO1", "BANK_ACCOUNT=0l23-0l-0456789-50-2"}},
	{"a title that is a given name too, read with the name", "atas nama Ananda Prasetyo ya kak; pesanan untuk Umi Kalsum", []string{"PERSON=Ananda Prasetyo", "PERSON=Umi Kalsum"}},
	{"a security question's answer", "Pertanyaan keamanan: nama ibu kandung? Jawab: Sumarni", []string{"SECRET=Sumarni"}},
	{"a security question's answer in English, to the clause's end", "security Q: name of first school? Answer: St. Mary High School, thanks", []string{"SECRET=St. Mary High School"}},
	{"an FAQ's answer is no secret", "Pertanyaan: apakah bisa COD? Jawaban: bisa kak, untuk Jabodetabek.", nil},
	{"a payroll list of given names and amounts", "gaji bulan ini: Hendra 7.500.000, Rina 6.200.000", []string{"PERSON=Hendra", "PERSON=Rina"}},
	{"a list of given names and amounts after Rp, at the line's start", "Hendra Rp 500rb, Rina Rp 300rb, Joko Rp 250rb", []string{"PERSON=Hendra", "PERSON=Rina", "PERSON=Joko"}},
	{"an attendance list of given names", "Absen: Dimas sakit, Fitri cuti", []string{"PERSON=Dimas", "PERSON=Fitri"}},
	{"a stock list of flowers named like people is no list of names", "stok: Melati 2 pcs, Mawar 3 pcs", nil},
	{"a place in brackets between a phone's owner and the number", "kontak darurat Ani (Solo) 0813-2233-4455", []string{"PERSON=Ani", "PHONE=0813-2233-4455"}},
	{"a Korean name with its hyphenated given name", "tamu kami Kim Min-jun check in besok, reservasi Choi Yu-na", []string{"PERSON=Kim Min-jun", "PERSON=Choi Yu-na"}},
	{"a Korean name after a title", "Pak Kim Min-jun sudah sampai", []string{"PERSON=Kim Min-jun"}},
	{"a card's expiry", "kartu saya exp 08/27 cvv 123; CC 4111 1111 1111 1111 exp: 11/29", []string{"SECRET=08/27", "SECRET=123", "CARD=4111 1111 1111 1111", "SECRET=11/29"}},
	{"a card's expiry after valid thru and berlaku s/d", "valid thru 09/2028 untuk kartu BCA, kartu kredit berlaku s/d 08/27", []string{"SECRET=09/2028", "SECRET=08/27"}},
	{"a product's expiry is no card's", "susu UHT exp 08/27 stok 20 karton", nil},
	{"a promotion's end date is no card's expiry", "promo kartu kredit berlaku s/d 31/12/2026", nil},
	{"an apartment's unit with a tenant named anywhere in the line", "For the lease agreement please use: tenant Oliver Bennett, KITAS 2C11AB1234567, unit 12A", []string{"PERSON=Oliver Bennett", "GOVID=2C11AB1234567", "ADDRESS=unit 12A"}},
	{"an OTP after words that say which", "tolong kirim ulang OTP, yg tadi 482913 udh expired; kode OTP yg masuk 5521 tapi error", []string{"SECRET=482913", "SECRET=5521"}},
	{"a safe's PIN after the place it locks", "pin brankas toko 7788 lupa ganti", []string{"SECRET=7788"}},
	{"a count after OTP is no code", "kode OTP yang dikirim 3 kali tidak masuk; OTP, nanti saya kirim 2 menit lagi", nil},
	{"a student's NPM", "saya mahasiswa NPM 2106789012 mengajukan cuti akademik", []string{"GOVID=2106789012"}},
	{"an employee's number after 'employee number'", "my employee number 20190345, reimbursement Rp 450.000", []string{"GOVID=20190345"}},
	{"a patient's record after a bare RM", "saya pasien lama dengan RM 123456", []string{"GOVID=123456"}},
	{"a birth certificate's number", "akta kelahiran no 3174-LT-12052019-0045", []string{"GOVID=3174-LT-12052019-0045"}},
	{"a driver's ID", "driver ID DRV-0098812 tidak sopan", []string{"GOVID=DRV-0098812"}},
	{"a hajj pilgrim's number after 'porsi no'", "porsi no 1100234567 atas nama ibu saya", []string{"GOVID=1100234567"}},
	{"a version after npm, a restaurant's RM, a portion, a notary's deed", "npm 10.2.4; makan di RM Padang 2 porsi no 3; harga RM 150; akta notaris no 45 tahun 2020", nil},
	{"a phone spelled with chat's 'lapan'", "nomer wa aku kosong lapan satu tiga, dua dua empat empat, tujuh tujuh satu satu ya kak", []string{"PHONE=kosong lapan satu tiga, dua dua empat empat, tujuh tujuh satu satu"}},
	{"a phone spelled in English with 'oh' for zero", "call me at oh eight one two three four five six seven eight nine", []string{"PHONE=oh eight one two three four five six seven eight nine"}},
	{"a phone spelled in Sundanese", "nomor abdi nol dalapan hiji tilu opat lima genep tujuh dalapan salapan hiji", []string{"PHONE=nol dalapan hiji tilu opat lima genep tujuh dalapan salapan hiji"}},
	{"parking levels are no plates", "Parkir motor B2 dan mobil B3", nil},
	{"a plate without its letters after its keyword", "mobil B 1234 parkir di depan", []string{"PLATE=B 1234"}},
	{"a common word before ' @' is no address's local part", "Ikuti Instagram resmi kami di @tokoku.id; email resmi kami berdomain @tokoku.co.id", []string{"HANDLE=@tokoku.id", "HANDLE=@tokoku.co.id"}},
	{"a name before ' @ ' is an address's local part", "kirim ke andi @ yahoo.com", []string{"EMAIL=andi @ yahoo.com"}},
	{"a common word that is a given name after a title or 'nama'", "yang tanda tangan kontrak itu Bu Sabar atau Pak Adil ya? nama aku Kasih, mau nanya", []string{"PERSON=Sabar", "PERSON=Adil", "PERSON=Kasih"}},
	{"a title that is a name, said alone", "yg dapet arisan bulan ini Mbak Umi, transfernya ke BRI", []string{"PERSON=Umi"}},
	{"a common word after a title that goes on as a phrase", "Bu Bulan depan ya; Bu Kasih diskon dong; rek istri: Permata 0123456789", []string{"BANK_ACCOUNT=0123456789"}},
	{"a name in lowercase after 'atas nama' without a colon", "pesanan atas nama tegar ya kak", []string{"PERSON=tegar"}},
	{"a common word after 'atas nama' names no one", "pembayaran atas nama pribadi atau perusahaan? atas nama siapa kak? atas nama toko kami", nil},
	{"a family name with a letter past ASCII after I'm", "I'm Sophie Müller from the exchange programme", []string{"PERSON=Sophie Müller"}},
	{"a date of birth with its month in Roman numerals", "tanggal lahir anak saya 30-IX-2018 tolong diinput; lahir 5/XI/1990", []string{"DOB=30-IX-2018", "DOB=5/XI/1990"}},
	{"a meeting's date with its month in Roman numerals", "rapat tanggal 30-IX-2018 di kantor", nil},
	{"a street named with a common word before its number", "paket buat Ucok di Medan, Jl. Sei Batang Hari No. 77, tolong diasuransikan", []string{"PERSON=Ucok", "ADDRESS=Jl. Sei Batang Hari No. 77"}},
	{"a chain's shop named by its street is no one's address", "Drop point terdekat: Indomaret Jl. Pemuda, Alfamart Jl. Ahmad Yani", nil},
	{"a home near a chain's shop is an address", "rumah saya dekat Indomaret Jl. Pemuda No. 5", []string{"ADDRESS=Jl. Pemuda No. 5"}},
	{"a game account's ID before its server", "bang top up diamond 86 ke ID 5578123 server 2087 ya", []string{"GOVID=5578123"}},
	{"an ID before a server that is down", "ID 12345678 server lagi down", nil},
	{"given names the sixteenth hunt found missing", "driver Sukirman, please call; parents Andre & Silvia; kak ini tamu Irwan", []string{"PERSON=Sukirman", "PERSON=Andre", "PERSON=Silvia", "PERSON=Irwan"}},
	{"a common word that is a given name after a lowercase title, a verb after it", "kak Setia udah selesai belum ngerjain revisinya?", []string{"PERSON=Setia"}},
	{"a username of digits", "username 2210511077, tolong reset ya min", []string{"HANDLE=2210511077"}},
	{"a driver's ID after 'ID driver'", "Nama Sugianto, ID driver DRV-0098812", []string{"PERSON=Sugianto", "GOVID=DRV-0098812"}},
	{"a given name with an age in brackets", "Pendaftaran TPA: Aisyah (6 th) dan adiknya (4 th)", []string{"PERSON=Aisyah"}},
	{"a year after username, a guarantee in brackets", "username 2024 ganti; paket Indah (2 tahun) garansi", nil},
	{"a show or a work named by its performer or maker, a dish by a place's name", "Konser Raisa dan Tulus di GBK; Film \"Gundala\" karya Joko Anwar; Nasi Uduk Kebon Kacang Ibu Sum", nil},
	{"a given name after the person addressed and a comma, before a verb", "bu guru, Rina ga bisa ikut study tour; kak, Dimas udah transfer", []string{"PERSON=Rina", "PERSON=Dimas"}},
	{"a common word after the person addressed", "kak, Indah sekali bajunya; min, Senin bisa?", nil},
	{"Chinese-Indonesian names with no keyword", "undangan Tjhin Mei Fung & Ong Bing Siang; Data pemilik motor: LIE FUNG TJEN; Kwee Siu Lan kamar 215", []string{"PERSON=Tjhin Mei Fung", "PERSON=Ong Bing Siang", "PERSON=LIE FUNG TJEN", "PERSON=Kwee Siu Lan"}},
	{"a brand that starts like a Chinese family name", "The Body Shop promo; Go Food Sen Ling", nil},
	{"a company's role mailboxes, and a role's local part at a free mail provider", "hubungi cs@tokoku.id atau sales2@ptmaju.co.id; noreply@shopee.co.id; email saya cs@gmail.com", []string{"EMAIL=cs@gmail.com"}},
	{"a peserta list whose next item follows a name", "peserta:o, Rina $udi Santoso, Rina", []string{"PERSON=Santoso"}},
	{"a Riot ID, a guarantor and a witness", "RiotID: SakuraBlade#SEA1; penjamin Cahaya Putri; saksi: Bambang Sutejo; saksi mata melihat; penjamin emisi efek", []string{"HANDLE=SakuraBlade#SEA1", "PERSON=Cahaya Putri", "PERSON=Bambang Sutejo"}},
	{"a vCard's one-word name", "BEGIN:VCARD\nFN:Sukarti\nTEL:081234567890\nEND:VCARD; fn main() {}", []string{"PERSON=Sukarti", "PHONE=081234567890"}},
	{"a passport's second MRZ line", "P<IDNSANTOSO<<BUDI<<<<<<<<<<<<<<<<<<<<<<<<<<<\nB1234567<3IDN8501019M2801016<<<<<<<<<<<<<<02", []string{"PASSPORT=P<IDNSANTOSO<<BUDI<<<<<<<<<<<<<<<<<<<<<<<<<<<", "PASSPORT=B1234567<3IDN8501019M2801016<<<<<<<<<<<<<<02"}},
	{"a code that came by SMS", "Kode yg masuk 918273, jangan disebar; kodenya yg masuk: 4412; pintu masuk 2; yg masuk 5 orang", []string{"SECRET=918273", "SECRET=4412"}},
	{"a password right after its e-mail", "rina.w@gmail.com / Rahasia123; budi@yahoo.com:qwerty88; budi@gmail.com / hubungi; email dewi@gmail.com: sudah aktif", []string{"EMAIL=rina.w@gmail.com", "SECRET=Rahasia123", "EMAIL=budi@yahoo.com", "SECRET=qwerty88", "EMAIL=budi@gmail.com", "EMAIL=dewi@gmail.com"}},
	{"a name before the handle that spells it; a brand before its own", "leader Yudha @yudha.esport; Rina Kartika (@rinakartika) juara 1; follow Toko Maju @tokomaju; Kopi Kenangan @kopikenangan.id; JNE @jne_id", []string{"PERSON=Yudha", "HANDLE=@yudha.esport", "PERSON=Rina Kartika", "HANDLE=@rinakartika", "HANDLE=@tokomaju", "HANDLE=@kopikenangan.id", "HANDLE=@jne_id"}},
	{"a birth date as a form's parts, day first", "lahir tgl 5 bln 11 th 1993 di Klaten; kirim tgl 5 bln 11 th 2024", []string{"DOB=5 bln 11 th 1993 di Klaten"}},
	{"JSON's quoted name after \"nama\"", `{"nama":"Sukarti","hp":"0812-3456-7890"} {"nama": "Paiman Wiryo", "umur": 40} {"nama":"Toko Maju"}`, []string{"PERSON=Sukarti", "PHONE=0812-3456-7890", "PERSON=Paiman Wiryo"}},
	{"a table's column of names under its header", "nama,hp,alamat\nPaiman,081234567890,Jl. Melati 5\nSukarti,085712345678,Gg. Mawar 3\n\n| Nama Lengkap | Kota |\n|---|---|\n| Tukiyem Wiryo | Klaten |", []string{"PERSON=Paiman", "PHONE=081234567890", "ADDRESS=Jl. Melati 5", "PERSON=Sukarti", "PHONE=085712345678", "ADDRESS=Gg. Mawar 3", "PERSON=Tukiyem Wiryo"}},
	{"a price list's name column", "nama,harga,stok\nNasi Goreng Spesial,25000,10\nnama produk;qty\nKaos Polos;2", nil},
	{"a roster of Javanese given names", "Paiman, Sukarti, Wagiyo sudah bayar iuran", []string{"PERSON=Paiman", "PERSON=Sukarti", "PERSON=Wagiyo"}},
	{"a Papuan name before a phone", "Yohanis Wenda 0896-1234-5678; salmon fillet 200gr", []string{"PERSON=Yohanis Wenda", "PHONE=0896-1234-5678"}},
	{"a utility's customer and meter numbers typed in groups", "id plg 5321 1234 5678 kok naik; id plgn sy 32 1234 5678 90; no meter 14 2345 6789 0; meteran no 45012398765; meteran air bocor 2 hari; meter 3 harga 20000", []string{"GOVID=5321 1234 5678", "GOVID=32 1234 5678 90", "GOVID=14 2345 6789 0", "GOVID=45012398765"}},
	{"a keyword after a name ends it", "nama sy Ujang Sutisna id pel 5311 0045 6781; klaim a/n bpk sugeng polis 7712003456", []string{"PERSON=Ujang Sutisna", "GOVID=5311 0045 6781", "PERSON=sugeng", "GOVID=7712003456"}},
	{"a PIN or a password a few chat words after its keyword", "pin m-banking sy 112233 ketauan; pin sy buat ambil paket di loker 738291; pass lama kalo gk salah Rina@2023; password udh sy ganti ke Qwerty!2024; password sy lupa, tolong reset; pin salah 3x keblokir", []string{"SECRET=112233", "SECRET=738291", "SECRET=Rina@2023", "SECRET=Qwerty!2024"}},
	{"a passport after 'paspor sy'", "paspor sy C4521876 exp 2029; nomor paspor lama sy A 4433221 hilang; paspor sy hilang", []string{"PASSPORT=C4521876", "PASSPORT=A 4433221"}},
	{"the birth date a correction names", "tgl lahir harusnya 04-11-1999 bukan 11-04-1999; tgl lahir 1978-03-09 tp di sistem jd 09-03-1987; lahir 12-03-1990 bukan tanggal 20-05-2024", []string{"DOB=04-11-1999", "DOB=11-04-1999", "DOB=1978-03-09", "DOB=09-03-1987", "DOB=12-03-1990"}},
	{"a medical record's, a vaccine card's number, a patient's lowercase rm", "medical record no 772341; pasien rawat jalan, dicatat di rm 118273; kartu vaksin no ICV-2024-0012345; vaksin no 2; record no 5", []string{"GOVID=772341", "GOVID=118273", "GOVID=ICV-2024-0012345"}},
	{"a user ID after three fillers", "user id klikbca sy ANDISAP1234 keblokir; user id sy error", []string{"HANDLE=ANDISAP1234"}},
	{"the chat title that opens a message, then a topic", "kak aplikasi PLN Mobile error\nkak premi asuransi mobil brp?\nkak magang di bumn ada uang saku?\nkak rina, paketnya udah sampai", []string{"PERSON=rina"}},
	{"a capitalised name after 'nama' before a field's word or a verb", "tas ketinggalan, nama Galang hp +6281298765432; seller nipu: nama Hengky ngaku toko resmi; nama Toko sudah ganti", []string{"PERSON=Galang", "PHONE=+6281298765432", "PERSON=Hengky"}},
	{"a driver named after the app", "driver grab Yusril nopol B 3105 TRX; kurir shopee Anton tadi dateng; driver grab Car mahal; kurir jne Express lambat", []string{"PERSON=Yusril", "PLATE=B 3105 TRX", "PERSON=Anton"}},
	{"a haji's title in lowercase", "suami h. Zainuddin; lihat h. 5 ya; h. Senin libur", []string{"PERSON=Zainuddin"}},
	{"chat's 'dr' for 'dari' before a place, and a connection's power after 'token'", "rs terdekat dr Stasiun Manggarai; periksa ke dr Andi; listrik token 1300 VA, 900rb/bln; token listrik 1234 5678 9012 3456 7890", []string{"PERSON=Andi", "SECRET=1234 5678 9012 3456 7890"}},
	{"a full stop after a dish's word ends its sentence", "Nasi Bakar. almarhum Suparno b Siti Aisyah. RS. Budi Asih", []string{"PERSON=Suparno", "PERSON=Siti Aisyah"}},
	{"a Batak woman's clan after Br, in title case and in capitals", "Mariani Br Ginting sudah transfer, ROSMA BR. SIREGAR 0812-3456-7890", []string{"PERSON=Mariani Br Ginting", "PERSON=ROSMA BR. SIREGAR", "PHONE=0812-3456-7890"}},
	{"a Balinese banjar after Br is an address still", "alamat Br. Dangin Puri, Denpasar", []string{"ADDRESS=Br. Dangin Puri, Denpasar"}},
	{"a Chinese name whose given syllable is a word", "atas nama Tan Kok Wei sudah transfer", []string{"PERSON=Tan Kok Wei"}},
	{"teh before a Sundanese given name, not before a tea", "teh Ririn mau tanya, beli teh Botol 2 krat, Kopi Susu, Teh Tarik", []string{"PERSON=Ririn"}},
	{"Yth before a name in capitals, not before an office", "Yth SUHERMAN, tagihan jatuh tempo. Yth. HRD PT Maju Jaya. Yth Nasabah BCA", []string{"PERSON=SUHERMAN"}},
	{"a water bill's customer number, not water by the gallon", "tagihan air nomor 0013458 kok belum masuk, beli air 2 galon", []string{"GOVID=0013458"}},
	{"a customer's long number; a customer's code", "customer id 543219876543 tolong cek, Customer ID: CUST-00123", []string{"GOVID=543219876543", "GOVID=CUST-00123"}},
	{"a driver, a child picked up, a patient's swab: a common given name only", "drivernya dodi ga angkat, tolong jemput syifa jam 3, hasil swab gaby, jemput Bandara Soekarno Hatta, kurirnya Anteraja lama, hasil swab negatif", []string{"PERSON=dodi", "PERSON=syifa", "PERSON=gaby"}},
	{"given names of today's children in lowercase after a parent's word", "saya mamanya aira kelas 2b, dari Teddy ke Yunita", []string{"PERSON=aira", "PERSON=Teddy", "PERSON=Yunita"}},
	{"a chat title before a dish or a drink asks for it", "kak Kopi Kenangan Mantan masih ada? min Roti Sobek ready? kak Rina, Kopi Susu 2", []string{"PERSON=Rina"}},
	{"a notice or a receipt pasted after kak is no name", "ya kak Rekap transaksi counter Sari Cell, halo kak Riwayat Pengiriman SPX, sudah tf ya kak Pembuatan paspor Rp 650.000, kak Disewakan ruko, halo kak ALFAMART CIKARANG 94, kak Rina, paketnya?", []string{"PERSON=Rina"}},
	{"the birth date a NIK spells, in a KK's row and a KTP's line; another date stays", "| 2 | RETNO WULANDARI | 3113256712860018 | PEREMPUAN | JAKARTA TIMUR | 27-12-1986 | order 18-02-2024, EUIS KOMALASARI 3202285802750038 BANDUNG 18.02.1975", []string{"PERSON=RETNO WULANDARI", "NIK=3113256712860018", "DOB=27-12-1986", "PERSON=EUIS KOMALASARI", "NIK=3202285802750038", "DOB=18.02.1975"}},
	{"a name that starts with La Ode, Wa Ode or Said", "Penanggung jawab: La Ode Muh. Safaruddin (hubungan: istri), nama: Wa Ode Nurhaedah, Nama Ayah: Said Abdurrahman Baraqbah Nama Ibu: Siti Rahayu", []string{"PERSON=La Ode Muh. Safaruddin", "PERSON=Wa Ode Nurhaedah", "PERSON=Said Abdurrahman Baraqbah", "PERSON=Siti Rahayu"}},
	{"a name in capitals ends before the next field's label", "Nama : LILIS SURYANI NIP : 19931107 201802 2 012", []string{"PERSON=LILIS SURYANI", "GOVID=19931107 201802 2 012"}},
	{"a name alone after nama ends before the next field's label in capitals", "nama Herman Ayomi TTL Jayapura, 14-07-1990; nama Marojahan Sinaga NIK 3173051407900003; nama Toko Maju Jaya BCA", []string{"PERSON=Herman Ayomi", "DOB=Jayapura, 14-07-1990", "PERSON=Marojahan Sinaga", "NIK=3173051407900003"}},
	{"a field's label Nama after another field's colon is no name", "pasien: Nama : Herman Ayomi, memberikan kuasa kepada: Nama : Wartini", []string{"PERSON=Herman Ayomi", "PERSON=Wartini"}},
	{"a contact's name before a mobile number, not an office's", "Hubungi Meiske Wowor +62-811-7877-9083, hubungi Call Center 1500-888, hubungi CS kami di 0812-3456-7890", []string{"PERSON=Meiske Wowor", "PHONE=+62-811-7877-9083", "PHONE=0812-3456-7890"}},
	{"whose a car is: a common given name after punya", "mobil B 1234 XYZ punya Sitti Hajerah parkir depan ruko, saya punya 2 anak, punya Toko Maju", []string{"PLATE=B 1234 XYZ", "PERSON=Sitti Hajerah"}},
	{"a bank's notice: the account after the holder's name in capitals, WA ODE", "Transfer Berhasil BCA mobile Ke SONDANG PARDEDE 2280 2766 18 Rp 4.909.500; Ke WA ODE NURHAEDAH Bank BRI 907843966773 Jumlah", []string{"PERSON=SONDANG PARDEDE", "BANK_ACCOUNT=2280 2766 18", "PERSON=WA ODE NURHAEDAH", "BANK_ACCOUNT=907843966773"}},
	{"a contact person without a colon, an emergency contact, an e-mail's Cc, BIN in capitals", "contact person Jonggi Tambunan 0812-3456-7890; Kontak darurat: Fauziah Caniago (0812-3456-7891); Cc: Hasnawati <hasna@gmail.com>; Nama di paspor YUSRIL BIN YUSUF | No", []string{"PERSON=Jonggi Tambunan", "PHONE=0812-3456-7890", "PERSON=Fauziah Caniago", "PHONE=0812-3456-7891", "PERSON=Hasnawati", "EMAIL=hasna@gmail.com", "PERSON=YUSRIL BIN YUSUF"}},
	{"a document's title pasted after kak is no name", "kak SURAT IZIN MENGEMUDI C, kak KUTIPAN AKTA KELAHIRAN", nil},
	{"a code that came by SMS, not a promo's or a booking's code", "tadi ada sms kode 401690 dari BCA, kode promo HEMAT50, kode booking 8UPCF0N", []string{"SECRET=401690"}},
	{"a person's label of more words after Nama, not a shop's or a product's", "Nama Pelanggar: Suparman No. SIM: 123; Nama Kepala Keluarga : JEFFRY RONDONUWU Alamat; Nama Toko: Maju Jaya; Nama Produk : Kopi Susu", []string{"PERSON=Suparman", "PERSON=JEFFRY RONDONUWU"}},
	{"a bank's notice: the source of funds' holder, the destination account", "Sumber Dana MAROJAHAN SINAGA Mandiri - ****2984, Nomor Tujuan 0054-79-834036-11-3 Catatan; isi DANA 081234567890; dana darurat Rp 5 juta", []string{"PERSON=MAROJAHAN SINAGA", "BANK_ACCOUNT=0054-79-834036-11-3", "PHONE=081234567890"}},
	{"a title in a street's name, a form's column, SAID in capitals", "PENERIMA  SAID ABDULLAH ALKATIRI JL. KH MAS MANSYUR NO 12; alamat jl mas mansyur no 5; Jl. Mawar, Mas Budi", []string{"PERSON=SAID ABDULLAH ALKATIRI", "ADDRESS=JL. KH MAS MANSYUR NO 12", "ADDRESS=jl mas mansyur no 5", "ADDRESS=Jl. Mawar", "PERSON=Budi"}},
	{"a ticket's passenger after the age class", "Penumpang Dewasa CUT RAHMAH FITRI Kursi 12A, Penumpang Dewasa Rp 350.000", []string{"PERSON=CUT RAHMAH FITRI"}},
	{"a couple after a wedding's word, not a wedding's package", "The Wedding of Suparman & Hasnawati; undangan pernikahan Rina & Dimas; paket Wedding Gold & Silver", []string{"PERSON=Suparman", "PERSON=Hasnawati", "PERSON=Rina", "PERSON=Dimas"}},
	{"a student's or an employee's number after No. Induk, the NIK after Nomor Induk Kependudukan", "No. Induk : K256242, Nomor Induk 20201234, nomor induk kependudukan 3173051407900003, no induk 12", []string{"GOVID=K256242", "GOVID=20201234", "NIK=3173051407900003"}},
	{"an account holder typed in lowercase before the bank", "refund ke ahmad hamid bahasuan bri 0123 0100 4567 509, tf ke adik saya bca 1234567890", []string{"PERSON=ahmad hamid bahasuan", "BANK_ACCOUNT=0123 0100 4567 509", "BANK_ACCOUNT=1234567890"}},
	{"a scan's B for 8 and S for 5 between digits, a NISN with O for 0", "TELP:O81326B8454, hp 081234S67890, NISN : O069794677, SKU 12B45678", []string{"PHONE=O81326B8454", "PHONE=081234S67890", "GOVID=O069794677"}},
	{"a driving licence's numbered fields: the name, where and when born, the address, the number after POLDA", "SIM A 1. RAHMAT HIDAYAT 2. BANDUNG, 12-03-1985 3. PRIA 4. JL. MAWAR NO 5 RT 01 RW 02 JAKARTA 5. SWASTA 6. POLDA JABAR 8501-0312-000456", []string{"PERSON=RAHMAT HIDAYAT", "DOB=BANDUNG, 12-03-1985", "ADDRESS=JL. MAWAR NO 5 RT 01 RW 02 JAKARTA", "GOVID=8501-0312-000456"}},
	{"a birth date spelled in words, before and after lahir, not a price", "pada tanggal sepuluh Juli dua ribu sembilan belas telah lahir AISYAH PUTRI RAMADHANI; lahir tanggal dua puluh lima Desember dua ribu dua puluh; beli dua Mei dua ribu rupiah", []string{"DOB=sepuluh Juli dua ribu sembilan belas", "PERSON=AISYAH PUTRI RAMADHANI", "DOB=dua puluh lima Desember dua ribu dua puluh"}},
	{"a hotel chain's name with a clan's district, a funeral home", "menginap di Aston Priority Simatupang 2 malam, jenazah di Rumah Duka Adi Jasa, tamu: bu Harris Simatupang", []string{"PERSON=Harris Simatupang"}},
	{"a customer after cust or a customer's tier, before what they ask; not the shop's own words", "cust BUDI RAHAYU komplain, refund Rp 50rb; pelanggan VIP Salim Baharun minta refund; costumer Hendra Wijaya request cancel; kustomer Rina (langganan lama) tanya stok; Cust lagi rame, customer baru 12 orang, pelanggan setia kami dapat diskon 10%", []string{"PERSON=BUDI RAHAYU", "PERSON=Salim Baharun", "PERSON=Hendra Wijaya", "PERSON=Rina"}},
	{"a birth date said aloud after its keyword: a two-digit year, or none", "tanggal lahir saya dua belas maret sembilan puluh tujuh ya kak; lahir tiga mei, kirim dua mei", []string{"DOB=dua belas maret sembilan puluh tujuh", "DOB=tiga mei"}},
	{"an e-mail address said aloud: et for at, underscore, digits in words", "email nya dewi et gmail dot com, budi underscore santoso at yahoo dot com, email saya andi dua tiga at gmail dot com; et cetera", []string{"EMAIL=dewi et gmail dot com", "EMAIL=budi underscore santoso at yahoo dot com", "EMAIL=andi dua tiga at gmail dot com"}},
	{"two words in lowercase after nama that read as a name, not a thing's name", "nama anastasia halim, mau tanya paket; nama barang kaos polos, nama toko maju jaya, nama bayi laki laki, nama kamu siapa", []string{"PERSON=anastasia halim"}},
	{"who works in a home, named after the word; a booking's name after under", "my maid Sumarsih has the key, our gardener, Warsito, will come, domestic helper Sumarni; booked under Tan Wei Ming; Helper Tools v2, cleaner 500 ml, under Bank Indonesia rules", []string{"PERSON=Sumarsih", "PERSON=Warsito", "PERSON=Sumarni", "PERSON=Tan Wei Ming"}},
	{"a title in title case before a brand's or a dish's word; a couple's second with a family name", "Mas Kopi buka jam 7, Kak Bika Ambon ready, pesan Si Kembar 2; Mas Budi tolong; Joko dan Budi Santoso Ibu Sum", []string{"PERSON=Budi", "PERSON=Joko", "PERSON=Budi Santoso", "PERSON=Sum"}},
	{"a team chat's mention of a group or a role, not a person's account", "@spv tolong cek, @team gudang stok habis, @all meeting jam 3, follow @budi_santoso ya", []string{"HANDLE=@budi_santoso"}},
	{"a family name in lowercase after a given name, not an everyday word", "suami saya hendrik wattimena yang ambil; dari dewi lumintang, mau tanya; aku rina kerja di bank; anak saya kevin sakit", []string{"PERSON=hendrik wattimena", "PERSON=dewi lumintang", "PERSON=rina", "PERSON=kevin"}},
	{"a JKN card's number without its keyword, not an order's", "klaim rawat inap (peserta 0007165563847), order 0001234567890", []string{"BPJS=0007165563847"}},
	{"Balinese gek and bung before a name; a Lombok plate whose letters read as a title; a PIN in brackets; a password after its Wi-Fi; a passport after ana", "Gek Ayu sudah ambil, bung Rizal besok; plat DR 762 Y; PIN lama (2834) sudah ganti; password Wi-Fi rumah saya P@ssmawar30; Paspor ana C 3876145; DR 5 menit, OTP (4 digit)", []string{"PERSON=Ayu", "PERSON=Rizal", "PLATE=DR 762 Y", "SECRET=2834", "SECRET=P@ssmawar30", "PASSPORT=C 3876145"}},
	{"a Balinese or a Butonese name in lowercase after its particle; English i made", "yang ambil i wayan sudarma ya, kirim ke ni luh putu, kurirnya la ode rahman sudah sampai, tanya i ketut; i made a mistake, i made sudarsana datang", []string{"PERSON=i wayan sudarma", "PERSON=ni luh putu", "PERSON=la ode rahman", "PERSON=i ketut", "PERSON=i made sudarsana"}},
	{"a name with Muhammad's or Abdul's short form inside, with no title before it", "Andi Muh. Arfan sudah konfirmasi, Siti Abd. Rahman juga; Andi Muh. Besok datang", []string{"PERSON=Andi Muh. Arfan", "PERSON=Siti Abd. Rahman", "PERSON=Andi Muh"}},
	{"a birthday's name in capitals, as a cake or a card writes it; not a country's or a wedding's", "Selamat ulang tahun SALOMINA, dari Husein; Happy birthday DEWI; ulang tahun RI ke 80, ulang tahun PERNIKAHAN ke-25, HAPPY BIRTHDAY TO YOU", []string{"PERSON=SALOMINA", "PERSON=Husein", "PERSON=DEWI"}},
	{"the head of a neighbourhood named after RT or RW; after a role, what the role does is no name", "Pak RT Budi datang, Bu RT Sumarni juga; Pak RT Bilang iuran naik; PAK MANTRI GANTIAN JAGA, Pak Mantri Joko datang; Pak RT 05", []string{"PERSON=Budi", "PERSON=Sumarni", "PERSON=Joko", "ADDRESS=RT 05"}},
	{"titles of pilgrims, churches, Muslim fellows, parents and Ambon's boys before one name; a pilgrimage's package is no name", "sy Haji Mukhlis ortu, PIC Vikaris Ester Tambunan, Penatua Yohanes, Akh Fauzan, Ummu Salamah, Papi Hengky, Mami Lenny, Nyong Rafael; paket Haji Plus 2025, Haji Furoda, biaya haji naik", []string{"PERSON=Mukhlis", "PERSON=Ester Tambunan", "PERSON=Yohanes", "PERSON=Fauzan", "PERSON=Salamah", "PERSON=Hengky", "PERSON=Lenny", "PERSON=Rafael"}},
	{"a lorong (an alley) inside a street's address", "antar dari Jl. Ahmad Yani Lr. Karya No. 9 Palembang ke bandara; alamat Jl. Soekarno Hatta Lrg. Melati bener ga?", []string{"ADDRESS=Jl. Ahmad Yani Lr. Karya No. 9 Palembang", "ADDRESS=Jl. Soekarno Hatta Lrg. Melati"}},
	{"a tea's flower after teh and a burger after Aa are products", "untuk Teh Melati kemasan 250 gr, Teh Sari Wangi 1 dus, Aa Burger menu baru; Teh Rina datang, Aa Asep juga", []string{"PERSON=Rina", "PERSON=Asep"}},
	{"a title in an alley's name after its Gg. inside a longer address, before its RT", "objek Jl. Raya Bogor Km 28 Gg. Haji Saman RT 06/RW 04, Cimanggis; Jl. Raya Bogor Km 28 Gg. Pak Saman RT 06", []string{"ADDRESS=Jl. Raya Bogor Km 28 Gg. Haji Saman RT 06/RW 04, Cimanggis", "ADDRESS=Jl. Raya Bogor Km 28 Gg. Pak Saman RT 06"}},
	{"a name no list knows in lowercase after aku or sy, before a comma or what people say next; not a state, a feeling or a short form", "kak aku anggi, paket aku blm sampe; halo, sy markonah, kurirnya nyasar; aku ciciliaa calon pengantin; aku icha mau tanya; aku galau, mau tanya; saya sndiri mau; aku jga mau tanya; aku bingung, gimana; saya menunggu, kak; aku happy mau pesan lagi", []string{"PERSON=anggi", "PERSON=markonah", "PERSON=ciciliaa", "PERSON=icha"}},
	{"a name of two words after a customer's or a tenant's word, before an everyday word", "penyewa Cornelius Lengkong jaminan KTP; Data pelanggan Theodorus Tambunan perlu diperbarui; pelanggan Setia Abadi menang undian", []string{"PERSON=Cornelius Lengkong", "PERSON=Theodorus Tambunan"}},
	{"a holder's name in lowercase after an without its dots, after an account and its bank in brackets", "norek: 0987 6543 21 (BCA) an hendro wibowo utk refund ya kak; VA 8808123456789012 an toko maju", []string{"BANK_ACCOUNT=0987 6543 21", "PERSON=hendro wibowo", "VA=8808123456789012"}},
	{"a name in lowercase that signs a message after ttd; not what is signed or how", "tolong telpon dulu sebelum antar ya. ttd winarti\nttd, budi santoso\nttd di atas materai\nttd kepala sekolah\nttd basah ya\nttd materai", []string{"PERSON=winarti", "PERSON=budi santoso"}},
	{"a courier's or a driver's name no list knows, before what the person did; not the courier's company or service", "kurir Joni tadi nelpon, kurir joni tadi bilang; kurir Ninja tadi datang, kurir SiCepat sudah datang, driver Maxim bilang, kurir baru datang, teknisi AC sudah datang, kurir reguler tadi", []string{"PERSON=Joni", "PERSON=joni"}},
	{"given names hunt 22 found unknown", "mau daftarin Darren sama Dylan ke les; penerima seharusnya Natasya; kurir Joni; yg minum Hafizah", []string{"PERSON=Darren", "PERSON=Dylan", "PERSON=Natasya", "PERSON=Joni", "PERSON=Hafizah"}},
	{"a titled street before its alley's Gg.", "kos putri di Jalan Dr. Setiabudi Gg. Bapak Eni No. 12 Bandung, masih ada?", []string{"ADDRESS=Jalan Dr. Setiabudi Gg. Bapak Eni No. 12 Bandung"}},
	{"the first of a pair whose second is a name found, before dan, sama or &, also past a bracket; not a place, a day or a bank", "2 org: Tigor sama Butet. Saksi: Suhendar (NIK 3201050304700005) dan Endang Kusnadi. Bank Mandiri dan Budi Santoso; Jakarta dan Rina Wati; Senin dan Joko datang", []string{"PERSON=Tigor", "PERSON=Butet", "PERSON=Suhendar", "NIK=3201050304700005", "PERSON=Endang Kusnadi", "PERSON=Budi Santoso", "PERSON=Rina Wati", "PERSON=Joko"}},
	{"a family named after keluarga; whose employee, between; a customer's name in lowercase; a name before a bracket or an ampersand after a field's word", "buat keluarga Surya Dharma, acara keluarga Op. Sinaga; program Keluarga Berencana, keluarga Besar kami, keluarga Indonesia; pegawai kami Rusli (BPJS); dari pelanggan dwi handoko, di mutasi; pelanggan baru dapat diskon; contact fauzan@mail.com; pengantin Rifki Chaniago & Uni Nadia", []string{"PERSON=Surya Dharma", "PERSON=Sinaga", "PERSON=Rusli", "PERSON=dwi handoko", "EMAIL=fauzan@mail.com", "PERSON=Rifki Chaniago", "PERSON=Nadia"}},
	{"a common given name that is a word too, with a family name after it; the second of a pair in lowercase", "aku intan permatasari mau apply; anak saya indah sekali; aku rahma & dinda mau sesi berdua; aku rahma dan ibu datang", []string{"PERSON=intan permatasari", "PERSON=rahma", "PERSON=dinda", "PERSON=rahma"}},
	{"Buton's La and Wa alone before a name, not WhatsApp's WA; a common given name in lowercase before an age", "pengirim Wa Ina, penerima Wa Ode Nurhayati; WA Budi 0812, Wa Admin toko; barista? nadya 21 th, pengalaman 1 thn; budi 2 pcs", []string{"PERSON=Wa Ina", "PERSON=Wa Ode Nurhayati", "PERSON=nadya"}},
	{"a neighbourhood's own hall or post is no one's address", "posyandu di Balai RW 03, rapat di Balai Warga RW 07, jaga pos ronda RT 04; rumah saya Jl. Mawar RT 03 RW 05", []string{"ADDRESS=Jl. Mawar RT 03 RW 05"}},
	{"a name of two words after contact, before an English word", "Please contact Jane Doe at jane.doe@example.com", []string{"PERSON=Jane Doe", "EMAIL=jane.doe@example.com"}},
	{"hunt 23: a name alone that ends its sentence after nama; a form's name before its slash; a secret after the device it opens; a name with an apostrophe; aku's name before its full stop or its number", "nama Sartono. ini sudah benar? form: nama Chika Ramadhanti / tgl lahir 30/01/2001; pin hp 071196, password windows raihan1712; pemohon Rifa'i Hasyim, KK; sy syahla. tolong; sy rosidah no 0822 3311 9054", []string{"PERSON=Sartono", "PERSON=Chika Ramadhanti", "DOB=30/01/2001", "SECRET=071196", "SECRET=raihan1712", "PERSON=Rifa'i Hasyim", "PERSON=syahla", "PERSON=rosidah", "PHONE=0822 3311 9054"}},
	{"a couple no list knows, joined by &, on a card or a booking; not a brand, a saying, a street or a flower", "prasmanan nikahan Fikar & Nadine 300 porsi; \"Happy Wedding Yudis & Ayunda, from …\"; pengantin Hendy & Clarita, jemput; beli Dolce & Gabbana, Johnson & Johnson, Salt & Pepper, Marks & Spencer Indonesia, Jl. Mawar & Melati, Syarat & Ketentuan", []string{"PERSON=Fikar", "PERSON=Nadine", "PERSON=Yudis", "PERSON=Ayunda", "PERSON=Hendy", "PERSON=Clarita"}},
	{"in a numbered list with one name found, the other items' names of two words or more", "Daftar jamaah: 1) Maryati Sunarto 2) Tohir Rangkuti 3) Rosmala Daulay. kumpul; 1. Budi Santoso 2. Kopi Susu 3. Teh Manis", []string{"PERSON=Maryati Sunarto", "PERSON=Tohir Rangkuti", "PERSON=Rosmala Daulay", "PERSON=Budi Santoso"}},
	{"Sasak's Amaq, Malay's mak and the short cece before a name; a Taiwan resident card after ARC; a French passport's digits and letters", "Porter Amaq Sahnun; atas nama mak Ramlah, cek ya; booking ce Vonny; ARC no A900123456; Sophie Laurent (passport 22AB18734); CE Mark certified", []string{"PERSON=Sahnun", "PERSON=Ramlah", "PERSON=Vonny", "GOVID=A900123456", "PERSON=Sophie Laurent", "PASSPORT=22AB18734"}},
	{"from one person found to another after ke, not to a place", "surat kuasa jual mobil dari Albert Tambayong ke Chris Polii, BPKB; kirim dari Budi Santoso ke Bandung Barat", []string{"PERSON=Albert Tambayong", "PERSON=Chris Polii", "PERSON=Budi Santoso"}},
	{"a neighbourhood's shared internet, group, residents or news are no one's address", "RT/RW net iuran Rp 100.000/bulan; [Grup RT 07] Kerja bakti; warga RT 05 kerja bakti; Info dari kelurahan: pembuatan KTP elektronik; Kelurahan: Sukamaju", []string{"ADDRESS=Kelurahan: Sukamaju"}},
	{"the holder's name right before an Indonesian identity number's keyword; not a verb, a nationality or a firm", "bansos: 1. Kasiyem NIK 3372046001550003 2. Sugiman NIK 3372042203600001; ini datanya: Rosnawati, NIK 1371066410600003; rekan kerja Gerardus Lamak, NIP 197902142006041005; Scan KTP 3171234567890001; my Australian TFN is 123 456 782", []string{"PERSON=Kasiyem", "NIK=3372046001550003", "PERSON=Sugiman", "NIK=3372042203600001", "PERSON=Rosnawati", "NIK=1371066410600003", "PERSON=Gerardus Lamak", "GOVID=197902142006041005", "NIK=3171234567890001", "GOVID=123 456 782"}},
	{"the word after username is the account's, past the system's name; not a chat word", "username zahranamf, password Zahrana_0812; username PPPoE wiryo_s31, password w1ry0!31; username atau password salah; username sudah benar", []string{"HANDLE=zahranamf", "SECRET=Zahrana_0812", "HANDLE=wiryo_s31", "SECRET=w1ry0!31"}},
	{"who this is after the person addressed; Ibunda before a name; a grave names who lies there; a name in brackets after a phone's number", "Hi teacher, this is Priscilla Wongso, mother of Ethan; meninggalnya Ibunda Chodijah Mansyur; makam Oma Pauline Lengkey; ziarah ke Makam Sunan Kalijaga; contact 0812 3500 7624 (Merlyn), kantor 0812 3500 7625 (Kantor)", []string{"PERSON=Priscilla Wongso", "PERSON=Ethan", "PERSON=Chodijah Mansyur", "PERSON=Pauline Lengkey", "PHONE=0812 3500 7624", "PERSON=Merlyn", "PHONE=0812 3500 7625"}},
	{"the extended family named after Keluarga Besar; not its alumni", "from Keluarga Besar Surbakti; dari Keluarga Besar Alumni SMAN 3", []string{"PERSON=Surbakti"}},
	{"a given name that is a word too, first before a given name that is none", "2 pax: Bayu Anggara dan Citra Kirana Putri. Kontak; beli Sari Roti; Indah Permata Hotel; Putri Ayu", []string{"PERSON=Bayu Anggara", "PERSON=Citra Kirana Putri"}},
	{"a name in capitals no list knows after a person's word in a message in lowercase; not a programme's acronym", "penerima LAM WAI MAN, HSBC acc; paspor suami sy MUHAMAD ROSYID habis; penerima BANSOS PKH bulan ini; penerima PAKET COD", []string{"PERSON=LAM WAI MAN", "PERSON=MUHAMAD ROSYID"}},
	{"chat's verb said twice after a denial is no secret; a password said so is", "Token listrik sy gak masuk2; password gw ga bisa2; password: bisa2; password gw rahasia2", []string{"SECRET=bisa2", "SECRET=rahasia2"}},
	{"a student's name before a NIM of a letter and digits", "mahasiswa Bimantara Pradana, NIM K2520033, orang tua Drs. Sunaryadi Wirodikromo", []string{"PERSON=Bimantara Pradana", "GOVID=K2520033", "PERSON=Sunaryadi Wirodikromo"}},
	{"the name that ends a message as its own sentence", "PIN saya kayaknya ketahuan orang. tolong bantu reset. Ferdiansyah Munthe", []string{"PERSON=Ferdiansyah Munthe"}},
	{"a single name that ends a message as its own sentence", "padahal saya sudah ikut BPJS suami. Saodah", []string{"PERSON=Saodah"}},
	{"a closing word that ends a message is no name", "Tolong dicek ya. Sekian", nil},
	{"a place that ends a message is no name", "Terima kasih banyak. Jakarta Selatan", nil},
	{"a contact person named after PIC, also whose or new between; not a department", "PT Sinar Abadi Teknik, PIC Hendarso Wiratmoko; PIC kami Stanislaus Hendratmo Pitoyo, sebelumnya; PIC baru Nenden Rosita (x); PIC Gudang sudah konfirmasi; PIC acara siapa?", []string{"PERSON=Hendarso Wiratmoko", "PERSON=Stanislaus Hendratmo Pitoyo", "PERSON=Nenden Rosita"}},
	{"whose child, between the family's word and the name", "anak kami Jeremy Sirait dirundung; untuk anak kami Alfatih Zhafran Rizqullah, acara; istri kami sudah datang", []string{"PERSON=Jeremy Sirait", "PERSON=Alfatih Zhafran Rizqullah"}},
	{"aku's unknown name in lowercase before who she is; a name with me- and a vowel is no verb", "aku meiliawati, NIK 6171054402960001; aku hasna maba Unair; aku sherin anak ilkom, mau gabung; aku menunggu, kak; aku melihat, ya", []string{"PERSON=meiliawati", "NIK=6171054402960001", "PERSON=hasna", "PERSON=sherin"}},
	{"a name that starts its sentence right before a phone's number or an e-mail address; a policy holder's; a KPJ's holder; a field's name before a verb", "mohon dicek. Sutoyo 0856 4102 7735; tinggi 172. Kaharuddin, 0852 5521 0087, domisili; Seminyak. Harriet Whitfield, hwhitfield@outlook.com; Hubungi kami. Customer Service 0812 3456 7890; pemegang polis Maruhum Marbun; pabrik. Tukiman, KPJ 20034781291; pembeli Setyo Raharjo dijadwalkan kapan", []string{"PERSON=Sutoyo", "PHONE=0856 4102 7735", "PERSON=Kaharuddin", "PHONE=0852 5521 0087", "PERSON=Harriet Whitfield", "EMAIL=hwhitfield@outlook.com", "PHONE=0812 3456 7890", "PERSON=Maruhum Marbun", "PERSON=Tukiman", "BPJS=20034781291", "PERSON=Setyo Raharjo"}},
	{"Bali's I and Ni start a name after a field's word", "kontrol ulang pasien I Kompyang Astawa, post operasi; pemegang polis Ni Kompyang Ariasih", []string{"PERSON=I Kompyang Astawa", "PERSON=Ni Kompyang Ariasih"}},
	{"Lombok's Lalu and Baiq before a name, also the second of a pair; lalu as then", "Saya Lalu Mustiadi dari Lombok; Amaq Sahnun sama Lalu Wiradana, orangnya; saya Baiq Nurul mau tanya; Lalu Kirim ke alamat", []string{"PERSON=Lalu Mustiadi", "PERSON=Sahnun", "PERSON=Lalu Wiradana", "PERSON=Baiq Nurul"}},
	{"a title's -nya typed apart before the name", "ini ibu nya Alyssa kelas 1C; tapi om nya, Gibran, mobil B 2231 NFA; bu nya Kapan datang?", []string{"PERSON=Alyssa", "PERSON=Gibran", "PLATE=B 2231 NFA"}},
	{"a booking's full name after under, whatever comes before; a parent's or a guardian's name", "I booked via Agoda under Matthias Hoffmann, booking ID 1187459203; receipt under Calvin Hartadinata; under Bank Indonesia rules; under New Management; parent Yessica Hartawan", []string{"PERSON=Matthias Hoffmann", "PERSON=Calvin Hartadinata", "PERSON=Yessica Hartawan"}},
	{"a name of several words said again, whole", "I'm Camille Rousseau from the French embassy, names on the list: Camille Rousseau.", []string{"PERSON=Camille Rousseau", "PERSON=Camille Rousseau"}},
	{"a common given name in lowercase that signs a message after an emoji", "besok sy ambil ya bu 🙏 rina", []string{"PERSON=rina"}},
	{"an everyday word after a closing emoji is no name", "ok 👍 siap", nil},
	{"after a noun, aku says whose, and the word after it is no name", "min asuransi, premi aku autodebet dari kartu; mas, motor aku vario plat", nil},
	{"after a friend's or a child's word, aku says whose, and a name follows", "2 org sama temen aku yasmin. udh transfer", []string{"PERSON=yasmin"}},
	{"a vehicle's model after whose it is, no name", "Bengkel, mobil saya Avanza B 1234 KZT mau servis; istri saya Rina datang", []string{"PLATE=B 1234 KZT", "PERSON=Rina"}},
	{"a code of four to eight digits some words after OTP, PIN or verifikasi; after kode where the text says it was sent; an offer's code is none", "kode verifikasi akun ruangbelajar anakku 903 114, ga bisa; pin absen sy kereset jd 000000? ok; kodenya 482913 yg masuk sms; td dikirim kode 7 7 3 0 1 9 tp udh expired", []string{"SECRET=903 114", "SECRET=000000", "SECRET=482913", "SECRET=7 7 3 0 1 9"}},
	{"no code: a product's", "kak yang kodenya 1023 ready?; tolong kirim barang kode 1023 warna merah", nil},
	{"no code: an offer's, a balance", "sy dapat kode voucher 5050 dari email; pin ATM saya keblokir padahal saldo 1500000", nil},
	{"a client's, a member's, a loan's, a registration's, a marriage book's, an access card's, a policy's number", "ID klien PSI-0923; anggota koperasi no KSP-0412; pinjaman no 7788123; no anggota 00237; member gold no MBR-00871; buku nikah no 0412/045/IX/2025; nomor registrasi 3201-LT-12012026-0045; kartu pelajar, nomor kartu 31-0422-0098; kartu akses sy nomor 0045-7781; policy no. LIFE-99127", []string{"GOVID=PSI-0923", "GOVID=KSP-0412", "GOVID=7788123", "GOVID=00237", "GOVID=MBR-00871", "GOVID=0412/045/IX/2025", "GOVID=3201-LT-12012026-0045", "GOVID=31-0422-0098", "GOVID=0045-7781", "GOVID=LIFE-99127"}},
	{"no person's number: a product's registration, a loan's amount, a family's size, a year", "no registrasi BPOM MD 224510012345; nomor registrasi produk 12345678; pinjaman 5 jt, tenor 12 bulan; anggota keluarga saya 4 orang; polis no 2024 aktif", nil},
	{"a region named alone is an area's; a business's head office, an event's place", "min, ongkir ke Kab. Bogor Kec. Cibinong berapa?; Posyandu Desa Sukamaju buka?; gangguan di Kec. Kramat Jati; Lokasi workshop di Jl. Jenderal Ahmad Yani Km 5 Banjarmasin ya?; kantor pusat di Jl. MH Thamrin No. 1 ya?", nil},
	{"a region where someone lives, or with a house in it, is an address", "rumah saya di Desa Sukamaju Kec. Cibinong; saya tinggal di Kel. Menteng\nkirim ke Desa Cibeureum RT 02 RW 03", []string{"ADDRESS=Desa Sukamaju Kec. Cibinong", "ADDRESS=Kel. Menteng", "ADDRESS=Desa Cibeureum RT 02 RW 03"}},
	{"a name after a dash that signs off, before a phone's number or at the text's end", "mohon dibantu ya kak. terima kasih banyak sebelumnya. -- Kurniawati Hadiningrat, 0821 9090 8080", []string{"PERSON=Kurniawati Hadiningrat", "PHONE=0821 9090 8080"}},
	{"a given name that is a word too after a dash that signs off", "Bu, kunci kamar sy hilang, kamar 3 lt 2. nanti sy ganti. – Ayu", []string{"PERSON=Ayu"}},
	{"bagus in lowercase is good, no name; after a dash, a word", "baju ini bagus banget - Cantik; harga 50rb - Murah", nil},
	{"a name as written and as it should be, after tertulis, harusnya, padahal; a given name alone in quotes after tulisannya", "slip gaji sy salah nama, tertulis \"Sugiarto\" harusnya \"Sugiharto\"; nama di KTP tertulis Sugiarto\ntertulis Sulastri padahal Sulastini\nyg tanda tangan tulisannya \"Sarah\". sy gak kenal", []string{"PERSON=Sugiarto", "PERSON=Sugiharto", "PERSON=Sugiarto", "PERSON=Sulastri", "PERSON=Sulastini", "PERSON=Sarah"}},
	{"no name written: a label's words in quotes, a price", "di label tertulis \"Made in China\"; harganya tertulis 50rb", nil},
	{"a name in capitals of two joined by a hyphen after a party's word", "cust WILHELMINA-ANGGRAINI ZR komplain; pasien SITI-AMINAH, umur 5", []string{"PERSON=WILHELMINA-ANGGRAINI ZR", "PERSON=SITI-AMINAH"}},
	{"a title's name after saya, past an abbreviation's full stop", "kelas coding buat anak SMP. Saya Bu Rosalina, WA 0815-7788-9900", []string{"PERSON=Rosalina", "PHONE=0815-7788-9900"}},
	{"a holder after an, past the bank and a comma; a given name that is a word too, alone to the clause's end", "tf ke 5230 8814 67 BCA, an Putra; rek BCA 5230881467 an Putra.", []string{"BANK_ACCOUNT=5230 8814 67", "PERSON=Putra", "BANK_ACCOUNT=5230881467", "PERSON=Putra"}},
	{"after a role in lowercase, an acronym is its service's, a name in capitals a name", "Halo admin PPOB, sy td beli token; halo admin BPJS mau tanya\nhalo admin ANTO", []string{"PERSON=ANTO"}},
	{"the second of a pair, one word that could be a name to the clause's end", "nama pengantin Ayu dan Randi; untuk Rina dan Kawan-kawan; Pak Budi dan Istri; Bu Sari dan Jakarta", []string{"PERSON=Ayu", "PERSON=Randi", "PERSON=Rina", "PERSON=Budi", "PERSON=Sari"}},
	{"the name on a receipt, a slip, a label after nama", "nama pelanggan di struk H SUBROTO; nama di resi Budi Santoso; nama di slip gaji salah", []string{"PERSON=SUBROTO", "PERSON=Budi Santoso"}},
	{"a name after a comma at the text's end, where its sentence said I", "sy yg nerima, Felix", []string{"PERSON=Felix"}},
	{"a name after a comma at the text's end, where its sentence said I, past an earlier sentence", "bilang aja saya ga ada ya. Sy kamar 4, Anita", []string{"PERSON=Anita"}},
	{"no name after a comma at the text's end: a thing, a place, a title", "saya mau pesan 2, Ayam\nsaya tinggal di Bandung, Jakarta\nsy tunggu ya, Kak", nil},
	{"a password after chat's hedges", "passwordnya kayaknya Rudi@1985; pw wifi rumah saya kan Bintang123 ya kak", []string{"SECRET=Rudi@1985", "SECRET=Bintang123"}},
	{"no password after a hedge: a word", "password sih gampang kok; password dong kak", nil},
	{"the full name after lengkapnya, past a name found that is a word too", "kak, nama sy Kasih, lengkapnya Kasih Natalia, utk invoice", []string{"PERSON=Kasih", "PERSON=Kasih Natalia"}},
	{"any name that could be one before when and an absence, as a parent tells the school", "Mohon maaf bu, Aurel hari ini ijin ga masuk les\nBu, Kenzo besok izin ya", []string{"PERSON=Aurel", "PERSON=Kenzo"}},
	{"no name before an absence: a day, a place, a class", "Senin besok libur\nKantor hari ini tutup\nBu, Jumat besok sakit\nKelas hari ini izin", nil},
	{"a name in capitals after nama, to an apostrophe and a plate glued to it", "Nama KETUT'B 1234 ABC", []string{"PERSON=KETUT", "PLATE=B 1234 ABC"}},
	{"two common given names in lowercase joined that open a line, before what they do; a name addressed and asked", "bayu sm intan besok dtg ambil rapor ya bu\nrina dan budi sudah bayar\nIndah tolong bilangin ke bos, sy telat", []string{"PERSON=bayu", "PERSON=intan", "PERSON=rina", "PERSON=budi", "PERSON=Indah"}},
	{"no names joined: words, things; an adjective that opens a line", "indah sm mulia besok\nkopi sama gula besok\nIndah sekali pemandangannya", nil},
	{"a birth date after a person's sex in brackets", "Tertanggung: I Putu Gede Sanjaya (L), 12-12-2012. Mohon proses klaim; Peserta: Budi Santoso (L) 03/04/1990", []string{"PERSON=I Putu Gede Sanjaya", "DOB=12-12-2012", "PERSON=Budi Santoso", "DOB=03/04/1990"}},
	{"goods by their brand that is a name", "Toko kami mau pesan 100 karung beras Dewi Sri, ada stok?", nil},
	{"a list's items, names before their ages", "anak saya 3: Raka 10 th, Salsa 7 th, dan si bungsu Kenzo", []string{"PERSON=Raka", "PERSON=Salsa", "PERSON=Kenzo"}},
	{"a list's items, things before their years", "harga: Sepatu 10 th garansi; stok: Kopi 2 th; garansi: Mesin 2 thn", nil},
	{"after two names found apart by commas, one word that could be a name; not a place, a bank", "tim kami Andre, Bella, Chandra sudah datang; yang ikut Kevin, Nathan, Jakarta\nBudi, Rina, Mandiri", []string{"PERSON=Andre", "PERSON=Bella", "PERSON=Chandra", "PERSON=Kevin", "PERSON=Nathan", "PERSON=Budi", "PERSON=Rina"}},
	{"whose number it is, after the number's word", "Nomor intan 0812 3456 7890; nomor rizky 081234567890 kalo abang; hp Rina 081234567890", []string{"PERSON=intan", "PHONE=0812 3456 7890", "PERSON=rizky", "PHONE=081234567890", "PERSON=Rina", "PHONE=081234567890"}},
	{"no name between a number's word and the number: a relative, I, an office, a role", "no nenek 081234567890; no aku 081234567890; nomor kantor 021 5551234; WA Admin 081234567891", []string{"PHONE=081234567890", "PHONE=081234567890", "PHONE=021 5551234", "PHONE=081234567891"}},
	{"another name of a person found: after eh, alias, a slash, in brackets", "saya Yuki eh Yukiko Hasegawa, Japanese; sy Mama Abel... eh Laras; sy Ummu Salamah / Zahrotul Jannah, suami Ahmad; Nama Lingga Wijaya, alias Lingga Tanudjaja; pembeli sy ko Acong (Willy Tanjaya) minta", []string{"PERSON=Yuki", "PERSON=Yukiko Hasegawa", "PERSON=Abel", "PERSON=Laras", "PERSON=Salamah", "PERSON=Zahrotul Jannah", "PERSON=Ahmad", "PERSON=Lingga Wijaya", "PERSON=Lingga Tanudjaja", "PERSON=Acong", "PERSON=Willy Tanjaya"}},
	{"any name after ini, then who the person is; Javanese's and Sumatra's family words", "Bu, ini Ningsih maknya Bagus. Pak, ini Bonar yg ngontrak; bos ini Anto kurir. Hai mbak, ini Tommy dari IT. bapake Parno 0812345678", []string{"PERSON=Ningsih", "PERSON=Bagus", "PERSON=Bonar", "PERSON=Anto", "PERSON=Tommy", "PERSON=Parno", "PHONE=0812345678"}},
	{"no name after ini: a brand, a thing, a day", "ini Samsung yg baru ya; ini Kopi dari Aceh; ini Jumat mau ke sana", nil},
	{"a person's number with an institution: a student's, a medical record's, a registration's, a loan account's, a member's of four digits, after a name and ID or no", "anak sy (kls 8C, NIS 22.10.0471) dipalak; Her son Kevin (student ID ST-2023-0815) will; Nomor rekam medisnya RM-00821734, lahir; nomor pendaftaran PPDB-2025-03218. rekening pinjaman PJ-22-0781. Nomor anggota saya 0221. Saya Sinta, ID HR-7721. rekan Yoga Pratama (ID WH-0431) terbukti", []string{"GOVID=22.10.0471", "PERSON=Kevin", "GOVID=ST-2023-0815", "GOVID=RM-00821734", "GOVID=PPDB-2025-03218", "GOVID=PJ-22-0781", "GOVID=0221", "PERSON=Sinta", "GOVID=HR-7721", "PERSON=Yoga Pratama", "GOVID=WH-0431"}},
	{"no person's number: a date with dots, a product's registration, a fee, a year, an order's number after a name", "tanggal 22.10.2024; no pendaftaran BPOM 12345678; biaya pendaftaran Rp 150.000; no anggota 2019 aktif\nPak Budi, no order INV-123", []string{"PERSON=Budi"}},
	{"a business's own place, a region's office, a parcel's region, a public figure by office, a firm, a train, a shop named after a person", "Apotek kami di Jl. Gatot Subroto Kav. 12 buka 24 jam\nTes masuk setiap Sabtu di kampus Jl. Raya Bogor KM 21.\nhotel kami di kawasan Jl. Malioboro No. 52 menyediakan kamar\nSelamat siang kak, Toko Bintang Jaya di Jl. Ahmad Yani No. 120 jual semen\nini betul Kantor Kecamatan Cibinong?\nBisa dikirim ke luar kota seperti Kab. Karawang?\nPak Presiden Prabowo kemarin meresmikan\nlayanan pelanggan Telkomsel. Untuk keluhan\nuntuk penumpang: Kereta Api Taksaka tujuan Yogyakarta\ndaftar kelas di Sekolah Tata Boga Bu Sisca. Kelas kue", nil},
	{"a home's address after a shop's name in its own clause; a person's home", "saya kerja di Toko Maju, rumah saya di Jl. Melati No. 5\nkirim ke rumah Bu Sari di Jl. Melati No 5", []string{"ADDRESS=Jl. Melati No. 5", "PERSON=Sari", "ADDRESS=Jl. Melati No 5"}},
	{"a list's names with their ages in brackets; a list's last name after sama", "sekolah minggu: Gloria (8), Elshadai (6), dan Timothy Mandagi (4). Kostum malaikat 2\n3 groomsmen: Kevin Halim, Jason Wu, sama Bryan Sutanto. Bryan ukuran XXL.", []string{"PERSON=Gloria", "PERSON=Elshadai", "PERSON=Timothy Mandagi", "PERSON=Kevin Halim", "PERSON=Jason Wu", "PERSON=Bryan Sutanto", "PERSON=Bryan"}},
	{"a list's things with counts in brackets", "harga: Sepatu (2), Kaos (3); stok: Kopi (12), Gula (5)", nil},
	{"whom one marries", "baru menikah dengan Ester Yikwa. Kami tinggal; nikah sama Rina Wulandari bulan depan; married to John Smith last year", []string{"PERSON=Ester Yikwa", "PERSON=Rina Wulandari", "PERSON=John Smith"}},
	{"no one married: a custom", "nikah dengan Adat Jawa\nAdat Jawa", nil},
	{"a buyer's or a customer's username after the party's word", "ada buyer Ratna_Sari_99 marah2 di chat; mau ngaduin buyer hendra.gunawan.77 yg pake voucher; customer rina.lestari minta refund; customer budi.s@gmail.com minta; pelanggan setia.", []string{"HANDLE=Ratna_Sari_99", "HANDLE=hendra.gunawan.77", "HANDLE=rina.lestari", "EMAIL=budi.s@gmail.com"}},
	{"the relatives' field with whose they are; in capitals, a name no list knows after a relative's word", "Anak-anak beliau: Ramlan, Tiurlan, dan Rosdiana. Kontak\nanak-anak: Bima dan Sakti\nKTP ISTRI SAYA SUMIYATI HILANG WAKTU DI PASAR", []string{"PERSON=Ramlan", "PERSON=Tiurlan", "PERSON=Rosdiana", "PERSON=Bima", "PERSON=Sakti", "PERSON=SUMIYATI"}},
	{"in capitals, chat after a relative's word", "ANAK SAYA SAKIT HARI INI\nSUAMI SAYA PULANG BESOK", nil},
	{"passports: a list after numbers, a second one after whose it is, a holder's name in lowercase first", "Passport numbers: C4F8R2J71, C4F8R2K09. Contact; My passport X1234567, his C 7732118. We; paspor ziva E 1122904 udh ada; paspor lama E 1122905", []string{"PASSPORT=C4F8R2J71", "PASSPORT=C4F8R2K09", "PASSPORT=X1234567", "PASSPORT=C 7732118", "PERSON=ziva", "PASSPORT=E 1122904", "PASSPORT=E 1122905"}},
	{"a group's head; witnesses after their field; children with their ages in brackets", "Ketua rombongan Faigi Zebua, 0812345678. Beberapa\nSaksi: Wartono dan Ipul. Saya\nmy wife Anna, and kids Lukas (9) and Mia (6). Passport", []string{"PERSON=Faigi Zebua", "PHONE=0812345678", "PERSON=Wartono", "PERSON=Ipul", "PERSON=Anna", "PERSON=Lukas", "PERSON=Mia"}},
	{"no group's head: a class; no child: a thing with its count", "ketua kelas 5B; beli kaos (2) dan Celana (3)", nil},
	{"whose number it is in brackets after it; a doctor after a clinic's word; a title after a room's word", "pake hp temen 0812 3456 7890 (hp nya Ardi); udh diperiksa di klinik dr. Farid. sy minta; pipa air di depan kamar Pak Slamet bocor lagi", []string{"PHONE=0812 3456 7890", "PERSON=Ardi", "PERSON=Farid", "PERSON=Slamet"}},
	{"a room's name, a shop named after a person", "Kamar Melati sudah dibersihkan; Bakso Pak Kumis enak", nil},
	{"a list's names each with its role in brackets", "Pengurus: Yosef Manalu (ketua), Lely Panjaitan (sekretaris). Kontak; Panitia: Budi (ketua), Rina (bendahara), Joko (sekretaris)\nBu Rina, Manager (baru)", []string{"PERSON=Yosef Manalu", "PERSON=Lely Panjaitan", "PERSON=Budi", "PERSON=Rina", "PERSON=Joko", "PERSON=Rina"}},
	{"a name before a room's number in brackets, and again in lowercase", "td pagi ada orang ngaku saudaranya Lusi (kamar 4) minta kunci. ternyata lusi lagi mudik.\nbang, kamar Rizky (kmr 9) kan kosong skrg\nkamar Melati (kamar 4) sudah bersih", []string{"PERSON=Lusi", "PERSON=lusi", "PERSON=Rizky"}},
	{"a child by birth order before the name", "anak pertama Satria umur 4 th dulu; anak bungsu Kenzo ikut; anak kedua saya sakit", []string{"PERSON=Satria", "PERSON=Kenzo"}},
	{"no person or address: a department after a party's word, a village fund", "Lowongan kerja: Staff Accounting, min. S1 Akuntansi\nPenyaluran BLT Dana Desa tahap 2 di Desa Sukamaju dijadwalkan minggu depan.", nil},
	{"a policy's number after polisnya, a welfare card's after KKS-nya, a loyalty programme's, a donor's, a certificate's", "Nomor polisnya 2201987654. Nomor KKS-nya 6013 0198 7654 3210 ya; frequent flyer KF 8876 5543 21. Saya; member garuda miles sy GA 123456789 blm; saya donatur tetap no DN-004512 mau ganti; Nomor sertifikat aku DG-22-0457 atas nama", []string{"GOVID=2201987654", "GOVID=6013 0198 7654 3210", "GOVID=KF 8876 5543 21", "GOVID=GA 123456789", "GOVID=DN-004512", "GOVID=DG-22-0457"}},
	{"no person's number: a service's hours, a halal certificate, a count", "customer service 24 jam; sertifikat halal MUI; no anggota 1234 5 orang", nil},
	{"the name set off by commas after I and who I am; a title's word as the name", "sy staf baru, Laras, blm dpt akun absensi; sy penghuni kamar 12, Reza, AC rusak; Atasan saya, Pak Koko, bilang tunggu HR", []string{"PERSON=Laras", "PERSON=Reza", "PERSON=Koko"}},
	{"no name set off by commas after I: a dish, a title, a place", "saya mau pesan, Nasi Goreng, 2 porsi; saya sudah bayar, Kak, tolong; saya tinggal di Bandung, Jakarta, dan", nil},
	{"a pupil after wali murid; a class is no one", "sy wali murid Keanu, wa sy 0812345678\nwali murid Kelas 5B", []string{"PERSON=Keanu", "PHONE=0812345678"}},
	{"a birth date corrected after padahal yang benar; two names set off together after I; a relative's name after gw and a comma", "data di Dukcapil tertulis tgl lahir saya 12-08-1984 padahal yang benar 17-01-1975. Nama: Budi\nanak yatim yg kmrn sy santuni, Dafa dan Dafi, masih di panti?\nsewa sound buat ultah anak gw, Abimanyu yg ke-5, di rumah", []string{"DOB=12-08-1984", "DOB=17-01-1975", "PERSON=Budi", "PERSON=Dafa", "PERSON=Dafi", "PERSON=Abimanyu"}},
	{"whose relative, in English; a payment for a full name; a name in quotes after oleh, again in a message in capitals", "Halo Miss Ana, this is Lisa, Ethan's mom. Ethan won't be at daycare\nuang gedung utk Fathir Akbar Rp 7.500.000 sudah\nSTATUS DITERIMA OLEH \"ANTON\". SAYA GA KENAL ANTON!!", []string{"PERSON=Ana", "PERSON=Lisa", "PERSON=Ethan", "PERSON=Ethan", "PERSON=Fathir Akbar", "PERSON=ANTON", "PERSON=ANTON"}},
	{"no one paid for or quoted: a bank, a dish, a holiday, a role", "untuk Bank Indonesia Rp 5jt\npesan untuk Nasi Goreng Rp 20rb\nuntuk Hari Raya Idul Fitri\nuntuk Kopi Susu Rp 20rb\nditerima oleh \"SATPAM\"", nil},
	{"counts in brackets after things, no ages", "Kamar tersedia: Deluxe (5), Superior (3), Suite (1)", nil},
	{"a name with binti after nama; a flatmate's, a boss's name", "No KPJ saya 23041877652, nama Rohimah binti Sarmin. Gimana\nhey so my flatmate Jake ordered food\nmy boss Daniel Lim said", []string{"BPJS=23041877652", "PERSON=Rohimah binti Sarmin", "PERSON=Jake", "PERSON=Daniel Lim"}},
	{"a name found said again with its family name, opening its sentence; a shop named after it is none", "Anak saya bilang \"Pak Guru Bimo nyuruh beli LKS\". Bimo Aryanto, guru matematika kelas 9.\nPak Rina datang. Rina Bakery, buka jam 8", []string{"PERSON=Bimo", "PERSON=Bimo Aryanto", "PERSON=Rina"}},
	{"children's names of today before an absence", "Najwa dan Nizam hari ini tidak masuk karena sakit\nmohon izin bu, Zhafira besok izin", []string{"PERSON=Najwa", "PERSON=Nizam", "PERSON=Zhafira"}},
	{"a name no list knows before a relative or an absence in brackets", "Kontak darurat: Mawar (kakak) 0812-3344-5566\nyang datang: Zembrut Saragih (suami), Welas (tante)\nRekap absen les kelas 3A: Kenzo (izin), Zembrut (alpa)", []string{"PERSON=Mawar", "PHONE=0812-3344-5566", "PERSON=Zembrut Saragih", "PERSON=Welas", "PERSON=Kenzo", "PERSON=Zembrut"}},
	{"no name before a child's ticket or a partner in brackets", "Tiket Masuk (anak) Rp 25.000\nGrab (partner) sudah konfirmasi\nRuang Mawar (ibu) lantai 2", nil},
	{"a lecturer's national number", "NIDN 0012048503 atas nama dosen pembimbing saya", []string{"GOVID=0012048503"}},
	{"a family name with an apostrophe; a retired officer's rank before the name", "Thanks so much, Liam O'Connor\nsaya Liam D'Souza\nLetkol (Purn.) Bambang Sutrisno minta dijadwalkan\nKolonel (Purn) Hadi datang", []string{"PERSON=Liam O'Connor", "PERSON=Liam D'Souza", "PERSON=Bambang Sutrisno", "PERSON=Hadi"}},
	{"a voice note's numbers in words: an address's, a NIK a digit short after its keyword", "alamat di jalan kenanga nomor dua belas rt tiga rw lima kelurahan sukamaju\nnik saya tiga satu tujuh satu nol satu empat lima nol delapan sembilan nol nol nol satu", []string{"ADDRESS=jalan kenanga nomor dua belas rt tiga rw lima kelurahan sukamaju", "NIK=tiga satu tujuh satu nol satu empat lima nol delapan sembilan nol nol nol satu"}},
	{"a birth date right after a name in a list; a recent date after a name is none", "Peserta: 1. Andi Saputra, 12-03-1990 2. Budi Hartono, 05-07-1988\ndata: Kenzo Pratama / 14 Feb 1998 / SMA 3\nsaya Budi, 12-11-2025 sudah transfer", []string{"PERSON=Andi Saputra", "DOB=12-03-1990", "PERSON=Budi Hartono", "DOB=05-07-1988", "PERSON=Kenzo Pratama", "DOB=14 Feb 1998", "PERSON=Budi"}},
	{"a code's digits where the text warns to keep it", "kak kodenya 884120 ya jangan kasih siapa2\nkodenya: 551209 jangan disebar", []string{"SECRET=884120", "SECRET=551209"}},
	{"a phone number read out: a digit said twice, numbers of two digits, digits first", "hp nya nol delapan satu satu dobel tujuh tiga empat lima enam dua satu\nnomer adik saya nol delapan lima enam dua belas tiga puluh empat lima enam tujuh delapan\nnomer aq 0812 kosong kosong 33 44 55 ya", []string{"PHONE=nol delapan satu satu dobel tujuh tiga empat lima enam dua satu", "PHONE=nol delapan lima enam dua belas tiga puluh empat lima enam tujuh delapan", "PHONE=0812 kosong kosong 33 44 55"}},
	{"a record's fields apart by slashes, a name first; an order's code in capitals is none", "Data: Hendra/3174021203850009/0812-9988-7766\nINV/20241122001 sudah lunas", []string{"PERSON=Hendra", "NIK=3174021203850009", "PHONE=0812-9988-7766"}},
	{"an ID and a plate read out letter by letter and digit by digit", "nomor karyawan saya e m p nol nol empat lima dua mau tanya gaji\nnopol b satu dua tiga empat kjt atas nama\nplat d empat lima dua satu a b c saya penghuni", []string{"GOVID=e m p nol nol empat lima dua", "PLATE=b satu dua tiga empat kjt", "PLATE=d empat lima dua satu a b c"}},
	{"no ID in a price or an order's number read out", "harganya dua ratus lima puluh ribu\nnomor pesanan satu dua tiga empat lima enam tujuh", nil},
	{"people listed by numbered rooms, each room's label opening its items; rooms listed are none", "Kamar 101: Aurel, Cantika, Dinda. Kamar 103: Gerald, Budi, Ivan.\nKamar tersedia: Deluxe, Superior, Suite", []string{"PERSON=Aurel", "PERSON=Cantika", "PERSON=Dinda", "PERSON=Gerald", "PERSON=Budi", "PERSON=Ivan"}},
	{"regional titles before a name; a list's items with a label in their brackets", "Mbah Sarinem, Nek Ramlah (BPJS 0001234567891), semua hipertensi\nngaran ulun Acil Masitah\nDaftar piket: Andi (ortu: 0812-1111-2222), Rina (ortu: 0812-1111-3333), Timothy (ortu: 0812-1111-4444)", []string{"PERSON=Sarinem", "PERSON=Ramlah", "BPJS=0001234567891", "PERSON=Masitah", "PERSON=Andi", "PHONE=0812-1111-2222", "PERSON=Rina", "PHONE=0812-1111-3333", "PERSON=Timothy", "PHONE=0812-1111-4444"}},
	{"no title in Javanese's \"nek\" (if)", "nek ora iso ya wis", nil},
	{"Betawi's, Banjar's, Acehnese and chat's words for I before a name", "nama aye Saiful Bahri. Aer ledeng mati\nngaran ulun Masitah\nnama lon Meutia\naq Nindy yg tiap hr komplen", []string{"PERSON=Saiful Bahri", "PERSON=Masitah", "PERSON=Meutia", "PERSON=Nindy"}},
	{"a name after called; no name in a company called", "the tenant, a guy called Rafael, plays drums\nI called Customer Service yesterday", []string{"PERSON=Rafael"}},
	{"a hospital's record number, a staff badge's, a patient card's, a lab sample's", "admitted last night, MRN 00981234. Can I\ndeactivate his account and badge 00781.\nKartu berobat no. 15-08-2211.\nnomor sampel 260314-077, kapan", []string{"GOVID=00981234", "GOVID=00781", "GOVID=15-08-2211", "GOVID=260314-077"}},
	{"no ID in a sample's size or a badge's count", "sample size 500 ml\nbadge 2 pcs\nsampel gratis 3 pcs", nil},
	{"a staff code in brackets after each name of a list", "rekap lembur: Andi (EMP-2231) 12 jam, Budi (EMP-2240) 8 jam, Zembrut (EMP-2302) 15 jam", []string{"PERSON=Andi", "GOVID=EMP-2231", "PERSON=Budi", "GOVID=EMP-2240", "PERSON=Zembrut", "GOVID=EMP-2302"}},
	{"whose unit it is, before its code; a unit near a residence's or an owner's word", "unit saya 3A-11 di Apartemen Gading Nias\nunit aq B-07-12 bocor trs\nHi, I'm from unit 23B, The Pakubuwono Residence\nToyota Fortuner, owner Budi, unit PH-2.", []string{"ADDRESS=3A-11", "ADDRESS=B-07-12", "ADDRESS=unit 23B", "PERSON=Budi", "ADDRESS=unit PH-2"}},
	{"no unit in units counted", "beli unit saya 2 buah\nunit saya 2 pcs", nil},
	{"a secret after its hedges past a comma, and the other guess at it; a villa's lock code", "pin nya, kyknya 123321 ato 112233 ya\npassword email saya lupa, kayaknya Sayang_Bunda99 atau SayangBunda99! gitu\nthe lock code for the villa is 2580, share it", []string{"SECRET=123321", "SECRET=112233", "SECRET=Sayang_Bunda99", "SECRET=SayangBunda99!", "SECRET=2580"}},
	{"a passport's number digit by digit; an expat's home bank; BPJS with -nya", "paspor no. A 9 8 7 6 5 4 3, masa berlaku s.d. 2030\nPlease return the deposit to ANZ 0123456789\ndok, BPJSnya 0001 8822 3344 5", []string{"PASSPORT=A 9 8 7 6 5 4 3", "BANK_ACCOUNT=0123456789", "BPJS=0001 8822 3344 5"}},
	{"the other name in quotes of a correction", "change the name on booking BKG-558812 from 'Jon Smyth' to 'John Smith' as per passport\nLabel correction: recipient should be 'Dewi K. Sastrowardoyo', not 'Dewi Sastro'.", []string{"PERSON=Jon Smyth", "PERSON=John Smith", "PERSON=Dewi K. Sastrowardoyo", "PERSON=Dewi Sastro"}},
	{"no dish or holiday in quotes near a name in quotes", "saya 'Budi Santoso' mau pesan 'Nasi Goreng' dan 'Hari Raya'", []string{"PERSON=Budi Santoso"}},
	{"a sign-off after a number, its owner", "Kak, kita mo pesan kue. Kita pe nomor 0812-3456-7890, Grace.", []string{"PHONE=0812-3456-7890", "PERSON=Grace"}},
	{"a sign-off after a relative and Javanese's I", "Pemilik atas nama bapak kulo, Suwarjono.", []string{"PERSON=Suwarjono"}},
	{"no sign-off after an amount", "harga Rp 50.000, Grace.", nil},
	{"a list's item with a birth date in brackets; a name after a phone and a dash; before an e-mail in brackets; after Sundanese's and", "Reminder ulang tahun: Budi (12 Jan 1990), Theodora Wattimena (28 Okt 1999). Kue\n0812-3456-7890 - Anggun (yang pesen 3 box kemarin)\nnotes: Kevin (kevin.w@gmail.com) mentioned conflicts\ntiket 3 urang: Budi, Asep, sareng Aep. Tanggal", []string{"PERSON=Budi", "DOB=12 Jan 1990", "PERSON=Theodora Wattimena", "DOB=28 Okt 1999", "PHONE=0812-3456-7890", "PERSON=Anggun", "PERSON=Kevin", "EMAIL=kevin.w@gmail.com", "PERSON=Budi", "PERSON=Asep", "PERSON=Aep"}},
	{"no name in a list of dated promotions or after a phone and a shop", "Promo: Kopi Susu (12 Jan 2025), Teh Manis (28 Okt 2025).\n0812-3456-7890 - Toko Maju Jaya", []string{"PHONE=0812-3456-7890"}},
	{"addresses read out: a street's number after its name, a cluster's, a tower's floor, a unit's code", "jalan cempaka putih tengah tiga puluh tiga a nomor lima belas yang ambil nanti\nsaya penghuni cluster bougenville nomor dua puluh dua\npak ini saya penghuni tower b lantai dua belas nomor nol delapan namanya\nlapor tetangga sebelah unit a tujuh belas nol tiga namanya\natas nama unit saya c nol lima satu dua kok dobel", []string{"ADDRESS=jalan cempaka putih tengah tiga puluh tiga a nomor lima belas", "ADDRESS=cluster bougenville nomor dua puluh dua", "ADDRESS=tower b lantai dua belas nomor nol delapan", "ADDRESS=unit a tujuh belas nol tiga", "ADDRESS=c nol lima satu dua"}},
	{"no address in a street's name before a count of days, a tower's floor named, units counted", "jalan kenanga tiga hari lagi\nTower B lantai dua ada promo\nbeli unit dua", nil},
	{"a name corrected, whose given name a name found has; a name in lowercase past a filler after atas nama", "nomor peserta ujian anak kami Keanu Putra Santoso adalah 02-026-112-4. Mohon dicek, di kartu tertulis Keanu Putra Sentosa.\nkartu kredit saya ke charge dua kali atas nama kartu agustinus hartono", []string{"PERSON=Keanu Putra Santoso", "PERSON=Keanu Putra Sentosa", "PERSON=agustinus hartono"}},
	{"a list's names after numbered labels; a sport team's players; two names found make a line of rooms people's", "Pengumuman pemenang: Juara 1 Siti Aminah (8A), Juara 2 Lintang Pamungkas (8C), Juara 3 Budi Santoso (9B).\nTim futsal U-12: kiper Gibran, Arkan, Bryan, Cakra, Dzaky\nReservasi 3 kamar untuk reuni: kamar 1 - Andi & Budi, kamar 2 - Rina, Dewi, Elsa, kamar 3 - Fadli (bawa istri, Sari).", []string{"PERSON=Siti Aminah", "PERSON=Lintang Pamungkas", "PERSON=Budi Santoso", "PERSON=Gibran", "PERSON=Arkan", "PERSON=Bryan", "PERSON=Cakra", "PERSON=Dzaky", "PERSON=Andi", "PERSON=Budi", "PERSON=Rina", "PERSON=Dewi", "PERSON=Elsa", "PERSON=Fadli", "PERSON=Sari"}},
	{"no name in a menu's numbered packages", "Menu: Paket 1 Nasi Goreng, Paket 2 Mie Goreng, Paket 3 Kwetiau", nil},
	{"an OTP typed with a letter for a digit; a passport after its country's code; a username after a typo; a record's holder before a slash", "ini OTP nya ya: 9O4 217\nVaccination record for Budi, passport IRL PE1234567.\nakun gw di banned, usrname: r4ffi_g4nt3ng, tlg\nData: Hendra/3174021203850009/0812-9988-7766", []string{"SECRET=9O4 217", "PERSON=Budi", "PASSPORT=PE1234567", "HANDLE=r4ffi_g4nt3ng", "PERSON=Hendra", "NIK=3174021203850009", "PHONE=0812-9988-7766"}},
	{"no OTP in a count after OTP", "OTP 2 orang", nil},
	{"an ID after the other words in brackets after a name", "Surat peringatan untuk: 1. Dedi Kusnandar (bagian produksi, ID 10234), 2. Asep Saepudin (bagian gudang, ID 10251).", []string{"PERSON=Dedi Kusnandar", "GOVID=10234", "PERSON=Asep Saepudin", "GOVID=10251"}},
	{"a name after it's me", "Hey, it's me Fiona again, alamat udah ganti ya", []string{"PERSON=Fiona"}},
	{"a name after mommy, with -nya apart", "Miss, ini mommy-nya Jayden Tanoto dan Kenzo", []string{"PERSON=Jayden Tanoto", "PERSON=Kenzo"}},
	{"a name after a pesantren child's father's word and a comma", "Tolong disampaikan ke Budi ya, dari abahnya, Zainuddin — bukan yang penceramah", []string{"PERSON=Budi", "PERSON=Zainuddin"}},
	{"a forwarded chat's line that is a code alone, when the chat asks for it", "[10.02, 1/12/2026] Budi: kodenya berapa?\n[10.02, 1/12/2026] Me: 739204\n[10.03, 1/12/2026] Budi: ok makasih", []string{"PERSON=Budi", "SECRET=739204", "PERSON=Budi"}},
	{"no code in a forwarded chat's amount", "[10.02, 1/12/2026] Budi: berapa totalnya?\n[10.02, 1/12/2026] Me: 150000", []string{"PERSON=Budi"}},
	{"a number a message cut in two, and its rest", "NIK saya 327301... eh sorry kepotong, lanjutannya 1203910002\nKak nomor hpnya 0813 2222, sambungannya 4545 ya", []string{"NIK=327301", "NIK=1203910002", "PHONE=0813 2222", "PHONE=4545"}},
	{"no number cut in two in a price and its rest", "harga 150000, sisanya 50000 nanti", nil},
	{"the names that open a record's fields apart by | ; /", "Rekap lembur Februari: Sutrisno 12 jam | Paijo 8 jam | Yohanes 15 jam\nManifest: Sugianto \u2013 Jl. Mawar 5 ; Lenny \u2013 Jl. Melati 7\nFwd: Rekap klien / Sopian \u2013 perpanjang STNK / Tjandra \u2013 balik nama", []string{"PERSON=Sutrisno", "PERSON=Paijo", "PERSON=Yohanes", "PERSON=Sugianto", "ADDRESS=Jl. Mawar 5", "PERSON=Lenny", "ADDRESS=Jl. Melati 7", "PERSON=Sopian", "PERSON=Tjandra"}},
	{"no names in a price list's or a stock list's fields", "Harga: Kopi Susu 12 ribu | Teh Manis 8 ribu\nMenu: Nasi Goreng - Rp 20rb ; Mie Ayam - Rp 15rb\nJadwal: Senin 2 sesi | Selasa 3 sesi\nStok: Indomie 20 dus | Aqua 15 dus", nil},
	{"chat's ak before a name; a name after ketemu; a name before a trade in brackets", "kak tokenny 20 digit kan, ak Ipul dr kos Mawar\nbg kos2an msh ad? ak fadli mahasiswa, bs liat besok sore?\nambil di Jl. Mawar 5 (ketemu Tina), antar ke sana\nKurnia (notaris) bilang biaya balik nama", []string{"PERSON=Ipul", "PERSON=fadli", "ADDRESS=Jl. Mawar 5", "PERSON=Tina", "PERSON=Kurnia"}},
	{"no name before chat's ak's verb, nor a brand before a trade in brackets", "ak mau tanya\nGojek (driver) telat", nil},
	{"a number found once, said again elsewhere", "ulang tahun dewi 0215551234\nsekali lagi 0215551234 ya", []string{"PERSON=dewi", "PHONE=0215551234", "PHONE=0215551234"}},
	{"a driver partner's ID, an employee's number after kary", "kurir atas nama Budi, ID mitra KRR-88412, tidak menyetorkan COD\nmin gw blm terima thr nih, nik kary K-00871, divisi gudang", []string{"PERSON=Budi", "GOVID=KRR-88412", "GOVID=K-00871"}},
	{"no ID in a student's discount or partners named", "student discount 20%\nmitra kami di Bandung", nil},
	{"no address in the neighbourhood's own event; no access card's number in a time", "Kerja bakti RW 05 dilaksanakan Minggu 15 Maret pukul 07.00, harap membawa peralatan\nSatpam apartemen akan meminta kartu akses untuk tamu di atas pukul 22.00.", nil},
	{"the second of a pair after atas nama, one word", "akad jual beli rumah atas nama pembeli Budi Santoso dan Lusiana akan dilaksanakan\natas nama Agus Salim dan Keluarga", []string{"PERSON=Budi Santoso", "PERSON=Lusiana", "PERSON=Agus Salim"}},
	{"a Korean name after a title, its family name a place's word too", "the agent for Mr. Park Ji-hoon, passport A1234567", []string{"PERSON=Park Ji-hoon", "PASSPORT=A1234567"}},
	{"a sign-off's name before its department", "Tolong update rekening payroll saya ya. Hendrawan, Finance", []string{"PERSON=Hendrawan"}},
	{"a sign-off's name before its team", "bu hrd aq izin sakit 2 hari ya, surat dokter nyusul, Vina dr tim CS", []string{"PERSON=Vina"}},
	{"no name in a team's sign-off", "mohon dibantu. Regards, Tim Finance", nil},
	{"a given name opening the line before the person addressed, or whose relative", "Sumiati kak, itu nama ibu kandung saya buat verifikasi\nWati istri saya kontraksi tiap 5 menit dok", []string{"PERSON=Sumiati", "PERSON=Wati"}},
	{"no name in chat's words before the person addressed", "Siap kak, nanti saya kirim\nMaaf kak, saya telat", nil},
	{"a given name ending the message after dari", "Kirim kue ke Tante Rina ya, bilang dari Karin", []string{"PERSON=Rina", "PERSON=Karin"}},
	{"no name in a city after dari", "salam kenal kak, saya Budi dari Surabaya", []string{"PERSON=Budi"}},
	{"a patient's record number in brackets after each name; a child's birth date in a list whose others have theirs", "Jadwal kontrol: 08.30 Budi Santoso (RM 204981) | 09.00 Agus Salim (RM 205112)\nData tertanggung: 1) Siti Aminah, 05-07-1985 ; 2) Kirana Putri, 03-06-2015 ; Premi Rp 1.850.000", []string{"PERSON=Budi Santoso", "GOVID=204981", "PERSON=Agus Salim", "GOVID=205112", "PERSON=Siti Aminah", "DOB=05-07-1985", "PERSON=Kirana Putri", "DOB=03-06-2015"}},
	{"no address in an estate's name alone before an advert's words", "Rumah type 45/90 di Perumahan Griya Asri harga mulai Rp 650 juta, KPR DP 10%.", nil},
	{"a given name after a label's colon before what the person does; after who writes", "Rundown lamaran: Fikri dan keluarga datang jam 10\nPhotographer here, Bryan. I will be there by 7am", []string{"PERSON=Fikri", "PERSON=Bryan"}},
	{"a password after set in quotes; a locker's code; a smart lock's combination; a reseller's and an applicant's IDs", "ka, aku lupa password akun, tadi aku set \"Kucing#Oren22\" tapi ga bisa login\npak, kombinasi smart lock yang baru 471920# ya\nmin aku reseller baru, id reseller RS-JKT-00912 atas nama Budi\nstatus lamaran saudara Agus (ID pelamar APL-23117)", []string{"SECRET=Kucing#Oren22", "SECRET=471920", "GOVID=RS-JKT-00912", "PERSON=Budi", "PERSON=Agus", "GOVID=APL-23117"}},
	{"a code's digits for a locker", "oke kak, kodenya 2231 ya buat ambil barang di loker", []string{"SECRET=2231"}},
	{"no secret in colours combined; no ID in resellers' discount", "kombinasi warna merah 2 pcs\nreseller baru dapat diskon 10%", nil},
	{"a lowercase name in quotes after atas nama; usernames in brackets after names", "tolong cancel order aku yg atas nama \"yuyun\" ya kak, double\nsiswa berikut: 1. Nayla Zahra (nayla.z07) 2. Salsa Putri (salsa07)", []string{"PERSON=yuyun", "PERSON=Nayla Zahra", "HANDLE=nayla.z07", "PERSON=Salsa Putri", "HANDLE=salsa07"}},
	{"a sign-off's name before a question mark", "Pagi min, ada kiriman buat Pak Budi di gudang. Boleh diterima sama saya, Tri?", []string{"PERSON=Budi", "PERSON=Tri"}},
	{"no name in the person addressed before a question mark", "kapan dikirim, Kak?", nil},
	{"a person's own ID after ID saya, my ID, a lab's ID; a student card's ID after a comma; an emp no.; a customer's ID with -nya", "ID saya: 88776655\nmy ID is 55123409 and my user ID 77120934\nhasil lab ID LAB-2024-88123 atas nama saya\nmy student card, ID STD-220193, was lost\nemp no. IND-00412 belum terdaftar\nID pelanggannya 325500112233 kak", []string{"GOVID=88776655", "GOVID=55123409", "GOVID=77120934", "GOVID=LAB-2024-88123", "GOVID=STD-220193", "GOVID=IND-00412", "GOVID=325500112233"}},
	{"no person's ID in an order's or a booking's", "order ID saya 88776655\nID pesanan saya 88776655\nmy order ID 12345678\nbooking ID saya BK-2291", nil},
	{"an OTP after an app's name; an account's number after its holder past dengan nomor", "OTP for my MyPLN account is 552918\nkode OTP dari BCA 443190\nrekening atas nama Budi Santoso dengan nomor 1234567890", []string{"SECRET=552918", "SECRET=443190", "PERSON=Budi Santoso", "BANK_ACCOUNT=1234567890"}},
	{"no OTP after a person's name; no account after a holder without a bank", "OTP Budi 552918\npaket atas nama Budi dengan nomor 12 datang", []string{"PERSON=Budi", "PERSON=Budi"}},
	{"a contract's, a loan's, a member's, an employee's, a customer's code right after its word", "tagihan sy dobel, kontrak 4011202200458 sy cm pinjem sekali\nSaya Tri, kontrak CL-009812.\npinjaman LN88120034 udh sy bayar\nmember MEM0098812\nSaya bekas karyawan EMP-11923, Fikri Haikal.\nMy customer number is CX-2023-118734.\nEmployee 00421 - Olivia Hartono\nno pengajuan APL998877", []string{"GOVID=4011202200458", "PERSON=Tri", "GOVID=CL-009812", "GOVID=LN88120034", "GOVID=MEM0098812", "GOVID=EMP-11923", "PERSON=Fikri Haikal", "GOVID=CX-2023-118734", "GOVID=00421", "PERSON=Olivia Hartono", "GOVID=APL998877"}},
	{"no code in a contract's term, a loan's amount, a member tier's year, a count of staff", "kontrak 12 bulan, pinjaman 10000000, member GOLD2024, kontrak kerja 2 tahun\nkaryawan 12000 orang, member 50000 orang\npinjaman KUR 50000000", nil},
	{"an account's ID after ID akun, ID pengguna; a user's code after id; a Steam ID", "Nama Kristina Wulandari, ID akun KW-778812.\ntolong hapus data gw, id USR-0091827\nID pengguna U-4410928.\ntop up steam wallet 120rb, steam id 76561198012345678", []string{"PERSON=Kristina Wulandari", "GOVID=KW-778812", "GOVID=USR-0091827", "GOVID=U-4410928", "GOVID=76561198012345678"}},
	{"no account's ID without its code", "ID akun saya diblokir\nID user sudah dibuat\norder ID ORD-123456", nil},
	{"a given name in lowercase signing off after a sentence's end", "gua dah bayar, masih ditagih juga. ryan", []string{"PERSON=ryan"}},
	{"a given name in lowercase signing off after thanks", "tolong hapus nomor saya. makasih fitri", []string{"PERSON=fitri"}},
	{"a name signing off after a short word that ends its sentence", "Please stop the WhatsApp blasts. I never opted in. Oliver", []string{"PERSON=Oliver"}},
	{"no name in a word signing off", "makasih ya. semangat", nil},
	{"no private person in a public figure named by office", "Presiden Joko Widodo meresmikan Bendungan Sepaku Semoi\nKunjungan kerja Menteri BUMN Erick Thohir ke Pelabuhan\ndibuka oleh Menteri Kesehatan Budi Gunadi Sadikin, Sabtu", nil},
	{"a person whose name a public figure has, with no office before", "saya Joko Widodo, presiden komisaris PT Maju", []string{"PERSON=Joko Widodo"}},
	{"a table's cells under its header's columns of names, numbers, units, handles; rows apart by lines", "Pasien | No RM | Jam\nYohana Wenda | RM-330192 | 09.00\nLukas Tabuni | RM-330193 | 09.30", []string{"PERSON=Yohana Wenda", "GOVID=RM-330192", "PERSON=Lukas Tabuni", "GOVID=RM-330193"}},
	{"a table flattened onto a line, rows apart by slashes; the header's own words no names", "NIS | Nama | UTS | UAS / 2311 | Nadia Safitri | 85 | 90\nID | Nick | UC / 5011223344 | xXSnip3rXx | 660\nPeserta tour: | No | Nama | Paspor | / | 1 | Lily Tedja | C2233446 |\nUnit | Penghuni | Telp / A-101 | Supardi | 021-5551234", []string{"GOVID=2311", "PERSON=Nadia Safitri", "GOVID=5011223344", "HANDLE=xXSnip3rXx", "PERSON=Lily Tedja", "PASSPORT=C2233446", "ADDRESS=A-101", "PERSON=Supardi", "PHONE=021-5551234"}},
	{"no table of people in a table of goods or a record's label and value", "ID | Nama | Stok\nP-001 | Kaos Polos Hitam | 12\nKode | Nama | Harga / KP-01 | Kopi Susu | 18000", nil},
	{"an apartment's unit by its code's form; a unit's number its neighbour or owner names", "Hi, this is Olivia from unit 12B, ok\nKartu akses unit 29F hilang\nTETANGGA UNIT 1512 BERISIK", []string{"PERSON=Olivia", "ADDRESS=unit 12B", "ADDRESS=unit 29F", "ADDRESS=UNIT 1512 BERISIK"}}, // in capitals the span reads on
	{"no unit in a measure's code, a count, a price per unit", "AC 1 unit 2PK\nstok tinggal 3 unit\nunit 2 sudah terjual\ndi unit 100 ribu", nil},
	{"a pickup's code; a lab's, a pawn ticket's (SBG), an investor's (SID) number; a game's ID after ke", "kode pickup kamu 4829, tunjukkan ke kurir\nno lab LAB2405-1187, tgl\nno SBG 10215-2024-000123, jatuh\nnomor SID saya IDD1207XYZ123456 atas\nkak chip domino 1B ke ID 99887766", []string{"SECRET=4829", "GOVID=LAB2405-1187", "GOVID=10215-2024-000123", "GOVID=IDD1207XYZ123456", "GOVID=99887766"}},
	{"no number in a lab's or a year's words", "hasil lab sudah keluar 2 hari\nsid 2024 lancar\nkirim ke ID lain ya", nil},
	{"an NPWP in its own layout, its check digit mistyped, on a tax invoice", "Pls correct my NPWP on the tax invoice: 71.234.567.8-901.000, thanks\nNPWP di faktur, yang benar 09.254.294.3-407.000", []string{"NPWP=71.234.567.8-901.000", "NPWP=09.254.294.3-407.000"}},
	{"no NPWP in a tax invoice's own number", "faktur pajak 010.000-24.12345678", nil},
	{"a name after a label's lowercase words before its colon", "Nama karyawan di name tag: Rini.", []string{"PERSON=Rini"}},
	{"no name where a name is shown, nor in a company's name", "perusahaan masih memajang foto dan nama saya di website. Mohon dihapus\ncompany name is fine but thanks", nil},
	{"no person in an outlet's, a ward's, a hostel's name, an advert's star, a cake's kind or greeting", "Apakah Gerai Sarinah Thamrin ikut promo\nTarif kelas VIP Paviliun Kartini Rp 1.750.000\nManasik haji di Asrama Haji Donohudan.\nsaya lihat iklan Najwa Shihab pakai produk\nSaya order kue ulang tahun Black Forest diameter 24 cm\nbisa custom nama di kue ga kak? tulisannya \"Happy Anniversary 25th\" aja", nil},
	{"a birthday's person after a cake for them", "selamat ulang tahun Dewi Lestari\nkue ulang tahun buat Dewi", []string{"PERSON=Dewi Lestari", "PERSON=Dewi"}},
	{"a given name in lowercase after nm aq at the text's end", "no pengajuan APL998877 nm aq yogi", []string{"GOVID=APL998877", "PERSON=yogi"}},
	{"a list's other codes of the same capitals and as many digits", "Peserta baru asuransi kumpulan: Employee ID EMP-0451 Rudi Hartanto, EMP-0452 Desi Ratnasari, EMP-0453 Wahyu Ardiansyah", []string{"GOVID=EMP-0451", "PERSON=Rudi Hartanto", "GOVID=EMP-0452", "PERSON=Desi Ratnasari", "GOVID=EMP-0453", "PERSON=Wahyu Ardiansyah"}},
	{"a game's IDs by the zone after them in a top-up", "udah topup tp salah ID, harusnya 334455667 (2012) malah ke 334455676 (2012), tolong dipindah", []string{"GOVID=334455667", "GOVID=334455676"}},
	{"no game's ID in a number and its extension", "telp kantor 0215551234 (1234) ya\nstok 1234567 (2012) unit", []string{"PHONE=0215551234"}},
	{"a name after gua, chat's I", "Bro gua Acong, akun acong_pontianak", []string{"PERSON=Acong", "HANDLE=acong_pontianak"}},
	{"no name in a cave's", "wisata Gua Pindul seru\nGua Jomblang indah\nke gua pindul", nil},
	{"an account's name after ID:", "mau cabut izin akses. ID: dame.sitompul", []string{"HANDLE=dame.sitompul"}},
	{"no account's name in an order's ID", "Order ID: ord.2024.123", nil},
	{"a device's MAC address after MAC", "Device saya tercatat dengan MAC 3C:22:FB:91:0A:7E dan IP publik 114.124.182.33\nmac address: ac-de-48-00-11-22 ya", []string{"GOVID=3C:22:FB:91:0A:7E", "IP=114.124.182.33", "GOVID=ac-de-48-00-11-22"}},
	{"no MAC address in a Mac", "Mac saya rusak, MacBook Air 2020", nil},
	{"a common given name alone on the text's last line", "hallo, aplikasi kalian nunjukin lokasi live saya\nRosalina", []string{"PERSON=Rosalina"}},
	{"no name in a city's or a word alone on the last line", "mohon dibantu ya min, pesanan saya belum sampai\nBandung\nmohon dibantu\nSemangat", nil},
	{"a house's block alone; a spare key's code; a KB card's number; four digits of an ID right after its holder's name", "pak satpam tolong tegur penghuni blok D7 yg parkir\nHi, my spare key code is 4471, ok\nkartu KB no 33.07.012.045\nSP1 diberikan kepada Sdr. Anwar Fauzi, ID 7781, atas pelanggaran", []string{"ADDRESS=blok D7", "SECRET=4471", "GOVID=33.07.012.045", "PERSON=Anwar Fauzi", "GOVID=7781"}},
	{"no block in an area's letter; no ID in a year after a name; no KB card in a file's size", "makan di Blok M Plaza\nSaya Sinta, ID 2024 baru\nfile 500 KB no problem", []string{"PERSON=Sinta"}},
	{"a second number of as many digits after a person's number and dan", "tagihan sy dobel, kontrak 4011202200458 dan 4011202200459, sy cm pinjem", []string{"GOVID=4011202200458", "GOVID=4011202200459"}},
	{"no address in the business's warehouse past a street's abbreviation, a depot's street, a fridge's model", "Barang bisa diambil di gudang Jl. Industri Raya Blok C3, Cikarang mulai besok\nAntar gratis radius 2 km dari depot Jl. Kaliurang Km 7.\nLemari es Samsung RT38 free delivery", nil},
	{"an RT glued to its number before its RW", "Kampung Baru RT03 RW 05", []string{"ADDRESS=Kampung Baru RT03 RW 05"}},
	{"the names in a card's text in quotes: who from, whom it greets, a couple", "kartu ucapannya tulis \"love you always - Dimas\". ok\ndi kartunya tulis aja \"cepet sembuh cin!! dari rara & bintang\"\nTulis di label \"Selamat menempuh hidup baru Tenri & Ardiansyah\" nah.\nTolong tulis \"Happy 6th Bday Abi\". Ambil Sabtu", []string{"PERSON=Dimas", "PERSON=rara", "PERSON=bintang", "PERSON=Tenri", "PERSON=Ardiansyah", "PERSON=Abi"}},
	{"no name in a card's family words, greeting, or a quote that is no card's", "tulis \"dari mama & papa\"\ntulis \"Selamat & Sukses\" ya\nkata dia \"dari kantor pusat\" gitu\ntulisannya \"Happy Anniversary 25th\" aja", nil},
	{"an account's number mistyped or corrected, one or two digits apart", "aku kasih rek BCA 7310299847 tapi katanya dikirim ke 7310299874. ok\nBNI 3451 0771 26? Eh salah, sing leres 3451 0771 62 ya", []string{"BANK_ACCOUNT=7310299847", "BANK_ACCOUNT=7310299874", "BANK_ACCOUNT=3451 0771 26", "BANK_ACCOUNT=3451 0771 62"}},
	{"no twin in an order's number further apart", "rek BCA 7310299847, order 7310299999 ya", []string{"BANK_ACCOUNT=7310299847"}},
	{"an account's name of letters and a few digits after akun", "Kak tanggal lahir di akun saya salah. Akun wiwinrahayu93.", []string{"HANDLE=wiwinrahayu93"}},
	{"a card's holder after name on card; a name after nama X-nya", "Card number: 4562509805088350. Name on card LAURA J BENNETT. Please advise.\nKak refund ke OVO aja. Nama OVO-nya Gita Permata Sari.", []string{"CARD=4562509805088350", "PERSON=LAURA J BENNETT", "PERSON=Gita Permata Sari"}},
	{"a courier's or a driver's name after the company or the app in capitals", "Pak, kurir JNT Rahmat minta saya jemput paket\ntadi driver GoSend Marcelinus ngaku paket sudah diantar", []string{"PERSON=Rahmat", "PERSON=Marcelinus"}},
	{"no name in a courier company's own words", "kurir JNE Express datang\nkurir SiCepat Ekspres Jakarta", nil},
	{"a name right before an address, a list's item or after a sentence's end; an address ends before the list's next item", "masing2 untuk: 1) Johanis Manuhutu Jl. Dr. Kayadoe No. 12 Ambon, 2) Bertha Latuconsina\nhi, can you reserve it for me? Ayesha Kapoor, Jl. Cikini Raya 44 apt 7, thanks", []string{"PERSON=Johanis Manuhutu", "ADDRESS=Jl. Dr. Kayadoe No. 12 Ambon", "PERSON=Bertha Latuconsina", "PERSON=Ayesha Kapoor", "ADDRESS=Jl. Cikini Raya 44 apt 7"}},
	{"no name in a branch's name before its street", "Cabang Kemang Jl. Kemang Raya 10 buka", nil},
	{"a customer's address after the business's warehouse in the clause; a SIM's PIN; a screen lock's code", "Boleh tukar langsung dari gudang ke alamat dia Jl. Medan Area Selatan No. 77?\nbang tolong cek. pin sim 2468 sama pola buka Z.\nKode layarnya 135790.", []string{"ADDRESS=Jl. Medan Area Selatan No. 77", "SECRET=2468", "SECRET=135790"}},
	{"no handle in a model's code, no name in a product's words after anak", "halo kak, beli kulkas Sharp SJ-IG565MS bisa\nSKU BJ-ANK-0412 (Baju Koko Anak Motif Batik, size 6-8)", nil},
	{"no name in a verb before a top-up's word", "mas tulung topup ML 86 diamond, ID 45612378", []string{"GOVID=45612378"}},
	{"a name in capitals after a relative's word to the clause's end, in a message in capitals", "KLAIM SANTUNAN: AHLI WARIS ISTRI FLORENTINA NAHAK, HP 0812 3790 5566", []string{"PERSON=FLORENTINA NAHAK", "PHONE=0812 3790 5566"}},
	{"no name in words of chat in capitals after a relative's word", "ANAK SAYA SAKIT DEMAM, MOHON IZIN\nISTRI SAYA BELUM DATANG.", nil},
	{"a name after a field's two words before its colon; not a vehicle's make before its plate", "anggota baru club: Reynold Tumbelaka, Vario plat DB 3345 AG", []string{"PERSON=Reynold Tumbelaka", "PLATE=DB 3345 AG"}},
	{"a name after penerima tetap", "alamat ganti, penerima tetap agus wibowo 081553344221\npenerima tetap sama ya kak", []string{"PERSON=agus wibowo", "PHONE=081553344221"}},
	{"a corrected name after name should be; a loan's number after kontrak pinjaman saya no", "my personal name should be Jean-Luc Moreau, thanks\nBisa minta salinan kontrak pinjaman saya no PK/2023/09/004127? ok", []string{"PERSON=Jean-Luc Moreau", "GOVID=PK/2023/09/004127"}},
	{"no name in a file's name that should be; no number in a member's short one", "the file name should be final.pdf\nmember saya no 123", nil},
	{"a name before a bracket that opens with the person's sex", "Data balita posyandu: Arkan (L, 18 bln), ibu: Nining; Shafa (P, 24 bln, BB 11 kg)", []string{"PERSON=Arkan", "PERSON=Nining", "PERSON=Shafa"}},
	{"no name before a size in brackets", "Ukuran (L, 42) ready\nKaos Polos (L, hitam)", nil},
	{"a family by its name after Fam.", "RSVP: 1. Aldo Pranata (2 org) 2. Fam. Gozali (4 org)", []string{"PERSON=Aldo Pranata", "PERSON=Gozali"}},
	{"a letter's signer after di bawah ini; a child of two names after orang tua dari", "Surat izin: Yang bertanda tangan di bawah ini, Sutrisno, orang tua dari Ayu Wandira kelas VIII-C", []string{"PERSON=Sutrisno", "PERSON=Ayu Wandira"}},
	{"no person in a region after orang tua dari, or a table below", "orang tua dari Jakarta Selatan datang\nlihat tabel di bawah ini, Harga naik", nil},
	{"an access code of letters and digits after kode akses and its words", "kode akses ujian online untuk Nathanael: 7XK29Q, jangan dikasih ke temennya ya", []string{"PERSON=Nathanael", "SECRET=7XK29Q"}},
	{"no access code in words after kode akses", "kode akses sudah dikirim ke email", nil},
	{"a birth date with its month misspelled as chat does", "anak sy umr 9 bln, lhr 3 agsts 2023\ntgl lahir 5 febuari 1990", []string{"DOB=3 agsts 2023", "DOB=5 febuari 1990"}},
	{"a chat export's sender saved with an emoji; a chat's line pasted on after another", "[15/03/24, 11:02:45] Natasha 🌷: babe did u pay? / [15/03/24, 11:03:10] Reynaldo: yes", []string{"PERSON=Natasha", "PERSON=Reynaldo"}},
	{"an employee's number in brackets after NIK; IDs in brackets after a list's later names; a nurse's and Sundanese titles", "Shift A: Sarwono (NIK 10234), Tukijan (NIK 10567)\nRoster: Anita (ID 00231), Riko (ID 00245)\nPagi: Ns. Reza, Ns. Wulandari\nbantuan: Bi Ijah, Ki Sarmad.", []string{"PERSON=Sarwono", "GOVID=10234", "PERSON=Tukijan", "GOVID=10567", "PERSON=Anita", "GOVID=00231", "PERSON=Riko", "GOVID=00245", "PERSON=Reza", "PERSON=Wulandari", "PERSON=Ijah", "PERSON=Sarmad"}},
	{"no title in BI's rate", "BI rate naik 25 bps", nil},
	{"a list of given names in lowercase", "yg ikut futsal kamis: rendy, bagus, ilham, ferdi, sandi, yoga, tommy. lapangan pesen", []string{"PERSON=rendy", "PERSON=bagus", "PERSON=ilham", "PERSON=ferdi", "PERSON=sandi", "PERSON=yoga", "PERSON=tommy"}},
	{"no name in a list of goods or colours in lowercase", "beli bawang, cabai, tomat, dan garam\nwarna merah, putih, biru ada\nkak mau tanya, dong, bisa", nil},
	{"a minister by the office's short form", "Saya baca berita Menkeu Sri Mulyani umumkan PPN naik", nil},
	{"no name in chat's drawn-out words and greetings", "jgn yg KW ya kak plisss\n[04/03/24 08.00] Admin Pusat: Assalamualaikum reseller semua", nil},
	{"no person in a city after Minang's ka, a group's name after Grup, a group's line in a chat export", "Kirim ka Pekanbaru pakai JNE YES bisa?\nForwarded from Grup Reseller Frozen Food Jabodetabek / Update harga\n[13/03/24 21.00] Grup Pecinta Kopi Nusantara: Cupping session Sabtu", nil},
	{"the speakers of a conversation pasted as lines of name and colon", "Copy-paste from the alumni chat:\nSarah W: guys who is coming?\nBobby Tanuwijaya: me + wife\nKenji: count me in", []string{"PERSON=Sarah W", "PERSON=Bobby Tanuwijaya", "PERSON=Kenji"}},
	{"no speaker in a form's or a mail's labels", "Fwd: Rekap klien\nSubject: Refund\nCatatan: cepat\nHarga: 5000", nil},
	{"a name before a phone after a courier's word or whom to call", "akan diantar oleh kurir Supri (0813-9988-7766). ok\nyang mo iko camping, daftar ke Rivaldo 0823-4455-6677 atau DM", []string{"PERSON=Supri", "PHONE=0813-9988-7766", "PERSON=Rivaldo", "PHONE=0823-4455-6677"}},
	{"no name in a city before a phone after ke", "kirim ke Bandung 0812-3456-7890", []string{"PHONE=0812-3456-7890"}},
	{"a chat's line without brackets pasted on after another", "03/03/24, 14:10 - Ko Albert: Bro, onderdil ready / 03/03/24, 14:12 - Doni: sip ko", []string{"PERSON=Albert", "PERSON=Doni"}},
	{"a common given name opening the message before what the person asks", "Ajeng minta tolong kuenya dianter jam 5 sore aja mbak", []string{"PERSON=Ajeng"}},
	{"an apartment's unit code right after its tower's name", "pls send to her place at The Mansion Kemayoran Tower Bellavista 25-07, thanks\nyes, Tower B 8C too", []string{"ADDRESS=Tower Bellavista 25-07", "ADDRESS=Tower B 8C"}},
	{"no unit in a tower alone or a count", "Tower B sedang renovasi\nTower 3 2 unit tersisa", nil},
	{"a birth date after a relation in brackets; a member card's code past its words; an investor's SID code", "1. Bagus Pratama (suami), 03/04/1984 / 2. Kirana Putri (anak), 19/11/2014\nHalo, member card saya SLN-2291 masih ada saldo?\nName: Budi Santoso, SID IDD1203Q4567890.", []string{"PERSON=Bagus Pratama", "DOB=03/04/1984", "PERSON=Kirana Putri", "DOB=19/11/2014", "GOVID=SLN-2291", "PERSON=Budi Santoso", "GOVID=IDD1203Q4567890"}},
	{"no code in a member card's words alone", "member card saya hilang", nil},
	{"a passport's and a password's new form after the old", "paspor saya yang lama B 8821934 yang baru X1029384\npassword yg lama Rudi#2024! yg baru: Rudi#2025!\npin lama 1234 jadi 5678 ya", []string{"PASSPORT=B 8821934", "PASSPORT=X1029384", "SECRET=Rudi#2024!", "SECRET=Rudi#2025!", "SECRET=1234", "SECRET=5678"}},
	{"no new secret in words after a password", "kata sandi Kucing99 jadi error terus", []string{"SECRET=Kucing99"}},
	{"Hari after a title is a name, but not before a day's word", "Pak Hari sudah datang\nOm Hari belum bayar\nOm Hari Minggu libur?\nBu Hari Raya buka?", []string{"PERSON=Hari", "PERSON=Hari"}},
	{"an apartment unit's code with its tower's letter, a neighbour's, a resident's", "alamat: unit A-2107 tower Aster\ntetangga unit sebelah B-1203 berisik\nsaya penghuni B-1204, AC bocor", []string{"ADDRESS=unit A-2107 tower Aster", "ADDRESS=B-1203", "ADDRESS=B-1204"}},
	{"no unit in a neighbour's unit alone or an appliance's code", "unit sebelah kosong\n2 unit AC-1200\npenghuni B-12345 x", nil},
	{"a game's nickname after NICK in capitals; an account's name after whose it is", "NICK ZaskiaGG server asia\nakun gw xXDarkLord99Xx kena banned min\nakun garena aku ucupgaming lupa password", []string{"HANDLE=ZaskiaGG", "HANDLE=xXDarkLord99Xx", "HANDLE=ucupgaming"}},
	{"no account's name in what is said of the account", "akun gw gabisa login\nakun gopay saya limit\nakun shopee saya diblokir\nThe account is registered under my name", nil},
	{"a short name alone after nama; a name before tunggu; a name before KK; a courier's name after whose he is; a title's name before a phone past a place's word", "punya saya nama Desy\nok kak, Susi tunggu ya\ndata: Ponijan, KK 3217132001092529\nkurir kalian Samsul yg bersikap kasar\nkoordinator lapangan pak Marwan 0813 1900 8877", []string{"PERSON=Desy", "PERSON=Susi", "PERSON=Ponijan", "KK=3217132001092529", "PERSON=Samsul", "PERSON=Marwan", "PHONE=0813 1900 8877"}},
	{"no address over a family card's number; no name in a short word after nama, a shop named after its owner", "alamat Jl. Mawar 5 KK 3217132001092529\nnama Anda\nnama Toko\nwarung pak Budi\nBakso Pak Kumis", []string{"ADDRESS=Jl. Mawar 5", "KK=3217132001092529"}},
	{"a password after what is said of it; passports of one form in a family's list; a member's card by its code", "password udah bener Wahyuni#2024\npassword baru mau Tantri@1990\nEko Prasetyo (paspor E1234098), Lusi Prasetyo (X1234099), anak Kenzo (E1234100)\na.n Subandi no kartu KOP-1120-0089", []string{"SECRET=Wahyuni#2024", "SECRET=Tantri@1990", "PERSON=Eko Prasetyo", "PASSPORT=E1234098", "PERSON=Lusi Prasetyo", "PASSPORT=X1234099", "PERSON=Kenzo", "PASSPORT=E1234100", "PERSON=Subandi", "GOVID=KOP-1120-0089"}},
	{"no passport in an order's code of the same form; no secret in what is said of a password", "paspor E1234098, order INV1234567\npassword mau ganti\nno kartu ATM BCA saya hilang", []string{"PASSPORT=E1234098"}},
	{"a tenant's unit before what the tenant wants, which speaks of rent", "saya penyewa unit Tower B lt 21 no 07 Apartemen Kalibata City, mau perpanjang sewa 1 thn.", []string{"ADDRESS=unit Tower B lt 21 no 07 Apartemen Kalibata City"}},
	{"no address in an apartment's size", "Apartemen 2BR di Kalibata City disewakan tahunan berapa?\napartemen 2BR berapa sewanya?", nil},
	{"a name in lowercase before a birth date; a message's sender after dari; a name's old form before jadi", "hasil swab aku udah keluar blm? dimas anggara, 22/10/1998\ndari Fadli: siap bu, besok saya antar\nMin aku ganti nama profil ya, dari Chika jadi Angelica Wijaya", []string{"PERSON=dimas anggara", "DOB=22/10/1998", "PERSON=Fadli", "PERSON=Chika", "PERSON=Angelica Wijaya"}},
	{"no name in a date's clause, a city's lines or a shop's old name", "besok, 22/10/2024 bisa?\ndari Jakarta: 3 paket\nnama tokonya dari Maju Jaya jadi Sinar Abadi", nil},
	{"names in a list each with its number after it", "mau order custom jersey 12 pcs, nama punggung ANDRE 10, YOGI 7, FIKRI 1, sisanya nomor aja.", []string{"PERSON=ANDRE", "PERSON=YOGI", "PERSON=FIKRI"}},
	{"a loyalty number after a glued programme's name; a court case's number; a school certificate's serial", "nomor GarudaMiles saya GA 412345678 tolong diinput\nperkara saya nomor 1187/Pdt.G/2024/PA.JS sudah putus\nno seri ijazah DN-02 Ma 0012345 atas nama saya", []string{"GOVID=GA 412345678", "GOVID=1187/Pdt.G/2024/PA.JS", "GOVID=DN-02 Ma 0012345"}},
	{"no number in a certificate or a case spoken of", "ijazah saya hilang\nperkara nomor 3 di agenda", nil},
	{"Oleh after a title is a name", "❌ Om Hari belum bayar, ✅ Mang Oleh sudah", []string{"PERSON=Hari", "PERSON=Oleh"}},
	{"no name in Oleh as a word", "surat ditandatangani Oleh Bapak Camat", nil},
	{"a password after a username and a slash where the label names both", "username dan password: rahma.dhani02 / Dhani0202", []string{"HANDLE=rahma.dhani02", "SECRET=Dhani0202"}},
	{"foreigners' given names with a family name", "I spoke with Camille Girard yesterday\nplease add Lauren Mitchell to the list", []string{"PERSON=Camille Girard", "PERSON=Lauren Mitchell"}},
	{"no name in words foreign names look like", "the jack is broken\nkirim tgl 5 mei\nbeli celana jean\nLotte Mart buka?", nil},
	{"a foreign phone after a keyword of amounts; passports after their plural, an old one after a new one, a series and a number; a hamlet of Bali", "my wife Hannah Price +44 7823 551 064.\nBoth US passports: 548812019, 548812020.\nnomor paspor baru saya E2819403, yang lama B8123377 udah hilang\nRussian passport 75 4829163. I would\nnow at Banjar Tegal Sari, next to the warung", []string{"PERSON=Hannah Price", "PHONE=+44 7823 551 064", "PASSPORT=548812019", "PASSPORT=548812020", "PASSPORT=E2819403", "PASSPORT=B8123377", "PASSPORT=75 4829163", "ADDRESS=Banjar Tegal Sari"}},
	{"no hamlet in the town of Banjar or a hamlet's meeting", "kirim ke Kota Banjar ya\nrapat banjar besok malam", nil},
	{"a given name in lowercase before a phone after a comma, or any name after who speaks", "kirim ke jl. rungkut asri 5 no 17 surabaya, cindy 0821 3344 5012 mksii\nsy dini 0813 7722 0091\ncp tyas 0857-4321-8890\nmakassar, andi nurul 0852-5599-1032", []string{"ADDRESS=jl. rungkut asri 5 no 17", "PERSON=cindy", "PHONE=0821 3344 5012", "PERSON=dini", "PHONE=0813 7722 0091", "PERSON=tyas", "PHONE=0857-4321-8890", "PERSON=andi nurul", "PHONE=0852-5599-1032"}},
	{"no name in a word of chat before a phone", "harga promo 0812 3456 7890\nsy transfer 0812 3456 7891\ncp admin 0812 3456 7892\n, sari 0812 3456 7893", []string{"PHONE=0812 3456 7890", "PHONE=0812 3456 7891", "PHONE=0812 3456 7892", "PHONE=0812 3456 7893"}},
	{"names in lowercase after atas nama that no gazetteer knows, before what is said next; two of them; a clan's", "paket atas nama satria udh dtg blm?\nstruk atas nama tommy no hp +6281288003344\natas nama parlindungan hasibuan & rosmawati br sitorus", []string{"PERSON=satria", "PERSON=tommy", "PHONE=+6281288003344", "PERSON=parlindungan hasibuan", "PERSON=rosmawati br sitorus"}},
	{"no name in what atas nama names but a person", "atas nama perusahaan kami\natas nama toko sudah\natas nama baik keluarga", nil},
	{"a name in lowercase in a record apart by slashes, after its title or who speaks", "mbak ini data sy buat daftar kos ya / yuliana sari / nik 3578014507920003 / 0812 3309 4471\ntlg kirim ke rumah mertua aja kak / hj. nurhasanah / jl. pahlawan no 112 / 0813 2145 6678\nkoperasi? mau nanya / sy karyati / nik 3313026512840001 / kk 3313021406110015", []string{"PERSON=yuliana sari", "NIK=3578014507920003", "PHONE=0812 3309 4471", "PERSON=nurhasanah", "ADDRESS=jl. pahlawan no 112", "PHONE=0813 2145 6678", "PERSON=karyati", "NIK=3313026512840001", "KK=3313021406110015"}},
	{"no name in a record's words of goods", "kemeja putih / ukuran L / hp 0812 3456 7890 / bayar cod\nmau tanya / harga sepatu / no 0812 3456 7891", []string{"PHONE=0812 3456 7890", "PHONE=0812 3456 7891"}},
	{"a name in lowercase after who speaks, before where the person is; after ini sy", "sy melisa mau komplain barang pecah\nkak pulsa 50rb ya, ini sy wening\nsy wilson di kalibata city", []string{"PERSON=melisa", "PERSON=wening", "PERSON=wilson"}},
	{"no name in what the person says of themselves", "sy kesel mau komplain\nsy kerja di jakarta\nsy tinggal di bogor\nini sy sendiri\nsy lapar di rumah", nil},
	{"a name in lowercase before a birth's place and date, or lahir and a date", "kak data anak sy buat sertifikat lomba: aqila rahmadani, bandung 21 april 2015\npak ini data penghuni baru: arif budiman, lahir 17 juni 1985, nik 1271031706850005", []string{"PERSON=aqila rahmadani", "DOB=21 april 2015", "PERSON=arif budiman", "DOB=17 juni 1985", "NIK=1271031706850005"}},
	{"no birth in a name's errand and its date", "ok: budi, kirim 21 april 2020\nok: budi, tgl 21 april 2020", nil},
	{"a name in lowercase after nama before the next field's word; a street's name in lowercase with a day's word", "ok kak nik nya 3172 0444 0500 0007 nama melati kusumawardani sesuai ktp\nnama soedjatmiko lahir 8 agustus 1952\nke jl. raya pasar minggu no 18 brp?", []string{"NIK=3172 0444 0500 0007", "PERSON=melati kusumawardani", "PERSON=soedjatmiko", "DOB=8 agustus 1952", "ADDRESS=jl. raya pasar minggu no 18"}},
	{"no name in a thing's name after nama; no street past the address's number", "nama barang no 5\nnama toko sesuai ktp\njl. mawar minggu depan ya", nil},
	{"a name in lowercase after a.n. and whose it is", "bayar qris a.n mamah yuliani\na.n siswa kenzie nis 20220417", []string{"PERSON=yuliani", "PERSON=kenzie", "GOVID=20220417"}},
	{"no name in whose alone after a.n.", "a.n mama saya\na.n anak saya", nil},
	{"a passport after a comma; an OTP after what the person got; a pension's and a meter's number; a password after where it is used", "For the lease I can provide my passport, TK8820341.\nLast OTP I got was 739204, last login\nbapak saya, Soedjono, Nopen 131008765432. Syaratnya apa saja?\nmeteran listrik 45012345678 sering turun\npassword dashboard saya ganti jadi Toko$ejahtera2024 ya", []string{"PASSPORT=TK8820341", "SECRET=739204", "PERSON=Soedjono", "GOVID=131008765432", "GOVID=45012345678", "SECRET=Toko$ejahtera2024"}},
	{"a holder's name before an ID in brackets and before a bank; an employee's code after NIP; a name after atas nama and who the holder is; a parent's after orang tua", "oma saya, Lidia Tumbelaka (no pasien APT-11230), nanti\ntukang: Parjo BRI 1234-01-000987-50-2, Tukimin BRI 1234-01-000876-50-9\nNIP: EMP-1045 / Tanggal: 5-9 Agustus\natas nama mahasiswa Bagus Wicaksono\norang tua Syahrial, No KK 3171062209120015", []string{"PERSON=Lidia Tumbelaka", "GOVID=APT-11230", "PERSON=Parjo", "BANK_ACCOUNT=1234-01-000987-50-2", "PERSON=Tukimin", "BANK_ACCOUNT=1234-01-000876-50-9", "GOVID=EMP-1045", "PERSON=Bagus Wicaksono", "PERSON=Syahrial", "KK=3171062209120015"}},
	{"no name in a shop before its bank, a firm after atas nama, an old colour; no meter in a count", "Toko Maju BCA 1234567890\natas nama perusahaan Maju Jaya\nwarna hijau tua\nmeteran listrik 2 buah\norang tua siswa wajib hadir", []string{"BANK_ACCOUNT=1234567890"}},
	{"no name in a verb after a title in lowercase", "Ada obat flu untuk ibu menyusui? Yang aman\nbu berangkat jam 5", nil},
	{"no name after a car's battery or in a title's transfer; to whom after ke", "Ganti aki mobil Xenia, aki GS Astra NS60 berapa sudah pasang?\nMohon info biaya balik nama sertifikat tanah luas 120 m2\nbalik nama ke Budi Santoso", []string{"PERSON=Budi Santoso"}},
	{"a European address with its postcode; a family name with Mc; a given name joined by a hyphen before an e-mail", "address in Germany Lindenstraße 42, 10969 Berlin. Phone\nOld address was Jl. Gajah Mada No. 21, Denpasar. Peter McGrath\nPlease check. Anna-Lena Hoffmann, anna.hoffmann@gmx.de", []string{"ADDRESS=Lindenstraße 42, 10969 Berlin", "ADDRESS=Jl. Gajah Mada No. 21, Denpasar", "PERSON=Peter McGrath", "PERSON=Anna-Lena Hoffmann", "EMAIL=anna.hoffmann@gmx.de"}},
	{"no address in a room's number and a year", "Kamar 12, 2024 Renovasi\nPromo 12, 2024 Diskon", nil},
	{"a name after name was, after attn, after a guide's word", "The guide's name was Wayan I think?\nPlease send the quotation to us attn Yuliana.\ntour guide Ketut sudah jemput", []string{"PERSON=Wayan", "PERSON=Yuliana", "PERSON=Ketut"}},
	{"no name after top up or a guide's book", "mau top up Diamond ML\nguide book Lonely Planet", nil},
	{"an apartment's unit of four digits after its tower's letter", "tinggal di apartemen gading nias tower d 1512, stevanus\nTower D 1512", []string{"ADDRESS=tower d 1512", "ADDRESS=Tower D 1512"}},
	{"no unit in a tower's year", "tower A 2024 dibangun\ntower B sedang renovasi", nil},
	{"a name in lowercase after a title in brackets; after an for atas nama past a comma", "telp 0856 4420 1177 (koh aliong)\nkec. kemayoran jakpus 10640, an dewi lestari", []string{"PHONE=0856 4420 1177", "PERSON=aliong", "ADDRESS=kec. kemayoran jakpus 10640", "PERSON=dewi lestari"}},
	{"a name's old form after from, before to, where a name is spoken of; no place", "can you change the name on the booking from Jake Morrison to Jacob Morrison? That is\nmy name is Budi, flying from Jakarta to Bali", []string{"PERSON=Jake Morrison", "PERSON=Jacob Morrison", "PERSON=Budi"}},
	{"a common given name after whose relative and a comma at the clause's end", "ada acara keluarga. sy abinya, ridho", []string{"PERSON=ridho"}},
	{"no name in a word after a relative and a comma", "anaknya, sakit", nil},
	{"a Korean given name after the family's, after I am and after a title", "I am Kim Min-jun\nPak Kim Min-jun sudah", []string{"PERSON=Kim Min-jun", "PERSON=Kim Min-jun"}},
	{"a game's ID before its zona; a renter's name; Hari with a family name after atas nama; Buton's Wa Ode before a phone", "refund dong kak salah input ID, harusnya 56712398 zona 2201, td aku salah\nplat B-4034-MN, penyewanya Bobby Tanjung. Tolong info\nAtas nama Hari Mukti, Jl. Pattimura No. 12\nKeluarga: Wa Ode Nurmi 628871680185", []string{"GOVID=56712398", "PLATE=B-4034-MN", "PERSON=Bobby Tanjung", "PERSON=Hari Mukti", "ADDRESS=Jl. Pattimura No. 12", "PERSON=Wa Ode Nurmi", "PHONE=628871680185"}},
	{"no game in a zone's word alone; no name in a day after atas nama", "zona merah 12345678\natas nama Hari Senin", nil},
	{"a given name opening a sentence before a dash and the team", "IP kantor kayaknya diblok. Fadli - tim IT support\nsurat dokter menyusul. Nanda - CS shift pagi. Kalau ada", []string{"PERSON=Fadli", "PERSON=Nanda"}},
	{"no name in a word before a dash and a team", "Promo - tim marketing", nil},
	{"every name in a list apart by slashes after a name found", "Bu Sarinah / Karsinah / Waginem / Toko Maju", []string{"PERSON=Sarinah", "PERSON=Karsinah", "PERSON=Waginem"}},
	{"names and a street with accented letters, read by their base letters", "I am Siti Nurhaliza Putri and my fiancé is Étienne Marchand. My number 0857 2419 3360\nmy daughter: Lucía Romero, 3C, allergic\nPlease help. Benoît Lefèvre", []string{"PERSON=Siti Nurhaliza Putri", "PERSON=Étienne Marchand", "PHONE=0857 2419 3360", "PERSON=Lucía Romero", "PERSON=Benoît Lefèvre"}},
	{"no name in an accented word of business", "kopi café latte ÷ 2 × 3", nil},
	{"an agent's code after its word", "Saya agen baru, kode agen AGN-554120, mau tanya komisi\nID agent AG-00912", []string{"GOVID=AGN-554120", "GOVID=AG-00912"}},
	{"no code in an agent's words alone", "agen resmi Samsung\nagen travel kami", nil},
	{"a relative's given name that is a word too, alone at the clause's end", "td pagi ditinggal sm istri sy mega\nistri sy ayu, dia yg bayar", []string{"PERSON=mega", "PERSON=ayu"}},
	{"no name in what is said of a relative", "anak saya indah sekali\nistri saya cantik", nil},
	{"a given name in lowercase after whom the message addresses, before what the person does", "bu guru, alya hari ini izin gk masuk ya, demam\npak, rina mau tanya", []string{"PERSON=alya", "PERSON=rina"}},
	{"a street's number after nomer, spelled out too", "alamatnya di jalan mangga dua nomer dua belas rt tiga rw lima\nkirim ke jl. mawar nomer 5", []string{"ADDRESS=jalan mangga dua nomer dua belas rt tiga rw lima", "ADDRESS=jl. mawar nomer 5"}},
	{"a corrected name after jd, with an initial in lowercase", "kak ganti nama penerima jd m. rizky ramadhan ya, alamat sama", []string{"PERSON=m. rizky ramadhan"}},
	{"no name after jd where no name is spoken of", "jd gimana kak", nil},
	{"a kos tenant's given name by the room", "nanti saya ganti. Bella kamar 5\nAku penghuni baru kamar 11, Febri. Btw aku", []string{"PERSON=Bella", "PERSON=Febri"}},
	{"no name in a room's kind", "kamar 5, Standar.", nil},
	{"list items with a phone in brackets, however long the bracket", "x (ortu 12), Rina (ort 0812-1111-3333), Tirtu", []string{"PERSON=Rina", "PHONE=0812-1111-3333", "PERSON=Tirtu"}},
	{"a plate with dashes and no keyword", "motornya AB-1234-XY warna merah, mobil (DK-7656-WN), B-1234-KJT.\nmobil (X), B-1234-KJT. nopol AB-1234 ya", []string{"PLATE=AB-1234-XY", "PLATE=DK-7656-WN", "PLATE=B-1234-KJT", "PLATE=B-1234-KJT", "PLATE=AB-1234"}},
	{"no plate in an SKU with dashes", "SKU KT-001-M habis, kaos BK-2040-XL stok 3, AB-1234-XY-2", nil},
	{"a card in its own layout after a receipt's word", "Di struk cuma ada 4866 3869 1769 0503, saya mau cek ke bank", []string{"CARD=4866 3869 1769 0503"}},
	{"no couple in two towns joined by &", "Harga beton cor K-225 Rp 980.000/m3, lokasi Denpasar & Badung\nkirim ke Surabaya & Sidoarjo", nil},
	{"no name after a chat title that ends its sentence", "Apotek buka 24 jam nggih kak. Paracetamol 500mg 1 strip Rp 5.500", nil},
	{"a given name after a chat title that ends its sentence", "makasih kak. Rina nanti transfer", []string{"PERSON=Rina"}},
	{"no name in a dish named after its cook", "Sate babi Pak Dobiel buka jam 7 pagi\npesan bubur Bu Ningsih 3 porsi", nil},
	{"no house number in a price after the street", "Mie ayam Tumini di Jl. Imogiri Timur 13rb semangkuk", nil},
	{"a house number with a letter after its word", "Jl. Mawar No. 15k", []string{"ADDRESS=Jl. Mawar No. 15k"}},
	{"a passport's number after nomornya, a few words past its keyword", "Pak, paspor saya nomernya C 4821736, berlaku sampai 2029.\nBeta pu paspor baru su jadi, nomornya E 0938271. Beta kirim", []string{"PASSPORT=C 4821736", "PASSPORT=E 0938271"}},
	{"a new password after jadi, a few words past its keyword", "Kak, aku ganti password akun member apotek jadi Melati#1990. Tolong\nchanged my password for the app to Bunga_2024 yesterday", []string{"SECRET=Melati#1990", "SECRET=Bunga_2024"}},
	{"no password in what a password became", "password akun saya jadi error\npassword nya mau diganti jadi apa ya", nil},
	{"a name after Palembang's cek and Manado's kaka", "atas namo Cek Ani, antar ke\nkita pe kaka Meiske so bayar?", []string{"PERSON=Ani", "PERSON=Meiske"}},
	{"no name after cek the verb", "tolong cek Resi JNE\nCek Ongkir ke Medan", nil},
	{"an address after Minang's ka for to", "Kirim ka Jorong Koto Tuo, Nagari Balingka, Kab. Agam. No hp", []string{"ADDRESS=Jorong Koto Tuo, Nagari Balingka, Kab. Agam"}},
	{"an alley named after an address found, as the same address", "sekarang di Kost Putri Melati kamar 7, Gg. Nitipuran, Sewon", []string{"ADDRESS=Kost Putri Melati kamar 7", "ADDRESS=Gg. Nitipuran, Sewon"}},
	{"no name after a train's KA", "naik KA Argo Bromo jam 8", nil},
	{"a Balinese woman's name with Luh", "tiang nitip ke Luh Sari nggih\nLuh Sari sudah bayar", []string{"PERSON=Luh Sari", "PERSON=Luh Sari"}},
	{"a name after nama and the driver's word or a particle", "nama saya kan Cahaya, bukan Cahyo\nnama sopir kita Kristo, plat\nnama drivernya Kristo", []string{"PERSON=Cahaya", "PERSON=Cahyo", "PERSON=Kristo", "PERSON=Kristo"}},
	{"no name in whose a thing is after nama", "nama anak les nya siapa\nnama sopir siapa ya", nil},
	{"a name that signs off with a glued dash", "Nanti kuisi bensinnya. -Jhonson", []string{"PERSON=Jhonson"}},
	{"a name that signs off before the writer's town", "kabari menawi sampun dugi. - Suparmi, Gunungkidul", []string{"PERSON=Suparmi"}},
	{"no name in a town after a name found", "makasih - Budi Santoso, Sleman\nok. -Terima", []string{"PERSON=Budi Santoso"}},
	{"a birth date and the other it may be", "lahirnya kapan ya? 14/02/2010 apa 14/02/2011? Buat daftar\nDOB 12/03/1995 or 13/03/1995", []string{"DOB=14/02/2010", "DOB=14/02/2011", "DOB=12/03/1995", "DOB=13/03/1995"}},
	{"a name no list knows before whose relative it is", "nanti yg terima Ahong adik saya\nyg ambil Ahong, adik saya", []string{"PERSON=Ahong", "PERSON=Ahong"}},
	{"no name in a day before a relative", "Kemarin adik saya datang\nok. Senin istri saya ambil", nil},
	{"a name in single quotes after namanya", "ada label namanya 'Hendra W.' gitu di kerahnya", []string{"PERSON=Hendra W"}},
	{"no address across the full stop after a village's word", "tolong bantu kirim paket ke kampung. Penerima: Mama Yuliana Bunga, Desa Wolowaru, Kab. Ende. Beta pu HP", []string{"PERSON=Yuliana Bunga", "ADDRESS=Desa Wolowaru, Kab. Ende"}},
	{"the writer's given name after whose parent she is, signing off", "Surat dokter nyusul. - Ibunya Naufal, Sari", []string{"PERSON=Naufal", "PERSON=Sari"}},
	{"a name after eastern Indonesia's ade, and the given name Ade", "Sa pu ade Otto Mirino yang nanti ambil\nlupa nomer rekening ade Elsye, coba\nAde Rai sudah transfer", []string{"PERSON=Otto Mirino", "PERSON=Elsye", "PERSON=Ade Rai"}},
	{"a family name that is an order's word too", "Hi, this is Jonathan Price from room 12", []string{"PERSON=Jonathan Price"}},
	{"no family name in an amount's word before its number", "saya Budi Harga 50rb\nsaya Budi Harga Rp 50.000", []string{"PERSON=Budi", "PERSON=Budi"}},
	{"a Korean name after a relative's word, its family's word an address's too", "my wife Park Ji-yeon will check in", []string{"PERSON=Park Ji-yeon"}},
	{"a name in lowercase before the number's word and the phone", "owner nayla putri wa +62 812 3456 7890\nkontak rina putri 0812 3456 7890", []string{"PERSON=nayla putri", "PHONE=+62 812 3456 7890", "PERSON=rina putri", "PHONE=0812 3456 7890"}},
	{"no name in whom to call before a phone", "hubungi admin wa 0812 3456 7890\nhubungi kami di wa 0812 3456 7890", []string{"PHONE=0812 3456 7890", "PHONE=0812 3456 7890"}},
	{"a house's number before the street and the town in English order, after live or deliver", "I live at 15 Kingsway, London\ndeliver to 15 Kingsway, London", []string{"ADDRESS=15 Kingsway, London", "ADDRESS=15 Kingsway, London"}},
	{"no address in a count before a place after ship or kirim", "kirim ke 2 Cabang, Bandung\nwe ship to 3 Cities, mostly\nlive streaming jam 8", nil},
	{"a token that reads as a password anywhere in a text that speaks of one", "password wifi udah aku ganti kemarin. Yang lama kayaknya Bali2020! yg baru nanti aku kirim", []string{"SECRET=Bali2020!"}},
	{"no password in a phone's model or a code in capitals", "password nya lupa, mau beli iPhone15 dulu\nlupa password, order INV2024A", nil},
	{"a birth date in full after its year", "Iya betul, saya lahir 1998, tepatnya tgl 7 Juli 1998 di Bandar Lampung.", []string{"DOB=1998", "DOB=7 Juli 1998"}},
	{"an address abroad after its label's fillers, its particles in it", "My forwarding address will be 14 Rue de la Paix, 75002 Paris. Sincerely, Antoine Dubois", []string{"ADDRESS=14 Rue de la Paix, 75002 Paris", "PERSON=Antoine Dubois"}},
	{"no address after address and a verb", "address will be confirmed later", nil},
	{"a name after its label and a dash, and no name in a nationality", "Candidate profile: Name – Oluwaseun Adebayo; DOB – 04 March 1989; Nationality – Nigerian; Email – seun.adebayo@gmail.com", []string{"PERSON=Oluwaseun Adebayo", "DOB=04 March 1989", "EMAIL=seun.adebayo@gmail.com"}},
	{"no name in a nationality after a dash", "Nationality - Nigerian", nil},
	{"no name in Javanese tulung after a title", "mas tulung topupdiamond dong", nil},
	{"a name after a nun's or a nurse's Sr.", "hari ini tukar shift dengan Sr. Yuliana. Sudah disetujui", []string{"PERSON=Yuliana"}},
	{"no name after a senior's Sr.", "Sr. Manager Finance\nSr Software Engineer", nil},
	{"a name that signs off before the writer's post in brackets", "soalnya blm masuk sampai sore ini. - Sulastri (Kasir Cab. Kediri)", []string{"PERSON=Sulastri"}},
	{"an address after its label's words and colon", "Mohon konfirmasi, alamat untuk pengiriman laptop WFH: Taman Surya 5 Blok HH1 No. 21, Pegadungan, Kalideres, Jakarta Barat 11830, a.n. Wilson Tanoto", []string{"ADDRESS=Taman Surya 5 Blok HH1 No. 21, Pegadungan, Kalideres, Jakarta Barat 11830", "PERSON=Wilson Tanoto"}},
	{"an account after a time's word, its bank after a word that says which", "Nomor rekening yg sy kasih minggu lalu 0091234567 itu BNI, bukan BRI.", []string{"BANK_ACCOUNT=0091234567"}},
	{"no account in an order's or a total's number before a bank", "order 1234567890 BCA\ntotal 1500000000 BCA\nharga 1500000 itu BCA ya", nil},
	{"a name after sy and the particle kan", "kok di slip sy tertulis nama Bapak Salim Assegaf? sy kan Salim Alatas", []string{"PERSON=Salim Assegaf", "PERSON=Salim Alatas"}},
	{"a given name set off by commas after whom, new or in a post", "Bu, ini pak satpam yg baru, Slamet, katanya blm dpt jadwal\nour new driver, Budi, will come", []string{"PERSON=Slamet", "PERSON=Budi"}},
	{"no name in a dish set off by commas after new", "menu baru, Rendang, enak", nil},
	{"a name in a list whose word is a bank's or a place's too", "karyawan atas nama Bayu Saputra, Indah Permatasari dan Jaya Kusuma belum mengumpulkan\nyg belum ambil seragam: Agus Setiawan, Bayu, Intan Permata, Wulan. Ambil\nBudi Santoso dan Intan Permata belum", []string{"PERSON=Bayu Saputra", "PERSON=Indah Permatasari", "PERSON=Jaya Kusuma", "PERSON=Agus Setiawan", "PERSON=Bayu", "PERSON=Intan Permata", "PERSON=Wulan", "PERSON=Budi Santoso", "PERSON=Intan Permata"}},
	{"no name in a bank or a shop after a name", "Budi Santoso, Rina dan Bank Mandiri\nBudi Santoso dan Toko Jaya", []string{"PERSON=Budi Santoso", "PERSON=Rina", "PERSON=Budi Santoso"}},
	{"a list item's name before a dash and its NIK or phone", "Berikut data calon karyawan: / 1. Suhartini – 3173044203870004 / 2. Maman Suherman – 3173041509800002\n1. Suhartini - 0812 3456 7890", []string{"PERSON=Suhartini", "NIK=3173044203870004", "PERSON=Maman Suherman", "NIK=3173041509800002", "PERSON=Suhartini", "PHONE=0812 3456 7890"}},
	{"no name in an advert's words before a dash and a phone", "Harga Promo - 0812 3456 7890\nHubungi Kami - 0812 3456 7890", []string{"PHONE=0812 3456 7890", "PHONE=0812 3456 7890"}},
	{"a name before whose relative it is, in brackets", "Tolong ditambahkan ke data tanggungan: Intan Nuraini (istri, lahir 03-03-1996) dan Bagas Pratama (anak, lahir 10-10-2022).", []string{"PERSON=Intan Nuraini", "DOB=03-03-1996", "PERSON=Bagas Pratama", "DOB=10-10-2022"}},
	{"no name in a shop before a branch in brackets", "Toko Indah Jaya (anak cabang)", nil},
	{"no address in a regency and a year", "UMR Kabupaten Bekasi 2024 Rp 5.219.263, jadi gaji pokok naik", nil},
	{"a number in a passport's form anywhere on a line that speaks of one", "Eh salah kak, paspornya bukan C 7654321 tapi C 7654312, maaf typo\nok kak, ini no paspor kami sekeluarga: sy B 7730125, istri B 7730126\nChinese passports for the visa: Liu Hao E83120478.", []string{"PASSPORT=C 7654321", "PASSPORT=C 7654312", "PASSPORT=B 7730125", "PASSPORT=B 7730126", "PERSON=Liu Hao", "PASSPORT=E83120478"}},
	{"no passport in a plate or a code on a passport's line", "paspor sudah, mobil B 1234 XYZ, kode ABC1234567", []string{"PLATE=B 1234 XYZ"}},
	{"a card's security code after the card and its expiry or its word", "pakai kartu kredit suami sy ya: 5282 9743 3964 0421, berlaku s/d 11/27, kode 3 angka di belakangnya 083\ncard: 4457032909448949 / 05-27 / 118\nThe number is 370801309294513 and the code on the front is 5521", []string{"CARD=5282 9743 3964 0421", "SECRET=11/27", "SECRET=083", "CARD=4457032909448949", "SECRET=118", "CARD=370801309294513", "SECRET=5521"}},
	{"no security code in a count after a card", "kartu 4457032909448949 untuk 200 orang", []string{"CARD=4457032909448949"}},
	{"a given name before its age after a comma", "Anak yg besar namanya Bima, 12 thn. Yg kecil Arjuna, 7 thn. Tiket pesawat\nSari, 5 tahun", []string{"PERSON=Bima", "PERSON=Arjuna", "PERSON=Sari"}},
	{"no name in a time before a count of years", "Kemarin, 5 tahun lalu", nil},
	{"a name in capitals with a middle initial after name on card and its colon", "Name on card: MARGARET A THOMPSON, card no. 3445 587805 56694 (AmEx)\nnama: BUDI A SANTOSO", []string{"PERSON=MARGARET A THOMPSON", "CARD=3445 587805 56694", "PERSON=BUDI A SANTOSO"}},
	{"a name after the name on a document is", "please note the name on my passport is SATO HARUKI, no. TK8810247", []string{"PERSON=SATO HARUKI", "PASSPORT=TK8810247"}},
	{"no name after the name on a list is", "the name on the list is wrong", nil},
	{"a name before born and a birth date", "please find my husband's details for the Komodo trip: Jean-Luc Marchand, born 1979-05-23, passport 19AF22841", []string{"PERSON=Jean-Luc Marchand", "DOB=1979-05-23", "PASSPORT=19AF22841"}},
	{"no name in a hotel before born", "Hotel Indah, born 1990", []string{"DOB=1990"}},
	{"no name in a landmark named after a saint, after a town's word", "Itinerary Day 3: City tour Istanbul - Blue Mosque - Hagia Sophia - Grand Bazaar, makan malam", nil},
	{"no house's number in a count after a villa's name", "Villa Mawar 3 bedroom private pool tersedia 12-16 Sept", nil},
	{"no name in a villa's name, capitalised", "Check-out time at Villa Sari Dewi is 11:00.\nRate Villa Sari Dewi naik 20%", nil},
	{"a guest's name after villa in lowercase", "tamu villa Budi Santoso check in", []string{"PERSON=Budi Santoso"}},
	{"a birth date in brackets after each of a list's names", "Anak-anak: TANUWIJAYA/GABRIEL MSTR (DOB 22JAN2017), TANUWIJAYA/GRACIA MISS (DOB 30SEP2019)", []string{"PERSON=TANUWIJAYA/GABRIEL MSTR", "DOB=22JAN2017", "PERSON=TANUWIJAYA/GRACIA", "DOB=30SEP2019"}},
	{"a pilgrim's name after Jamaah and its colon, and after Nyak", "Jamaah: HASANUDDIN BIN LATIF, paspor C 9021738\n(2) Cut Nyak Rahmah binti Usman, (3)", []string{"PERSON=HASANUDDIN BIN LATIF", "PASSPORT=C 9021738", "PERSON=Rahmah binti Usman"}},
	{"a given name after GIVEN and its colon, not after given", "Passport detail - SURNAME: NAKAMURA / GIVEN: AYAKO / DOB: 28 JUL 1990\ngiven Budi's schedule", []string{"PERSON=NAKAMURA", "PERSON=AYAKO", "DOB=28 JUL 1990"}},
	{"no name after jamaah or cut in chat", "jamaah haji 2025 berangkat\ncut off jam 5", nil},
	{"a passport's number after a manifest's PP", "Passenger: PUTRI/ANISA MS / DOB 12MAR1998 / PP B9876543 exp 02MAY2030 / nationality IDN", []string{"PERSON=PUTRI/ANISA MS", "DOB=12MAR1998", "PASSPORT=B9876543"}},
	{"no passport after chat's pp for a round trip", "tiket pp Jakarta-Bali kode X1234567\nOngkir PP Rp 50.000", nil},
	{"a given name after a name found and a comma, before a traveller's verb", "Tolong tiketnya atas nama Rahayu aja, Bayu nyusul besok naik kereta", []string{"PERSON=Rahayu", "PERSON=Bayu"}},
	{"a given name that is a word too before here, as who writes", "hi guys, Ayu here (the one with the surfboards).", []string{"PERSON=Ayu"}},
	{"no name in a word before here is", "Indah here is the view", nil},
	{"no account held by a firm", "Rekening resmi kantor: BCA 5230 888 999 a.n. PT Safari Haramain Wisata.\nBCA 5230888999 an CV Maju Jaya", nil},
	{"an account held by a person", "transfer ke BCA 5230888999 a.n. Budi Santoso", []string{"BANK_ACCOUNT=5230888999", "PERSON=Budi Santoso"}},
	{"no name in a public figure after a short office's word first in the text", "Menkes Budi Gunadi Sadikin meresmikan gedung layanan jantung", nil},
	{"no name in a hospital named after a doctor", "RSJ Dr. Radjiman Wediodiningrat membuka layanan konseling remaja", nil},
	{"a patient's name after pasien", "Nilai kritis! Pasien Sumarno bed 4 ruang Dahlia, kalium 6,8\nini foto resepnya ya kak. pasien Rahmawati 45 th.", []string{"PERSON=Sumarno", "PERSON=Rahmawati"}},
	{"no name in a patient's class after pasien", "Pasien Umum bayar di kasir\npasien BPJS antri\nPasien Baru daftar di loket 2", nil},
	{"a medical record's number in its groups after RM", "mohon dicarikan berkas RM 12-09-44 an. Budi\nRM bayi 24-05-118", []string{"GOVID=12-09-44", "PERSON=Budi", "GOVID=24-05-118"}},
	{"no record in ringgit after RM", "harga RM 150\nRM 12-2024", nil},
	{"a JKN card's number with four zeros first, far from its keyword", "bpjs sy nonaktif katanya, padahal bayar tiap bulan lewat indomaret. nomornya 0000987261543, tolong dicek", []string{"BPJS=0000987261543"}},
	{"a name whose first word is a place's or a bank's too, after a title", "Ruang Mawar lt 2: bed 1 Tn. Jaya Kusuma (PPOK), bed 2 Ny. Rina (CKD)\nBu Permata Sari, tolong", []string{"PERSON=Jaya Kusuma", "PERSON=Rina", "PERSON=Permata Sari"}},
	{"a name before a comma and its NIK", "vaksin ke-3 sy blm muncul. Bernadeta Wea, 5301054107900002", []string{"PERSON=Bernadeta Wea", "NIK=5301054107900002"}},
	{"a name in a file's name", "sy kirim CV_Gilang_Ramadhan.pdf ya pak\nini scan_ktp_budi_santoso.jpeg\nlampiran Ijazah-Dewi-Lestari.pdf\nCV Yoga Pratama.docx", []string{"PERSON=Gilang_Ramadhan", "PERSON=budi_santoso", "PERSON=Dewi-Lestari", "PERSON=Yoga Pratama"}},
	{"no name in a business's file name", "laporan_penjualan_Q3_2024.xlsx\nPO_Toko_Makmur_Jaya.pdf\nInvoice_PT_Sinar_Abadi.pdf\nbrosur_promo_lebaran.pdf, Menu Cafe Kenanga.pdf", nil},
	{"Singapore's eight digits in two fours after a phone's keyword", "my mobile 9123 4487, phone 6123-4567\nhp 1234 5678\ntotal 8800 1200", []string{"PHONE=9123 4487", "PHONE=6123-4567"}},
	{"no name in a verb that is a given name too", "Mark as read please\nMark the date: 12 Jan", nil},
	{"a given name and a family's before another's name after and", "Mark Thompson and Lisa Chen will join\nBank Mandiri dan Budi Santoso\nJalan Sudirman dan Rina Wati", []string{"PERSON=Mark Thompson", "PERSON=Lisa Chen", "PERSON=Budi Santoso", "PERSON=Rina Wati"}},
	{"a second record's number in dashed groups after dan", "no RM 12-09-44 dan 24-05-118\nRM 12-09-44 dan 24-05-2024", []string{"GOVID=12-09-44", "GOVID=24-05-118", "GOVID=12-09-44"}},
	{"a railway's staff number after NIPP; a name before SIM", "nama Budi, NIPP 41085\nPengemudi lawan: Samsul Bahri, SIM 123456789012\nganti Kartu SIM 0812", []string{"PERSON=Budi", "GOVID=41085", "PERSON=Samsul Bahri", "GOVID=123456789012"}},
	{"a consumer's or a debtor's ID after its label", "ID Konsumen: 2001-0334-5518\nID Debitur: 7712-0099\nID Konsumen di aplikasi", []string{"GOVID=2001-0334-5518", "GOVID=7712-0099"}},
	{"a child's name after a parent's word and dari", "Perkenalkan saya ibu dari Arkhan Malik yang baru pindah\nan Bu Rina (ibu dari Aqsha)\nTante Sri (maminya Rico)\nibu dari Medan, bapak dari Jakarta Selatan, ibu dari Dinas Pendidikan", []string{"PERSON=Arkhan Malik", "PERSON=Rina", "PERSON=Aqsha", "PERSON=Sri", "PERSON=Rico"}},
	{"a name before its possessive and a value's keyword", "Hi teacher, Noah's passport number is A1234567\nSarah’s phone is broken\nJakarta's address, the Company's phone number\nJohn Smith's email is j@x.com", []string{"PERSON=Noah", "PASSPORT=A1234567", "PERSON=Sarah", "PERSON=John Smith", "EMAIL=j@x.com"}},
	{"a second name after sm, chat's sama", "ini Vina sm Ovi, mau ikut\nuang kos Kak Rani sm Dodo.\nPak Budi sm istri", []string{"PERSON=Vina", "PERSON=Ovi", "PERSON=Rani", "PERSON=Dodo", "PERSON=Budi"}},
	{"a person's number in brackets after the name", "saya mahasiswa bimbingan Ibu, Rizky Pratama (13521087), ingin\nKetua: Budi Santoso (20/456789/SV/18012)\nDaftar: Rina Wati (H1A019112)\nBudi Santoso (12/03/24), Bu Rina (08.00-15.00), Pak Joko (2019)", []string{"PERSON=Rizky Pratama", "GOVID=13521087", "PERSON=Budi Santoso", "GOVID=20/456789/SV/18012", "PERSON=Rina Wati", "GOVID=H1A019112", "PERSON=Budi Santoso", "PERSON=Rina", "PERSON=Joko"}},
	{"no name in a school's or a class's name, a level or a school's short form", "Kelas 7 Umar bin Khattab dan 7 Abu Bakar ikut lomba\nBimbel Prima cabang Bekasi\nSekolah Dasar Islam Terpadu Nurul Fikri membuka kelas 1\nOSN tingkat kabupaten ditutup 15 Maret\nmanasik haji TK dilaksanakan Sabtu", nil},
	{"names in a numbered roll call, each with its status", "Absen bimbel hari ini: 1. Nabil hadir 2. Keanu izin 3. Salwa hadir\n1. Paket hadir", []string{"PERSON=Nabil", "PERSON=Keanu", "PERSON=Salwa"}},
	{"a code after a word with a hyphen; a first password after awal", "Bun kode otp e-rapor 730158 jgn dikasih\nakun anak sy pw awal Ks20122604", []string{"SECRET=730158", "SECRET=Ks20122604"}},
	{"Google's verification code with its G", "verification code google classroom G-748201 masuk", []string{"SECRET=G-748201"}},
	{"a second password tried after sm or dan", "sy udh coba pw Gabriel2010 sm Gabriel@2010 gak bisa\npassword Bali2020! dan Bali2021! salah\npassword Rahasia22 dan email sy", []string{"SECRET=Gabriel2010", "SECRET=Gabriel@2010", "SECRET=Bali2020!", "SECRET=Bali2021!", "SECRET=Rahasia22"}},
	{"no school report's word in the name after it", "Rapor Qiandra Zahwa kelas 6A: Matematika 88", []string{"PERSON=Qiandra Zahwa"}},
	{"a number of its own in a record apart by slashes", "Data: Budi Santoso / 5025211034 / NIK 3173051407950003\nBudi / 15000000 / 081234567890", []string{"PERSON=Budi Santoso", "GOVID=5025211034", "NIK=3173051407950003", "PERSON=Budi", "PHONE=081234567890"}},
	{"a number before ini or itu and its keyword", "0138876120 ini NISN anak sy\n3173051407950003 itu NIK istri saya\nharga 150000 ini NIK", []string{"GOVID=0138876120", "NIK=3173051407950003"}},
	{"a KIP card's six capitals and digits", "PIP utk anak sy kls 5, no KIP 6Y8J2R mohon dicek\nno KIP: 6Y8J2R\nprogram KIP kuliah", []string{"GOVID=6Y8J2R", "GOVID=6Y8J2R"}},
	{"a registration's number after a word with a hyphen", "Halo kak, nomor pendaftaran KIP-K 2430912788014, status masih belum diverifikasi", []string{"GOVID=2430912788014"}},
	{"the holder's name before a comma and the account's keyword", "pencairan ke Samsudin, rek BRI 012345678901\nkirim ke Jakarta, rek 0123456789", []string{"PERSON=Samsudin", "BANK_ACCOUNT=012345678901", "BANK_ACCOUNT=0123456789"}},
	{"Aceh's Cut as a word of a name, and no name in a cut-off", "utk usaha: Cut Rahmi Ulfa, Banda Aceh\nCut Off Pengiriman jam 15.00, CUT OFF 15.00, cut rambut 50rb\nsiang, Yudhi Permana mau tanya pelunasan", []string{"PERSON=Cut Rahmi Ulfa", "PERSON=Yudhi Permana"}},
	{"a plate with no blanks after a vehicle's word", "yg unit Avanza hitam B1779SKW udh ketemu\nmotor beat AB1234XY\nSKU B1779SKW ready", []string{"PLATE=B1779SKW", "PLATE=AB1234XY"}},
	{"the name on a KTP after its word", "nama penerima Budi dgn KTP Muhamad Zulkarnaen\nKTP Bali ya, KTP Rusak", []string{"PERSON=Budi", "PERSON=Muhamad Zulkarnaen"}},
	{"a person's number after the name and no", "Polis PRUlink a.n. Budi Santoso no 38172209, minta info\nPak Joko no 5 ya", []string{"PERSON=Budi Santoso", "GOVID=38172209", "PERSON=Joko"}},
	{"a holder in lowercase after a party's word or a bank's and an", "nasabah an herman minta survey\ntransfer ke bca an herman susanto\ncustomer an angel", []string{"PERSON=herman", "PERSON=herman susanto"}},
	{"credentials: a password in its shape after a username and a slash, a username before its password's word, a code after a name", "user login: hendra.7d / Er4p0rt!\nsy pinjam akun spada ibu ya, bu.rina.guru pw Rahasia123. Buat upload\nlogin gmail.com pw Rahasia124\nform ini utk Budi Santoso C14210087 ya\nig: rina.w / Jakarta", []string{"HANDLE=hendra.7d", "SECRET=Er4p0rt!", "HANDLE=bu.rina.guru", "SECRET=Rahasia123", "SECRET=Rahasia124", "PERSON=Budi Santoso", "GOVID=C14210087", "HANDLE=rina.w"}},
	{"the first name after a numbered label, and the list's others", "kamar 301 Fajar, Galang, Ikhsan; kamar 302 putri\nkamar 301 Melati, lantai 2", []string{"PERSON=Fajar", "PERSON=Galang", "PERSON=Ikhsan"}},
	{"a given name before a child's school or class in brackets", "Murid les baru: Dani (SMP 2), rumahnya dekat masjid\nPaket Melati (SD 1), Kelas Cahaya (TK A)", []string{"PERSON=Dani"}},
	{"the owner's name before an account's colon, and the account", "Yg nanya, ini ig nya Salsa: @salsabila.n dia kuliah\nig Salsa: salsabila.n", []string{"PERSON=Salsa", "HANDLE=@salsabila.n", "PERSON=Salsa", "HANDLE=salsabila.n"}},
	{"a name after hallo, as after halo", "hallo faris, ini sy temen sebangku\nHallo kak, mau tanya\nhallo semua", []string{"PERSON=faris"}},
	{"more given names: after I'm, a role, before a phone", "Hi kak I'm Kimberly, can you deliver\nsudah diserahkan ke admin Tari\nhubungi aku aja Dita 081234567890\nbaju tari bali, Tari Kecak jam 6", []string{"PERSON=Kimberly", "PERSON=Tari", "PERSON=Dita", "PHONE=081234567890"}},
	{"an apartment's unit by its dashed code, or alone near a building's word", "tamu sy mau naik ke unit 3A-17, mobilnya\nkerusakan kunci unit 1203 a.n. Budi di lobby\nBerita acara: Unit 5B-08 / Penerima: Budi\nmotor 2 unit AC, sewa unit 2BR apartemen, stok 3 unit 1203 ready", []string{"ADDRESS=unit 3A-17", "ADDRESS=unit 1203", "PERSON=Budi", "ADDRESS=Unit 5B-08", "PERSON=Budi"}},
	{"a secret of letters and digits ends its keyword's label; an app's hyphenated name before a password", "token rese3aa98f7e6d5c rt: 210\npassword e-learning a7Q77nak ya\npassword e-learning saya lupa", []string{"SECRET=rese3aa98f7e6d5c", "ADDRESS=rt: 210", "SECRET=a7Q77nak"}},
	{"no address in a listing's distance, down payment or estate's advert; no title in a brand", "Dekat Jl. Sudirman, 5 menit ke stasiun MRT\nPerumahan Griya Asri Cikarang: DP 0%, cicilan mulai Rp 2,1jt\nDeveloper Sinar Mas Land membuka NUP\nalamat Jl. Mawar 5 jam 3 sore ya\nSiap Mas Budi", []string{"ADDRESS=Jl. Mawar 5", "PERSON=Budi"}},
	{"an owner's unit and its tower before an advert's words", "Sy Margaretha, pemilik unit 31-A Tower 2, mau sewakan unit. Harga 6jt/bln. Kalau ada peminat hub sy di 0812 8765 0021", []string{"PERSON=Margaretha", "ADDRESS=unit 31-A", "PHONE=0812 8765 0021"}},
	{"a quoted password in lowercase and digits where a password is spoken of", "skrg pw nya masih \"kosmelati2023\" udh bocor\npass wifi ruko lo apa? gw lupa -> \"tokojaya1988\" bukan?", []string{"SECRET=kosmelati2023", "SECRET=tokojaya1988"}},
	{"a lock's code after its word", "Kode alarm rumah 1357 sdh sy ganti\npintu pagar kode 3690\nkunci gembok pager 2468\ngembok kombinasinya 9-1-4-7 ya kak\nharga gembok 25000, pagar besi 2 meter harga 1.500.000, gembok 3 buah, pasang alarm 2024 baru", []string{"SECRET=1357", "SECRET=3690", "SECRET=2468", "SECRET=9-1-4-7"}},
	{"a land title's number after SHM or HGB; a parcel's after NIB", "Penjual Bpk. Budi (SHM No. 02871/Jatibening), Pembeli\nBalik nama SHM 4512 dr a.n. Alm. Budi\nNIB 12.05.07.02.00458\nSHM 2 lantai, SHM tahun 2019, SHM 2019", []string{"PERSON=Budi", "GOVID=02871/Jatibening", "GOVID=4512", "PERSON=Budi", "GOVID=12.05.07.02.00458"}},
	{"a land title's number of three digits after No., or with its village; a ring road's By Pass", "SHM asli No. 3345/Sukamaju a.n. Dra. Rina\nSHM No. 776/Wonorejo, hutang\nsebidang tanah SHM No. 612 Desa Kalasey\nSHM 1.250.000\nalamat Jl. By Pass Ngurah Rai No. 108, Sanur", []string{"GOVID=3345/Sukamaju", "PERSON=Rina", "GOVID=776/Wonorejo", "GOVID=612", "ADDRESS=Jl. By Pass Ngurah Rai No. 108, Sanur"}},
	{"a given name before what a child does", "bu, Kinan suka mabuk darat, mohon duduk di depan", []string{"PERSON=Kinan"}},
	{"no address's number in a plot's area or a building's floors", "Tanah di pinggir Jl. Raya Solo–Jogja, LT 2.500 m2, cocok\nShophouse for rent on Jl. Kemang Raya, 3 floors, IDR 250 million\nalamat Gedung Graha Lt 5 No 2", []string{"ADDRESS=Gedung Graha Lt 5 No 2"}},
	{"a customer's internet and water numbers, a SIM card's ICCID and IMSI, an IMEI after its slot, PUK codes", "no inet 131162809345 a.n Budi\ntolong aktifin lagi internet 141102003344, udah bayar\nnosam 07.03.01234, sambungan 01-02-003456\nIMEI1 352743117008671 kok keblokir\niccid 8962090923868312098, Imsi lama 510101234567890\nKode PUK: 19028374\nPaket internet 50 Mbps Rp 345.000, sambungan 2 titik", []string{"GOVID=131162809345", "PERSON=Budi", "GOVID=141102003344", "GOVID=07.03.01234", "GOVID=01-02-003456", "GOVID=352743117008671", "GOVID=8962090923868312098", "GOVID=510101234567890", "SECRET=19028374"}},
	{"a wifi network's name after SSID", "min lupa password wifi, SSID IndiHome_Keluarga_Sinaga. gmn resetnya?\nONT terpasang, SSID LADO_FAMILY, redaman -19 dBm\nSSID default modem", []string{"HANDLE=IndiHome_Keluarga_Sinaga", "HANDLE=LADO_FAMILY"}},
	{"a phone's owner of three words", "Maria Theresia Wulan 081234567890\nMy details: Bag Bagas Tas Tan, 62883862491490", []string{"PERSON=Maria Theresia Wulan", "PHONE=081234567890", "PERSON=Bagas Tas Tan", "PHONE=62883862491490"}},
	{"a SIM registration's numbers apart by #", "udah ketik REG 3273014505900003#3273011505120004# kirim ke 4444\norder #12345678 ya", []string{"NIK=3273014505900003", "NIK=3273011505120004"}},
	{"a utility's customer ID of eleven to thirteen digits where electricity or the internet is spoken of", "wifi lemot parah, ID 141520098877, tolong\nbeli token tp kodenya ilang. ID 14987654321. bisa\norder ID 123456789012 ya", []string{"GOVID=141520098877", "GOVID=14987654321"}},
	{"no name in an officer's post, an office or a force; no address in RT/RW with no number", "Pak Bhabinkamtibmas akan hadir\nbisa langsung ke rumah Pak Kadus.\nSekretariat RW 12 pindah ke Gedung Serbaguna\nSyarat: surat pengantar RT/RW, fotokopi KK\nterima kasih seluruh anggota Polri.\nalamat RT/RW 03/05 Kel. Cempaka", []string{"ADDRESS=RW 12", "ADDRESS=RT/RW 03/05 Kel. Cempaka"}},
	{"a vehicle's papers' numbers after BPKB or STNK and no; an e-filing number after EFIN", "atas nama Budi, BPKB no. N-03456712. Harus balik nama dulu?\nSTNK nomor 08745612.\nEFIN sy 4120987651 tdk bisa\nfoto stnk B1234XYZ\nperpanjang STNK 5 tahunan, bayar STNK Rp 2.500.000", []string{"PERSON=Budi", "GOVID=N-03456712", "GOVID=08745612", "GOVID=4120987651", "PLATE=B1234XYZ"}},
	{"no address in a public office's name and its address", "Kantor Kelurahan Cempaka Putih Timur, Jl. Rawasari Selatan No. 1, buka pukul 07.30\nKantor Desa Wonosari, Jl. Raya Wonosari KM 3, buka\nrumah sy dekat Kantor Desa, Jl. Mawar 5", []string{"ADDRESS=Jl. Mawar 5"}},
	{"a civil registry's certificate number by its form", "akta kematian a.n. almh. Rina No. 5104-KM-18092023-0056 sudah terbit\nkode 1234-AB-99345678-001", []string{"PERSON=Rina", "GOVID=5104-KM-18092023-0056"}},
	{"a name before its identity number in a list's item; a neighbourhood head's after ketua RT", "Reg kartu: Budi 4111111111111111, Rohmat 3273014505900003\nNIK: Total 3273014505900003\nsy ketua RT Darsono hp 081234567890\nketua RT Baru dilantik", []string{"PERSON=Budi", "CARD=4111111111111111", "PERSON=Rohmat", "NIK=3273014505900003", "NIK=3273014505900003", "PERSON=Darsono", "PHONE=081234567890"}},
	{"a name before a parent's work in brackets", "Surat rekomendasi, orang tua: Zulkarnain (buruh)\nPaket Hemat (petani)", []string{"PERSON=Zulkarnain"}},
	{"a prepaid meter's number after its word", "Mohon bantuan, meter prabayar 32004455667 di rumah Bu Rina", []string{"GOVID=32004455667", "PERSON=Rina"}},
	{"an internet customer's number after its provider and its number's word", "saya pelanggan IndiHome dengan nomor 122201998877 ingin berhenti\nPlease cancel. Internet number 122907766554, registered to me\npelanggan Biznet 2103948576 minta kompensasi\ninternet number 5 is down", []string{"GOVID=122201998877", "GOVID=122907766554", "GOVID=2103948576"}},
	{"a wifi's password after its place's word and a colon", "pwd wifi baru ruko: Ruko_Sentosa/99Jaya , admin router pin 220411", []string{"SECRET=Ruko_Sentosa/99Jaya", "SECRET=220411"}},
	{"a mother's maiden name after its words", "cust confirmed DOB and mother's maiden name Pangemanan. SIM replacement approved", []string{"PERSON=Pangemanan"}},
	{"a title word that is the name's last word too", "ini anak saya Rizky Ananda kelas 5, saya Habib Rizieq", []string{"PERSON=Rizky Ananda", "PERSON=Rizieq"}},
	{"a title said twice is many people's", "Pelatihan untuk ibu-ibu majelis taklim hari Ahad, bapak-bapak jamaah subuh", nil},
	{"a given name in lowercase opening the message or after when, before a verb", "td agus bilang tendanya kurang 2; nanti wulan sama dika yg jaga", []string{"PERSON=agus", "PERSON=wulan", "PERSON=dika"}},
	{"no name after when but a word", "nanti malam sama siapa, besok bayar ya", nil},
	{"a series of names with an initial first or last", "reuni: Andika, Fajar N., Lusi, Hendrik; MTQ: Annisa Fitri, M. Farhan, Zahra Aulia", []string{"PERSON=Andika", "PERSON=Fajar N.", "PERSON=Lusi", "PERSON=Hendrik", "PERSON=Annisa Fitri", "PERSON=M. Farhan", "PERSON=Zahra Aulia"}},
	{"a partner after a phone in brackets", "koordinator konsumsi posyandu: Suryani (0822-1234-5555) & Endang", []string{"PERSON=Suryani", "PHONE=0822-1234-5555", "PERSON=Endang"}},
	{"a booking's couple after a/n, a word's name too", "reservasi 2 org, a/n Reza & Melati hp 0821 8765 4321", []string{"PERSON=Reza", "PERSON=Melati", "PHONE=0821 8765 4321"}},
	{"a committee's roles before a colon", "Seksi perlengkapan: Doni, seksi acara: Fira, humas: Joshua, MC: Rina", []string{"PERSON=Doni", "PERSON=Fira", "PERSON=Joshua", "PERSON=Rina"}},
	{"no name after a committee's role but a word", "koordinator lapangan hadir jam 7, MC acara sudah siap, seksi konsumsi beli 200 kotak", nil},
	{"a given name opening the line before \"tlg\" or \"gk\"", "Theo tlg bawa proyektor. Pak, Kristian gk bisa ikut paduan suara", []string{"PERSON=Theo", "PERSON=Kristian"}},
	{"a title that is a name as often, alone", "peserta mas Rio, mba Shinta, mas Habib. Trainer: Kak Michelle", []string{"PERSON=Rio", "PERSON=Shinta", "PERSON=Habib", "PERSON=Michelle"}},
	{"a time after a village's word in lowercase is no address's number", "Upacara melasti diikuti warga desa adat, berangkat pukul 05.00 dari pura desa", nil},
	{"a children's menu is no relative's field", "Menu anak: chicken nugget & fries 35rb, spaghetti bolognese 40rb", nil},
	{"a loyalty programme's number after its word", "my loyalty number is 8850 2211 0934; My rewards no. is 112233445", []string{"GOVID=8850 2211 0934", "GOVID=112233445"}},
	{"a policy's or a member's number after its holder", "polis an. Hj. Siti Khadijah no. 2022-AJ-0034567; member card a/n Sinta Dewi no. MBR-558712", []string{"PERSON=Siti Khadijah", "GOVID=2022-AJ-0034567", "PERSON=Sinta Dewi", "GOVID=MBR-558712"}},
	{"a policy's number in groups of three or apart by dashes between blanks", "no polis sy AJ 123 456 789, no polis 2023 - 0045 - 7781", []string{"GOVID=AJ 123 456 789", "GOVID=2023 - 0045 - 7781"}},
	{"no policy's number in a range of years or days", "polis aktif 2023 - 2024 ya, asuransi mobil 2 - 3 hari cair, nomor polis AXA 12345678", []string{"GOVID=12345678"}},
	{"a court by its name is no person", "Kasasi diajukan ke Mahkamah Agung melalui kepaniteraan; e-Court Mahkamah Agung", nil},
	{"a court's case number, the court's town after a blank", "perkara 0456/Pdt.G/2023/PN Bdg antara kedua pihak; putusan 123/Pid.B/2024/PN Jkt.Sel, talak 2201/Pdt.G/2023/PA.Sby.", []string{"GOVID=0456/Pdt.G/2023/PN Bdg", "GOVID=123/Pid.B/2024/PN Jkt.Sel", "GOVID=2201/Pdt.G/2023/PA.Sby"}},
	{"a police report's number, the unit's name last", "LP saya LP/B/2241/VII/2024/SPKT/POLDA METRO JAYA, STTLP/B/456/III/2024/SPKT/Polrestabes Bandung a/n pelapor", []string{"GOVID=LP/B/2241/VII/2024/SPKT/POLDA METRO JAYA", "GOVID=STTLP/B/456/III/2024/SPKT/Polrestabes Bandung"}},
	{"no report's number in a price's slash", "harga LP/2 unit, paket 12/Pdt", nil},
	{"a tier's names after a field's word are no people", "Level mitra: Bronze, Silver, Gold, Platinum dihitung dari trip", nil},
	{"a place after a household word is no name", "Gaji caregiver Hong Kong HK$ 4.870/bulan", nil},
	{"a mobile number in dotted groups of three", "mau tanya kak 081.222.333.444 itu nomer admin, Mas Heru 081.333.444.120; harga 1.250.000", []string{"PHONE=081.222.333.444", "PERSON=Heru", "PHONE=081.333.444.120"}},
	{"usernames typed without their @", "winners: 1) fitri.handayani 2) andre_wijaya 3) salsabilaaa.r; td aku liat kevin.tanujaya live; fake transfer irfan.h_ (tiktok)", []string{"HANDLE=fitri.handayani", "HANDLE=andre_wijaya", "HANDLE=salsabilaaa.r", "HANDLE=kevin.tanujaya", "HANDLE=irfan.h_"}},
	{"no username in two words run together, a domain, a file, an italic, a version", "iya.nanti saya kirim; cek di tokoku.id ya, file laporan.pdf; _penting_ ya kak; versi 1.2.3, harga rp.50, s.d. besok, a.n budi", []string{"PERSON=budi"}},
	{"a name in lowercase before a value's field", "nama: wahyu hidayat hp: 085741236589; nama: rina wati email: rina@x.com", []string{"PERSON=wahyu hidayat", "PHONE=085741236589", "PERSON=rina wati", "EMAIL=rina@x.com"}},
	{"a given name in lowercase before when and a verb", "dimas td bilang barangnya udh nyampe\nivana td dm kok ga dibales\nyanti jgn lupa bayar (manager: Tommy)", []string{"PERSON=dimas", "PERSON=ivana", "PERSON=yanti", "PERSON=Tommy"}},
	{"names in a gift's custom text in quotes", "tulisannya \"Azka 5th\", jersey custom \"JOSHUA\", tulisannya jadi \"Get well soon Dita\", gelang \"ADIT & NADIA\", grafir nama \"Bunga Azalea\"", []string{"PERSON=Azka", "PERSON=JOSHUA", "PERSON=Dita", "PERSON=ADIT", "PERSON=NADIA", "PERSON=Bunga Azalea"}},
	{"no name in a greeting in quotes", "tulisan \"Selamat Ulang Tahun\" ya, tulisan \"Happy Anniversary\"", nil},
	{"where a name is printed, before its price", "harga custom nama di mug Rp 55.000 sudah termasuk box", nil},
	{"a place of birth with its date or alone", "tempat lahir Gianyar, tgl lahir 22/11/1995; sy lahir 12-03-1990 di Medan, apa perlu; dob 1988-04-23, pob Palembang; born in Perth", []string{"DOB=Gianyar", "DOB=22/11/1995", "DOB=12-03-1990 di Medan", "DOB=1988-04-23", "DOB=Palembang", "DOB=Perth"}},
	{"no place of birth in a building or a holiday", "lahir di rumah sakit, hari lahir Pancasila", nil},
	{"a stay permit's number further on after its word", "KITAS spouse 2C11KA7788-M; KITAS istri sy udh expired, no 2C11AK3300-P", []string{"GOVID=2C11KA7788-M", "GOVID=2C11AK3300-P"}},
	{"a land title's number after \"nomor\" or with its right's letter", "SHM nomor 5532 kelurahan Pondok Labu; SHM No. M.00871 Kel. Jatibening; SHM nomor 2020 terbit", []string{"GOVID=5532", "GOVID=M.00871"}},
	{"a passport's number after its country's code", "passport FR 18AV12345, passport US 12 pages", []string{"PASSPORT=18AV12345"}},
	{"a name and the father's after \"bin\"", "Hasanuddin bin Muchtar mau ikrar wakaf; Tempat Sampah bin Besar", []string{"PERSON=Hasanuddin bin Muchtar"}},
	{"a lawsuit's parties and witnesses", "saksi nikah: Usman dan Karyo; Tergugat I Pariyem, Tergugat II Pairin; pemberi kuasa: Tjipto Wiyono; pembina KH. Mahfud Siddiq", []string{"PERSON=Usman", "PERSON=Karyo", "PERSON=I Pariyem", "PERSON=Pairin", "PERSON=Tjipto Wiyono", "PERSON=Mahfud Siddiq"}},
	{"a title after a shop's word after whose role it is names a person", "Pemilik homestay Bu Sumiati minta laporan; Spv resto mba Nita mohon kirim rekap; makan di warung Bu Sri enak", []string{"PERSON=Sumiati", "PERSON=Nita"}},
	{"a plate in lowercase in a text about a vehicle, or with two blanks", "b 1234 abc mobil sy nabrak tiang; b1234nbc nih plat gw; motor b 250 gram; mobil b 1234 yg; plat: B  4567  TUV", []string{"PLATE=b 1234 abc", "PLATE=b1234nbc", "PLATE=B  4567  TUV"}},
	{"a value's keyword in capitals ends a name; a nanny's and a maid's titles", "a/n Slamet Riyadi SIM B2 Umum 6302-0811-7755; kak sus Ningrum mau resign; ART Nani dan ART Sri dikirim; modern art gallery, sus banget", []string{"PERSON=Slamet Riyadi", "GOVID=6302-0811-7755", "PERSON=Ningrum", "PERSON=Nani", "PERSON=Sri"}},
	{"an account's code after \"ID\" near a courier's or a member's word; an employee's after NIP and a word", "akun kurir saya, ID KRR-0091827; akun kurir kamu (ID SPX-778120); NIP outsourcing OS-22817; ID order ORD-12345; NIP baru 2024", []string{"GOVID=KRR-0091827", "GOVID=SPX-778120", "GOVID=OS-22817"}},
	{"a marriage book's number; the dead by \"arwah\" or \"mendiang\"", "no buku nikah B-0723819 atas nama suami; misa utk arwah Aloysius Harjono dan Caecilia Sumiyati; doa untuk arwah para leluhur; mendiang Budi Santoso", []string{"GOVID=B-0723819", "PERSON=Aloysius Harjono", "PERSON=Caecilia Sumiyati", "PERSON=Budi Santoso"}},
	{"a couple with \"&\" in lowercase, or \"sm\" after the first", "tlg konfirmasi, Hendra sm Yenny jadi pagar ayu\nnanda & akbar mau nikah bulan depan", []string{"PERSON=Hendra", "PERSON=Yenny", "PERSON=nanda", "PERSON=akbar"}},
	{"two or three given names in lowercase opening the message before a verb", "andini rizal bima udah transfer, sisanya blm\nbaju merah udah dikirim", []string{"PERSON=andini rizal bima"}},
	{"a bare account after ig or tiktok", "ig nya aryadwiputra kak; IG yasminazr, kampus UNY; ig aku diblokir; ig nya kena hack; tiktok aku error terus", []string{"HANDLE=aryadwiputra", "HANDLE=yasminazr"}},
	{"a notary's titles before a name; more given names", "bpk ppat eko susanto libur ya? Notaris Yulia SH td sdh konfirmasi; tolong kasih tau ke Robby sy udh transfer; kantor notaris di jalan mawar", []string{"PERSON=eko susanto", "PERSON=Yulia SH", "PERSON=Robby"}},
	{"a keyword's reach ends at a token glued by \"_\", as at its placeholder", "Untuk faktur pajak g_nakan PWP 0424418192415000", []string{"NPWP=0424418192415000"}},
	{"a driver's code after \"id\" or \"kode\" in a courier's sentence", "kurir Rendy ID JNT-BKS-77812 tlg ditegur; Kode kurir sy SCP-MLG-0345, nama Yoga; truk CDD plat AD 8812 ZR, id DRV-SOL-0071", []string{"PERSON=Rendy", "GOVID=JNT-BKS-77812", "GOVID=SCP-MLG-0345", "PERSON=Yoga", "PLATE=AD 8812 ZR", "GOVID=DRV-SOL-0071"}},
	{"a given name in lowercase after a coach's or a stylist's word; a doctor's and a vet's titles; a sign-off in lowercase", "halo coach gilang, sy mau lanjut PT; dok Nia atau dok Reza? buat drh. Maya: hasil USG; hairstylist Cathy mau sy undang; admin toko sudah balas\ngimana perawatannya? -vina", []string{"PERSON=gilang", "PERSON=Nia", "PERSON=Reza", "PERSON=Maya", "PERSON=Cathy", "PERSON=vina"}},
	{"a stay permit's number of seven digits", "do you need my KITAS? It's 2C21JD0012345", []string{"GOVID=2C21JD0012345"}},
	{"a given name opening the line before who the person is", "Wahyudi yg kirim, Suryani yg terima\nRini dari gudang Sunter\narman tlp aja ke 0852-1100-2299\nMelati yang putih habis\nBaju dari Bandung sudah datang", []string{"PERSON=Wahyudi", "PERSON=Suryani", "PERSON=Rini", "PERSON=arman", "PHONE=0852-1100-2299"}},
	{"a list of given names each with a clothing size", "Ukuran seragam baru: Dewi M, Agus XL, Fikri L; Ukuran: Kemeja M, Kaos L", []string{"PERSON=Dewi", "PERSON=Agus"}},
	{"a mobile number glued to a word with lowercase letters in it, not to a code in capitals", "Rahmawati081245678901 (nempel); noHP081511223344namaTOKOnya; INV08122400012 lunas", []string{"PHONE=Rahmawati081245678901", "PHONE=noHP081511223344namaTOKOnya"}},
	{"who writes before \"nih\"; more given names in lowercase", "Aldi nih kak, no wa baru 0895 3771 2200\nantar ke tetangga aja bu marni sebelah rumah; atas nama hj. rohani; kk ipar gw sandy nelp dr nomor itu\nKopi nih kak enak", []string{"PERSON=Aldi", "PHONE=0895 3771 2200", "PERSON=marni", "PERSON=rohani", "PERSON=sandy"}},
	{"a name after \"an\" before a phone's word", "kirim ke jln mawar no5 an ipul hp 0812 3344 5910; cancel pesanan an Putra wa 0813 4545 6767; an mawar hp baru", []string{"ADDRESS=jln mawar no5", "PERSON=ipul", "PHONE=0812 3344 5910", "PERSON=Putra", "PHONE=0813 4545 6767"}},
	{"a password after a lodging's word between", "password wifi kost nya sayangmama99 yg lantai 2 ya bang", []string{"SECRET=sayangmama99"}},
	{"no username in a program's name with \"_\"", "jawab lewat channel_web atau channel_, kolom order_status", nil},
	{"a grouped NIK with look-alike letters for digits", "NIK 3173 O514 O795 OOO3, KTP: 3173 0514 0795 OOO3 ya", []string{"NIK=3173 O514 O795 OOO3", "NIK=3173 0514 0795 OOO3"}},
	{"look-alike letters that make no number stay", "Oil5 liter, lOOO5 pcs, kode OOO1 INV2024, 0812 3456 7890 I call", []string{"PHONE=0812 3456 7890"}},
	{"a name with a byte that is no UTF-8 inside it is one name", "Ayah: Bud\x8b Santoso (lahir 12-05-1960)", []string{"PERSON=Bud\x8b Santoso", "DOB=12-05-1960"}},
	{"two phones apart by a slash after an invalid byte", "Hubungi 0812345678\x80/08567891234", []string{"PHONE=0812345678\x80", "PHONE=08567891234"}},
	{"no account in a bank's call centre", "Call center BCA 1500888, Hotline BCA 1500-888, Danamon 1-500-090; rek BCA 1500123456", []string{"BANK_ACCOUNT=1500123456"}},
	{"no plate in a product's or a shelf's code", "Besi beton D 10 SNI, Kamera Sony A 7 III, lampu LED 12 W 220 V, Bilik T 12 R, Blok F 12 A, Kode rak AB 12 CD; motor B 1234 V", []string{"PLATE=B 1234 V"}},
	{"a card's CVV after words or spaced apart, a token after banking", "kode cvv belakang kartu 987, cvv: 4 5 6, CVV on the back: 123, token internet banking 87654321",
		[]string{"SECRET=987", "SECRET=4 5 6", "SECRET=123", "SECRET=87654321"}},
	{"no secret in a price or a note", "Token listrik 100rb, Token PLN 200rb sudah masuk belum, Password: (dikirim terpisah)", nil},
	{"a father's name after bin or binti", "Ahmad bin Karto sudah bayar. Siti Aisyah binti Abu Bakar. almarhum Suparno bin Karto", []string{"PERSON=Ahmad bin Karto", "PERSON=Siti Aisyah binti Abu Bakar", "PERSON=Suparno bin Karto"}},
	{"more titles before a name", "Bidan Ani akan menghubungi ibu, tadi Eyang Wulandari, Engkong Tjoa sudah lunas, Gus Dur; Bu Bidan Jadwal Kontrol",
		[]string{"PERSON=Ani", "PERSON=Wulandari", "PERSON=Tjoa", "PERSON=Dur"}},
	{"a name right after a phone or an account", "0812-3456-7890 (budi santoso)\nCP 081234567891 Rahma\nno rek bni 0987654321 (siska)\ntf aja ke rek istri: BRI 012301000123567 nurul\n0812 3456 7892 besok ya\n081234567893 Senin",
		[]string{"PHONE=0812-3456-7890", "PERSON=budi santoso", "PHONE=081234567891", "PERSON=Rahma", "BANK_ACCOUNT=0987654321", "PERSON=siska", "BANK_ACCOUNT=012301000123567", "PERSON=nurul", "PHONE=0812 3456 7892", "PHONE=081234567893"}},
	{"no name in a bank's keyword after a field", "Nama Pengirim : WIDYA ASTUTI\nBank Pengirim : BCA", []string{"PERSON=WIDYA ASTUTI"}},
	{"a display name after facebook", "facebook: Budi Santoso; FB: Siti Rahayu Ningsih", []string{"HANDLE=Budi Santoso", "HANDLE=Siti Rahayu Ningsih"}},
	{"the name a birthday's wish is for", "Selamat ulang tahun Nabila yang ke-17! Happy Birthday Lestiani. ultah Rina tanggal berapa; Saya ibunya Kenzie",
		[]string{"PERSON=Nabila", "PERSON=Lestiani", "PERSON=Rina", "PERSON=Kenzie"}},
	{"no name in a birthday's sale", "Selamat ulang tahun Perusahaan, happy birthday to you, birthday sale Jumat", nil},
	{"a name the dictionary knew the given name of goes on", "RINA SETIAWAN SUDAH TRANSFER, Asep bin Yusuf sudah bayar, Rina Wulandari datang",
		[]string{"PERSON=RINA SETIAWAN", "PERSON=Asep bin Yusuf", "PERSON=Rina Wulandari"}},
	{"an e-mail address and a phone after the words that name people", "email saya dewi.lestari88@gmail.com; Kirim ke: 081234567890", []string{"EMAIL=dewi.lestari88@gmail.com", "PHONE=081234567890"}},
	{"a plate after a phone, a number after a name and '_'", "081234567890 B 1234 XYZ; data: SITI AMINAH_081234567891_Jl. Mawar No. 5; rek BCA 1234567890_Budi Santoso",
		[]string{"PHONE=081234567890", "PLATE=B 1234 XYZ", "PERSON=SITI AMINAH", "PHONE=081234567891", "ADDRESS=Jl. Mawar No. 5", "BANK_ACCOUNT=1234567890", "PERSON=Budi Santoso"}},
	{"a name stops where an address starts", "Penerima: Rini Susanti Jl. Anggrek No. 5 Depok; Pak Heru Jalan Kenanga 12 Bogor",
		[]string{"PERSON=Rini Susanti", "ADDRESS=Jl. Anggrek No. 5 Depok", "PERSON=Heru", "ADDRESS=Jalan Kenanga 12 Bogor"}},
	{"a bank's name inside a name, and no name in a specialist's degree", "KTP hilang, nama Santi Permata; dr. Sp.A praktek Senin", []string{"PERSON=Santi Permata"}},
	{"a name glued to what follows by a hyphen or an apostrophe", "Budi Santoso'Jl. Mawar No. 5\nSITI AMINAH-Budi Santoso\nMR BUDI SANTOSO-Jl. Mawar No. 6\nPak Budi-Santoso datang",
		[]string{"PERSON=Budi Santoso", "ADDRESS=Jl. Mawar No. 5", "PERSON=SITI AMINAH", "PERSON=Budi Santoso", "PERSON=BUDI SANTOSO", "ADDRESS=Jl. Mawar No. 6", "PERSON=Budi-Santoso"}},
	{"a couple's given names", "The Wedding of Rizky & Annisa, 12 Desember; Sarah dan Michael; Kopi & Teh; Budi dan teman",
		[]string{"PERSON=Rizky", "PERSON=Annisa", "PERSON=Sarah", "PERSON=Michael"}},
	{"no name in health, a vehicle's trouble or religious words", "Dok, Anak Saya Demam 3 Hari. Motor Saya Mogok Di Jalan. Maulid Nabi Muhammad SAW. Selamat Hari Raya Idul Fitri. Masya Allah Bagus Banget", nil},
	{"a ticket's SURNAME/GIVEN before its title", "SANTOSO/BUDI MR, GA 404 CGK-SUB\nPassenger 2: TAN/MICHELLE MS", []string{"PERSON=SANTOSO/BUDI", "PERSON=TAN/MICHELLE"}},
	{"a person's title ends an address", "Jl. Mawar 5 Mrs. Lisa; Alamat: Jl. Melati 5 Pak Budi; Jl. Dr. Setiabudi No. 229",
		[]string{"ADDRESS=Jl. Mawar 5", "PERSON=Lisa", "ADDRESS=Jl. Melati 5", "PERSON=Budi", "ADDRESS=Jl. Dr. Setiabudi No. 229"}},
	{"no name in a courier, a food stall, a school, a train, an insurer or a product", "Kurir: J&T Express\nKurir: Ninja Xpress\nPenerima: Ybs\nAyam Bakar Mas Mono\nNasi Kuning Pak Hasan\nMadrasah Ibtidaiyah Nurul Huda\nKA Taksaka Yogyakarta\nSinar Mas Insurance\nRoti Sari Roti\nBrownies Amanda 2 box\nPROMO RAMADHAN BERKAH\nTipe mesin AB 1234 CD", nil},
	{"a party's name after a second word, a name after \"name of\", a name before \"here\"", "Penerima Paket: SUWANDI\nBooking for 2 under the name of Rahman\nHello, Sophie here from the lobby",
		[]string{"PERSON=SUWANDI", "PERSON=Rahman", "PERSON=Sophie"}},
	{"a name in lowercase after a chat's title in lowercase", "bu nurjanah minta dipanggil, pak sugiharto tanya jadwal, kak anindya",
		[]string{"PERSON=nurjanah", "PERSON=sugiharto", "PERSON=anindya"}},
	{"no name in a common word after a title in lowercase", "kak mau tanya, kak ready?, kak barangnya belum sampai, pak kurir sudah datang, kak lucu banget, dr. umum Rp 50.000, ustadz nasional", nil},
	{"a plate after a formatted phone, a card, a handle or a date", "0812-3456-7890 B 1234 XYZ; 4111 1111 1111 1111 B 1234 XYA; @dewi_88 L 5555 AB; lahir 17/08/1990 B 1234 XYB",
		[]string{"PHONE=0812-3456-7890", "PLATE=B 1234 XYZ", "CARD=4111 1111 1111 1111", "PLATE=B 1234 XYA", "HANDLE=@dewi_88", "PLATE=L 5555 AB", "DOB=17/08/1990", "PLATE=B 1234 XYB"}},
	{"a number after a birthday without its year", "ultah tgl 5 Mei 021-5551234; ulang tahun 17 Agustus 4111111111111111", []string{"DOB=5 Mei", "PHONE=021-5551234", "DOB=17 Agustus", "CARD=4111111111111111"}},
	{"a number after an unknown label and a colon, a name in chat's marks", "NoHP:081234567890, NoKTP:3174051208900001, Ref:202412061234; ~Rina~ 0812 3456 7890",
		[]string{"PHONE=081234567890", "NIK=3174051208900001", "PERSON=Rina", "PHONE=0812 3456 7890"}},
	{"names joined, then glued to a value", "Andi dan Asep'budi@gmail.com; Wayan dan Tini-Gg. Sukamaju 3; Siti binti Hasan'Jl. Mawar No. 5; dgn yohanes'gg.sukamaju 3",
		[]string{"PERSON=Andi", "PERSON=Asep", "EMAIL=budi@gmail.com", "PERSON=Wayan", "PERSON=Tini", "ADDRESS=Gg. Sukamaju 3", "PERSON=Siti binti Hasan", "ADDRESS=Jl. Mawar No. 5", "PERSON=yohanes", "ADDRESS=gg.sukamaju 3"}},
	{"common given names in lowercase after a receipt's label or a birthday", "Dari: siti aminah; Ke: jakarta; selamat ulang tahun dewi lestari", []string{"PERSON=siti aminah", "PERSON=dewi lestari"}},
	{"a capitalised given name in a sentence in lowercase", "tolong sampaikan ke Rina ya, kemarin Dimas sudah bayar, jadwal les piano Jonathan; Buka puasa bersama panitia Ramadhan",
		[]string{"PERSON=Rina", "PERSON=Dimas", "PERSON=Jonathan"}},
	{"the fifth leak hunt's shapes", "ulang tahun dewi 0215551234\nB 1234 XYZ SANTOSO/BUDI MR\nbu nurjanah ke'Budi Santoso\nok\n081234567890 - Budi:\nRina 081234567891/3174051208900001\nPak Budi Norek: 1234 5678 90\nuntuk KETUT'B 1234 XYA\nA/N MR BUDI",
		[]string{"PERSON=dewi", "PHONE=0215551234", "PLATE=B 1234 XYZ", "PERSON=SANTOSO/BUDI", "PERSON=nurjanah", "PERSON=Budi Santoso", "PHONE=081234567890", "PERSON=Budi",
			"PERSON=Rina", "PHONE=081234567891", "NIK=3174051208900001", "PERSON=Budi", "BANK_ACCOUNT=1234 5678 90", "PERSON=KETUT", "PLATE=B 1234 XYA", "PERSON=BUDI"}},
	{"a mark past ASCII ends a name", "Budi Santoso’BUDI@GMAIL.COM; Rina Marlina»081234567890; Nama: José Santos",
		[]string{"PERSON=Budi Santoso", "EMAIL=BUDI@GMAIL.COM", "PERSON=Rina Marlina", "PHONE=081234567890", "PERSON=José Santos"}},
	{"a degree glued to the name", "Bpk. H. Abdul Rahman S.Ag dan Ibu Rina Marlina S.Pd", []string{"PERSON=Abdul Rahman", "PERSON=Rina Marlina"}},
	{"a vehicle's frame and engine numbers", "No rangka: MH1JFZ123KK456789, no mesin: JFZ1E1234567\nnoka MH1JM8111LK123456 nosin JM81E1123456; VIN: 1HGCM82633A004352",
		[]string{"GOVID=MH1JFZ123KK456789", "GOVID=JFZ1E1234567", "GOVID=MH1JM8111LK123456", "GOVID=JM81E1123456", "GOVID=1HGCM82633A004352"}},
	{"no vehicle number in a machine's price, model or parts", "harga mesin 1250000; mesin cuci LG 8kg model FM1208N6W; rangka baja ringan 6 meter harga 125000; engine oil 1 liter; mesin kopi Rp 12.500.000", nil},
	{"a PLN customer's ID and an insurance policy", "ID pelanggan PLN saya 532110987654; IDPEL: 141234567890; Nomor polis asuransi saya 0012345678; No. Polis: PL-2023-0987654; nomor polis prudential 12345678",
		[]string{"GOVID=532110987654", "GOVID=141234567890", "GOVID=0012345678", "GOVID=PL-2023-0987654", "GOVID=12345678"}},
	{"no policy number in a policy's dates and premium", "Polis aktif mulai 01/02/2024, premi Rp 350.000/bulan; Polis aktif mulai 03-12-2024; polis berlaku 2025-02-24; privacy policy berlaku 2024; Pelanggan: Budi", []string{"PERSON=Budi"}},
	{"a family name's particles", "Halo, saya Anna van der Berg dari Belanda; Mr. Ludwig von Trapp; contact person: Maria da Silva; contact person : Pieter van Dijk; Budi dan Rina; saya Budi di Jakarta",
		[]string{"PERSON=Anna van der Berg", "PERSON=Ludwig von Trapp", "PERSON=Maria da Silva", "PERSON=Pieter van Dijk", "PERSON=Budi", "PERSON=Rina", "PERSON=Budi"}},
	{"a given name after a sentence's first word", "Kata Dimas barangnya belum sampai. Tadi Rina sudah bayar ya kak\nKemarin Dimas bilang sudah transfer; Kata Indah bagus. Kemarin Senin sudah kirim. Tolong Kirim Hari Ini",
		[]string{"PERSON=Dimas", "PERSON=Rina", "PERSON=Dimas"}},
	{"a name found once is found again in the same text", "Bu guru, ini ibunya Alya kelas 3B, Alya hari ini izin sakit ya\nPak Joko sudah datang? Joko bilang mau ke gudang\nsaya Indah, produk ini indah sekali. Indah mau order",
		[]string{"PERSON=Alya", "PERSON=Alya", "PERSON=Joko", "PERSON=Joko", "PERSON=Indah", "PERSON=Indah"}},
	{"no name found again in a shop's name or before a policy's number", "Bu Rina Cake, Ci Mehong Cake; Kak Alya, Alya Bakery; nomor polis asuransi Rina 2018-1309424",
		[]string{"PERSON=Alya", "GOVID=2018-1309424"}},
	{"phones apart by a slash", "hp 0812-3456-7890/0856-1234-5678; hp 0812 3456 7890/91; 0812-3456-7890/0856; 1/2 kg",
		[]string{"PHONE=0812-3456-7890", "PHONE=0856-1234-5678", "PHONE=0812 3456 7890", "PHONE=0812-3456-7890"}},
	{"a plate typed loosely after its keyword", "plat b1234xyz; plat B-1234-XYZ; nopol b 1234 xyz; plat nomor d 1234 abc ya; nopol: B1234XYZ; mobil ad 1 aja; mobil ad 12 kg; motor di 3 tempat; plat kuning 2 unit",
		[]string{"PLATE=b1234xyz", "PLATE=B-1234-XYZ", "PLATE=b 1234 xyz", "PLATE=d 1234 abc", "PLATE=B1234XYZ"}},
	{"one name alone after \"nama\", and given names in lowercase after it or after \"dari\"", "No BPJS saya 0002345678912, nama Sutarni, faskes Puskesmas; nama aq cindy no polis 7788990011\nsaya nama siti nurhaliza nomor kontrak; ini dari dewi lestari, mau bayar\nnama Kopi, harga; nama Tokopedia, ya; nama barang apa kak; kiriman dari bandung",
		[]string{"BPJS=0002345678912", "PERSON=Sutarni", "PERSON=cindy", "GOVID=7788990011", "PERSON=siti nurhaliza", "PERSON=dewi lestari"}},
	{"a utility's customer and meter numbers", "ID PLN 14234567890, no meter 56012345678; PLN ID 123456789012; id pel nya 541234567890; No Indihome: 131234567890; nomor layanan 121201234567; no sambungan 12.03.456\nkabel 10 meter harga 150000; layanan 24 jam; internet 100 mbps Rp 350.000; no layanan pelanggan 1500 123",
		[]string{"GOVID=14234567890", "GOVID=56012345678", "GOVID=123456789012", "GOVID=541234567890", "GOVID=131234567890", "GOVID=121201234567", "GOVID=12.03.456"}},
	{"the other items of a list of names", "Absen hari ini: Dimas sakit, Fitri cuti, Pak Wahyu dinas luar\nRekap nilai\n1. Andika Pratama 85\n2. Bella Safitri 90\n3. Cahyo Nugraha 78\nAbsen: 1. Aldo 2. Bima 3. Citra",
		[]string{"PERSON=Dimas", "PERSON=Fitri", "PERSON=Wahyu", "PERSON=Andika Pratama", "PERSON=Bella Safitri", "PERSON=Cahyo Nugraha", "PERSON=Aldo", "PERSON=Bima", "PERSON=Citra"}},
	{"no name in a list of products or a label", "Ready: Kebaya Modern, Batik Tulis, Sarung Wadimor\nNama sesuai paspor: SANTOSO BUDI, Given names: BUDI\n1. Andi - 2 pcs\n- Rina (istri)\n1. Kaos - 2 pcs\nKepada Yth. Pelanggan Setia",
		[]string{"PERSON=SANTOSO BUDI", "PERSON=BUDI", "PERSON=Andi", "PERSON=Rina"}},
	{"a second passport, words before the number, a mixed passport number", "paspor A1234567 dan B7654321; paspor saya yang lama nomor B1122334 hilang; passport C4XT91234, DOB 03/04/1979; saya punya 2 paspor; passport photo 4x6 2 lembar",
		[]string{"PASSPORT=A1234567", "PASSPORT=B7654321", "PASSPORT=B1122334", "PASSPORT=C4XT91234", "DOB=03/04/1979"}},
	{"a secret after \"jadi\" or a card's kind, a username after its app", "username klikbca: tonihar1985, sudah ganti password jadi Toni#1985x; PIN kartu kredit saya 9988; user baru: 5 orang",
		[]string{"HANDLE=tonihar1985", "SECRET=Toni#1985x", "SECRET=9988"}},
	{"no name, secret, account or address in days, a word said twice, a venue, an amount or an advert", "Jadwal praktek dr. spesialis anak Senin-Jumat 16.00-20.00\nListrik token masing-masing kamar\nlokasi depan Balai Kartini\nPayroll: 1) Andri 0123456789 BCA 5.200.000 2) Bunga\nApartemen studio 24 m2 lantai 18, sewa Rp 3,5jt/bulan\nHarga sewa ruko 3 lantai 120jt/tahun\nNama peserta tour: 1. Agus 2. Rini Wulandari\nnama produk: Kaos Polos",
		[]string{"PERSON=Andri", "BANK_ACCOUNT=0123456789", "PERSON=Bunga", "PERSON=Agus", "PERSON=Rini Wulandari"}},
	{"a name after \"Nama;\", \"Bp.\", \"Alm.\" and in brackets after \"saya\"", "Nama; Wulandari, NIK; 3301015203900004\nOrtu murid: Bp. Stevanus & Ibu Grace\nsertifikat dari Alm. Sudirman\nkemarin saya (Yulia) sudah kirim; saya (Admin) sudah cek; BP Jamsostek",
		[]string{"PERSON=Wulandari", "NIK=3301015203900004", "PERSON=Stevanus", "PERSON=Grace", "PERSON=Sudirman", "PERSON=Yulia"}},
	{"a birth date in a form's parts, a birthday without its year", "lahir thn 1990 bln 3 tgl 15; ultah aku 14/02; lahir 5-8 ya; ultah 32/13",
		[]string{"DOB=1990 bln 3 tgl 15", "DOB=14/02", "DOB=5-8"}},
	{"a title or a number word in a lowercase street, a common word in a street's name, a postcode glued to its label", "alamat sy jl. kapten tendean no 12; jl. mangga dua raya no 8\nJl. HR Rasuna Said, Kuningan, Jakarta Selatan 12960\nInfo ongkir: Kodepos 40115 itu area Bandung Wetan; kodepos nya berapa kak",
		[]string{"ADDRESS=jl. kapten tendean no 12", "ADDRESS=jl. mangga dua raya no 8", "ADDRESS=Jl. HR Rasuna Said, Kuningan, Jakarta Selatan 12960"}},
	{"a policy's number with slashes or a few words on, a handle after \"@ \", an employee", "Policy no. ALZ/HC/2023/009876; Polis asuransi mobil dengan nomor 0101-2020-334455; Polis aktif 12/03/2024\nIG: @ rina_kartika\nEmployee: Rahman Hakim, Employee ID 20201234; staff: 5 orang; NIK Karyawan: EMP-0456; Paket dikembalikan ke pengirim (RTS)",
		[]string{"GOVID=ALZ/HC/2023/009876", "GOVID=0101-2020-334455", "HANDLE=rina_kartika", "PERSON=Rahman Hakim", "GOVID=20201234", "GOVID=EMP-0456"}},
	{"a name before its age, a family's name after \"a.n. Keluarga\"", "kursus stir mobil: Rani, umur 19, alamat Jl. Bintaro 5; Anak saya, umur 5; Kaos Polos, umur 3 bulan; Kucing Persia, umur 1 tahun; Jakarta, usia 20 tahun\nTagihan a.n. Keluarga Simatupang; Kartu Keluarga 3174012345670001",
		[]string{"PERSON=Rani", "ADDRESS=Jl. Bintaro 5", "PERSON=Simatupang", "KK=3174012345670001"}},
	{"no name in a dish or a trade named after its cook", "Resto Bu Rudy Surabaya; Sambal Bu Rudy 3 toples; Kue Lapis Legit Ny. Liem; Penjahit Bu Sum terima jahit; Rawon Setan Mbak Endang, Pecel Pincuk Bu Kus; Soto Kudus Mbak Rahayu; Warung Makan Mbah Marto buka; Es Campur Pak Kumis\nTolong kasih tahu Pak Budi; sudah makan Bu Rina?",
		[]string{"PERSON=Budi", "PERSON=Rina"}},
	{"the second of a couple, a utility's number after \"Tagihan\"", "atas nama calon pengantin Reza Mahendra & Putri Ayu Lestari, akad; atas nama Hendra & Lina, 2 pax; Pak Budi & Sons\nTagihan PLN 532110987654 belum dibayar; Indihome no 1234567890123; Tagihan PLN 350000 bulan ini",
		[]string{"PERSON=Reza Mahendra", "PERSON=Putri Ayu Lestari", "PERSON=Hendra", "PERSON=Lina", "PERSON=Budi", "GOVID=532110987654", "GOVID=1234567890123"}},
	{"a lowercase name after a title before a phone, or after \"an.\"", "penerima mbak wiwik 0878 1234 0099; bu guru 081234567890\norder dunk, an. cinta lestari, alamat; a/n toko kami",
		[]string{"PERSON=wiwik", "PHONE=0878 1234 0099", "PHONE=081234567890", "PERSON=cinta lestari"}},
	{"a name after a relative, a Javanese \"I\", a baby, and before a phone", "Mahram: Syamsul Bahri (suami)\nBundanya Kenzie nih; kulo Sutini badhe tumbas; nama bayinya Arsyila, buat aqiqah; nama Ferdi 081355667788; nama Produk 081234567890",
		[]string{"PERSON=Syamsul Bahri", "PERSON=Kenzie", "PERSON=Sutini", "PERSON=Arsyila", "PERSON=Ferdi", "PHONE=081355667788", "PHONE=081234567890"}},
	{"no name in a letter's greeting, a trainer's role, a room, or an e-mail's local part", "Dengan hormat, Kepada Yth. Sdr. Andreas Wibisono di tempat\nTrainer Rudi Hartono kemarin tidak datang\nRuangan Mawar lantai 2, ruangan Melati lantai 3\nGanti email dari anton.s@gmail.com ke anton.saputra@gmail.com",
		[]string{"PERSON=Andreas Wibisono", "PERSON=Rudi Hartono", "EMAIL=anton.s@gmail.com", "EMAIL=anton.saputra@gmail.com"}},
	{"a list of one-word names with a given name among them", "zakat fitrah untuk 5 jiwa: Suherman, Ratna, Aldi, Salma, Ikhsan\nRasa: Coklat, Keju, Pandan; Warna: Merah, Hitam, Putih",
		[]string{"PERSON=Suherman", "PERSON=Ratna", "PERSON=Aldi", "PERSON=Salma", "PERSON=Ikhsan"}},
	{"an address in lowercase after \"kirim ke\", a block's two capitals", "kirim ke graha raya bintaro blok J3 no 10 ya; kirim ke rumah saya besok; kirim ke gudang 2 ya\nAlamat rumah: Perumahan Puri Indah Blok AA-5 No. 3, Sidoarjo 61252",
		[]string{"ADDRESS=graha raya bintaro blok J3 no 10", "ADDRESS=Perumahan Puri Indah Blok AA-5 No. 3, Sidoarjo 61252"}},
	{"an owner's name in brackets", "NPWP: 12.345.678.9-012.000 atas nama CV Maju Bersama (pemilik Andre); pemilik toko; the account holder is Jessica Lim",
		[]string{"NPWP=12.345.678.9-012.000", "PERSON=Andre", "PERSON=Jessica Lim"}},
	{"a house's number before the street, in English order", "Kindly deliver the cake to 15 Jalan Sudirman, Apt 8B; deliver to 27 Jl. Kemang Raya\nharga 2 Jalan Tol",
		[]string{"ADDRESS=15 Jalan Sudirman, Apt 8B", "ADDRESS=27 Jl. Kemang Raya"}},
	{"a name after \"milik\", \"Debitur\", \"bernama\", \"dokter\"; \"Hakim\" in a name", "akun milik Yanto\nDebitur ROHIMAH (0813-5566-1122); anak sy bernama Zidan Alfarizi lahir; resep dari dokter Hendrawan\nData karyawan baru: Arif Rahman Hakim, NIK 3273010101950005; milik toko; dokter gigi",
		[]string{"PERSON=Yanto", "PERSON=ROHIMAH", "PHONE=0813-5566-1122", "PERSON=Zidan Alfarizi", "PERSON=Hendrawan", "PERSON=Arif Rahman Hakim", "NIK=3273010101950005"}},
	{"no name in a hospital, a meeting room, a clinic or a stall in a list", "RSUP Dr. Sardjito membuka lowongan; Rumah Sakit Dr. Cipto Mangunkusumo\nRuang meeting Kartini dan Ruang Diponegoro; Klinik Kecantikan dr. Tirta buka\nToko Mas Sinar, Bakso Pak Kumis enak, Kampus Budi Luhur, Sinar Wijaya Motor", nil},
	{"an ID after a name, an insurance's member ID, an airline's date of birth, a lowercase name after \"atas nama:\"", "daftar ulang siswa an. Danu Saputra NISN 0098765432, mohon dicek\ninsurance member ID: 8000123456789, name: Andrew Gunadi\nINFANT: MISS AYRA MARLINA (DOB 12JAN2024); DOB 12APR80\nambil obat atas nama: haryati, besok\nasuransi kesehatan Rp 500.000; asuransi kesehatan 1.500.000 per bulan; no KIP 1234567890123",
		[]string{"PERSON=Danu Saputra", "GOVID=0098765432", "GOVID=8000123456789", "PERSON=Andrew Gunadi", "PERSON=AYRA MARLINA", "DOB=12JAN2024", "DOB=12APR80", "PERSON=haryati", "GOVID=1234567890123"}},
	{"a name after a form's two-word label in lowercase", "Penumpang bayi: Alana Zivanna, lahir 1 Januari 2024; Pasien anak: Kirana; kurir baru: Rp 10.000; Customer service: Senin-Jumat",
		[]string{"PERSON=Alana Zivanna", "DOB=1 Januari 2024", "PERSON=Kirana"}},
	{"the second of two children with their ages", "vaksin untuk 2 anak: Raffa (5 th) dan Raisa (2 th); Pak Budi & Sons",
		[]string{"PERSON=Raffa", "PERSON=Raisa", "PERSON=Budi"}},
	{"a street with two initials in capitals", "Jl. DI Panjaitan No. 7, Medan; Jl DI Panjaitan 7, Purwokerto\nJL DI SANA", []string{"ADDRESS=Jl. DI Panjaitan No. 7, Medan", "ADDRESS=Jl DI Panjaitan 7, Purwokerto"}},
	{"a CV's place and date of birth with no keyword", "CV\nMuhammad Iqbal Saputra\nJakarta, 14 Februari 1998\nJakarta, 14 Februari 2024\nHarga naik, 5 Mei 1990",
		[]string{"PERSON=Muhammad Iqbal Saputra", "DOB=Jakarta, 14 Februari 1998"}},
	{"no name or address in a list of products, a warehouse, a delivery note, a toll road, a shop, a product's age, a holiday", "Ready stok: Melati, Mawar, Kenanga, Dahlia\nParfum ready: Aurora, Bianca, Luna, Stella, Diana\n1. Melati 2. Mawar 3. Kenanga\nRuang meeting: Arjuna, Bima, Nakula, Sadewa\nKirim ke gudang blok B no 5 di kawasan industri\nRuko blok F no 9 disewakan, 80 juta per tahun\nSurat Jalan No. 45 sudah ditandatangani; Jalan Tol Cipularang KM 92 padat\nLaundry Mbak Sri, 6rb per kg; Fotokopi Mas Agus buka; Mama Lemon 800ml\nMobil Avanza, umur 5 tahun; Hari Lahir Pancasila, libur nasional 1 Juni\nNama-nama paket: Hemat, Keluarga; Faktur atas nama: badan usaha; Dokter Hewan kami\nInfo: Kodepos 40115 itu area Bandung Wetan", nil},
	{"a postcode before the address it opens", "Kodepos 40115, Jalan Dago No 100", []string{"ADDRESS=Kodepos 40115, Jalan Dago No 100"}},
	{"a block with its number after a name; \"Utama\", \"Besar\", \"Kecil\" in a street", "atas nama keluarga Pak Darsono, Blok F No. 21\nPenerima Pak Lukman blok G-7 nomor 3\nJl. Bukit Golf Utama PE 5 No. 12 Pondok Indah; Blok M macet; beli 2 blok es",
		[]string{"PERSON=Darsono", "ADDRESS=Blok F No. 21", "PERSON=Lukman", "ADDRESS=blok G-7 nomor 3", "ADDRESS=Jl. Bukit Golf Utama PE 5 No. 12 Pondok Indah"}},
	{"no name in a form's next field or a branch's city", "Debitur: Tn. Surya Darma, Tenor 48 bln, Angsuran Rp 4.350.000\nNama: Kevin Aditya | Bank: BRI | Cabang: Solo",
		[]string{"PERSON=Surya Darma", "PERSON=Kevin Aditya"}},
	{"a passport's number after its holder's name, names before their birth dates and their ages in brackets", "Paspor atas nama NGUYEN THI LAN no C1234567 expired; Paspor a.n. Budi Santoso nomor C7654321\ntunjangan anak untuk Aqila (lahir 02/02/2019) dan Arsyila (lahir 11/11/2021)\nNama anak2: Kenzo (7th), Kayla (5th), Keanu (2th)",
		[]string{"PERSON=NGUYEN THI LAN", "PASSPORT=C1234567", "PERSON=Budi Santoso", "PASSPORT=C7654321", "PERSON=Aqila", "DOB=02/02/2019", "PERSON=Arsyila", "DOB=11/11/2021", "PERSON=Kenzo", "PERSON=Kayla", "PERSON=Keanu"}},
	{"an emoji glued to a label or a name", "Nama✍️: Hana Pertiwi, No HP📱: 0877 1234 5678\natas nama: 🌸Putri Maharani🌸; Terima kasih🙏 Budi",
		[]string{"PERSON=Hana Pertiwi", "PHONE=0877 1234 5678", "PERSON=Putri Maharani"}},
	{"a CV's header after a dash, a PLN ID right after PLN", "Curriculum Vitae - Fajar Sidik (fajarsidik@gmail.com) - Yogyakarta, 3 Maret 1996\nPLN 532110987654 a.n. Sunarto; PLN 2200 VA\nkantor pusat - Jakarta, 14 Februari 2024",
		[]string{"PERSON=Fajar Sidik", "EMAIL=fajarsidik@gmail.com", "DOB=Yogyakarta, 3 Maret 1996", "GOVID=532110987654", "PERSON=Sunarto"}},
	{"a phone's IMEI, a game account's ID, a list of names with shares in brackets, a PIN after \"layar\"", "Servis HP: Samsung A54, IMEI 356789104523871, keluhan LCD; IMEI HP ku: 35 209908 123456 7, tolong cek\nbang top up diamond ML 514, ID 123456789 (2345); player ID 5123456789; UID 812345678, server Asia; ID GAME 556677889\nKurban kolektif kantor: Andre (1/7), Bella (1/7), Candra (1/7)\nmas pola kunci hp nya L, pin layar 112233; Order ID 4111111111111111; Game ML 86 diamond Rp 20.000",
		[]string{"GOVID=356789104523871", "GOVID=35 209908 123456 7", "GOVID=123456789", "GOVID=5123456789", "GOVID=812345678", "GOVID=556677889", "PERSON=Andre", "PERSON=Bella", "PERSON=Candra", "SECRET=112233"}},
	{"no name in a device's brand after \"saya\", a farmers' group or a model's code", "Mas, HP saya Samsung A34 mati total; Motor saya Honda Beat mogok\nKelompok Tani Sri Rejeki dan Gapoktan Dewi Sri menang lomba\nNomor seri kulkas: RT38K5032S8/SE", nil},
	{"an apartment's unit, a block's code, a reporter, a given name opening a line, a child after \"ortu\"", "Titip paket di lobby: untuk Bpk. Antonius Halim unit 21F Tower Orchid\nok, dikirim ke rmh Bp. Soleh di blok M5/22 ya\nLAPOR! pelapor: Sutrisno, HP 0812 9876 1234\nRudi bilang kuenya kemanisan\nkak ini nomor WA ortu Kinan ya\nstok 2 unit tower fan; unit AC 2 PK\nIndah sekali barangnya",
		[]string{"PERSON=Antonius Halim", "ADDRESS=unit 21F Tower Orchid", "PERSON=Soleh", "ADDRESS=blok M5/22", "PERSON=Sutrisno", "PHONE=0812 9876 1234", "PERSON=Rudi", "PERSON=Kinan"}},
	{"no name in a form's label after another label", "Data penyewa: Nama: Yuliana Wibisono", []string{"PERSON=Yuliana Wibisono"}},
	{"a NIK before a list's next number; no name in a hamper, a chair or a bus company", "1. Paijo (NIK 3310120101700001) 2. Sukirman (NIK 3310120202720002)\nHampers Ramadhan paket A (3 toples) Rp 275.000; Kursi Kartini ukiran jati\nBus Sinar Jaya, Pahala Kencana, Rosalia Indah rute Jakarta-Solo",
		[]string{"PERSON=Paijo", "NIK=3310120101700001", "PERSON=Sukirman", "NIK=3310120202720002"}},
	{"a name found again in lowercase", "HP dititip di konter atas nama Ucok, hp ucok 0811 6543 2109\nsaya Indah, produk ini indah sekali; Pak Budi, budi@gmail.com",
		[]string{"PERSON=Ucok", "PERSON=ucok", "PHONE=0811 6543 2109", "PERSON=Indah", "PERSON=Budi", "EMAIL=budi@gmail.com"}},
	{"a given name opening a line before a person's verb or a comma, not a shop's word", "Rudi bilang kuenya kemanisan\nHanif, tolong bawa kuncinya\nTono bakso pindah ke ruko sebelah\nAgus ikan segar setiap pagi\nOwner: Rina Collection official",
		[]string{"PERSON=Rudi", "PERSON=Hanif"}},
	{"no address or ID in a listing, a stock's IMEI or a game's transaction", "unit 21F tower Orchid sudah tersewa\nStok iPhone 13 second, IMEI 356789012345678 aman\nTop up FF sukses, ID transaksi 20240512889\nTower crane unit 3 rusak; Cluster Sakura blok K2 tinggal 3 unit lagi; Dokter Kucing klinik hewan", nil},
	{"who took a parcel", "diterima oleh [ANDRI - SATPAM]\nDELIVERED - diterima oleh YANTO\nDELIVERED TO [JOKO | SATPAM | 12-03-2024 14:22]\nReceived by: John Smith\nditerima oleh SATPAM; sudah diterima oleh PT Maju Jaya; surat diterima oleh Kepala Desa",
		[]string{"PERSON=ANDRI", "PERSON=YANTO", "PERSON=JOKO", "PERSON=John Smith"}},
}

// TestDictionaryNameForms finds a customer by the given name alone
// (capitalised, with whatever family name follows) and written family
// name first, and leaves given names that are chat words alone.
func TestDictionaryNameForms(t *testing.T) {
	t.Parallel()
	d := NewDictionary()
	d.Add(Person, "Theodorus Halim")
	d.Add(Person, "Bagus Pratama")
	r := New(Options{Dictionary: d})
	for _, tc := range []struct{ in, want string }{
		{"Halim, Theodorus sudah bayar", "PERSON=Halim, Theodorus"},
		{"Theodorus sudah bayar", "PERSON=Theodorus"},
		{"Kirim ke:\nTheodorus Wijaya\nJl. Melati No. 5", "PERSON=Theodorus Wijaya|ADDRESS=Jl. Melati No. 5"},
		{"theodorus sudah bayar, barangnya bagus", ""},
	} {
		var got []string
		for _, e := range r.Detect(tc.in) {
			got = append(got, string(e.Kind)+"="+e.Value)
		}
		if g := strings.Join(got, "|"); g != tc.want {
			t.Errorf("Detect(%q) = %q, want %q", tc.in, g, tc.want)
		}
	}
}

func TestDetect(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	for _, tc := range detectCases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, e := range r.Detect(tc.in) {
				if tc.in[e.Start:e.End] != e.Value {
					t.Errorf("offsets %d:%d do not match value %q", e.Start, e.End, e.Value)
				}
				got = append(got, string(e.Kind)+"="+e.Value)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Detect(%q)\n got %q\nwant %q", tc.in, got, tc.want)
			}
		})
	}
}

func TestValidators(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		d    string
		nik  bool
		npwp bool
	}{
		{"3171011708450001", true, true},
		{"3171015708450001", true, true},   // female, day+40
		{"3171017208450001", false, false}, // day 32 after -40
		{"2471011708450001", false, false}, // no province 24
		{"3171011708450000", false, false}, // serial 0000
		{"3171013102450001", false, false}, // 31 February
		{"123456782901000", false, true},   // NPWP 15, Luhn over 9
		{"123456781901000", false, false},
		{"0123456782901000", false, true},
	} {
		if got := nikValid([]byte(tc.d)); got != tc.nik {
			t.Errorf("nikValid(%s) = %v", tc.d, got)
		}
		if got := npwpValid([]byte(tc.d)); got != tc.npwp {
			t.Errorf("npwpValid(%s) = %v", tc.d, got)
		}
	}
	if !luhn([]byte("4111111111111111")) || luhn([]byte("4111111111111112")) {
		t.Error("luhn")
	}
	if !kkValid([]byte("3171011708459999")) {
		t.Error("kkValid")
	}
}

func TestDictionary(t *testing.T) {
	t.Parallel()
	d := NewDictionary()
	d.Add(Person, "Yohanes Kristianto")
	d.Add(Org, "CV Maju Jaya")
	d.Add(Phone, "+62 811-2233-4455")
	d.Add(Email, "Vendor@Example.co.id")
	r := New(Options{Dictionary: d})
	in := "tolong kabari yohanes KRISTIANTO, supplier cv maju jaya di 0811 2233 4455 atau vendor@example.co.id"
	var got []string
	for _, e := range r.Detect(in) {
		got = append(got, string(e.Kind)+"="+e.Value)
	}
	want := "PERSON=yohanes KRISTIANTO|ORG=cv maju jaya|PHONE=0811 2233 4455|EMAIL=vendor@example.co.id"
	if strings.Join(got, "|") != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestRedactSamePlaceholder(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	v := NewVault()
	out1, _ := r.Redact("hp saya 0812-3456-7890, email Budi@Gmail.com", v)
	out2, ents := r.Redact("ulang: +62 812 3456 7890 / budi@gmail.com, kedua 0813-1111-2222", v)
	if out1 != "hp saya [PHONE_1], email [EMAIL_1]" {
		t.Errorf("out1 = %q", out1)
	}
	if out2 != "ulang: [PHONE_1] / [EMAIL_1], kedua [PHONE_2]" {
		t.Errorf("out2 = %q", out2)
	}
	if len(ents) != 3 || ents[2].Placeholder != "[PHONE_2]" {
		t.Errorf("entities = %+v", ents)
	}
	if got := v.Restore("Nomor Anda [PHONE_2], bukan [PHONE_9] atau [EMAIL_1]"); got != "Nomor Anda 0813-1111-2222, bukan [PHONE_9] atau Budi@Gmail.com" {
		t.Errorf("Restore = %q", got)
	}
	// With a nil Vault numbering is fresh for each call.
	if out, _ := r.Redact("0813-1111-2222", nil); out != "[PHONE_1]" {
		t.Errorf("nil vault: %q", out)
	}
}

func TestVaultEncoding(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	v := NewVault()
	r.Redact("NIK 3171011708450001, hp 081234567890, Pak Budi", v)
	data, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	w := NewVault()
	if err := w.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if w.Len() != v.Len() || w.Len() != 3 {
		t.Fatalf("Len = %d, want %d", w.Len(), v.Len())
	}
	for _, ph := range []string{"[NIK_1]", "[PHONE_1]", "[PERSON_1]"} {
		a, _ := v.Lookup(ph)
		b, ok := w.Lookup(ph)
		if !ok || a != b {
			t.Errorf("Lookup(%s) = %q, %v; want %q", ph, b, ok, a)
		}
	}
	// Numbering continues after a round trip, and known values keep theirs.
	out, _ := r.Redact("hp 0812-3456-7890 dan 0899-1111-2222", w)
	if out != "hp [PHONE_1] dan [PHONE_2]" {
		t.Errorf("after decode: %q", out)
	}
	if err := w.UnmarshalBinary([]byte("{bad")); err == nil {
		t.Error("UnmarshalBinary accepted garbage")
	}
}

func TestCheck(t *testing.T) {
	t.Parallel()
	r := New(Options{})
	clean := []string{
		"Pelanggan [PERSON_1] ([PHONE_1]) menanyakan [INVOICE]. Omzet Rp 12.500.000, 37 pesanan, naik 12%.",
		"Order #ORD-123456 dikirim 17-08-2024 jam 14.30, SKU-BRS-005 x 3 pcs.",
	}
	if f := r.Check(clean...); len(f) != 0 {
		t.Errorf("clean body has findings: %+v", f)
	}
	f := r.Check(clean[0], "tolong hubungi 0812-3456-7890")
	if len(f) != 1 || f[0].Kind != Phone || f[0].Part != 1 || f[0].Start != 15 {
		t.Errorf("findings = %+v", f)
	}
}

// TestEmailKeyFastPath checks that the allocation-free e-mail key is what
// emailKeyReplacer makes of the lowercased value.
func TestEmailKeyFastPath(t *testing.T) {
	ins := []string{"Budi [AT] Gmail [DOT] Com", "budi at gmail dot com", "budi (at) mail (titik) co (titik) id",
		"a{at}b{dot}c", "x [at]y[dot] z", " at  dot ", "at dot titik", "[at](at){at}[dot](dot){dot}[titik](titik)",
		"budi  at   gmail", "[a t]", "(at", "AT(AT)", "rina.s [at] kantor [titik] go [titik] id", "q at"}
	for _, m := range loadCorpus(t) {
		for _, e := range New(Options{}).Detect(m.Text) {
			if e.Kind == Email {
				ins = append(ins, e.Value, strings.ToUpper(e.Value))
			}
		}
	}
	for _, in := range ins {
		want := emailKeyReplacer.Replace(strings.ToLower(in))
		if got := string(appendEmailKey(nil, in)); got != want {
			t.Errorf("appendEmailKey(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestVaultSeenSpellings checks that the cache of values as written gives
// the placeholder of the value's normal form, whatever the order of
// spellings and kinds, also after an encoding round trip.
func TestVaultSeenSpellings(t *testing.T) {
	t.Parallel()
	in := []struct {
		k Kind
		v string
	}{
		{Phone, "0812-3456-7890"}, {Phone, "+62 812 3456 7890"}, {Phone, "0812-3456-7890"},
		{Secret, "0812-3456-7890"}, {Phone, "+62 812 3456 7890"}, {Secret, "0812-3456-7890"},
		{Email, "Budi@Gmail.com"}, {Email, "budi [at] gmail [dot] com"}, {Email, "budi@gmail.com"},
		{Person, "Budi  Santoso"}, {Person, "budi santoso"}, {Person, "Budi  Santoso"},
		{NIK, "3171011708450001"}, {KK, "3171011708450001"}, {NIK, "3171 0117 0845 0001"},
	}
	v := NewVault()
	check := func(round int) {
		for _, x := range in {
			got := v.placeholder(x.k, x.v)
			want := keyPlaceholder(v, string(appendValueKey(nil, x.k, x.v)))
			if got != want || got == "" {
				t.Errorf("round %d: placeholder(%s, %q) = %q, want %q", round, x.k, x.v, got, want)
			}
		}
	}
	check(0)
	check(1)
	data, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := v.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	check(2)
	if v.Len() != 6 {
		t.Errorf("Len = %d, want 6", v.Len())
	}
}

// keyPlaceholder returns the placeholder of the vault key key: that of the
// last entry with it, as byKey finds it.
func keyPlaceholder(v *Vault, key string) string {
	for i := len(v.ents) - 1; i >= 0; i-- {
		if v.str(v.ents[i].key) == key {
			return v.placeholderOf(&v.ents[i])
		}
	}
	return ""
}

// TestPlainWord checks that the main loop's shortcut never skips a word
// that word would act on: keywords, the first words of dictionary names,
// "at", plate regions and words glued to a possible API key.
func TestPlainWord(t *testing.T) {
	t.Parallel()
	r := corpusRedactor()
	sc := &scanner{r: r, starts: r.starts}
	plain := func(s string) bool {
		sc.s = s
		j, h, _ := wordAt(s, 0)
		return sc.plainWord(0, j, h)
	}
	var starts []string
	for w := range keywords {
		if wordEnd(w, 0) == len(w) { // the word loop never sees "ipv4" whole
			starts = append(starts, w)
		}
	}
	for _, c := range corpusCustomers() {
		starts = append(starts, splitWords(c)[0])
	}
	starts = append(starts, "at", "At", "AT", "et", "B", "AB", "DK")
	for _, w := range starts {
		for _, v := range []string{w, strings.ToUpper(w), strings.ToUpper(w[:1]) + w[1:]} {
			for _, next := range []string{"", " x", ".", "\n"} {
				if plain(v + next) {
					t.Errorf("plainWord(%q) = true", v+next)
				}
			}
		}
	}
	for _, v := range []string{"skxxxxxxxxxxx-yyyy", "sk-", "P<IDN", "AKIA12345", "OOO3", "lO8"} {
		if plain(v) {
			t.Errorf("plainWord(%q) = true", v)
		}
	}
	for _, v := range []string{"sampai", "barangnya ", "di ", "yg,", "é ", "Terima\n", "Halooo", "tanya?", "besok.", "hapus4", "oke!"} {
		if !plain(v) {
			t.Errorf("plainWord(%q) = false, want true", v)
		}
	}
}

// TestZeroRedactor checks that a Redactor not made by New still works as
// New(Options{}) does.
func TestZeroRedactor(t *testing.T) {
	t.Parallel()
	in := "Pak Budi, hp 0812-3456-7890, NIK 3171011708450001, alamat Jl. Merdeka No. 5"
	want := New(Options{}).Detect(in)
	got := new(Redactor).Detect(in)
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("zero Redactor: %+v, want %+v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("zero Redactor: %+v, want %+v", got[i], want[i])
		}
	}
}

// TestEntitySlab checks that results carved from one allocation stay
// apart: each keeps its values while later texts are detected, and a
// caller's append or write reaches no other result.
func TestEntitySlab(t *testing.T) {
	r := corpusRedactor()
	var texts []string
	for _, m := range loadCorpus(t)[:400] {
		texts = append(texts, m.Text)
	}
	var got [][]Entity
	for _, s := range texts {
		ents := r.Detect(s)
		if cap(ents) != len(ents) {
			t.Fatalf("Detect(%q): cap %d, len %d", s, cap(ents), len(ents))
		}
		got = append(got, ents)
	}
	for i, ents := range got {
		if len(ents) > 0 {
			_ = append(ents, Entity{Kind: Secret})
			ents[0].Placeholder = "[X_1]"
		}
		want := r.Detect(texts[i])
		for k := range want {
			if k == 0 {
				want[k].Placeholder = "[X_1]"
			}
			if ents[k] != want[k] {
				t.Fatalf("text %d entity %d = %+v, want %+v", i, k, ents[k], want[k])
			}
		}
	}
}

// TestOutputSlab checks that Redact's outputs, built one after another in
// a shared buffer, keep their text while later texts are redacted.
func TestOutputSlab(t *testing.T) {
	r := corpusRedactor()
	var texts, outs []string
	v := NewVault()
	for _, m := range loadCorpus(t)[:400] {
		out, _ := r.Redact(m.Text, v)
		texts, outs = append(texts, m.Text), append(outs, out)
	}
	v = NewVault()
	for i, s := range texts {
		if want, _ := r.Redact(s, v); outs[i] != want {
			t.Fatalf("output %d = %q, want %q", i, outs[i], want)
		}
	}
}

// TestRedactText checks that RedactText writes what Redact writes and
// leaves the Vault as Redact does, over the corpus and the Detect table
// (with a Dictionary kind of its own, whose placeholders are longer than
// the 16 bytes a value RedactText makes room for), and that its outputs,
// built in the output slab one after another, stay as they were made.
func TestRedactText(t *testing.T) {
	d := NewDictionary()
	for _, c := range corpusCustomers() {
		d.Add(Person, c)
	}
	d.Add(Kind("A_VERY_LONG_KIND_NAME_THAT_ONE_BUSINESS_GAVE_ITS_OWN"), "Toko Abadi")
	r := New(Options{Dictionary: d})
	var texts []string
	for _, m := range loadCorpus(t) {
		texts = append(texts, m.Text)
	}
	for _, tc := range detectCases {
		texts = append(texts, tc.in, tc.in+" dari Toko Abadi dan toko abadi")
	}
	texts = append(texts, "\xff\xfe0812\xc334567890 hp 0812-3456-7890", strings.Repeat("hp 0812-3456-7890 ", 200))
	v, vt := NewVault(), NewVault()
	var outs []string
	for _, s := range texts {
		want, _ := r.Redact(s, v)
		got := r.RedactText(s, vt)
		if got != want {
			t.Fatalf("RedactText(%q) = %q, Redact wrote %q", s, got, want)
		}
		outs = append(outs, got)
	}
	for i, s := range texts {
		if want, _ := r.Redact(s, v); outs[i] != want {
			t.Fatalf("output %d = %q, want %q", i, outs[i], want)
		}
	}
	a, _ := v.MarshalBinary()
	b, _ := vt.MarshalBinary()
	if string(a) != string(b) {
		t.Fatal("RedactText left the Vault unlike Redact")
	}
}

// TestConcurrentRedact redacts the corpus from several goroutines at once,
// each into its own Vault, and checks every output and entity against a
// run on one goroutine: the pooled scanners and their entity and output
// slabs pass between goroutines (run it with -race).
func TestConcurrentRedact(t *testing.T) {
	r := corpusRedactor()
	var texts []string
	for _, m := range loadCorpus(t)[:600] {
		texts = append(texts, m.Text)
	}
	type result struct {
		out  string
		ents []Entity
	}
	run := func() []result {
		v := NewVault()
		res := make([]result, len(texts))
		for i, s := range texts {
			res[i].out, res[i].ents = r.Redact(s, v)
			if d := r.Detect(s); len(d) != len(res[i].ents) {
				t.Errorf("text %d: Detect found %d entities, Redact %d", i, len(d), len(res[i].ents))
			}
		}
		return res
	}
	want := run()
	var wg sync.WaitGroup
	got := make([][]result, 4)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[g] = run()
		}()
	}
	wg.Wait()
	for g := range got {
		for i := range want {
			if got[g][i].out != want[i].out || !slices.Equal(got[g][i].ents, want[i].ents) {
				t.Fatalf("goroutine %d, text %d: %q %+v, want %q %+v", g, i, got[g][i].out, got[g][i].ents, want[i].out, want[i].ents)
			}
		}
	}
}

// TestVaultGrows checks that a Vault gives the same placeholders and
// restores the same values whether it searches its entries one by one or
// through its maps (past smallVault entries), also after decoding.
func TestVaultGrows(t *testing.T) {
	t.Parallel()
	phone := func(i int) string { return fmt.Sprintf("0812-3456-%04d", i) }
	v := NewVault()
	for round := 0; round < 3; round++ {
		for i := 0; i < 2*smallVault; i++ {
			want := fmt.Sprintf("[PHONE_%d]", i+1)
			if got := v.placeholder(Phone, phone(i)); got != want {
				t.Fatalf("round %d: placeholder(%s) = %s, want %s", round, phone(i), got, want)
			}
			// Another spelling of the same number.
			if got := v.placeholder(Phone, "+62 "+phone(i)[1:]); got != want {
				t.Fatalf("round %d: placeholder(+62 %s) = %s, want %s", round, phone(i)[1:], got, want)
			}
			if got, ok := v.Lookup(want); !ok || got != phone(i) {
				t.Fatalf("round %d: Lookup(%s) = %q, %v", round, want, got, ok)
			}
		}
		data, err := v.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		v = NewVault()
		if err := v.UnmarshalBinary(data); err != nil {
			t.Fatal(err)
		}
	}
	if v.Len() != 2*smallVault {
		t.Errorf("Len = %d, want %d", v.Len(), 2*smallVault)
	}
	if got := v.placeholder(Email, "budi@gmail.com"); got != "[EMAIL_1]" {
		t.Errorf("new kind: %s", got)
	}
}

// TestAddrAbbrevLetters pins what addressSpan relies on when it does not
// look up a token with a digit: no address abbreviation has one.
func TestAddrAbbrevLetters(t *testing.T) {
	for w := range addrAbbrev {
		if wordEnd(w, 0) != len(w) {
			t.Errorf("address abbreviation %q is not all letters", w)
		}
	}
}

// TestMaySpellDot checks the cheap test against every spelled dot.
func TestMaySpellDot(t *testing.T) {
	for _, d := range spelledDots {
		for _, v := range []string{d, strings.ToUpper(d)} {
			if !maySpellDot(v+"x", 0) {
				t.Errorf("maySpellDot(%q) = false", v)
			}
		}
	}
}

// TestChatWordsNoNames keeps the everyday words that end a name in
// lowercase apart from the given names.
func TestChatWordsNoNames(t *testing.T) {
	for w := range commonWords {
		if givenNames[w] {
			t.Errorf("%q is a given name and in commonwords.txt", w)
		}
	}
	if len(commonWords) < 3000 {
		t.Errorf("commonwords.txt has %d words", len(commonWords))
	}
}
