-- Why an assignment ended, as a code the web app words in the reader's language, instead of Chinese text written by
-- the server. A hand-over names the successor's assignment (its holder is read through it, so a later correction of the
-- successor shows). end_reason stays for the words a person wrote (an end's reason, a channel's closing reason) and for
-- old rows whose text could not be mapped. Audit events are not rewritten.
ALTER TABLE duty_assignment
    ADD COLUMN end_reason_code         varchar(20),
    ADD COLUMN successor_assignment_id bigint REFERENCES duty_assignment (id),
    ADD CONSTRAINT duty_assignment_end_reason_code
        CHECK (end_reason_code IN ('ENDED', 'HANDED_OVER', 'CORRECTED', 'CHANNEL_CLOSED', 'IMPORTED')),
    ADD CONSTRAINT duty_assignment_end_reason_when_ended CHECK (end_reason_code IS NULL OR valid_to IS NOT NULL),
    ADD CONSTRAINT duty_assignment_successor_of_handover
        CHECK (successor_assignment_id IS NULL OR end_reason_code = 'HANDED_OVER');

-- Hand-overs wrote "交接给 <name>（自 <day> 起）"; the successor started that day in the same role and organization
-- (and channel). Where it is found by name and day the text goes; otherwise the code is set and the text kept.
UPDATE duty_assignment d SET end_reason_code = 'HANDED_OVER',
       successor_assignment_id = (SELECT s.id FROM duty_assignment s JOIN person p ON p.id = s.person_id
                                  WHERE s.organization_id = d.organization_id AND s.role = d.role
                                    AND coalesce(s.channel_id, 0) = coalesce(d.channel_id, 0)
                                    AND s.valid_from = d.valid_to + 1
                                    AND d.end_reason = '交接给 ' || p.name || '（自 ' || to_char(s.valid_from, 'YYYY-MM-DD') || ' 起）'
                                  ORDER BY s.id LIMIT 1)
WHERE d.valid_to IS NOT NULL AND d.end_reason LIKE '交接给 %';
UPDATE duty_assignment SET end_reason = NULL WHERE successor_assignment_id IS NOT NULL;

-- A closed channel wrote "channel closed: <the closing reason>"; the reason a person wrote stays.
UPDATE duty_assignment SET end_reason_code = 'CHANNEL_CLOSED',
       end_reason = nullif(btrim(substr(end_reason, length('channel closed: ') + 1)), '')
WHERE valid_to IS NOT NULL AND end_reason LIKE 'channel closed: %';

-- An import wrote "批量导入（导入任务 #<job>）"; the job stays in the audit trail.
UPDATE duty_assignment SET end_reason_code = 'IMPORTED', end_reason = NULL
WHERE valid_to IS NOT NULL AND end_reason LIKE '批量导入（导入任务 #%）';

-- Every other ended assignment was ended by a person (with their reason, if they gave one).
UPDATE duty_assignment SET end_reason_code = 'ENDED' WHERE valid_to IS NOT NULL AND end_reason_code IS NULL;
