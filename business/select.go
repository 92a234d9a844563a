package business

import (
	"sort"
	"strings"
	"unicode"
)

// SelectSections returns the snapshot sections a question needs, in render
// order, and none when it needs no business data. It reads Indonesian and
// English, formal and informal ("berapa kas saya bulan ini?", "omzet bln
// lalu", "invoice yg telat bayar", "which invoices are overdue?"), and mixes
// of both; lang ("id" or "en") is accepted for callers' symmetry, but both
// lexicons always apply because people switch language mid-sentence.
//
// Selection is data minimisation: the model sees only what the question is
// about. A question about expenses also gets the period summary (the total
// spent), and a request for a full report gets every section.
func SelectSections(question, lang string) []Section {
	_ = lang
	toks := tokenize(question)
	used := make([]bool, len(toks))
	found := map[Section]bool{}
	for _, r := range topicRules {
		for i := 0; i+len(r.phrase) <= len(toks); i++ {
			if !r.matchAt(toks, used, i) {
				continue
			}
			for j := range r.phrase {
				used[i+j] = true
			}
			for _, s := range r.sections {
				found[s] = true
			}
		}
	}
	if found[SectionExpenses] {
		found[SectionSummary] = true
	}
	var out []Section
	for _, s := range AllSections {
		if found[s] {
			out = append(out, s)
		}
	}
	return out
}

// topicRule maps a phrase to sections. A phrase is a sequence of words; a
// word ending in "*" matches any word it starts. Longer phrases are tried
// first and consume their words, so "biaya gaji" means payroll and not
// expenses, and "bahan baku" in "biaya bahan baku" is not a stock question.
type topicRule struct {
	phrase   []string
	sections []Section
}

func (r topicRule) matchAt(toks []string, used []bool, i int) bool {
	for j, w := range r.phrase {
		if used[i+j] {
			return false
		}
		t := toks[i+j]
		if p, ok := strings.CutSuffix(w, "*"); ok {
			if !strings.HasPrefix(t, p) {
				return false
			}
		} else if t != w {
			return false
		}
	}
	return true
}

var (
	secSummary  = []Section{SectionSummary}
	secCash     = []Section{SectionCash}
	secExpenses = []Section{SectionExpenses}
	secTx       = []Section{SectionTransactions}
	secInvoices = []Section{SectionInvoices}
	secStock    = []Section{SectionInventory}
	secProducts = []Section{SectionProducts}
	secPayroll  = []Section{SectionPayroll}
	secNone     = []Section{}
)

