-- Indexes for the list and filter endpoints (found by bench/load at 10,000 organizations and 500,000 events).
-- Indexes only: no data changes. Plain CREATE INDEX: Flyway runs this in one transaction; short at these sizes.

-- Organization lists order by (depth, sort_order, name, id): walking this index reads a page without sorting the subtree.
CREATE INDEX organization_list_order_idx ON organization (depth, sort_order, name, id);
-- The count of a subtree page: an index-only scan of the path prefix.
CREATE INDEX organization_path_active_idx ON organization (path) INCLUDE (active);
-- Search q is lower(col) LIKE '%q%' on name, code and short name: trigrams serve it from 3 characters on.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organization_search_trgm_idx ON organization USING gin (
    lower(name) gin_trgm_ops, lower(code) gin_trgm_ops, lower(coalesce(short_name, '')) gin_trgm_ops);

-- People lists order by (name, id); publication lists by (updated_at DESC, id DESC).
CREATE INDEX person_list_order_idx ON person (name, id);
CREATE INDEX publication_list_order_idx ON publication (updated_at DESC, id DESC);

-- Audit pages (newest first) filtered by time and organization: AuditReader finds the page's seqs with an
-- index-only backward walk of this index (no heap reads for events outside the window), then reads 51 rows.
CREATE INDEX audit_event_seq_time_org_idx ON audit_event (seq, occurred_at, organization_id);
