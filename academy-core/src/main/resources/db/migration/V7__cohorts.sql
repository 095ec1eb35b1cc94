-- Cohorts: a class of analysts with dates and the courses assigned to it. Runs on H2 and
-- PostgreSQL alike (see V1). A learner may belong to several cohorts (a basic and an advanced
-- class), once each.
create sequence cohort_seq start with 1 increment by 50;
create table cohort (
    id         bigint primary key,
    name       varchar(200) not null,
    starts_on  date not null,
    ends_on    date not null,
    created_at timestamp(6) with time zone not null,
    version    bigint not null,
    constraint uk_cohort_name unique (name)
);

create table cohort_course (
    cohort_id bigint not null references cohort (id),
    course_id bigint not null references course (id),
    constraint pk_cohort_course primary key (cohort_id, course_id)
);

create sequence cohort_member_seq start with 1 increment by 50;
create table cohort_member (
    id          bigint primary key,
    cohort_id   bigint not null references cohort (id),
    learner_id  bigint not null references account (id),
    enrolled_at timestamp(6) with time zone not null,
    constraint uk_cohort_member unique (cohort_id, learner_id)
);
create index ix_cohort_member_learner on cohort_member (learner_id);

-- The cohort gradebook reads standings and attempts of a page of learners on a set of exercises.
create index ix_exercise_progress_exercise on exercise_progress (exercise_id, learner_id);
create index ix_attempt_exercise on attempt (exercise_id, learner_id, attempt_number);
create index ix_attempt_pending on attempt (status, learner_id);
