package redact

// Kind names a type of personal data. It is also the stem of a placeholder:
// a value of kind PHONE becomes [PHONE_1], [PHONE_2] and so on.
type Kind string

// The kinds the Redactor reports.
const (
	NIK         Kind = "NIK"          // Nomor Induk Kependudukan (16 digits)
	KK          Kind = "KK"           // Kartu Keluarga number (16 digits, by keyword)
	NPWP        Kind = "NPWP"         // tax ID, 15-digit with check digit or 16-digit
	NITKU       Kind = "NITKU"        // 22-digit place-of-business tax ID
	Phone       Kind = "PHONE"        // mobile or landline number
	Email       Kind = "EMAIL"        // e-mail address, also "nama [at] domain [dot] com"
	Card        Kind = "CARD"         // payment card number (Luhn and issuer prefix)
	BankAccount Kind = "BANK_ACCOUNT" // bank account number after a keyword
	VA          Kind = "VA"           // virtual account / payment code after a keyword
	BPJS        Kind = "BPJS"         // BPJS Kesehatan / Ketenagakerjaan number
	Passport    Kind = "PASSPORT"     // passport number after a keyword
	Plate       Kind = "PLATE"        // vehicle registration plate
	IP          Kind = "IP"           // IPv4 or IPv6 address
	DOB         Kind = "DOB"          // date of birth after a keyword
	Address     Kind = "ADDRESS"      // street address span
	Person      Kind = "PERSON"       // a person's name
	QRIS        Kind = "QRIS"         // QRIS / EMVCo payment payload
	Secret      Kind = "SECRET"       // password, PIN, OTP, API key, token
	Org         Kind = "ORG"          // an organisation name from the business dictionary
	Handle      Kind = "HANDLE"       // a social media handle, "@budisantoso90"
	GovID       Kind = "GOVID"        // another identifying number after its keyword: NIP, NISN, NRP, a SIM, a KITAS, a foreign ID, a vehicle's frame or engine number, a PLN customer ID, an insurance policy, a member's or a customer's code, a device's IMEI or MAC address
	Wallet      Kind = "WALLET"       // a cryptocurrency address: Bitcoin, Tron, Ethereum, by its checksum or form
)

// Kinds lists every Kind the package can report, in a stable order.
var Kinds = []Kind{NIK, KK, NPWP, NITKU, Phone, Email, Card, BankAccount, VA, BPJS,
	Passport, Plate, IP, DOB, Address, Person, QRIS, Secret, Org, Handle, GovID, Wallet}

// numKinds is len(Kinds).
const numKinds = 22

// Entity is one piece of personal data found in a text.
type Entity struct {
	Kind        Kind
	Start, End  int    // byte offsets into the text passed to Detect or Redact
	Value       string // the original bytes text[Start:End]
	Placeholder string // set by Redact, empty from Detect
}

// Finding is an Entity reported by the egress check. It deliberately carries
// no value so it can be logged and counted without leaking the data.
type Finding struct {
	Kind       Kind
	Part       int // index of the part passed to Check
	Start, End int // byte offsets into that part
}
