-- A stored message records itself in its conversation: last_message_at, and
-- last_inbound_at for the person's own messages (the WhatsApp 24-hour window
-- runs from it). A trigger spares every accepted webhook and every reply a
-- statement.

CREATE TRIGGER messages_touch_inbound AFTER INSERT ON messages
    FOR EACH ROW WHEN NEW.direction = 'in'
BEGIN
    UPDATE conversations SET last_message_at = NEW.created_at, last_inbound_at = NEW.created_at
     WHERE id = NEW.conversation_id;
END;

CREATE TRIGGER messages_touch_outbound AFTER INSERT ON messages
    FOR EACH ROW WHEN NEW.direction <> 'in'
BEGIN
    UPDATE conversations SET last_message_at = NEW.created_at WHERE id = NEW.conversation_id;
END;
