package telegramtest_test

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/bot/telegram/telegramtest"
)

type apiResponse struct {
	OK          bool            `json:"ok"`
	Result      json.RawMessage `json:"result"`
	ErrorCode   int             `json:"error_code"`
	Description string          `json:"description"`
	Parameters  struct {
		RetryAfter int `json:"retry_after"`
	} `json:"parameters"`
}

func call(t *testing.T, s *telegramtest.Server, token, method, contentType, body string) apiResponse {
	t.Helper()
	resp, err := s.Client().Post(s.URL+"/bot"+token+"/"+method, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var r apiResponse
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		t.Fatal(err)
	}
	return r
}

func TestServerFormats(t *testing.T) {
	t.Parallel()
	s := telegramtest.NewServer(t)
	form := url.Values{"chat_id": {"42"}, "text": {"halo"}}.Encode()
	if r := call(t, s, telegramtest.Token, "sendMessage", "application/x-www-form-urlencoded", form); !r.OK {
		t.Fatalf("form: %+v", r)
	}
	if r := call(t, s, telegramtest.Token, "sendMessage", "application/json", `{"chat_id":42,"text":"lagi"}`); !r.OK {
		t.Fatalf("json: %+v", r)
	}
	if r := call(t, s, "1:wrong", "getMe", "application/json", `{}`); r.OK || r.ErrorCode != http.StatusUnauthorized {
		t.Fatalf("wrong token: %+v", r)
	}
	sent, ok := s.WaitSent(2, time.Second)
	if !ok || sent[0].Text != "halo" || sent[1].Text != "lagi" || sent[1].ChatID != 42 || sent[1].MessageID != 2 {
		t.Fatalf("sent %+v", sent)
	}
	if c := s.Calls("sendMessage"); len(c) != 2 || c[1].Params["chat_id"] != "42" {
		t.Fatalf("calls %+v", c)
	}
}

func TestServerFailures(t *testing.T) {
	t.Parallel()
	s := telegramtest.NewServer(t)
	s.RateLimit(2, 3)
	for range 2 {
		r := call(t, s, telegramtest.Token, "sendMessage", "application/json", `{"chat_id":1,"text":"x"}`)
		if r.OK || r.ErrorCode != http.StatusTooManyRequests || r.Parameters.RetryAfter != 3 {
			t.Fatalf("want 429: %+v", r)
		}
	}
	if r := call(t, s, telegramtest.Token, "sendMessage", "application/json", `{"chat_id":1,"text":"x"}`); !r.OK {
		t.Fatalf("third call: %+v", r)
	}
	if r := call(t, s, telegramtest.Token, "sendMessage", "application/json", `{"chat_id":1,"text":"  "}`); r.OK {
		t.Fatal("empty text accepted")
	}
}

func TestServerGetUpdates(t *testing.T) {
	t.Parallel()
	s := telegramtest.NewServer(t)
	id := s.AddUpdate(telegramtest.TextUpdate(0, 7, 1, "/start 👋"))
	r := call(t, s, telegramtest.Token, "getUpdates", "application/json", `{"offset":0,"timeout":0}`)
	var ups []struct {
		UpdateID int64 `json:"update_id"`
		Message  struct {
			Text     string `json:"text"`
			Entities []struct {
				Length int `json:"length"`
			} `json:"entities"`
		} `json:"message"`
	}
	if err := json.Unmarshal(r.Result, &ups); err != nil || len(ups) != 1 || ups[0].UpdateID != id {
		t.Fatalf("updates %s (%v)", r.Result, err)
	}
	if ups[0].Message.Entities[0].Length != 6 {
		t.Errorf("command entity %+v", ups[0].Message.Entities)
	}
	r = call(t, s, telegramtest.Token, "getUpdates", "application/json", `{"offset":`+jsonInt(id+1)+`,"timeout":0}`)
	if string(r.Result) != "[]" || s.Offset() != id+1 {
		t.Fatalf("after ack: %s, offset %d", r.Result, s.Offset())
	}
}

func jsonInt(n int64) string { b, _ := json.Marshal(n); return string(b) }
