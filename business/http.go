package business

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/jaga-id/jaga"
)

// HTTPSource fetches snapshots from a host platform that keeps its own
// business data. It calls three endpoints under BaseURL, each with
// "Authorization: Bearer <token>" and "Accept: application/json":
//
//	GET {base}/businesses/{business_id}/members/{account_id}
//	    → 200 {"role": "owner"}; 404 when the account is not a member.
//	GET {base}/businesses/{business_id}/snapshot?sections=summary,cash&as_of=2026-11-22T03:04:05Z
//	    → 200 a SnapshotJSON; 404 when the business is unknown.
//	GET {base}/businesses/{business_id}/directory
//	    → 200 {"entries": [{"kind": "PERSON", "value": "…"}]} (optional)
//
// The platform computes the figures and should fill only the sections asked
// for; jaga drops any other section before the model sees it. Amounts are
// whole rupiah; dates are RFC 3339 or YYYY-MM-DD. Counterparties in
// recent_transactions must already be placeholders ("[ORG_1]"): a value
// that is not one is replaced.
type HTTPSource struct {
	baseURL string
	token   string
	client  *http.Client
}

// DefaultHTTPTimeout bounds one call to the host platform: the snapshot is
// on the path of a chat answer.
const DefaultHTTPTimeout = 5 * time.Second

// maxSnapshotBody caps a response body.
const maxSnapshotBody = 1 << 20

// NewHTTPSource returns a source calling baseURL with token. client may be
// nil for one with DefaultHTTPTimeout.
func NewHTTPSource(baseURL, token string, client *http.Client) (*HTTPSource, error) {
	u, err := url.Parse(baseURL)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, errors.New("business source URL must be an http(s) URL")
	}
	if token == "" {
		return nil, errors.New("business source needs a bearer token")
	}
	if client == nil {
		client = &http.Client{Timeout: DefaultHTTPTimeout}
	}
	return &HTTPSource{baseURL: strings.TrimRight(baseURL, "/"), token: token, client: client}, nil
}

// SnapshotJSON is the wire shape of a snapshot from a host platform.
type SnapshotJSON struct {
	BusinessID   int64  `json:"business_id"`
	BusinessName string `json:"business_name"`
	Currency     string `json:"currency"`
	AsOf         string `json:"as_of"`
	Periods      []struct {
		Key      string `json:"key"` // this_month, last_month, year_to_date
		Start    string `json:"start"`
		End      string `json:"end"` // exclusive
		Revenue  int64  `json:"revenue"`
		Expenses int64  `json:"expenses"`
		Net      int64  `json:"net"`
	} `json:"periods,omitempty"`
	Cash []struct {
		Account string `json:"account"`
		Balance int64  `json:"balance"`
	} `json:"cash,omitempty"`
	CashTotal   *int64 `json:"cash_total,omitempty"`
	TopExpenses []struct {
		Category string `json:"category"`
		Amount   int64  `json:"amount"`
	} `json:"top_expenses,omitempty"`
	RecentTransactions []struct {
		Date         string `json:"date"`
		Amount       int64  `json:"amount"`
		Category     string `json:"category"`
		Counterparty string `json:"counterparty,omitempty"`
	} `json:"recent_transactions,omitempty"`
	OverdueInvoices *struct {
		Count      int   `json:"count"`
		Sum        int64 `json:"sum"`
		OldestDays int   `json:"oldest_days"`
	} `json:"overdue_invoices,omitempty"`
	LowStock []struct {
		Name    string `json:"name"`
		Stock   int64  `json:"stock"`
		Reorder int64  `json:"reorder_level"`
	} `json:"low_stock,omitempty"`
	TopProducts []struct {
		Name     string `json:"name"`
		Quantity int64  `json:"quantity"`
		Revenue  int64  `json:"revenue"`
	} `json:"top_products,omitempty"`
	Payroll *struct {
		Period    string `json:"period"`
		Total     int64  `json:"total"`
		Headcount int    `json:"headcount"`
	} `json:"payroll,omitempty"`
}

