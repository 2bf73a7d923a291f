-- Webhooks, second step: optimistic versions on subscriptions and pruning of the outbox and delivery log.

-- A PATCH or a secret rotation names the version it was based on; a stale one is refused (409).
ALTER TABLE webhook_subscription ADD COLUMN version bigint NOT NULL DEFAULT 0;

-- The cleanup job finds finished deliveries by age, and outbox events without any delivery left.
CREATE INDEX webhook_delivery_finished_idx ON webhook_delivery (last_attempt_at) WHERE status <> 'PENDING';
CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (event_id);
CREATE INDEX outbox_event_fanned_out_at_idx ON outbox_event (fanned_out_at) WHERE fanned_out_at IS NOT NULL;

-- The application prunes fanned-out events past their retention (deliveries already had DELETE in V4).
GRANT DELETE ON outbox_event TO ${app_role};
