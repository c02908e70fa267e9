-- School structure (SPEC §2): the academic year and its periods, holidays, classes and subgroups,
-- students and their guardians, student movement, subjects, curriculum, teaching load, bells, the
-- weekly schedule, the lessons generated from it, and substitutions.
-- Dates are school-local calendar dates. An interval [starts_on, left_on) excludes left_on.

CREATE TABLE academic_years (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    name       text NOT NULL,                       -- "2025/2026"
    starts_on  date NOT NULL,
    ends_on    date NOT NULL,
    week_days  smallint NOT NULL DEFAULT 5 CHECK (week_days IN (5, 6)),
    closed     boolean NOT NULL DEFAULT false,      -- year closed: journals read-only
    closed_at  timestamptz,
    CHECK (starts_on < ends_on),
    UNIQUE (school_id, name)
);

-- Reporting periods. Each class follows one scheme: quarters (grades 1-9) or halves (10-11).
CREATE TABLE periods (
    id        bigserial PRIMARY KEY,
    school_id bigint NOT NULL REFERENCES schools(id),
    year_id   bigint NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
    scheme    text NOT NULL CHECK (scheme IN ('quarters', 'halves')),
    number    smallint NOT NULL CHECK (number BETWEEN 1 AND 4),
    name      text NOT NULL,                        -- "1 четверть", "2 полугодие"
    starts_on date NOT NULL,
    ends_on   date NOT NULL,
    CHECK (starts_on <= ends_on),
    UNIQUE (year_id, scheme, number)
);

-- Holidays and other days without lessons; grades limits a holiday to some grades (the extra
-- February week of grade 1). Empty grades = the whole school.
CREATE TABLE holidays (
    id        bigserial PRIMARY KEY,
    school_id bigint NOT NULL REFERENCES schools(id),
    year_id   bigint NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
    name      text NOT NULL,
    starts_on date NOT NULL,
    ends_on   date NOT NULL,
    grades    smallint[] NOT NULL DEFAULT '{}',
    CHECK (starts_on <= ends_on)
);

CREATE TABLE bell_schedules (
    id        bigserial PRIMARY KEY,
    school_id bigint NOT NULL REFERENCES schools(id),
    year_id   bigint NOT NULL REFERENCES academic_years(id) ON DELETE CASCADE,
    name      text NOT NULL,                        -- "Основное", "1 класс (сентябрь-декабрь)"
    UNIQUE (year_id, name)
);

CREATE TABLE bells (
    schedule_id   bigint NOT NULL REFERENCES bell_schedules(id) ON DELETE CASCADE,
    lesson_number smallint NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
    starts_at     time NOT NULL,
    ends_at       time NOT NULL,
    CHECK (starts_at < ends_at),
    PRIMARY KEY (schedule_id, lesson_number)
);

CREATE TABLE classes (
    id               bigserial PRIMARY KEY,
    school_id        bigint NOT NULL REFERENCES schools(id),
    year_id          bigint NOT NULL REFERENCES academic_years(id),
    grade            smallint NOT NULL CHECK (grade BETWEEN 1 AND 11),
    letter           text NOT NULL CHECK (length(letter) BETWEEN 1 AND 8),
    class_teacher_id bigint REFERENCES users(id),
    room             text NOT NULL DEFAULT '',
    period_scheme    text NOT NULL CHECK (period_scheme IN ('quarters', 'halves')),
    bell_schedule_id bigint REFERENCES bell_schedules(id),
    promoted_from_id bigint REFERENCES classes(id),  -- the class this one continues (5А -> 6А)
    UNIQUE (year_id, grade, letter)
);
CREATE INDEX classes_teacher ON classes (class_teacher_id);

CREATE TABLE subjects (
    id              bigserial PRIMARY KEY,
    school_id       bigint NOT NULL REFERENCES schools(id),
    name            text NOT NULL,
    short_name      text NOT NULL DEFAULT '',
    grading         text NOT NULL DEFAULT 'marks' CHECK (grading IN ('marks', 'pass_fail')),
    -- Russian language and literature: written work may be marked within 10 working days (001 §5.4).
    extended_window boolean NOT NULL DEFAULT false,
    sort_order      integer NOT NULL DEFAULT 0,
    archived        boolean NOT NULL DEFAULT false,
    UNIQUE (school_id, name)
);

