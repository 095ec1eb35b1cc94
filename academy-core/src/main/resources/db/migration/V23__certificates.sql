-- Certificates that mean something: a course has a pass mark (percent, set by instructors; 70 by
-- default) and no certificate is issued below it. An issued certificate is stored under a random
-- verification id that its public verification page and QR code lead to. Runs on H2 and
-- PostgreSQL (see V1).
alter table course add column pass_mark integer default 70 not null;

create sequence certificate_seq start with 1 increment by 50;

create table certificate (
    id              bigint primary key,
    verification_id varchar(24) not null,
    account_id      bigint not null references account (id),
    course_id       bigint not null references course (id),
    score           double precision not null,
    pass_mark       integer not null,
    completed_at    timestamp(6) with time zone not null,
    issued_at       timestamp(6) with time zone not null,
    revoked_at      timestamp(6) with time zone,
    revoked_by      varchar(100),
    constraint uq_certificate_verification unique (verification_id),
    -- one certificate per learner and course: downloading it again prints the same one
    constraint uq_certificate_learner_course unique (account_id, course_id)
);
