-- Foreign keys off the rows every write of the morning peak inserts. Each key check reads the
-- referenced row and locks it FOR KEY SHARE; the school's one row (and the teacher's user row) is
-- then locked by every concurrent transaction at once, and PostgreSQL records such shared locks as
-- multixacts — about a third of a mark's database time (docs/benchmarks.md, "Findings").
--
-- * marks and attendance keep their keys to the lesson, the student and the people; their school
--   is the lesson's school (the server writes it from the lesson), so that key adds nothing.
-- * audit_log is append-only history: it names the school and the user as they were and must
--   not hold either back; nothing joins it without a LEFT JOIN.
-- * applied_operations records a write's answer for resends; its user is the caller of a
--   committed write. Accounts are deactivated, never deleted, so the cascade never ran.
ALTER TABLE marks DROP CONSTRAINT marks_school_id_fkey;
ALTER TABLE attendance DROP CONSTRAINT attendance_school_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_school_id_fkey;
ALTER TABLE audit_log DROP CONSTRAINT audit_log_user_id_fkey;
ALTER TABLE applied_operations DROP CONSTRAINT applied_operations_user_id_fkey;

-- Room in every page of marks and attendance, so that changing a mark (or an absence's reason)
-- writes the new row version beside the old one without new index entries (a HOT update). Packed
-- full by a bulk load, each change added an entry to all three indexes of marks, and reads of a
-- cell or of a pupil's marks at the morning peak waded through the dead versions. Takes effect for
-- pages written from now on (a database filled after this migration has it everywhere).
ALTER TABLE marks SET (fillfactor = 85);
ALTER TABLE attendance SET (fillfactor = 90);
