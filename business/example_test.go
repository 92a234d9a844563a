package business_test

import (
	"context"
	"fmt"
	"time"

	"github.com/jaga-id/jaga/business"
)

func ExampleSelectSections() {
	fmt.Println(business.SelectSections("berapa kas saya bulan ini?", "id"))
	fmt.Println(business.SelectSections("invoice yg telat bayar", "id"))
	fmt.Println(business.SelectSections("revenue and expenses last month", "en"))
	fmt.Println(business.SelectSections("jam buka toko kapan?", "id"))
	// Output:
	// [cash]
	// [invoices]
	// [summary expenses]
	// []
}

func ExampleRupiah() {
	fmt.Println(business.Rupiah(1250000))
	fmt.Println(business.Rupiah(-75000))
	// Output:
	// Rp 1.250.000
	// -Rp 75.000
}

func ExampleBuild() {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	src := &business.StaticSource{
		Full: &business.Snapshot{
			BusinessID: 1, BusinessName: "Toko Contoh", AsOf: now,
			Cash:      []business.CashBalance{{Account: "Kas toko", Balance: 2500000}},
			CashTotal: 2500000,
			Payroll:   &business.PayrollTotal{Period: "2026-10", Total: 12000000, Headcount: 4},
		},
	}
	want := []business.Section{business.SectionCash, business.SectionPayroll}
	for _, role := range []business.Role{business.RoleFinance, business.RoleStaff} {
		s, _ := business.Build(context.Background(), src, 1, role, want, now)
		fmt.Print(s.Render("en"))
	}
	// Output:
	// Business data: Toko Contoh (IDR), as of 2026-11-22, role finance
	// Cash: Kas toko Rp 2.500.000; total Rp 2.500.000
	// Payroll 2026-10: Rp 12.000.000 for 4 employees
}
