// Package privacy is the privacy side of a conversation, handled locally and
// never by the model: the consent gate (the notice at first contact, the
// person's answer recorded as proof of consent), detection of data-subject
// requests in Indonesian and English (Detect), their records with legal due
// times (Policy), and their fulfilment where the law allows — information,
// an access summary, an export behind a single-use link, erasure with
// crypto-shredding after an explicit confirmation word, consent withdrawal
// that stops model calls at once — while rectification, restriction,
// objection and complaints are recorded and queued for staff.
package privacy
