package main

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jaga-id/jaga/bot"
	"github.com/jaga-id/jaga/business"
	"github.com/jaga-id/jaga/redact"
	"github.com/jaga-id/jaga/store"
)

// businessStore returns the business tables of a store: both backends
// implement them over the shared SQL.
func businessStore(st store.Store) (business.Store, error) {
	bs, ok := st.(business.Store)
	if !ok {
		return nil, errors.New("store backend has no business tables")
	}
	return bs, nil
}

// prepare builds what the wiring needs from the data and the model
// configuration: the sample business, the redaction dictionary, the
// business source, the assistant.
func (m *Main) prepare(ctx context.Context) error {
	bst, err := businessStore(m.Store)
	if err != nil {
		return err
	}
	if m.Config.SampleData {
		loaded, err := business.EnsureSample(ctx, bst, time.Now())
		if err != nil {
			return fmt.Errorf("load sample business: %w", err)
		}
		if loaded {
			m.Logger.Info("sample business loaded", "business_id", business.SampleBusinessID)
		}
	}
	m.source = business.NewTableSource(bst)
	m.accounts = accountChecker{m.source}
	// The names, phones and e-mails in every business's data are always
	// redacted, whoever mentions them.
	m.dictionary = redact.NewDictionary()
	bs, err := bst.ListBusinesses(ctx)
	if err != nil {
		return err
	}
	for _, b := range bs {
		entries, err := business.Directory(ctx, m.source, b.ID)
		if err != nil {
			return err
		}
		for _, e := range entries {
			m.dictionary.Add(redact.Kind(e.Kind), e.Value)
		}
	}
	return m.prepareAssistant(ctx)
}

// accountChecker checks link codes against the business data.
type accountChecker struct{ src business.Source }

func (a accountChecker) AccountInBusiness(ctx context.Context, accountID, businessID int64) (bool, error) {
	role, err := a.src.Role(ctx, businessID, accountID)
	return role != "", err
}

var _ bot.AccountChecker = accountChecker{}
