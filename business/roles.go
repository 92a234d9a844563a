package business

import (
	"slices"
	"strings"
)

// AllSections lists every section in the order a snapshot renders them.
var AllSections = []Section{
	SectionSummary,
	SectionCash,
	SectionExpenses,
	SectionTransactions,
	SectionInvoices,
	SectionInventory,
	SectionProducts,
	SectionPayroll,
}

// roleSections is what each role may see. Owners and managers see
// everything. Finance sees the financial sections (money in and out, cash,
// invoices, wages) but not the shop floor (stock, product sales). Staff see
// everything except wages and cash. Investors see the period summaries only.
var roleSections = map[Role][]Section{
	RoleOwner:    AllSections,
	RoleManager:  AllSections,
	RoleFinance:  {SectionSummary, SectionCash, SectionExpenses, SectionTransactions, SectionInvoices, SectionPayroll},
	RoleStaff:    {SectionSummary, SectionExpenses, SectionTransactions, SectionInvoices, SectionInventory, SectionProducts},
	RoleInvestor: {SectionSummary},
}

// RoleSections returns the sections role may see, in render order; none for
// an unknown or empty role (a person with no linked account).
func RoleSections(role Role) []Section {
	return slices.Clone(roleSections[role])
}

// Cut returns the sections of want that role may see, in render order and
// without duplicates.
func Cut(role Role, want []Section) []Section {
	allowed := roleSections[role]
	var out []Section
	for _, s := range AllSections {
		if slices.Contains(allowed, s) && slices.Contains(want, s) {
			out = append(out, s)
		}
	}
	return out
}

// Valid reports whether s is a known section.
func (s Section) Valid() bool { return slices.Contains(AllSections, s) }

// Has reports whether the snapshot was given section s.
func (s *Snapshot) Has(sec Section) bool { return s != nil && slices.Contains(s.Sections, sec) }

// cut clears every field of s that belongs to a section outside keep, so a
// source that sent more than it was asked for cannot widen what a role sees.
func (s *Snapshot) cut(keep []Section) {
	has := func(sec Section) bool { return slices.Contains(keep, sec) }
	if !has(SectionSummary) {
		s.Periods = nil
	}
	if !has(SectionCash) {
		s.Cash, s.CashTotal = nil, 0
	}
	if !has(SectionExpenses) {
		s.TopExpenses = nil
	}
	if !has(SectionTransactions) {
		s.Recent = nil
	}
	if !has(SectionInvoices) {
		s.Overdue = nil
	}
	if !has(SectionInventory) {
		s.LowStock = nil
	}
	if !has(SectionProducts) {
		s.TopProducts = nil
	}
	if !has(SectionPayroll) {
		s.Payroll = nil
	}
	s.Sections = slices.Clone(keep)
}

// FormatSections joins sections with commas ("summary,cash"), the form
// Message.SnapshotSections stores.
func FormatSections(secs []Section) string {
	parts := make([]string, len(secs))
	for i, s := range secs {
		parts[i] = string(s)
	}
	return strings.Join(parts, ",")
}

// ParseSections reads FormatSections' output back, skipping unknown names.
func ParseSections(s string) []Section {
	var out []Section
	for _, p := range strings.Split(s, ",") {
		if sec := Section(strings.TrimSpace(p)); sec.Valid() {
			out = append(out, sec)
		}
	}
	return out
}
