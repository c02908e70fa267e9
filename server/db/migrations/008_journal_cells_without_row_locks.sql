-- Foreign keys off a journal cell's rows to the rows the product never deletes. Each key check of a
-- new mark or absence reads the referenced row and locks it FOR KEY SHARE, and that lock is written
-- into the row (and the WAL): for a batch of twelve new marks the checks on the pupil, the teacher
-- and the kind of work were two fifths of the statement's time (EXPLAIN ANALYZE in
-- docs/benchmarks.md, "Findings").
--
-- * Pupils, accounts and kinds of work are never deleted: pupils leave by their memberships' end
--   dates, accounts are deactivated, kinds of work stay for the marks that name them. The triggers
--   below make that a rule of the database, so a cell's pupil, writer and kind cannot vanish.
-- * The server writes a cell only for a pupil it found among the lesson's class (or subgroup) on
--   that day, with the caller as the writer and a kind of work of the lesson's school.
-- * The key to the lesson stays: lessons are deleted (a schedule change removes lessons without
--   journal entries), and a deletion racing a write to its lesson must fail, not leave a cell behind.
ALTER TABLE marks DROP CONSTRAINT marks_student_id_fkey;
ALTER TABLE marks DROP CONSTRAINT marks_work_kind_id_fkey;
ALTER TABLE marks DROP CONSTRAINT marks_entered_by_fkey;
ALTER TABLE marks DROP CONSTRAINT marks_updated_by_fkey;
ALTER TABLE attendance DROP CONSTRAINT attendance_student_id_fkey;
ALTER TABLE attendance DROP CONSTRAINT attendance_set_by_fkey;
ALTER TABLE attendance DROP CONSTRAINT attendance_reason_set_by_fkey;

CREATE FUNCTION rows_are_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never deleted', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER students_never_deleted BEFORE DELETE OR TRUNCATE ON students
    FOR EACH STATEMENT EXECUTE FUNCTION rows_are_never_deleted();
CREATE TRIGGER users_never_deleted BEFORE DELETE OR TRUNCATE ON users
    FOR EACH STATEMENT EXECUTE FUNCTION rows_are_never_deleted();
CREATE TRIGGER work_kinds_never_deleted BEFORE DELETE OR TRUNCATE ON work_kinds
    FOR EACH STATEMENT EXECUTE FUNCTION rows_are_never_deleted();
