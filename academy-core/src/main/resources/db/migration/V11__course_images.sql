-- Pictures of a course's lessons, uploaded in the studio or brought by a content pack. Content
-- addressed: a row is never changed; uploading a picture again under the same path adds a row with
-- the new bytes' SHA-256, and lessons are served by hash, so a cached copy never goes stale.
-- published marks, per path, the picture learners see: the studio's uploads are drafts until the
-- course is published, so replacing a picture does not change a published lesson unseen.
-- Runs on H2 and PostgreSQL alike (see V1).

create sequence course_image_seq start with 1 increment by 50;
create table course_image (
    id           bigint primary key,
    course_id    bigint not null references course (id),
    path         varchar(300) not null,
    media_type   varchar(40) not null,
    sha256       varchar(64) not null,
    size_bytes   integer not null,
    bytes        bytea not null,
    uploaded_by  varchar(100) not null,
    uploaded_at  timestamp(6) with time zone not null,
    published    boolean not null,
    constraint uk_course_image unique (course_id, path, sha256)
);
create index ix_course_image_hash on course_image (course_id, sha256);
