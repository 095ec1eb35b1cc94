-- In-app notifications for learners: a grade arrived, a grade changed after a regrade, a course was
-- assigned through a cohort, a cohort's due date is near. Each is made once per account and
-- subject (dedupe_key), so nodes or repeated reads never make it twice. Runs on H2 and PostgreSQL.
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id          bigint primary key,
    account_id  bigint not null references account (id),
    kind        varchar(30) not null,
    dedupe_key  varchar(200) not null,
    -- the subject's title when the notification was made ({"en": ..., "fr": ...})
    title       text not null,
    target_kind varchar(10),
    target_id   bigint,
    score       double precision,
    due_on      date,
    created_at  timestamp(6) with time zone not null,
    read_at     timestamp(6) with time zone,
    constraint uq_notification unique (account_id, dedupe_key)
);
create index ix_notification_account on notification (account_id, read_at);
