-- Exercise drafts of the instructors' studio: a new exercise, or an edit of a published one, kept
-- invisible to learners until the course is published. One draft per course and exercise slug.
-- Texts and trees are JSON (title/instructions {en, fr}; forms [..]; policy {maxAttempts,
-- timeLimitMinutes, scoring, hints}; spec and answer_key as the type documents them). problems is the
-- JSON list of what a pack import would refuse in the draft ([] when it is valid). The revision is
-- the optimistic lock, as in lesson_draft (V8). Runs on H2 and PostgreSQL alike (see V1).

create sequence exercise_draft_seq start with 1 increment by 50;
create table exercise_draft (
    id           bigint primary key,
    course_id    bigint not null references course (id),
    slug         varchar(100) not null,
    module_slug  varchar(100) not null,
    type         varchar(40) not null,
    created      boolean not null,
    title        text not null,
    instructions text not null,
    level        varchar(20),
    forms        text not null,
    policy       text not null,
    spec         text not null,
    answer_key   text not null,
    dataset_id   bigint references dataset (id),
    problems     text not null,
    revision     bigint not null,
    saved_at     timestamp(6) with time zone not null,
    saved_by     varchar(100) not null,
    constraint uk_exercise_draft unique (course_id, slug)
);
