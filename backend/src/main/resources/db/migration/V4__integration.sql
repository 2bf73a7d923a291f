-- Integration: the OA directory a record was last synced from (full sync reports what that source dropped).
ALTER TABLE organization ADD COLUMN sync_source varchar(100);
ALTER TABLE person ADD COLUMN sync_source varchar(100);
CREATE INDEX organization_sync_source_idx ON organization (sync_source) WHERE sync_source IS NOT NULL;
CREATE INDEX person_sync_source_idx ON person (sync_source) WHERE sync_source IS NOT NULL;
