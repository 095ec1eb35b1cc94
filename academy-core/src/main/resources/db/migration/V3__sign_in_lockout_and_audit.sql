-- Lock-out after repeated failed sign-ins, and the append-only audit log.
alter table account add column failed_sign_ins integer default 0 not null;
alter table account add column locked_until timestamp(6) with time zone;

create sequence audit_entry_seq start with 1 increment by 50;
create table audit_entry (
    id             bigint primary key,
    at             timestamp(6) with time zone not null,
    actor          varchar(100) not null,
    action         varchar(40) not null,
    detail         text,
    remote_address varchar(64)
);
create index ix_audit_entry_at on audit_entry (at);
