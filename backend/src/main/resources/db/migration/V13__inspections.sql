-- Inspections and assessments (督查/考核, issue 15): scoring templates (items and grade bands as validated JSON: they are
-- read and written whole, and frozen once an inspection uses them), inspections of an organization over targets in its
-- subtree, the team, the recorded random draw, and the scores per target and item.

CREATE TABLE scoring_template (
    id                bigint PRIMARY KEY,
    organization_id   bigint       NOT NULL REFERENCES organization (id),
    name              varchar(200) NOT NULL,
    revision          int          NOT NULL,
    -- The template this one was revised from (POST /{id}/revise).
    revised_from_id   bigint REFERENCES scoring_template (id),
    -- Set when an inspection first uses it; a frozen template is revised, never edited.
    frozen            boolean      NOT NULL DEFAULT false,
    -- [{code, text, maxPoints, method, veto, obligationRuleId}], checked by the service (unique codes, maxPoints > 0).
    items             jsonb        NOT NULL,
    -- [{grade, minPoints}] from EXCELLENT down to POOR (minPoints 0).
    grades            jsonb        NOT NULL,
    version           bigint       NOT NULL DEFAULT 0,
    created_at        timestamptz  NOT NULL,
    updated_at        timestamptz  NOT NULL,
    CONSTRAINT scoring_template_revision CHECK (revision >= 1),
    CONSTRAINT scoring_template_items_array CHECK (jsonb_typeof(items) = 'array' AND jsonb_array_length(items) > 0),
    CONSTRAINT scoring_template_grades_array CHECK (jsonb_typeof(grades) = 'array' AND jsonb_array_length(grades) > 0)
);
CREATE SEQUENCE scoring_template_seq INCREMENT BY 50;
CREATE INDEX scoring_template_org_idx ON scoring_template (organization_id, name, revision);

CREATE TABLE inspection (
    id                 bigint PRIMARY KEY,
    organization_id    bigint        NOT NULL REFERENCES organization (id),
    kind               varchar(30)   NOT NULL,
    title              varchar(300)  NOT NULL,
    period_key         varchar(10)   NOT NULL,
    template_id        bigint        NOT NULL REFERENCES scoring_template (id),
    starts_on          date          NOT NULL,
    ends_on            date          NOT NULL,
    status             varchar(20)   NOT NULL,
    concluded_at       timestamptz,
    -- RANDOM: the draw as recorded, so anyone can re-run it (README: order by SHA-256(seed:id), take the first count).
    draw_candidate_ids bigint[],
    draw_count         int,
    draw_seed          varchar(100),
    -- The fulfilment record of the INSPECTION obligation written on conclusion.
    fulfilment_id      bigint,
    version            bigint        NOT NULL DEFAULT 0,
    created_at         timestamptz   NOT NULL,
    updated_at         timestamptz   NOT NULL,
    CONSTRAINT inspection_kind CHECK (kind IN ('ANNUAL_ASSESSMENT', 'SPECIAL', 'RANDOM', 'CROSS', 'SELF')),
    CONSTRAINT inspection_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'SCORING', 'CONCLUDED')),
    CONSTRAINT inspection_ends_after_start CHECK (ends_on >= starts_on),
    CONSTRAINT inspection_draw_whole CHECK ((draw_seed IS NULL) = (draw_count IS NULL)
        AND (draw_seed IS NULL) = (draw_candidate_ids IS NULL)),
    CONSTRAINT inspection_concluded_at CHECK ((status = 'CONCLUDED') = (concluded_at IS NOT NULL))
);
CREATE SEQUENCE inspection_seq INCREMENT BY 50;
CREATE INDEX inspection_org_idx ON inspection (organization_id, period_key, id DESC);
CREATE INDEX inspection_template_idx ON inspection (template_id);

CREATE TABLE inspection_team (
    inspection_id bigint NOT NULL REFERENCES inspection (id),
    person_id     bigint NOT NULL REFERENCES person (id),
    PRIMARY KEY (inspection_id, person_id)
);
CREATE INDEX inspection_team_person_idx ON inspection_team (person_id);

CREATE TABLE inspection_target (
    inspection_id   bigint NOT NULL REFERENCES inspection (id),
    organization_id bigint NOT NULL REFERENCES organization (id),
    -- The version of this target's score sheet (PUT …/scores sends it back): scorers of different targets do not collide.
    version         bigint NOT NULL DEFAULT 0,
    PRIMARY KEY (inspection_id, organization_id)
);
CREATE INDEX inspection_target_org_idx ON inspection_target (organization_id);

CREATE TABLE inspection_score (
    inspection_id    bigint        NOT NULL,
    organization_id  bigint        NOT NULL,
    item_code        varchar(64)   NOT NULL,
    points           numeric(8, 2),
    -- Veto items (一票否决) only: false sets the target's grade to POOR whatever the total.
    passed           boolean,
    note             varchar(2000),
    scored_by_person_id bigint REFERENCES person (id),
    scored_by_name   varchar(200),
    scored_at        timestamptz   NOT NULL,
    PRIMARY KEY (inspection_id, organization_id, item_code),
    FOREIGN KEY (inspection_id, organization_id) REFERENCES inspection_target (inspection_id, organization_id),
    CONSTRAINT inspection_score_points CHECK (points IS NULL OR points >= 0)
);

-- Team and targets are replaced whole while an inspection is PLANNED; scores are upserted. Nothing is deleted after.
GRANT SELECT, INSERT, UPDATE ON scoring_template, inspection, inspection_score TO ${app_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON inspection_team, inspection_target TO ${app_role};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
