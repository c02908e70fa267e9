-- No statistics on the columns nothing selects by. Autovacuum analyzes the append-only tables
-- after each tenth of growth, at the benchmark's rates every minute or so: the sample's JSON
-- values and stored answers were detoasted and hashed for statistics no plan uses, half a second
-- of a core each time, long enough to show in the writes' latency (docs/benchmarks.md, "Findings").
-- Queries find audit rows by school, entity and user, operations by their id.
ALTER TABLE audit_log ALTER COLUMN old_value SET STATISTICS 0;
ALTER TABLE audit_log ALTER COLUMN new_value SET STATISTICS 0;
ALTER TABLE audit_log ALTER COLUMN workstation SET STATISTICS 0;
ALTER TABLE audit_log ALTER COLUMN address SET STATISTICS 0;
ALTER TABLE applied_operations ALTER COLUMN result SET STATISTICS 0;
