-- Duty assignments (责任分工) with their periods, and the channel register (阵地台账).
-- The invariants live here as well as in the service: the service answers with a readable problem,
-- these constraints catch whatever slips past it (races, scripts).

CREATE EXTENSION IF NOT EXISTS btree_gist;

-- Some organizations name several leaders in charge (分管领导); most allow one DIRECT_RESPONSIBLE at a time.
ALTER TABLE organization ADD COLUMN allow_multiple_direct_responsible boolean NOT NULL DEFAULT false;

CREATE TABLE channel (
    id              bigint PRIMARY KEY,
    organization_id bigint        NOT NULL REFERENCES organization (id),
    type            varchar(40)   NOT NULL,
    name            varchar(200)  NOT NULL,
    url             varchar(1000),
    account_id      varchar(200),
    status          varchar(20)   NOT NULL,
    launched_on     date,
    closed_on       date,
    close_reason    varchar(500),
    description     varchar(2000),
    version         bigint        NOT NULL DEFAULT 0,
    created_at      timestamptz   NOT NULL,
    updated_at      timestamptz   NOT NULL,
    CONSTRAINT channel_closed_has_date CHECK (status <> 'CLOSED' OR closed_on IS NOT NULL),
    CONSTRAINT channel_active_has_launch CHECK (status = 'PENDING_LAUNCH' OR launched_on IS NOT NULL),
    CONSTRAINT channel_closed_after_launch CHECK (closed_on IS NULL OR launched_on IS NULL OR closed_on >= launched_on)
);
CREATE SEQUENCE channel_seq INCREMENT BY 50;
CREATE INDEX channel_org_idx ON channel (organization_id);

CREATE TABLE duty_assignment (
    id                bigint PRIMARY KEY,
    person_id         bigint       NOT NULL REFERENCES person (id),
    organization_id   bigint       NOT NULL REFERENCES organization (id),
    role              varchar(30)  NOT NULL,
    valid_from        date         NOT NULL,
    -- Inclusive last day; null while the duty is held.
    valid_to          date,
    basis_number      varchar(100),
    basis_title       varchar(300),
    channel_id        bigint REFERENCES channel (id),
    end_reason        varchar(500),
    correction_reason varchar(500),
    corrected_at      timestamptz,
    -- True when at most one holder of this role may exist per organization and day; kept by the trigger below.
    sole_holder       boolean      NOT NULL DEFAULT false,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT duty_assignment_period_valid CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CONSTRAINT duty_assignment_channel_role CHECK (channel_id IS NULL OR role = 'CHANNEL_ADMIN'),
    CONSTRAINT duty_assignment_first_is_sole CHECK (role <> 'FIRST_RESPONSIBLE' OR sole_holder),
    CONSTRAINT duty_assignment_sole_holder EXCLUDE USING gist (
        organization_id WITH =, role WITH =, daterange(valid_from, valid_to, '[]') WITH &&) WHERE (sole_holder),
    CONSTRAINT duty_assignment_no_overlap EXCLUDE USING gist (
        person_id WITH =, role WITH =, organization_id WITH =, (coalesce(channel_id, 0)) WITH =,
        daterange(valid_from, valid_to, '[]') WITH &&)
);
CREATE SEQUENCE duty_assignment_seq INCREMENT BY 50;
CREATE INDEX duty_assignment_org_idx ON duty_assignment (organization_id, role, valid_from);
CREATE INDEX duty_assignment_person_idx ON duty_assignment (person_id, valid_from);
CREATE INDEX duty_assignment_channel_idx ON duty_assignment (channel_id) WHERE channel_id IS NOT NULL;

-- The organizations a MEMBER_DUAL_DUTY holder supervises (一岗双责); each lies in the assignment's subtree.
CREATE TABLE duty_assignment_scope (
    assignment_id   bigint NOT NULL REFERENCES duty_assignment (id) ON DELETE CASCADE,
    organization_id bigint NOT NULL REFERENCES organization (id),
    PRIMARY KEY (assignment_id, organization_id)
);
CREATE INDEX duty_assignment_scope_org_idx ON duty_assignment_scope (organization_id);

-- sole_holder follows the role and the organization's flag, whoever writes the row.
CREATE FUNCTION duty_assignment_set_sole_holder() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.sole_holder := NEW.role = 'FIRST_RESPONSIBLE' OR (NEW.role = 'DIRECT_RESPONSIBLE' AND NOT (
        SELECT allow_multiple_direct_responsible FROM organization WHERE id = NEW.organization_id));
    RETURN NEW;
END;
$$;
CREATE TRIGGER duty_assignment_sole_holder_trg BEFORE INSERT OR UPDATE ON duty_assignment
    FOR EACH ROW EXECUTE FUNCTION duty_assignment_set_sole_holder();

-- Turning the flag off re-checks the existing DIRECT_RESPONSIBLE periods through the exclusion constraint.
CREATE FUNCTION organization_direct_flag_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE duty_assignment SET sole_holder = NOT NEW.allow_multiple_direct_responsible
    WHERE organization_id = NEW.id AND role = 'DIRECT_RESPONSIBLE';
    RETURN NEW;
END;
$$;
CREATE TRIGGER organization_direct_flag_trg AFTER UPDATE OF allow_multiple_direct_responsible ON organization
    FOR EACH ROW WHEN (OLD.allow_multiple_direct_responsible IS DISTINCT FROM NEW.allow_multiple_direct_responsible)
    EXECUTE FUNCTION organization_direct_flag_changed();

GRANT SELECT, INSERT, UPDATE, DELETE ON channel, duty_assignment, duty_assignment_scope TO ${app_role};
GRANT USAGE, SELECT ON channel_seq, duty_assignment_seq TO ${app_role};
