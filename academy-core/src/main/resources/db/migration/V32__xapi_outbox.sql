-- xAPI: the transactional outbox of statements for the learning record store (docs/xapi.md).
-- A row is written in the transaction of the learner's action and stays until the store answered
-- 2xx (SENT) or refused it for good (PARKED, with the reason). A sender claims due rows with a
-- lease (claimed_until, claim_token), so two nodes never post the same row at once.
-- statement_id is deterministic from the event: a repeated event writes no second row.
-- Runs on H2 and PostgreSQL.
create sequence xapi_statement_seq start with 1 increment by 50;

create table xapi_statement (
    id            bigint primary key,
    statement_id  varchar(36) not null,
    verb          varchar(20) not null,
    body          text not null,
    status        varchar(10) not null,
    created_at    timestamp(6) with time zone not null,
    tries         integer not null,
    next_try_at   timestamp(6) with time zone not null,
    claimed_until timestamp(6) with time zone,
    claim_token   varchar(36),
    last_error    varchar(500),
    sent_at       timestamp(6) with time zone,
    constraint uq_xapi_statement unique (statement_id)
);
create index ix_xapi_statement_due on xapi_statement (status, next_try_at);
create index ix_xapi_statement_claim on xapi_statement (claim_token);