CREATE TABLE subgroups (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    class_id   bigint NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    subject_id bigint NOT NULL REFERENCES subjects(id),
    name       text NOT NULL,                       -- "1 группа"
    UNIQUE (class_id, subject_id, name)
);

CREATE TABLE students (
    id                bigserial PRIMARY KEY,
    school_id         bigint NOT NULL REFERENCES schools(id),
    surname           text NOT NULL,
    first_name        text NOT NULL,
    patronymic        text NOT NULL DEFAULT '',
    gender            text NOT NULL DEFAULT '' CHECK (gender IN ('', 'm', 'f')),
    birth_date        date,
    address           text NOT NULL DEFAULT '',
    phone             text NOT NULL DEFAULT '',
    email             text NOT NULL DEFAULT '',
    snils             text NOT NULL DEFAULT '',
    health_group      text NOT NULL DEFAULT '',
    pe_group          text NOT NULL DEFAULT '',     -- физкультурная группа
    consent_given     boolean NOT NULL DEFAULT false, -- consent to personal data processing (152-ФЗ)
    consent_date      date,
    personal_file_no  text NOT NULL DEFAULT '',     -- номер личного дела
    notes             text NOT NULL DEFAULT '',
    user_id           bigint REFERENCES users(id),  -- the student's own account
    created_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX students_school_name ON students (school_id, surname, first_name, patronymic);
CREATE UNIQUE INDEX students_user ON students (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE guardians (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    surname    text NOT NULL,
    first_name text NOT NULL,
    patronymic text NOT NULL DEFAULT '',
    relation   text NOT NULL DEFAULT '',            -- мать, отец, опекун ...
    phone      text NOT NULL DEFAULT '',
    email      text NOT NULL DEFAULT '',
    address    text NOT NULL DEFAULT '',
    workplace  text NOT NULL DEFAULT '',
    user_id    bigint REFERENCES users(id)          -- the parent's account
);
CREATE UNIQUE INDEX guardians_user ON guardians (user_id) WHERE user_id IS NOT NULL;

CREATE TABLE student_guardians (
    student_id  bigint NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    guardian_id bigint NOT NULL REFERENCES guardians(id) ON DELETE CASCADE,
    PRIMARY KEY (student_id, guardian_id)
);
CREATE INDEX student_guardians_guardian ON student_guardians (guardian_id);

-- Which class a student belongs to, when. Never deleted: marks before left_on stay with the class.
CREATE TABLE class_memberships (
    id         bigserial PRIMARY KEY,
    school_id  bigint NOT NULL REFERENCES schools(id),
    student_id bigint NOT NULL REFERENCES students(id),
    class_id   bigint NOT NULL REFERENCES classes(id),
    starts_on  date NOT NULL,
    left_on    date,
    CHECK (left_on IS NULL OR starts_on < left_on)
);
CREATE INDEX class_memberships_class ON class_memberships (class_id, starts_on);
CREATE INDEX class_memberships_student ON class_memberships (student_id, starts_on);

CREATE TABLE subgroup_memberships (
    id          bigserial PRIMARY KEY,
    school_id   bigint NOT NULL REFERENCES schools(id),
    student_id  bigint NOT NULL REFERENCES students(id),
    subgroup_id bigint NOT NULL REFERENCES subgroups(id) ON DELETE CASCADE,
    starts_on   date NOT NULL,
    left_on     date,
    CHECK (left_on IS NULL OR starts_on < left_on)
);
CREATE INDEX subgroup_memberships_subgroup ON subgroup_memberships (subgroup_id, starts_on);
CREATE INDEX subgroup_memberships_student ON subgroup_memberships (student_id);

-- Движение учащихся: every enrolment, transfer and leaving with its order (приказ).
CREATE TABLE movements (
    id            bigserial PRIMARY KEY,
    school_id     bigint NOT NULL REFERENCES schools(id),
    student_id    bigint NOT NULL REFERENCES students(id),
    kind          text NOT NULL CHECK (kind IN ('enrolment', 'transfer', 'leaving')),
    on_date       date NOT NULL,
    order_number  text NOT NULL,
    order_date    date,
    from_class_id bigint REFERENCES classes(id),
    to_class_id   bigint REFERENCES classes(id),
    counterpart   text NOT NULL DEFAULT '',         -- where from / where to (another school, city)
    reason        text NOT NULL DEFAULT '',
    created_by    bigint REFERENCES users(id),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX movements_student ON movements (student_id, on_date);
CREATE INDEX movements_school_date ON movements (school_id, on_date);

-- Учебный план: hours per week per subject per class.
CREATE TABLE curriculum (
    id             bigserial PRIMARY KEY,
    school_id      bigint NOT NULL REFERENCES schools(id),
    class_id       bigint NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    subject_id     bigint NOT NULL REFERENCES subjects(id),
    hours_per_week numeric(4,1) NOT NULL CHECK (hours_per_week > 0 AND hours_per_week <= 20),
    UNIQUE (class_id, subject_id)
);

-- Распределение нагрузки: who teaches which subject to which class or subgroup.
CREATE TABLE assignments (
    id             bigserial PRIMARY KEY,
    school_id      bigint NOT NULL REFERENCES schools(id),
    class_id       bigint NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    subject_id     bigint NOT NULL REFERENCES subjects(id),
    subgroup_id    bigint REFERENCES subgroups(id) ON DELETE CASCADE,
    teacher_id     bigint NOT NULL REFERENCES users(id),
    hours_per_week numeric(4,1) NOT NULL DEFAULT 0 CHECK (hours_per_week >= 0 AND hours_per_week <= 20),
    UNIQUE NULLS NOT DISTINCT (class_id, subject_id, subgroup_id)
);
CREATE INDEX assignments_teacher ON assignments (teacher_id);

-- The weekly timetable; a change takes effect from valid_from (and an entry ends at valid_to, excl.).
CREATE TABLE schedule_entries (
    id            bigserial PRIMARY KEY,
    school_id     bigint NOT NULL REFERENCES schools(id),
    class_id      bigint NOT NULL REFERENCES classes(id) ON DELETE CASCADE,
    assignment_id bigint NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
    weekday       smallint NOT NULL CHECK (weekday BETWEEN 1 AND 6),
    lesson_number smallint NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
    room          text NOT NULL DEFAULT '',
    valid_from    date NOT NULL,
    valid_to      date,
    CHECK (valid_to IS NULL OR valid_from < valid_to)
);
CREATE INDEX schedule_entries_class ON schedule_entries (class_id, weekday, lesson_number);
CREATE INDEX schedule_entries_assignment ON schedule_entries (assignment_id);

-- Lessons on the calendar: generated from the schedule, or added by the deputy (extra or moved).
CREATE TABLE lessons (
    id                bigserial PRIMARY KEY,
    school_id         bigint NOT NULL REFERENCES schools(id),
    assignment_id     bigint NOT NULL REFERENCES assignments(id),
    on_date           date NOT NULL,
    lesson_number     smallint NOT NULL CHECK (lesson_number BETWEEN 0 AND 12),
    room              text NOT NULL DEFAULT '',
    schedule_entry_id bigint REFERENCES schedule_entries(id) ON DELETE SET NULL,
    origin            text NOT NULL DEFAULT 'schedule' CHECK (origin IN ('schedule', 'extra', 'moved')),
    moved_from        date,
    topic             text NOT NULL DEFAULT '',
    homework          text NOT NULL DEFAULT '',
    plan_item_id      bigint,
    topic_set_at      timestamptz,
    homework_set_at   timestamptz,
    UNIQUE (assignment_id, on_date, lesson_number)
);
CREATE INDEX lessons_date ON lessons (school_id, on_date);

-- Замещение уроков: the lesson is given by another teacher, who may then fill it (001 §5.1).
CREATE TABLE substitutions (
    id            bigserial PRIMARY KEY,
    school_id     bigint NOT NULL REFERENCES schools(id),
    lesson_id     bigint NOT NULL UNIQUE REFERENCES lessons(id) ON DELETE CASCADE,
    teacher_id    bigint NOT NULL REFERENCES users(id),
    reason        text NOT NULL DEFAULT '',
    created_by    bigint REFERENCES users(id),
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX substitutions_teacher ON substitutions (teacher_id);
