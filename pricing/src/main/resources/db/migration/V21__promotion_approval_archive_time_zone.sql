-- Promotions: approval by a second marketing user above a discount threshold, archiving, and the IANA time
-- zone their schedule was given in (starts_at / ends_at stay instants).
ALTER TABLE promotion DROP CONSTRAINT promotion_status_check;
ALTER TABLE promotion ADD CONSTRAINT promotion_status_check
    CHECK (status IN ('DRAFT', 'PENDING_APPROVAL', 'SCHEDULED', 'ENDED', 'ARCHIVED'));
ALTER TABLE promotion
    ADD COLUMN time_zone   varchar(64) NOT NULL DEFAULT 'Europe/London',
    ADD COLUMN approved_by varchar(64),
    ADD COLUMN approved_at timestamptz;
-- Quoting reads `active`: only scheduled promotions price; pending and archived ones never do.
ALTER TABLE promotion ADD CONSTRAINT promotion_active_only_when_scheduled
    CHECK (NOT active OR status = 'SCHEDULED');

ALTER TABLE promotion_audit DROP CONSTRAINT promotion_audit_action_check;
ALTER TABLE promotion_audit ADD CONSTRAINT promotion_audit_action_check
    CHECK (action IN ('CREATED', 'UPDATED', 'ENDED', 'APPROVED', 'ARCHIVED'));
