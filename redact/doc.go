// Package redact finds personal data in chat text and replaces it with typed
// pseudonyms before anything leaves for the model.
//
// Detection is one hand-written pass over the bytes of a message (no regexp on
// the hot path). A pre-pass with the runtime's vectorised byte search finds
// e-mail addresses around '@' and spelled-out "[at]", whose spans start before
// their anchor; the main pass then walks the text once, classifying digit runs
// (NIK, KK, NPWP, NITKU, phones, cards and their CVV, bank and virtual
// accounts, BPJS, IPv4 and IPv6 addresses, QRIS payloads, NIP/NISN/SIM numbers
// as GOVID, other countries' numbers written with '+', cryptocurrency
// addresses as WALLET by their Base58Check or bech32 checksum) by their structure,
// their check digits and the keyword that precedes them (or the bank named
// after them), and treating a small set of words as triggers
// (honorifics, "nama saya", "penerima:", "From:", "Customer:", family words,
// "panggil aja", a given name after "untuk"/"buat"/"oleh" or labelling a
// phone number, and signatures for names, "Jl."/"RT"/"Kel." and English
// street words for addresses, "tgl lahir"/"TTL"/"DOB"/"ulang tahun" for
// dates of birth, "password"/"OTP" (also with "-nya"/"-ku") and well-known
// key prefixes for secrets, "paspor", vehicle plates, social networks',
// messengers' and marketplaces' names and profile links for handles). Keywords
// and word sets live in compact open-addressing tables, probed with a hash
// of the word's first eight bytes, loaded and case-folded at once. A
// per-business Dictionary adds the names, phones and e-mails of that
// business's customers, employees and vendors.
//
// Before detection the text is normalised against simple evasions: full-width
// digits and signs and the digits of other scripts (Arabic-Indic,
// superscript, circled) become ASCII, zero-width characters disappear and
// unusual spaces and dashes become plain ones. Offsets are mapped back, so
// every Entity's Start and End index the caller's original string. Digits
// spaced or dotted apart ("0 8 1 2 …", "0.8.1.2…"), typed with look-alike
// letters ("O812…", "3l7l…") or spelled out in words ("nol delapan satu …")
// are handled by the readers.
//
// Some names come with no trigger word, and shapes stand in for one: a
// full name whose first or second word is a common given or family name
// ("Budi Santoso sudah transfer"), a name in capitals in a bank's notice, a
// couple ("Rizky & Annisa"), the sender of an exported WhatsApp chat, a
// transfer receipt's parties ("Ke 5270123456 ANDI WIJAYA"), the holder
// after an account's or an e-wallet's number, records of fields apart by
// "/", "|" or ", " that hold a phone or a NIK, an airline ticket's
// SURNAME/GIVEN, a name in lowercase after a chat's title in lowercase
// ("bu nurjanah"), a name before its age ("Rani, umur 19"). A name
// found once is found again wherever the text says it ("ibunya Alya …,
// Alya hari ini izin"), the other items of a list of names are names
// ("Absen: Dimas sakit, Fitri cuti"; "1. Andika Pratama 85\n2. Bella
// Safitri 90"), and so is the second of a couple ("Reza Mahendra & Putri
// Ayu Lestari"). Redact and RedactText also find again, in a later
// message, a name the conversation's Vault holds ("Alya" the next day).
// Chat's formatting (WhatsApp's *bold*, _italics_ and the direction marks
// around a copied number) and emoji glued to a value hide nothing.
//
// Numbers other than the state's that name a person are read after their
// words too, as GOVID: a vehicle's frame and engine numbers ("No rangka",
// "nosin"), a phone's IMEI, a utility's customer and meter numbers (PLN,
// PDAM, Indihome), an insurance policy's, a KIP's, a game account's ID
// ("ID 88776655 ML", "UID Genshin saya …", "Roblox ID …"), and a person's
// number with an institution: an employee's ("NIK karyawan 88213"), a
// student card's, a medical record's ("no RM …"), a bank's CIF, a loan
// contract's, a loyalty member's. A game's nickname ("nick RaffiGG", "ign
// …") and Steam, Riot and Discord IDs are handles.
//
// Business talk is left alone on purpose: amounts ("Rp 1.250.000", "Rp1,5
// juta"), invoice and order numbers, SKUs, dates that are not birth dates,
// times, quantities and percentages; streets named alone, with no number
// and no word of a home before them ("Jl. Sudirman macet total"); shops,
// venues and dishes named after a person ("Bakso Pak Kumis", "Balai
// Kartini", "Rawon Setan Mbak Endang"). The number right after "Rp", "total",
// "order", "invoice" and similar words is taken as an amount or an order
// number, unless it reads as a mobile number or a NIK; that keyword reaches
// no further (16 bytes, the first number, no value in between), so that "hari
// ini saya kirim ke 0812…" keeps nothing from the model.
//
// Redact replaces each value with a placeholder such as [PHONE_1] (RedactText
// does the same and returns the text alone, without the entities); a Vault
// keeps the mapping for one conversation so the same value always gets the
// same placeholder, and Restore (or a streaming Restorer) turns placeholders in
// model output back into values. Placeholders the Vault does not know are left
// untouched, so a model cannot invent its way to someone else's data; and
// a placeholder typed in the text that the Vault does not know keeps its
// number, which no new value is given. Check
// scans a finished request body before egress and reports what it finds,
// without the values, so a hit can be logged and counted safely.
//
// A Redactor is immutable after New and safe for concurrent use; a Vault and a
// Restorer belong to one conversation and one goroutine at a time.
package redact
