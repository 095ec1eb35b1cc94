-- One migration set for H2 and PostgreSQL (see docs in README: no timestamptz, no jsonb, sequences
-- stepping by each entity's allocationSize).

create sequence account_seq start with 1 increment by 50;
create table account (
    id            bigint primary key,
    username      varchar(100) not null,
    display_name  varchar(200) not null,
    password_hash varchar(200) not null,
    enabled       boolean default true not null,
    created_at    timestamp(6) with time zone not null,
    version       bigint not null,
    constraint uk_account_username unique (username)
);
create table account_role (
    account_id bigint not null references account (id),
    role       varchar(30) not null,
    constraint pk_account_role primary key (account_id, role)
);

create sequence content_pack_seq start with 1 increment by 50;
create table content_pack (
    id           bigint primary key,
    pack_id      varchar(100) not null,
    content_hash varchar(64) not null,
    imported_at  timestamp(6) with time zone not null,
    constraint uk_content_pack unique (pack_id, content_hash)
);

create sequence dataset_seq start with 1 increment by 50;
create table dataset (
    id           bigint primary key,
    name         varchar(200) not null,
    content_hash varchar(64) not null,
    item_count   integer not null
);

create sequence dataset_item_seq start with 1 increment by 500;
create table dataset_item (
    id         bigint primary key,
    dataset_id bigint not null references dataset (id),
    position   integer not null,
    item_key   varchar(100) not null,
    platform   varchar(100),
    author     varchar(200),
    lang       varchar(10),
    posted_at  timestamp(6) with time zone,
    body       text not null,
    constraint uk_dataset_item unique (dataset_id, item_key)
);
create index ix_dataset_item_position on dataset_item (dataset_id, position);

create sequence course_seq start with 1 increment by 50;
create table course (
    id           bigint primary key,
    slug         varchar(100) not null,
    pack_version integer not null,
    level        varchar(30) not null,
    title        text not null,
    summary      text not null,
    content_hash varchar(64) not null,
    constraint uk_course_slug unique (slug)
);

create sequence course_module_seq start with 1 increment by 50;
create table course_module (
    id        bigint primary key,
    course_id bigint not null references course (id),
    slug      varchar(100) not null,
    position  integer not null,
    title     text not null
);

create sequence lesson_seq start with 1 increment by 50;
create table lesson (
    id           bigint primary key,
    module_id    bigint not null references course_module (id),
    slug         varchar(100) not null,
    position     integer not null,
    minutes      integer not null,
    title        text not null,
    body         text not null,
    content_note text
);

create sequence exercise_seq start with 1 increment by 50;
create table exercise (
    id           bigint primary key,
    module_id    bigint not null references course_module (id),
    slug         varchar(100) not null,
    position     integer not null,
    type         varchar(40) not null,
    version      integer not null,
    title        text not null,
    instructions text not null,
    spec         text not null,
    answer_key   text not null,
    dataset_id   bigint references dataset (id),
    max_attempts integer not null,
    content_hash varchar(64) not null
);

create sequence attempt_seq start with 1 increment by 50;
create table attempt (
    id               bigint primary key,
    exercise_id      bigint not null references exercise (id),
    learner_id       bigint not null references account (id),
    attempt_number   integer not null,
    submission_token varchar(64) not null,
    answer           text not null,
    score            double precision not null,
    result           text not null,
    submitted_at     timestamp(6) with time zone not null,
    constraint uk_attempt_number unique (exercise_id, learner_id, attempt_number),
    constraint uk_attempt_token unique (submission_token)
);
create index ix_attempt_learner on attempt (learner_id, exercise_id);

create sequence lesson_read_seq start with 1 increment by 50;
create table lesson_read (
    id         bigint primary key,
    learner_id bigint not null references account (id),
    lesson_id  bigint not null references lesson (id),
    read_at    timestamp(6) with time zone not null,
    constraint uk_lesson_read unique (learner_id, lesson_id)
);

create sequence exercise_progress_seq start with 1 increment by 50;
create table exercise_progress (
    id             bigint primary key,
    learner_id     bigint not null references account (id),
    exercise_id    bigint not null references exercise (id),
    attempts       integer not null,
    best_score     double precision not null,
    last_score     double precision not null,
    last_attempt_at timestamp(6) with time zone not null,
    version        bigint not null,
    constraint uk_exercise_progress unique (learner_id, exercise_id)
);
