-- Regrades after an answer-key change: every grade an attempt had before a regrade is kept, and
-- the attempt says when it was last regraded so the learner sees why the score moved.
-- Runs on H2 and PostgreSQL alike (see V1).

alter table attempt add column regraded_at timestamp(6) with time zone;

create sequence grade_history_seq start with 1 increment by 50;
create table grade_history (
    id              bigint primary key,
    attempt_id      bigint not null references attempt (id),
    old_key_version integer not null,
    old_score       double precision not null,
    old_raw_score   double precision not null,
    old_result      text not null,
    new_key_version integer not null,
    new_score       double precision not null,
    replaced_at     timestamp(6) with time zone not null,
    replaced_by     varchar(100) not null
);
create index ix_grade_history_attempt on grade_history (attempt_id, replaced_at);