// Role implements Source.
func (h *HTTPSource) Role(ctx context.Context, businessID, accountID int64) (Role, error) {
	var body struct {
		Role Role `json:"role"`
	}
	err := h.get(ctx, fmt.Sprintf("/businesses/%d/members/%d", businessID, accountID), nil, &body)
	if jaga.IsNotFound(err) {
		return "", nil
	} else if err != nil {
		return "", err
	}
	if !body.Role.Valid() {
		return "", fmt.Errorf("host platform sent an unknown role")
	}
	return body.Role, nil
}

// Snapshot implements Source.
func (h *HTTPSource) Snapshot(ctx context.Context, businessID int64, sections []Section, now time.Time) (*Snapshot, error) {
	names := make([]string, len(sections))
	for i, s := range sections {
		names[i] = string(s)
	}
	q := url.Values{"sections": {strings.Join(names, ",")}, "as_of": {now.UTC().Format(time.RFC3339)}}
	var w SnapshotJSON
	err := h.get(ctx, fmt.Sprintf("/businesses/%d/snapshot", businessID), q, &w)
	if jaga.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	s, err := w.snapshot(now)
	if err != nil {
		return nil, fmt.Errorf("host platform sent an invalid snapshot: %w", err)
	}
	return s, nil
}

// Directory implements DirectorySource.
func (h *HTTPSource) Directory(ctx context.Context, businessID int64) ([]DirectoryEntry, error) {
	var body struct {
		Entries []DirectoryEntry `json:"entries"`
	}
	err := h.get(ctx, fmt.Sprintf("/businesses/%d/directory", businessID), nil, &body)
	if jaga.IsNotFound(err) {
		return nil, nil
	} else if err != nil {
		return nil, err
	}
	var out []DirectoryEntry
	for _, e := range body.Entries {
		switch e.Kind {
		case KindPerson, KindPhone, KindEmail, KindOrg:
			if strings.TrimSpace(e.Value) != "" {
				out = append(out, e)
			}
		}
	}
	return SortDirectory(out), nil
}

// get calls one endpoint and decodes its JSON. Errors never quote the
// token, the body or the URL's query.
func (h *HTTPSource) get(ctx context.Context, path string, q url.Values, into any) error {
	u := h.baseURL + path
	if len(q) > 0 {
		u += "?" + q.Encode()
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return fmt.Errorf("business source request: %w", err)
	}
	req.Header.Set("Authorization", "Bearer "+h.token)
	req.Header.Set("Accept", "application/json")
	resp, err := h.client.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		var ue *url.Error
		if errors.As(err, &ue) && ue.Timeout() {
			return &jaga.Error{Code: jaga.EUNAVAILABLE, Message: "The business data service did not answer in time."}
		}
		return fmt.Errorf("%w: %s", &jaga.Error{Code: jaga.EUNAVAILABLE, Message: "The business data service is unreachable."}, safeNetError(err))
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusOK:
	case resp.StatusCode == http.StatusNotFound:
		return &jaga.Error{Code: jaga.ENOTFOUND, Message: "Business data not found."}
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return fmt.Errorf("business data service rejected the token (HTTP %d)", resp.StatusCode)
	case resp.StatusCode == http.StatusTooManyRequests:
		msg := "The business data service is busy; try again shortly."
		if ra, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil && ra > 0 {
			msg = fmt.Sprintf("The business data service is busy; try again in %d seconds.", ra)
		}
		return &jaga.Error{Code: jaga.ERATELIMIT, Message: msg}
	case resp.StatusCode >= 500:
		return fmt.Errorf("%w (HTTP %d)", &jaga.Error{Code: jaga.EUNAVAILABLE, Message: "The business data service failed."}, resp.StatusCode)
	default:
		return fmt.Errorf("business data service answered HTTP %d", resp.StatusCode)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, maxSnapshotBody+1))
	if err != nil {
		return fmt.Errorf("read business data: %w", safeNetError(err))
	}
	if len(body) > maxSnapshotBody {
		return fmt.Errorf("business data service sent more than %d KiB", maxSnapshotBody>>10)
	}
	if err := json.Unmarshal(body, into); err != nil {
		return fmt.Errorf("business data service sent malformed JSON: %w", err)
	}
	return nil
}

