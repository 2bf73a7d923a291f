-- Obligation indexes found by bench/obligations.sh (10,000 organizations × ten rules, two years of instances).

-- The compliance roll-up reads one period's instances of a subtree: by period, with everything it counts in the
-- index (an index-only scan instead of a scan of all instances of all periods).
CREATE INDEX obligation_instance_period_idx ON obligation_instance (period_start, period_end)
    INCLUDE (organization_id, series_id, status);

-- Generation prunes one rule's instances of one period: by rule and period instead of all the rule's periods.
CREATE INDEX obligation_instance_rule_period_idx ON obligation_instance (rule_id, period_key);
DROP INDEX obligation_instance_rule_idx;
