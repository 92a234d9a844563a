-- Fewer indexes on messages (as on PostgreSQL, migration 0007 there): the
-- ordering checks no longer need the status indexes (sqlstore.olderWaiting),
-- and no query reads messages by creation time.
DROP INDEX IF EXISTS messages_pending_idx;
DROP INDEX IF EXISTS messages_queued_idx;
DROP INDEX IF EXISTS messages_created_idx;
