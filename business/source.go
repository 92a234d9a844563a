package business

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"time"
)

// Source provides a business's figures, already aggregated. Two
// implementations exist: TableSource over jaga's own tables, and HTTPSource
// for host platforms that keep their own data and serve the snapshot.
type Source interface {
	// Role returns the role account holds in business, and "" with a nil
	// error when the account is not a member of the business.
	Role(ctx context.Context, businessID, accountID int64) (Role, error)
	// Snapshot returns the business's figures for the sections asked for,
	// as of now. It may fill other sections too; Build removes them.
	Snapshot(ctx context.Context, businessID int64, sections []Section, now time.Time) (*Snapshot, error)
}

// DirectorySource is a Source that can also list the names and contact
// details in the business's data, for the redactor's dictionary.
type DirectorySource interface {
	Source
	Directory(ctx context.Context, businessID int64) ([]DirectoryEntry, error)
}

// Build returns the snapshot of businessID for an asker holding role,
// limited to the sections asked for that role may see, as of now. It returns
// nil and no error when that leaves nothing (an empty or unknown role, or no
// section the role may see): the assistant then answers without business
// data. The source is asked only for the sections that survive the cut.
func Build(ctx context.Context, src Source, businessID int64, role Role, sections []Section, now time.Time) (*Snapshot, error) {
	keep := Cut(role, sections)
	if len(keep) == 0 || businessID == 0 {
		return nil, nil
	}
	s, err := src.Snapshot(ctx, businessID, keep, now)
	if err != nil {
		return nil, fmt.Errorf("business snapshot: %w", err)
	}
	if s == nil {
		return nil, nil
	}
	s.cut(keep)
	if !slices.Contains(roleSections[role], SectionPayroll) {
		s.hidePayroll()
	}
	if len(s.TopExpenses) > TopExpensesLimit {
		s.TopExpenses = s.TopExpenses[:TopExpensesLimit]
	}
	s.BusinessID = businessID
	s.Role = role
	if s.Currency == "" {
		s.Currency = DefaultCurrency
	}
	s.Version = s.version()
	return s, nil
}

// hidePayroll removes wage payments from the expense ranking and the recent
// transactions, for roles that may not see payroll: "Gaji Rp 23.000.000"
// among the top expenses would tell them the payroll total.
func (s *Snapshot) hidePayroll() {
	s.TopExpenses = slices.DeleteFunc(s.TopExpenses, func(c CategoryTotal) bool { return IsPayrollCategory(c.Category) })
	s.Recent = slices.DeleteFunc(s.Recent, func(t RecentTransaction) bool { return IsPayrollCategory(t.Category) })
}

// IsPayrollCategory reports whether a transaction category is wages: "Gaji",
// "Gaji karyawan", "Upah", "THR", "Payroll", "Salaries", "Wages"…
func IsPayrollCategory(c string) bool {
	c = strings.ToLower(strings.TrimSpace(c))
	for _, p := range []string{"gaji", "upah", "thr", "payroll", "salar", "wage", "tunjangan hari raya"} {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}

// ForQuestion is what the assistant calls per question: it looks up the
// asker's role, picks the sections the question needs and builds the
// snapshot. accountID and businessID are the asker's linked identity; zero
// (an unlinked person), a non-member or a question that needs no business
// data give nil and no error.
func ForQuestion(ctx context.Context, src Source, businessID, accountID int64, question, lang string, now time.Time) (*Snapshot, error) {
	if businessID == 0 || accountID == 0 {
		return nil, nil
	}
	sections := SelectSections(question, lang)
	if len(sections) == 0 {
		return nil, nil
	}
	role, err := src.Role(ctx, businessID, accountID)
	if err != nil {
		return nil, fmt.Errorf("business role: %w", err)
	}
	return Build(ctx, src, businessID, role, sections, now)
}

// version hashes the snapshot's content. AsOf counts by its calendar day
// only, so the same figures asked for twice in a day share a version (and a
// cached token count).
func (s *Snapshot) version() string {
	c := *s
	c.Version = ""
	c.AsOf = time.Date(s.AsOf.Year(), s.AsOf.Month(), s.AsOf.Day(), 0, 0, 0, 0, time.UTC)
	b, err := json.Marshal(&c)
	if err != nil {
		// A Snapshot holds only plain values; Marshal cannot fail on it.
		panic(err)
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:8])
}

// Periods returns this month, last month and the year to date around now,
// in loc. Each ends at the start of the next month: a period is a calendar
// span, and data dated in the future (none, normally) would count in it.
func Periods(now time.Time, loc *time.Location) []PeriodTotals {
	n := now.In(loc)
	thisStart := time.Date(n.Year(), n.Month(), 1, 0, 0, 0, 0, loc)
	nextStart := thisStart.AddDate(0, 1, 0)
	lastStart := thisStart.AddDate(0, -1, 0)
	yearStart := time.Date(n.Year(), 1, 1, 0, 0, 0, 0, loc)
	return []PeriodTotals{
		{Key: PeriodThisMonth, Start: thisStart, End: nextStart},
		{Key: PeriodLastMonth, Start: lastStart, End: thisStart},
		{Key: PeriodYearToDate, Start: yearStart, End: nextStart},
	}
}

// DayStart returns the start of t's calendar day in loc.
func DayStart(t time.Time, loc *time.Location) time.Time { return dayStart(t, loc) }

func dayStart(t time.Time, loc *time.Location) time.Time {
	t = t.In(loc)
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
}

// StaticSource serves a fixed, complete snapshot and fixed roles: for tests
// of the assistant and for demos without a database.
type StaticSource struct {
	Full  *Snapshot        // every section filled
	Roles map[int64]Role   // account id → role in Full.BusinessID
	Dir   []DirectoryEntry //
}

// Role implements Source.
func (s *StaticSource) Role(_ context.Context, businessID, accountID int64) (Role, error) {
	if s.Full == nil || businessID != s.Full.BusinessID {
		return "", nil
	}
	return s.Roles[accountID], nil
}

// Snapshot implements Source: a copy of Full (Build cuts it).
func (s *StaticSource) Snapshot(_ context.Context, businessID int64, _ []Section, now time.Time) (*Snapshot, error) {
	if s.Full == nil || businessID != s.Full.BusinessID {
		return nil, nil
	}
	c := *s.Full
	if c.AsOf.IsZero() {
		c.AsOf = now
	}
	return &c, nil
}

// Directory implements DirectorySource.
func (s *StaticSource) Directory(_ context.Context, businessID int64) ([]DirectoryEntry, error) {
	if s.Full == nil || businessID != s.Full.BusinessID {
		return nil, nil
	}
	return s.Dir, nil
}
