-- A stored message records itself in its conversation: last_message_at, and
-- last_inbound_at for the person's own messages (the WhatsApp 24-hour window
-- runs from it). A trigger spares every accepted webhook and every reply a
-- round trip.

CREATE FUNCTION messages_touch_conversation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.direction = 'in' THEN
        UPDATE conversations SET last_message_at = NEW.created_at, last_inbound_at = NEW.created_at
         WHERE id = NEW.conversation_id;
    ELSE
        UPDATE conversations SET last_message_at = NEW.created_at WHERE id = NEW.conversation_id;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER messages_touch_conversation AFTER INSERT ON messages
    FOR EACH ROW EXECUTE FUNCTION messages_touch_conversation();
