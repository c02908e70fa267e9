-- Statistics of marks only for the columns plans use. Autovacuum analyzes marks after each tenth
-- of its rows has changed — every 15 s at the benchmark's 10,000 saves a second — and the analysis
-- took a core for about 0.1 s in the middle of the writes (docs/benchmarks.md, "Findings"). The
-- planner has no use for the statistics of the columns below: no statement compares them with a
-- constant (a mark's entry time is compared with its lesson's day, its writer joined through
-- coalesce(updated_by, entered_by), which column statistics do not describe), and the id is the
-- key. Without them an analysis of a large school's marks takes a fifth less.
ALTER TABLE marks ALTER COLUMN id SET STATISTICS 0;
ALTER TABLE marks ALTER COLUMN comment SET STATISTICS 0;
ALTER TABLE marks ALTER COLUMN entered_by SET STATISTICS 0;
ALTER TABLE marks ALTER COLUMN entered_at SET STATISTICS 0;
ALTER TABLE marks ALTER COLUMN updated_by SET STATISTICS 0;
ALTER TABLE marks ALTER COLUMN updated_at SET STATISTICS 0;
