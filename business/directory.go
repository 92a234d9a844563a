package business

import (
	"context"
	"slices"
	"strings"
)

// Kinds of DirectoryEntry, the entity kinds of the redactor.
const (
	KindPerson = "PERSON"
	KindPhone  = "PHONE"
	KindEmail  = "EMAIL"
	KindOrg    = "ORG"
)

// DirectoryEntry is one name or contact detail found in a business's data.
// The redactor loads them into its per-business dictionary so they are
// caught in chat text even where its detectors would miss them.
type DirectoryEntry struct {
	Kind  string `json:"kind"` // KindPerson, KindPhone, KindEmail or KindOrg
	Value string `json:"value"`
}

// Directory returns the dictionary entries of a business from src, or none
// when src cannot list them.
func Directory(ctx context.Context, src Source, businessID int64) ([]DirectoryEntry, error) {
	ds, ok := src.(DirectorySource)
	if !ok {
		return nil, nil
	}
	return ds.Directory(ctx, businessID)
}

// DatasetDirectory returns the dictionary entries of d: accounts', parties'
// and employees' names, phones and e-mails, sorted and without duplicates.
// The business's own name is not one of them: the assistant may say it.
func DatasetDirectory(d *Dataset) []DirectoryEntry {
	var out []DirectoryEntry
	add := func(kind, name, phone, email string) {
		if v := strings.TrimSpace(name); v != "" {
			out = append(out, DirectoryEntry{kind, v})
		}
		if v := strings.TrimSpace(phone); v != "" {
			out = append(out, DirectoryEntry{KindPhone, v})
		}
		if v := strings.TrimSpace(email); v != "" {
			out = append(out, DirectoryEntry{KindEmail, v})
		}
	}
	for _, a := range d.Accounts {
		add(KindPerson, a.Name, a.Phone, a.Email)
	}
	for _, p := range d.Parties {
		kind := KindPerson
		if p.Kind == PartyOrg {
			kind = KindOrg
		}
		add(kind, p.Name, p.Phone, p.Email)
	}
	for _, e := range d.Employees {
		add(KindPerson, e.Name, e.Phone, e.Email)
	}
	return SortDirectory(out)
}

// SortDirectory sorts entries by kind and value and drops duplicates.
func SortDirectory(es []DirectoryEntry) []DirectoryEntry {
	slices.SortFunc(es, func(a, b DirectoryEntry) int {
		if c := strings.Compare(a.Kind, b.Kind); c != 0 {
			return c
		}
		return strings.Compare(a.Value, b.Value)
	})
	return slices.Compact(es)
}