// topicPhrases is the lexicon, after normalisation (see tokenize): slang
// spellings are mapped to their standard form before matching.
var topicPhrases = map[string][]Section{
	// Every section.
	"laporan lengkap": AllSections, "semua data": AllSections, "full report": AllSections,
	"everything about my business": AllSections, "ringkasan lengkap": AllSections,

	// Period totals: revenue, expenses, profit.
	"omzet": secSummary, "pendapatan": secSummary, "pemasukan": secSummary, "penghasilan": secSummary,
	"penjualan": secSummary, "revenue": secSummary, "income": secSummary, "sales": secSummary,
	"turnover": secSummary, "laba": secSummary, "rugi": secSummary, "untung": secSummary,
	"keuntungan": secSummary, "cuan": secSummary, "profit": secSummary, "profits": secSummary,
	"profitable": secSummary, "margin": secSummary, "ringkasan": secSummary, "rangkuman": secSummary,
	"summary": secSummary, "overview": secSummary, "laporan": secSummary, "report": secSummary,
	"performa": secSummary, "kinerja": secSummary, "performance": secSummary,
	"uang masuk": secSummary, "arus kas": secSummary, "cash flow": secSummary, "cashflow": secSummary,
	"kondisi usaha": secSummary, "kondisi bisnis": secSummary, "bagaimana usaha": secSummary,
	"bagaimana bisnis": secSummary, "usaha saya bagaimana": secSummary, "bisnis saya bagaimana": secSummary,
	"how is business": secSummary, "how s business": secSummary, "how s my business": secSummary,
	"how s the business": secSummary, "how is my business": secSummary, "how are we doing": secSummary,
	"how is the business": secSummary, "how did we do": secSummary, "how much did we make": secSummary,
	"how much did we earn": secSummary, "did we make": secSummary, "earn*": secSummary,
	"hasil usaha": secSummary, "year to date": secSummary, "ytd": secSummary, "net": secSummary,
	"bersih": secSummary, "kotor": secSummary, "gross": secSummary, "makes money": secSummary,
	"made money": secSummary, "rame": secSummary, "ramai": secSummary, "sepi": secSummary,

	// Expenses (the summary comes along for the totals).
	"pengeluaran": secExpenses, "biaya": secExpenses, "beban": secExpenses, "belanja": secExpenses,
	"expense": secExpenses, "expenses": secExpenses, "spending": secExpenses, "spend": secExpenses,
	"spent": secExpenses, "cost": secExpenses, "costs": secExpenses, "boros": secExpenses,
	"uang keluar": secExpenses, "keluar uang": secExpenses, "money going": secExpenses,
	"habis untuk apa": secExpenses, "habis kemana": secExpenses, "where did the money go": secExpenses,
	"biaya bahan baku": secExpenses, "belanja bahan baku": secExpenses, "outgoings": secExpenses,

	// Cash.
	"kas": secCash, "saldo": secCash, "rekening": secCash, "bank": secCash, "balance": secCash,
	"balances": secCash, "cash": secCash, "uang tunai": secCash, "uang di": secCash,
	"uang yang ada": secCash, "dompet": secCash,
	"e wallet": secCash, "ewallet": secCash, "gopay": secCash, "ovo": secCash, "likuiditas": secCash,
	"money do i have": secCash, "money do we have": secCash, "money in": secCash, "in the bank": secCash,
	"on hand": secCash, "liquidity": secCash, "runway": secCash, "tabungan": secCash,
	"money left": secCash, "uang tersisa": secCash, "sisa uang": secCash, "duit": secCash,

	// Recent transactions.
	"transaksi": secTx, "mutasi": secTx, "transaction": secTx, "transactions": secTx,
	"riwayat": secTx, "history": secTx, "recent payments": secTx, "latest payments": secTx,
	"last payments": secTx, "pembayaran terakhir": secTx, "pembayaran terbaru": secTx,
	"uang masuk terakhir": secTx, "uang masuk terbaru": secTx, "siapa yang transfer": secTx,
	"who paid": secTx, "who did we pay": secTx, "payments received": secTx, "catatan keuangan terakhir": secTx,
	"ledger": secTx, "mutasi rekening": secTx, "statement": secTx, "transfer terakhir": secTx, "transfer masuk": secTx,

	// Overdue invoices.
	"invoice": secInvoices, "invoices": secInvoices, "faktur": secInvoices, "tagihan": secInvoices,
	"piutang": secInvoices, "jatuh tempo": secInvoices, "overdue": secInvoices, "unpaid": secInvoices,
	"belum bayar": secInvoices, "belum dibayar": secInvoices, "belum lunas": secInvoices,
	"telat bayar": secInvoices, "terlambat bayar": secInvoices, "telat membayar": secInvoices,
	"nunggak": secInvoices, "menunggak": secInvoices, "tunggakan": secInvoices, "receivable": secInvoices,
	"receivables": secInvoices, "owe us": secInvoices, "owes us": secInvoices, "owing": secInvoices,
	"outstanding": secInvoices, "late payment": secInvoices, "late payments": secInvoices,
	"pay late": secInvoices, "paid late": secInvoices, "haven t paid": secInvoices, "hasn t paid": secInvoices,
	"not paid": secInvoices, "paying late": secInvoices, "past due": secInvoices, "bon": secInvoices, "utang pelanggan": secInvoices,
	"hutang pelanggan": secInvoices, "ngutang": secInvoices, "kasbon": secInvoices,

	// Stock.
	"stok": secStock, "persediaan": secStock, "inventory": secStock, "inventaris": secStock,
	"restock": secStock, "reorder": secStock, "reordering": secStock, "reorders": secStock, "habis": secStock, "kehabisan": secStock,
	"menipis": secStock, "tipis": secStock, "running low": secStock, "run out": secStock,
	"running out": secStock, "low on": secStock, "gudang": secStock, "warehouse": secStock,
	"supplies": secStock, "kulakan": secStock, "belanja stok": secStock, "re order": secStock,
	"sold out": secStock, "pesan ulang": secStock, "dipesan ulang": secStock, "order ulang": secStock, "out of": secStock,

	// Best-selling products.
	"terlaris": secProducts, "laris": secProducts, "paling laku": secProducts, "laku": secProducts,
	"best seller": secProducts, "best sellers": secProducts, "bestseller": secProducts,
	"bestsellers": secProducts, "best selling": secProducts, "top product": secProducts,
	"top products": secProducts, "top selling": secProducts, "popular": secProducts, "populer": secProducts,
	"favorit": secProducts, "favourite": secProducts, "favorite": secProducts, "most sold": secProducts,
	"sells best": secProducts, "selling best": secProducts, "paling banyak terjual": secProducts,
	"terbanyak terjual": secProducts, "penjualan per produk": secProducts, "sales by product": secProducts,
	"penjualan produk": secProducts, "product sales": secProducts, "menu apa yang paling": secProducts,
	"sell the most": secProducts, "sold the most": secProducts, "produk unggulan": secProducts,
	"which product": secProducts, "which products": secProducts, "produk apa": secProducts,
	"menu apa": secProducts, "item apa": secProducts, "by revenue": secProducts,

	// Payroll.
	"gaji": secPayroll, "payroll": secPayroll, "salary": secPayroll, "salaries": secPayroll,
	"wage": secPayroll, "wages": secPayroll, "upah": secPayroll, "honor": secPayroll,
	"bayar karyawan": secPayroll, "biaya karyawan": secPayroll, "biaya gaji": secPayroll,
	"pengeluaran gaji": secPayroll, "beban gaji": secPayroll, "payroll cost": secPayroll,
	"staff cost": secPayroll, "staff costs": secPayroll, "labor cost": secPayroll, "labour cost": secPayroll,
	"headcount": secPayroll, "berapa karyawan": secPayroll, "jumlah karyawan": secPayroll,
	"how many employees": secPayroll, "how many staff": secPayroll, "pay our staff": secPayroll,
	"pay the staff": secPayroll, "pay our employees": secPayroll, "pay the team": secPayroll,
	"spend on staff": secPayroll, "spend on salaries": secPayroll, "thr": secPayroll,

	// Phrases that look like a topic but are not one.
	"cash on delivery": secNone, "bank account number": secNone, "nomor rekening": secNone,
	"jam buka": secNone, "habis berapa": secNone, "opening hours": secNone, "uang kembalian": secNone,
}

