-- Course structure in the studio (issue 6).
-- A course created in the studio exists in the catalogue before its first publication, so lesson
-- drafts, module drafts and the course editor can key on its id like any course. It stays out of
-- every learner-facing list until published: `published` is false from its creation until the first
-- publication (an import of its pack) sets it. Courses imported from packs are published at once.
-- Runs on H2 and PostgreSQL alike (see V1).
alter table course add column published boolean default true not null;

-- Lessons created in the studio: no lesson row exists until the course is published, so the draft
-- is keyed by course and lesson id (slug). The revision is the optimistic lock, as in lesson_draft (V8).
-- The module is where the lesson is appended on publication unless the course draft places it.
create sequence new_lesson_draft_seq start with 1 increment by 50;
create table new_lesson_draft (
    id           bigint primary key,
    course_id    bigint not null references course (id),
    module_slug  varchar(100) not null,
    lesson_slug  varchar(100) not null,
    minutes      integer not null,
    title        text not null,
    body         text not null,
    content_note text not null,
    revision     bigint not null,
    saved_at     timestamp(6) with time zone not null,
    saved_by     varchar(100) not null,
    constraint uk_new_lesson_draft unique (course_id, lesson_slug)
);
