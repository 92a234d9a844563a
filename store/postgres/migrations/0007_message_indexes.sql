-- Fewer indexes on messages, so that a status change can be a HOT update
-- (no index touched) and every stored message costs less.
--
-- messages_pending_idx and messages_queued_idx had the status in their
-- predicates: every turn (received -> processed) and every send
-- (queued -> sent) wrote a new entry into every index of the table. The
-- ordering checks they served now look one step back along
-- messages_conversation_idx (sqlstore.olderWaiting).
-- No query reads messages by creation time; retention (a later issue) adds
-- the index its queries need.
DROP INDEX IF EXISTS messages_pending_idx;
DROP INDEX IF EXISTS messages_queued_idx;
DROP INDEX IF EXISTS messages_created_idx;

-- Room on each page for the new version of a message whose status changes
-- shortly after it is stored, so the update stays on the page (HOT).
ALTER TABLE messages SET (fillfactor = 85);
