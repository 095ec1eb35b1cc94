-- The exercise engine: every exercise type, attempt policy, answer-key versions, pending written
-- analyses, attempt windows and hints. Runs on H2 and PostgreSQL alike (see V1).

-- Spec and key are now the type's documented trees. Item-labelling was stored as bare lists:
-- wrap them so the type reads them like any pack file.
update exercise set spec = '{"labels":' || spec || '}' where type = 'item-labelling' and spec like '[%';

alter table exercise add column time_limit_minutes integer;
alter table exercise add column scoring varchar(10) default 'BEST' not null;
alter table exercise add column hints text default '[]' not null;
alter table exercise add column level varchar(20);
alter table exercise add column forms varchar(400) default '' not null;
alter table exercise add column key_version integer default 1 not null;

-- Every key an exercise version was ever graded against; the exercise names its current one.
create table answer_key (
    exercise_id bigint not null references exercise (id),
    key_version integer not null,
    key_json    text not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100) not null,
    constraint pk_answer_key primary key (exercise_id, key_version)
);
insert into answer_key (exercise_id, key_version, key_json, created_at, created_by)
    select id, 1, '{"items":' || answer_key || '}', current_timestamp, 'import' from exercise;
alter table exercise drop column answer_key;

-- Attempts record the key they were graded against; written analyses wait, pending, for an
-- instructor, so their score and result stay empty until then.
alter table attempt add column key_version integer default 1 not null;
alter table attempt add column status varchar(10) default 'GRADED' not null;
alter table attempt add column raw_score double precision;
alter table attempt add column hint_penalty double precision default 0 not null;
alter table attempt add column started_at timestamp(6) with time zone;
alter table attempt add column graded_at timestamp(6) with time zone;
alter table attempt add column graded_by varchar(100);
-- two instructors grading one analysis at once: the second finds it changed
alter table attempt add column version bigint default 0 not null;
update attempt set raw_score = score, started_at = submitted_at, graded_at = submitted_at;
alter table attempt alter column score drop not null;
alter table attempt alter column result drop not null;
alter table attempt alter column started_at set not null;
create index ix_attempt_status on attempt (status, submitted_at);

-- When an attempt was opened: a time limit is enforced from here, on the server.
create sequence attempt_window_seq start with 1 increment by 50;
create table attempt_window (
    id             bigint primary key,
    exercise_id    bigint not null references exercise (id),
    learner_id     bigint not null references account (id),
    attempt_number integer not null,
    started_at     timestamp(6) with time zone not null,
    constraint uk_attempt_window unique (exercise_id, learner_id, attempt_number)
);

-- Hints a learner took: each costs a share of the score of the attempts submitted after it.
create sequence hint_taken_seq start with 1 increment by 50;
create table hint_taken (
    id          bigint primary key,
    exercise_id bigint not null references exercise (id),
    learner_id  bigint not null references account (id),
    hint_index  integer not null,
    taken_at    timestamp(6) with time zone not null,
    constraint uk_hint_taken unique (exercise_id, learner_id, hint_index)
);

-- Standing per scoring policy (best, last or average of graded attempts).
alter table exercise_progress add column graded_count integer default 0 not null;
alter table exercise_progress add column score_sum double precision default 0 not null;
alter table exercise_progress add column last_graded_number integer default 0 not null;
alter table exercise_progress add column score double precision default 0 not null;
update exercise_progress p set
    graded_count = (select count(*) from attempt a where a.exercise_id = p.exercise_id and a.learner_id = p.learner_id),
    score_sum = (select coalesce(sum(a.score), 0) from attempt a
                 where a.exercise_id = p.exercise_id and a.learner_id = p.learner_id),
    last_graded_number = p.attempts,
    score = p.best_score;
