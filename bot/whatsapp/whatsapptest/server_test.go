package whatsapptest_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/jaga-id/jaga/bot/whatsapp/whatsapptest"
)

func post(t *testing.T, s *whatsapptest.Server, token, body string) (*http.Response, map[string]any) {
	t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.URL+"/"+whatsapptest.PhoneNumberID+"/messages", strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := s.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out map[string]any
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		t.Fatal(err)
	}
	return resp, out
}

func TestServer(t *testing.T) {
	t.Parallel()
	s := whatsapptest.NewServer(t)
	msg := `{"messaging_product":"whatsapp","recipient_type":"individual","to":"62811","type":"text","text":{"preview_url":false,"body":"halo"}}`
	if resp, _ := post(t, s, "wrong", msg); resp.StatusCode != http.StatusUnauthorized {
		t.Fatalf("wrong token: %d", resp.StatusCode)
	}
	s.RateLimit(1, "7")
	if resp, body := post(t, s, whatsapptest.AccessToken, msg); resp.StatusCode != http.StatusTooManyRequests ||
		resp.Header.Get("Retry-After") != "7" || body["error"].(map[string]any)["code"] != float64(130429) {
		t.Fatalf("want 429: %d %v", resp.StatusCode, body)
	}
	if resp, _ := post(t, s, whatsapptest.AccessToken, msg); resp.StatusCode != http.StatusOK {
		t.Fatalf("send: %d", resp.StatusCode)
	}
	if resp, _ := post(t, s, whatsapptest.AccessToken, `{"messaging_product":"whatsapp","status":"read","message_id":"wamid.1"}`); resp.StatusCode != http.StatusOK {
		t.Fatalf("read: %d", resp.StatusCode)
	}
	sent, ok := s.WaitSent(1, time.Second)
	if !ok || sent[0].To != "62811" || sent[0].Text != "halo" {
		t.Fatalf("sent %+v", sent)
	}
	if r := s.ReadMarks(); len(r) != 1 || r[0] != "wamid.1" {
		t.Fatalf("reads %v", r)
	}
}

func TestSign(t *testing.T) {
	t.Parallel()
	// Computed independently: printf '{}' | openssl dgst -sha256 -hmac secret
	const want = "sha256=77325902caca812dc259733aacd046b73817372c777b8d95b402647474516e13"
	if got := whatsapptest.Sign("secret", []byte("{}")); got != want {
		t.Fatalf("Sign = %q", got)
	}
}
