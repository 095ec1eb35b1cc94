-- Lesson drafts of the instructors' studio: an edit lives here until the course is published.
-- The revision is the optimistic lock: a save names the revision it started from, and a save made
-- from an older one is refused instead of overwriting a colleague's text.
-- Runs on H2 and PostgreSQL alike (see V1).

create table lesson_draft (
    lesson_id   bigint primary key references lesson (id),
    course_id   bigint not null references course (id),
    lesson_slug varchar(100) not null,
    title       text not null,
    body        text not null,
    revision    bigint not null,
    saved_at    timestamp(6) with time zone not null,
    saved_by    varchar(100) not null
);
create index ix_lesson_draft_course on lesson_draft (course_id);