// topicRules is topicPhrases ordered longest phrase first.
var topicRules = func() []topicRule {
	rules := make([]topicRule, 0, len(topicPhrases))
	for p, secs := range topicPhrases {
		rules = append(rules, topicRule{phrase: strings.Fields(p), sections: secs})
	}
	sort.Slice(rules, func(i, j int) bool {
		if len(rules[i].phrase) != len(rules[j].phrase) {
			return len(rules[i].phrase) > len(rules[j].phrase)
		}
		return strings.Join(rules[i].phrase, " ") < strings.Join(rules[j].phrase, " ")
	})
	return rules
}()

// lexicon holds every word of every phrase, so suffix stripping only turns
// a word into one the rules know.
var lexicon = func() map[string]bool {
	m := map[string]bool{}
	for p := range topicPhrases {
		for _, w := range strings.Fields(p) {
			m[strings.TrimSuffix(w, "*")] = true
		}
	}
	return m
}()

// slang maps informal and abbreviated spellings to standard ones.
var slang = map[string]string{
	"yg": "yang", "brp": "berapa", "brapa": "berapa", "berapakah": "berapa", "gmn": "bagaimana",
	"gimana": "bagaimana", "gmana": "bagaimana", "bgmn": "bagaimana", "bln": "bulan", "thn": "tahun",
	"blm": "belum", "blum": "belum", "udh": "sudah", "udah": "sudah", "sdh": "sudah", "dah": "sudah",
	"krywn": "karyawan", "kryawan": "karyawan", "pegawai": "karyawan", "dgn": "dengan", "utk": "untuk",
	"buat": "untuk", "tdk": "tidak", "gak": "tidak", "ga": "tidak", "nggak": "tidak", "ngga": "tidak",
	"engga": "tidak", "enggak": "tidak", "sy": "saya", "aku": "saya", "gue": "saya", "gw": "saya",
	"gua": "saya", "kami": "kita", "duwit": "duit", "tf": "transfer", "trf": "transfer",
	"inv": "invoice", "invoicenya": "invoice", "gajian": "gaji", "stock": "stok", "stoknya": "stok",
	"stoc": "stok", "omset": "omzet", "byr": "bayar", "bayarnya": "bayar", "lg": "lagi", "dr": "dari",
	"sm": "sama", "bs": "bisa", "kpn": "kapan", "trakhir": "terakhir", "terakir": "terakhir",
	"pengeluran": "pengeluaran", "pngeluaran": "pengeluaran", "pemasukkan": "pemasukan",
	"kmn": "kemana", "jth": "jatuh", "tlt": "telat", "brg": "barang", "trlaris": "terlaris",
	"plg": "paling", "palin": "paling", "byk": "banyak", "bnyk": "banyak", "pnl": "profit",
	"revenues": "revenue", "skrg": "sekarang", "skrng": "sekarang", "hrs": "harus", "msh": "masih",
	"masi": "masih", "whats": "what", "hows": "how is", "fav": "favorit", "favourites": "favourite",
	"favorites": "favorite", "hutang": "utang", "outstandings": "outstanding", "ewallets": "ewallet",
	"pembelian": "belanja", "restok": "restock", "direstock": "restock", "direstok": "restock",
	"inventori": "inventory",
}

// tokenize lowercases the question, splits it into words, maps slang to
// standard spellings and strips Indonesian clitics (-nya, -ku, -mu, -lah,
// -kah) when what remains is a word of the lexicon.
func tokenize(q string) []string {
	q = strings.ToLower(q)
	words := strings.FieldsFunc(q, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	out := make([]string, 0, len(words)+2)
	for _, w := range words {
		if s, ok := slang[w]; ok {
			out = append(out, strings.Fields(s)...)
			continue
		}
		if !lexicon[w] {
			for _, suf := range []string{"nya", "lah", "kah", "ku", "mu"} {
				if base, ok := strings.CutSuffix(w, suf); ok && lexicon[base] {
					w = base
					break
				}
			}
		}
		out = append(out, w)
	}
	return out
}
