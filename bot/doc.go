// Package bot runs the conversation turn, independent of channel: an
// accepted inbound message is stored before the webhook answers, a durable
// job runs the turn (identity → consent gate → privacy request → hand-off →
// assistant) and stores the reply with its delivery job in one transaction,
// and a delivery job sends it through the channel's Sender. Every step is
// idempotent. Channel adapters live in bot/telegram, bot/whatsapp and (later)
// bot/widget.
package bot
