-- Issue 15, the rest: revisions of a concluded inspection's score sheets (corrections keep every earlier sheet), and
-- the time-boxed read grants of CROSS inspections (交叉检查: a peer team member reads the target's ledger for the
-- inspection's dates only).

-- Every sheet a correction replaced and the one it made: revision 1 is the sheet as concluded, each correction adds
-- the next with its reason. The current sheet stays in inspection_score (what results and the export read).
CREATE TABLE inspection_sheet_revision (
    inspection_id    bigint        NOT NULL,
    organization_id  bigint        NOT NULL,
    revision         int           NOT NULL,
    -- [{code, points, passed, note}] as the sheet stood.
    items            jsonb         NOT NULL,
    total            numeric(10, 2) NOT NULL,
    grade            varchar(20)   NOT NULL,
    veto_failed      boolean       NOT NULL,
    -- Null for revision 1 (the concluded sheet); required for a correction.
    reason           varchar(2000),
    made_by_name     varchar(200),
    made_at          timestamptz   NOT NULL,
    PRIMARY KEY (inspection_id, organization_id, revision),
    FOREIGN KEY (inspection_id, organization_id) REFERENCES inspection_target (inspection_id, organization_id),
    CONSTRAINT inspection_sheet_revision_reason CHECK (revision = 1 OR reason IS NOT NULL)
);

GRANT SELECT, INSERT ON inspection_sheet_revision TO ${app_role};