// placeholderRE matches a redaction placeholder such as [ORG_1].
var placeholderRE = regexp.MustCompile(`^\[[A-Z]+_[0-9]+\]$`)

// safeNetError drops the URL from a transport error.
func safeNetError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// parseWireTime reads RFC 3339 or a plain date.
func parseWireTime(s string, loc *time.Location) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	return ParseDate(s, loc)
}

// snapshot converts the wire shape, checking it.
func (w *SnapshotJSON) snapshot(now time.Time) (*Snapshot, error) {
	loc := zones[DefaultTimeZone]
	s := &Snapshot{BusinessID: w.BusinessID, BusinessName: w.BusinessName, Currency: w.Currency}
	var err error
	if s.AsOf, err = parseWireTime(w.AsOf, loc); err != nil {
		return nil, fmt.Errorf("as_of: %w", err)
	} else if s.AsOf.IsZero() {
		s.AsOf = now
	}
	if s.Currency != "" && s.Currency != DefaultCurrency {
		return nil, fmt.Errorf("currency %q is not supported", s.Currency)
	}
	for i, p := range w.Periods {
		switch p.Key {
		case PeriodThisMonth, PeriodLastMonth, PeriodYearToDate:
		default:
			return nil, fmt.Errorf("periods[%d]: unknown key %q", i, p.Key)
		}
		pt := PeriodTotals{Key: p.Key, Revenue: p.Revenue, Expenses: p.Expenses, Net: p.Net}
		if pt.Start, err = parseWireTime(p.Start, loc); err != nil {
			return nil, fmt.Errorf("periods[%d].start: %w", i, err)
		}
		if pt.End, err = parseWireTime(p.End, loc); err != nil {
			return nil, fmt.Errorf("periods[%d].end: %w", i, err)
		}
		s.Periods = append(s.Periods, pt)
	}
	for _, c := range w.Cash {
		s.Cash = append(s.Cash, CashBalance{Account: c.Account, Balance: c.Balance})
		s.CashTotal += c.Balance
	}
	if w.CashTotal != nil {
		s.CashTotal = *w.CashTotal
	}
	for _, c := range w.TopExpenses {
		s.TopExpenses = append(s.TopExpenses, CategoryTotal{Category: c.Category, Amount: c.Amount})
	}
	for i, t := range w.RecentTransactions {
		d, err := parseWireTime(t.Date, loc)
		if err != nil {
			return nil, fmt.Errorf("recent_transactions[%d].date: %w", i, err)
		}
		cp := t.Counterparty
		if cp != "" && !placeholderRE.MatchString(cp) {
			// A name or number where a placeholder belongs: never pass it on.
			cp = "[PARTY]"
		}
		s.Recent = append(s.Recent, RecentTransaction{Date: d, Amount: t.Amount, Category: t.Category, Counterparty: cp})
	}
	if o := w.OverdueInvoices; o != nil {
		s.Overdue = &OverdueInvoices{Count: o.Count, Sum: o.Sum, OldestDays: o.OldestDays}
	}
	for _, it := range w.LowStock {
		s.LowStock = append(s.LowStock, StockItem{Name: it.Name, Stock: it.Stock, Reorder: it.Reorder})
	}
	for _, p := range w.TopProducts {
		s.TopProducts = append(s.TopProducts, ProductSales{Name: p.Name, Quantity: p.Quantity, Revenue: p.Revenue})
	}
	if p := w.Payroll; p != nil {
		s.Payroll = &PayrollTotal{Period: p.Period, Total: p.Total, Headcount: p.Headcount}
	}
	return s, nil
}

