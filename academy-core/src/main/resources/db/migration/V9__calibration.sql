-- Answer-key calibrations (and, below, course drafts) of the instructors' studio: a second instructor labels an item-labelling
-- exercise's dataset without seeing the key, and the studio compares the two (Cohen's kappa). One
-- calibration per instructor and key version: a new key version needs a new calibration.
-- Runs on H2 and PostgreSQL alike (see V1).

create sequence key_calibration_seq start with 1 increment by 50;
create table key_calibration (
    id           bigint primary key,
    exercise_id  bigint not null references exercise (id),
    key_version  integer not null,
    calibrator   varchar(100) not null,
    labels       text not null,
    saved_at     timestamp(6) with time zone not null,
    constraint uk_key_calibration unique (exercise_id, key_version, calibrator)
);

-- Course drafts: a course's title and summary per language and its modules' titles and order, edited
-- in the studio until published with the lesson drafts. The revision is the optimistic lock, as in
-- lesson_draft (V8). modules is JSON: [{id, title: {en, fr}}] in the new order.
create table course_draft (
    course_id bigint primary key references course (id),
    title     text not null,
    summary   text not null,
    modules   text not null,
    revision  bigint not null,
    saved_at  timestamp(6) with time zone not null,
    saved_by  varchar(100) not null
);
