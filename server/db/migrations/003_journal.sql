-- The journal (SPEC §3): kinds of work with weights, marks, attendance, period/year/exam/final
-- marks, exemptions, the calendar-thematic plan (КТП) and correction requests.

-- «Иванова М. П.»: how people are named on journal pages and in reports.
CREATE FUNCTION short_name(surname text, first_name text, patronymic text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT surname
        || CASE WHEN first_name <> '' THEN ' ' || left(first_name, 1) || '.' ELSE '' END
        || CASE WHEN patronymic <> '' THEN ' ' || left(patronymic, 1) || '.' ELSE '' END
$$;

-- Виды работ: the school's catalogue, with the weight each kind has in the weighted average.
CREATE TABLE work_kinds (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    name       text NOT NULL,                        -- "Контрольная работа"
    short_name text NOT NULL DEFAULT '',             -- "К/р"
    weight     numeric(4,2) NOT NULL DEFAULT 1 CHECK (weight > 0 AND weight <= 10),
    written    boolean NOT NULL DEFAULT false,       -- written work: marked within the longer window
    control    boolean NOT NULL DEFAULT false,       -- контрольная: a «2» for it may block a «5»
    sort_order integer NOT NULL DEFAULT 0,
    archived   boolean NOT NULL DEFAULT false,
    UNIQUE (school_id, name)
);

ALTER TABLE lessons ADD COLUMN work_kind_id bigint REFERENCES work_kinds(id);

-- Current marks. A cell (lesson x student) may hold several: different kinds of work, or a double
-- mark «3/5» (two marks, positions 1 and 2). Exactly one of value (1..5) and passed (зачёт) is set.
CREATE TABLE marks (
    id           bigserial PRIMARY KEY,
    school_id    bigint NOT NULL REFERENCES schools(id),
    lesson_id    bigint NOT NULL REFERENCES lessons(id),
    student_id   bigint NOT NULL REFERENCES students(id),
    position     smallint NOT NULL DEFAULT 1 CHECK (position BETWEEN 1 AND 4),
    value        smallint CHECK (value BETWEEN 1 AND 5),
    passed       boolean,
    work_kind_id bigint REFERENCES work_kinds(id),
    comment      text NOT NULL DEFAULT '',
    entered_by   bigint NOT NULL REFERENCES users(id),
    entered_at   timestamptz NOT NULL,
    updated_by   bigint REFERENCES users(id),
    updated_at   timestamptz,
    CHECK ((value IS NULL) <> (passed IS NULL)),
    UNIQUE (lesson_id, student_id, position)
);
CREATE INDEX marks_student ON marks (student_id, lesson_id);

-- Посещаемость: an absence («н») or lateness («оп»); the reason is set later by the class teacher.
CREATE TABLE attendance (
    lesson_id     bigint NOT NULL REFERENCES lessons(id),
    student_id    bigint NOT NULL REFERENCES students(id),
    school_id     bigint NOT NULL REFERENCES schools(id),
    kind          text NOT NULL CHECK (kind IN ('absent', 'late')),
    reason        text CHECK (reason IN ('ill', 'excused', 'unexcused')),
    set_by        bigint NOT NULL REFERENCES users(id),
    set_at        timestamptz NOT NULL,
    reason_set_by bigint REFERENCES users(id),
    reason_set_at timestamptz,
    PRIMARY KEY (lesson_id, student_id)
);
CREATE INDEX attendance_student ON attendance (student_id);

-- Четвертные, полугодовые, годовые, экзаменационные и итоговые отметки: 2..5 or зачёт/незачёт.
CREATE TABLE final_marks (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    student_id bigint NOT NULL REFERENCES students(id),
    subject_id bigint NOT NULL REFERENCES subjects(id),
    class_id   bigint NOT NULL REFERENCES classes(id),
    year_id    bigint NOT NULL REFERENCES academic_years(id),
    kind       text NOT NULL CHECK (kind IN ('period', 'year', 'exam', 'final')),
    period_id  bigint REFERENCES periods(id),
    value      smallint CHECK (value BETWEEN 2 AND 5),
    passed     boolean,
    entered_by bigint NOT NULL REFERENCES users(id),
    entered_at timestamptz NOT NULL,
    updated_by bigint REFERENCES users(id),
    updated_at timestamptz,
    CHECK ((value IS NULL) <> (passed IS NULL)),
    CHECK ((kind = 'period') = (period_id IS NOT NULL)),
    UNIQUE NULLS NOT DISTINCT (student_id, subject_id, year_id, kind, period_id)
);
CREATE INDEX final_marks_class ON final_marks (class_id, kind, period_id);

-- Освобождение: a student exempt from a subject for a period (or the year) is not graded and is not
-- counted in N of the class indicators.
CREATE TABLE exemptions (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    student_id bigint NOT NULL REFERENCES students(id),
    subject_id bigint NOT NULL REFERENCES subjects(id),
    year_id    bigint NOT NULL REFERENCES academic_years(id),
    period_id  bigint REFERENCES periods(id),       -- NULL: the whole year
    reason     text NOT NULL DEFAULT '',
    created_by bigint REFERENCES users(id),
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (student_id, subject_id, year_id, period_id)
);

-- КТП: the planned topics of an assignment, in order, with hours.
CREATE TABLE plan_items (
    id            bigserial PRIMARY KEY,
    school_id     bigint NOT NULL REFERENCES schools(id),
    assignment_id bigint NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    position      integer NOT NULL CHECK (position > 0),
    topic         text NOT NULL,
    hours         numeric(4,1) NOT NULL DEFAULT 1 CHECK (hours > 0 AND hours <= 100),
    homework      text NOT NULL DEFAULT '',
    UNIQUE (assignment_id, position) DEFERRABLE INITIALLY DEFERRED
);
ALTER TABLE lessons ADD CONSTRAINT lessons_plan_item_fkey FOREIGN KEY (plan_item_id)
    REFERENCES plan_items(id) ON DELETE SET NULL;

-- Замена сведений в электронном журнале (003 §2.3.4): a change to a locked entry, filed by the
-- teacher, approved (and applied) or rejected by the administrator or the director.
CREATE TABLE correction_requests (
    id               bigserial PRIMARY KEY,
    school_id        bigint NOT NULL REFERENCES schools(id),
    requested_by     bigint NOT NULL REFERENCES users(id),
    requested_at     timestamptz NOT NULL,
    class_id         bigint NOT NULL REFERENCES classes(id),
    subject_id       bigint NOT NULL REFERENCES subjects(id),
    lesson_id        bigint REFERENCES lessons(id),
    lesson_date      date NOT NULL,
    student_id       bigint REFERENCES students(id),
    change           jsonb NOT NULL,                -- the exact change to apply (a journal write)
    change_text      text NOT NULL,                 -- the change as people read it
    reason           text NOT NULL,
    status           text NOT NULL DEFAULT 'pending'
                     CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn')),
    decided_by       bigint REFERENCES users(id),
    decided_at       timestamptz,
    decision_comment text NOT NULL DEFAULT ''
);
CREATE INDEX correction_requests_school ON correction_requests (school_id, status, requested_at);
