package sqlstore

import (
	"errors"

	"github.com/jaga-id/jaga"
)

// notFound replaces a not-found error with one carrying msg, and passes any
// other error through.
func notFound(err error, msg string) error {
	if jaga.IsNotFound(err) {
		return &jaga.Error{Code: jaga.ENOTFOUND, Message: msg}
	}
	return err
}

// errNoRows is what mustAffect returns when an update touched nothing.
var errNoRows = &jaga.Error{Code: jaga.ENOTFOUND, Message: "Record not found."}

// mustAffect turns an update that touched no row into a not-found error.
func mustAffect(n int64, err error) error {
	if err != nil {
		return err
	}
	if n == 0 {
		return errNoRows
	}
	return nil
}

// IsNoRows reports whether err is the not-found error of a missing row.
func IsNoRows(err error) bool { return errors.Is(err, errNoRows) || jaga.IsNotFound(err) }