// MarshalWire encodes the snapshot in the wire shape (SnapshotJSON): what a
// host platform serves, and what tests and fakes use to write one.
func (s *Snapshot) MarshalWire() ([]byte, error) { return json.Marshal(s.wire()) }

// wire builds the wire shape. Its JSON tags mirror SnapshotJSON's.
func (s *Snapshot) wire() any {
	type period struct {
		Key      string `json:"key"`
		Start    string `json:"start"`
		End      string `json:"end"`
		Revenue  int64  `json:"revenue"`
		Expenses int64  `json:"expenses"`
		Net      int64  `json:"net"`
	}
	type cash struct {
		Account string `json:"account"`
		Balance int64  `json:"balance"`
	}
	type cat struct {
		Category string `json:"category"`
		Amount   int64  `json:"amount"`
	}
	type recent struct {
		Date         string `json:"date"`
		Amount       int64  `json:"amount"`
		Category     string `json:"category"`
		Counterparty string `json:"counterparty,omitempty"`
	}
	type overdue struct {
		Count      int   `json:"count"`
		Sum        int64 `json:"sum"`
		OldestDays int   `json:"oldest_days"`
	}
	type stock struct {
		Name    string `json:"name"`
		Stock   int64  `json:"stock"`
		Reorder int64  `json:"reorder_level"`
	}
	type product struct {
		Name     string `json:"name"`
		Quantity int64  `json:"quantity"`
		Revenue  int64  `json:"revenue"`
	}
	type payroll struct {
		Period    string `json:"period"`
		Total     int64  `json:"total"`
		Headcount int    `json:"headcount"`
	}
	out := struct {
		BusinessID   int64     `json:"business_id"`
		BusinessName string    `json:"business_name"`
		Currency     string    `json:"currency"`
		AsOf         string    `json:"as_of"`
		Periods      []period  `json:"periods,omitempty"`
		Cash         []cash    `json:"cash,omitempty"`
		CashTotal    *int64    `json:"cash_total,omitempty"`
		TopExpenses  []cat     `json:"top_expenses,omitempty"`
		Recent       []recent  `json:"recent_transactions,omitempty"`
		Overdue      *overdue  `json:"overdue_invoices,omitempty"`
		LowStock     []stock   `json:"low_stock,omitempty"`
		TopProducts  []product `json:"top_products,omitempty"`
		Payroll      *payroll  `json:"payroll,omitempty"`
	}{BusinessID: s.BusinessID, BusinessName: s.BusinessName, Currency: s.currency(), AsOf: s.AsOf.Format(time.RFC3339)}
	for _, p := range s.Periods {
		out.Periods = append(out.Periods, period{p.Key, p.Start.Format(time.RFC3339), p.End.Format(time.RFC3339), p.Revenue, p.Expenses, p.Net})
	}
	for _, c := range s.Cash {
		out.Cash = append(out.Cash, cash{c.Account, c.Balance})
	}
	if s.Has(SectionCash) {
		t := s.CashTotal
		out.CashTotal = &t
	}
	for _, c := range s.TopExpenses {
		out.TopExpenses = append(out.TopExpenses, cat{c.Category, c.Amount})
	}
	for _, r := range s.Recent {
		out.Recent = append(out.Recent, recent{r.Date.Format(time.RFC3339), r.Amount, r.Category, r.Counterparty})
	}
	if s.Overdue != nil {
		out.Overdue = &overdue{s.Overdue.Count, s.Overdue.Sum, s.Overdue.OldestDays}
	}
	for _, it := range s.LowStock {
		out.LowStock = append(out.LowStock, stock{it.Name, it.Stock, it.Reorder})
	}
	for _, p := range s.TopProducts {
		out.TopProducts = append(out.TopProducts, product{p.Name, p.Quantity, p.Revenue})
	}
	if s.Payroll != nil {
		out.Payroll = &payroll{s.Payroll.Period, s.Payroll.Total, s.Payroll.Headcount}
	}
	return out
}
