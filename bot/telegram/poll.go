package telegram

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"time"

	"github.com/go-telegram/bot/models"

	"github.com/jaga-id/jaga/bot"
)

// maxPollBackoff caps the wait between failed polls.
const maxPollBackoff = 30 * time.Second

// Poll receives updates by getUpdates long polling until ctx ends, then
// returns nil. An update is acknowledged (the offset moved past it) only
// after a.Accept stored it, so a crash or a store failure means Telegram
// delivers it again; failures back off up to 30 s and are retried.
//
// getUpdates is called directly rather than through the client library,
// whose poll loop acknowledges updates as soon as it has read them.
func (c *Channel) Poll(ctx context.Context, a bot.Acceptor) error {
	var offset int64
	backoff := time.Duration(0)
	for {
		if backoff > 0 {
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(backoff):
			}
		}
		updates, err := c.getUpdates(ctx, offset)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			var retry *bot.RetryAfterError
			if errors.As(err, &retry) {
				backoff = retry.After
			} else {
				backoff = min(max(2*backoff, 500*time.Millisecond), maxPollBackoff)
			}
			c.log.Warn("telegram poll failed", "error", err, "retry_in", backoff)
			continue
		}
		backoff = 0
		for _, upd := range updates {
			if in, ok := updateInbound(upd); ok {
				if err := a.Accept(ctx, []bot.Inbound{in}); err != nil {
					if ctx.Err() != nil {
						return nil
					}
					c.log.Error("telegram poll: accept failed", "error", err)
					backoff = min(max(2*backoff, 500*time.Millisecond), maxPollBackoff)
					break // the offset stays before this update
				}
			}
			offset = upd.ID + 1
		}
	}
}

// getUpdatesResponse is the Bot API's answer to getUpdates.
type getUpdatesResponse struct {
	OK          bool             `json:"ok"`
	Result      []*models.Update `json:"result"`
	ErrorCode   int              `json:"error_code"`
	Description string           `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

// getUpdates makes one long poll. Updates whose text is not valid UTF-8
// cannot come from Telegram's JSON, so none are checked.
func (c *Channel) getUpdates(ctx context.Context, offset int64) ([]*models.Update, error) {
	body, err := json.Marshal(map[string]any{
		"offset":          offset,
		"timeout":         int((pollTimeout - 10*time.Second) / time.Second),
		"allowed_updates": []string{"message"},
	})
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost,
		c.cfg.APIURL+"/bot"+c.cfg.Token+"/getUpdates", bytes.NewReader(body))
	if err != nil {
		return nil, errors.New("telegram getUpdates: bad API URL")
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.client.Do(req)
	if err != nil {
		// The error names the URL, which holds the token.
		return nil, errors.New("telegram getUpdates: request failed")
	}
	defer resp.Body.Close()
	var r getUpdatesResponse
	if err := json.NewDecoder(io.LimitReader(resp.Body, 64<<20)).Decode(&r); err != nil {
		return nil, fmt.Errorf("telegram getUpdates: undecodable response (HTTP %d)", resp.StatusCode)
	}
	if !r.OK {
		if r.ErrorCode == http.StatusTooManyRequests {
			after := time.Duration(r.Parameters.RetryAfter) * time.Second
			if after <= 0 {
				after = defaultRetryAfter
			}
			return nil, &bot.RetryAfterError{After: after}
		}
		return nil, fmt.Errorf("telegram getUpdates: %d %s", r.ErrorCode, r.Description)
	}
	return r.Result, nil
}
