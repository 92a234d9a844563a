package sqlstore

import "context"

// TokensUsed returns a business's model tokens in a month ("2026-11").
func (q *Queries) TokensUsed(ctx context.Context, businessID int64, month string) (int64, error) {
	var n int64
	err := q.db.QueryRow(ctx, `SELECT tokens FROM token_usage WHERE business_id = $1 AND month = $2`, businessID, month).Scan(&n)
	if IsNoRows(err) {
		return 0, nil
	}
	return n, err
}

// AddTokens adds model tokens to a business's month.
func (q *Queries) AddTokens(ctx context.Context, businessID int64, month string, tokens int64) error {
	_, err := q.db.Exec(ctx,
		`INSERT INTO token_usage (business_id, month, tokens) VALUES ($1, $2, $3)
		 ON CONFLICT (business_id, month) DO UPDATE SET tokens = token_usage.tokens + excluded.tokens`,
		businessID, month, tokens)
	return err
}
