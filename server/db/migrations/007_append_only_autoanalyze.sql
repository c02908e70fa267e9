-- audit_log and applied_operations only grow, and the planner scales their last row counts by their
-- current size; what it knows of their columns changes slowly. Autoanalyze after each tenth of new
-- rows (the default) came every minute while they were small at the benchmark's rates, and the
-- steps with it had their tails lengthened in the middle of the writes (docs/benchmarks.md,
-- "Findings"); a million new rows plus a tenth of the table is often enough (see also 006).
ALTER TABLE audit_log SET (autovacuum_analyze_threshold = 1000000);
ALTER TABLE applied_operations SET (autovacuum_analyze_threshold = 1000000);
