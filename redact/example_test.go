package redact_test

import (
	"fmt"

	"github.com/jaga-id/jaga/redact"
)

func Example() {
	dict := redact.NewDictionary()
	dict.Add(redact.Person, "Yohanes Kristianto") // a customer from the business data
	r := redact.New(redact.Options{Dictionary: dict})

	v := redact.NewVault() // one per conversation, stored sealed
	out, ents := r.Redact("Halo, saya Budi. HP 0812-3456-7890, NIK 3171011708450001. "+
		"Tolong kirim ke yohanes kristianto, total Rp 1.250.000 untuk INV-2024-00123.", v)
	fmt.Println(out)
	fmt.Println(len(ents), "entities")

	// The model answers with placeholders; restore them for the asker.
	fmt.Println(v.Restore("Baik [PERSON_1], kami hubungi [PHONE_1]. [PHONE_7] tidak dikenal."))

	// Before any egress, the full request body is checked again.
	fmt.Println(len(r.Check(out)), "findings")
	// Output:
	// Halo, saya [PERSON_1]. HP [PHONE_1], NIK [NIK_1]. Tolong kirim ke [PERSON_2], total Rp 1.250.000 untuk INV-2024-00123.
	// 4 entities
	// Baik Budi, kami hubungi 0812-3456-7890. [PHONE_7] tidak dikenal.
	// 0 findings
}

func ExampleRestorer() {
	r := redact.New(redact.Options{})
	v := redact.NewVault()
	r.Redact("wa 0812-3456-7890", v)

	s := redact.NewRestorer(v)
	for _, chunk := range []string{"Nomor Anda [PHO", "NE_1", "] sudah tercatat."} {
		fmt.Printf("%q\n", s.Write(chunk))
	}
	fmt.Printf("%q\n", s.Flush())
	// Output:
	// "Nomor Anda "
	// ""
	// "0812-3456-7890 sudah tercatat."
	// ""
}
