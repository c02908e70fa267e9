-- audit_log and applied_operations only ever receive new rows (audit_log refuses updates and
-- deletes; operations are never changed), so they never hold dead rows, and nothing reads them by
-- index-only scans. Autovacuum's insert-driven vacuum (by default after 1,000 new rows plus a fifth
-- of the table) then only marks their newest pages all-visible and frozen — and while the tables are
-- small it came every minute or so at the benchmark's rates, reading and rewriting the pages just
-- written in the middle of the writes (docs/benchmarks.md, "Findings"). A million new rows plus a
-- fifth of the table (weeks of a large school's marks) still does that work long before
-- anti-wraparound vacuum would have to.
ALTER TABLE audit_log SET (autovacuum_vacuum_insert_threshold = 1000000);
ALTER TABLE applied_operations SET (autovacuum_vacuum_insert_threshold = 1000000);
