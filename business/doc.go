// Package business holds a business's own data and turns it into the only
// form the assistant ever sees: a Snapshot, aggregated and abbreviated, cut
// to the asker's role and to the sections the question needs.
//
// # Flow per question
//
//	sections := SelectSections(question, lang)          // data minimisation
//	role, _ := src.Role(ctx, businessID, accountID)     // "" for non-members
//	snap, _ := Build(ctx, src, businessID, role, sections, now)
//	prompt += snap.Render(lang)                         // nil snapshot: no business data
//	message.SnapshotSections = FormatSections(snap.Sections)
//
// ForQuestion does the three steps at once. A person whose chat identity is
// not linked to an account (accountID or businessID zero), an account that
// is not a member, and a question that needs no business data all give a
// nil snapshot and no error.
//
// # Roles
//
// Owners and managers see every section; finance sees the financial ones
// (summary, cash, expenses, transactions, invoices, payroll); staff see all
// but cash and payroll; investors see the period summary only. See
// RoleSections.
//
// # Sources
//
// TableSource reads jaga's own tables through Store, which store/sqlstore
// implements on SQLite and PostgreSQL; every figure is aggregated by the
// database (period totals and cash balances from daily totals rebuilt at
// import), so a snapshot costs a few small queries whatever the size of the
// business. HTTPSource asks a host platform that keeps its own data; its
// wire format is SnapshotJSON, documented on HTTPSource.
//
// # Import format
//
// `jaga import` (RunImportCLI) reads a JSON file shaped like Dataset, or a
// directory of CSV files (see ParseCSVDir). Amounts are whole rupiah
// (1250000, no separators); money out is negative; dates are YYYY-MM-DD in
// the business's time zone (Asia/Jakarta by default) or RFC 3339. Records
// refer to each other by ref. An import replaces everything stored about
// the business, so importing the same files twice changes nothing. A
// trimmed JSON example:
//
//	{
//	  "business": {"id": 1001, "name": "Kopi Senja", "time_zone": "Asia/Jakarta"},
//	  "accounts": [{"id": 5001, "name": "…", "phone": "…", "email": "…", "role": "owner"}],
//	  "cash_accounts": [{"ref": "bca", "label": "BCA operasional", "opening_balance": 45000000}],
//	  "parties": [{"ref": "c-maju", "kind": "org", "type": "customer", "name": "…", "email": "…"}],
//	  "items": [{"ref": "b-susu", "name": "Susu UHT", "unit": "liter", "stock": 18, "reorder_level": 24}],
//	  "transactions": [{"ref": "T1", "date": "2026-11-03", "cash_account": "bca", "amount": -2600000,
//	                    "category": "Bahan baku", "counterparty": "s-susu"}],
//	  "invoices": [{"ref": "INV-7", "customer": "c-maju", "amount": 3500000, "issued": "2026-10-01",
//	                "due": "2026-10-15", "status": "unpaid"}],
//	  "employees": [{"ref": "e-agus", "name": "…", "position": "Barista", "salary": 5200000}],
//	  "payroll_runs": [{"ref": "PR-2026-10", "period": "2026-10", "paid": "2026-10-25",
//	                    "lines": [{"employee": "e-agus", "amount": 5200000}]}]
//	}
//
// Transactions in the category "Transfer" move money between the
// business's own cash accounts: they change balances but are neither
// revenue nor expenses.
//
// # Sample business
//
// Sample returns Kopi Senja, a synthetic coffee shop in Yogyakarta, with
// about four months of transactions generated from a fixed seed up to the
// given day; EnsureSample loads it into an empty store and refreshes it
// daily so the demo always has this month's and last month's figures.
//
// # Redactor dictionary
//
// Directory (and DatasetDirectory) list the names, phone numbers and e-mail
// addresses in a business's data as (kind, value) pairs with the kinds
// PERSON, PHONE, EMAIL and ORG, for the redactor's per-business dictionary.
package business
