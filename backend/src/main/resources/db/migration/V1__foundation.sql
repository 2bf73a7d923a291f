-- Foundation: organizations (materialized path tree), people and memberships, leading groups,
-- the append-only audit chain and the security log.
-- ${app_role} is the role the service connects as; it never owns these tables.

CREATE TABLE organization (
    id            bigint PRIMARY KEY,
    code          varchar(64)  NOT NULL,
    name          varchar(200) NOT NULL,
    short_name    varchar(100),
    type          varchar(40)  NOT NULL,
    parent_id     bigint REFERENCES organization (id),
    -- '/1/5/23/': the ids from the root down to this node; "C" collation lets a btree serve prefix LIKE.
    path          varchar(4000) COLLATE "C" NOT NULL,
    depth         integer      NOT NULL,
    sort_order    integer      NOT NULL DEFAULT 0,
    active        boolean      NOT NULL DEFAULT true,
    dissolved_at  timestamptz,
    version       bigint       NOT NULL DEFAULT 0,
    created_at    timestamptz  NOT NULL,
    updated_at    timestamptz  NOT NULL,
    CONSTRAINT organization_code_unique UNIQUE (code)
);
CREATE SEQUENCE organization_seq INCREMENT BY 50;
CREATE INDEX organization_path_idx ON organization (path);
CREATE INDEX organization_parent_idx ON organization (parent_id, sort_order, name);
CREATE INDEX organization_lower_name_idx ON organization (lower(name));

CREATE TABLE person (
    id          bigint PRIMARY KEY,
    name        varchar(100) NOT NULL,
    post        varchar(200),
    phone       varchar(40),
    email       varchar(200),
    external_id varchar(100),
    username    varchar(100),
    subject     varchar(200),
    active      boolean      NOT NULL DEFAULT true,
    version     bigint       NOT NULL DEFAULT 0,
    created_at  timestamptz  NOT NULL,
    updated_at  timestamptz  NOT NULL,
    CONSTRAINT person_external_id_unique UNIQUE (external_id),
    CONSTRAINT person_username_unique UNIQUE (username),
    CONSTRAINT person_subject_unique UNIQUE (subject)
);
CREATE SEQUENCE person_seq INCREMENT BY 50;
CREATE INDEX person_lower_name_idx ON person (lower(name));

CREATE TABLE membership (
    id              bigint PRIMARY KEY,
    person_id       bigint      NOT NULL REFERENCES person (id),
    organization_id bigint      NOT NULL REFERENCES organization (id),
    role            varchar(20) NOT NULL,
    is_primary      boolean     NOT NULL DEFAULT false,
    CONSTRAINT membership_person_org_unique UNIQUE (person_id, organization_id)
);
CREATE SEQUENCE membership_seq INCREMENT BY 50;
CREATE UNIQUE INDEX membership_one_primary_idx ON membership (person_id) WHERE is_primary;
CREATE INDEX membership_org_idx ON membership (organization_id);

CREATE TABLE leading_group (
    id                   bigint PRIMARY KEY,
    organization_id      bigint       NOT NULL REFERENCES organization (id),
    name                 varchar(200) NOT NULL,
    office_department_id bigint REFERENCES organization (id),
    office_director_id   bigint REFERENCES person (id),
    version              bigint       NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    updated_at           timestamptz  NOT NULL,
    CONSTRAINT leading_group_org_unique UNIQUE (organization_id)
);
CREATE SEQUENCE leading_group_seq INCREMENT BY 50;

CREATE TABLE leading_group_member (
    id               bigint PRIMARY KEY,
    leading_group_id bigint      NOT NULL REFERENCES leading_group (id) ON DELETE CASCADE,
    person_id        bigint      NOT NULL REFERENCES person (id),
    position         varchar(20) NOT NULL,
    post_text        varchar(300),
    sort_order       integer     NOT NULL DEFAULT 0
);
CREATE SEQUENCE leading_group_member_seq INCREMENT BY 50;
CREATE INDEX leading_group_member_group_idx ON leading_group_member (leading_group_id);

-- The audit chain. Each event's hash covers the previous hash, so the chain proves order and content.
CREATE TABLE audit_event (
    seq             bigint PRIMARY KEY,
    occurred_at     timestamptz  NOT NULL,
    actor_subject   varchar(200),
    actor_username  varchar(200),
    actor_person_id bigint,
    action          varchar(100) NOT NULL,
    entity_type     varchar(50)  NOT NULL,
    entity_id       varchar(100) NOT NULL,
    organization_id bigint,
    request_id      varchar(100),
    changes         jsonb        NOT NULL,
    prev_hash       char(64)     NOT NULL,
    hash            char(64)     NOT NULL
);
CREATE INDEX audit_event_org_idx ON audit_event (organization_id, seq);
CREATE INDEX audit_event_entity_idx ON audit_event (entity_type, entity_id, seq);
CREATE INDEX audit_event_time_idx ON audit_event (occurred_at);
CREATE INDEX audit_event_actor_idx ON audit_event (actor_username, seq);

-- One row: the head of the chain. Appenders lock it, so the chain never forks and seq has no gaps.
CREATE TABLE audit_chain_head (
    id        integer PRIMARY KEY CHECK (id = 1),
    last_seq  bigint   NOT NULL,
    last_hash char(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_event_no_update_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

CREATE TABLE security_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at timestamptz  NOT NULL DEFAULT now(),
    subject     varchar(200),
    username    varchar(200),
    method      varchar(10)  NOT NULL,
    path        varchar(2000) NOT NULL,
    status      integer      NOT NULL,
    request_id  varchar(100)
);
CREATE INDEX security_event_time_idx ON security_event (occurred_at);

-- Rights of the application role: full use of the working tables, append-only on the trails.
GRANT USAGE ON SCHEMA public TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON organization, person, membership, leading_group, leading_group_member TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
GRANT SELECT, INSERT ON audit_event TO ${app_role};
GRANT SELECT, UPDATE ON audit_chain_head TO ${app_role};
GRANT SELECT, INSERT ON security_event TO ${app_role};
