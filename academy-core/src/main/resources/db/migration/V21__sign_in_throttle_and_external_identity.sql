-- Sign-in throttling by source address as well as by account, shared by every node (see README,
-- "Sign-in throttling"), and Keycloak identities linked to accounts by issuer and subject.
-- Runs on H2 and PostgreSQL alike (see V1).

-- One counter per key: "pair:<address> <username>", "source:<address>" or "account:<username>".
-- failures counts within the window that started at window_started_at; blocked_until refuses (or,
-- for an account, slows) sign-ins until then; last_success_at marks an address the account's owner
-- signed in from (exempt from the account-wide slowing).
create table sign_in_throttle (
    throttle_key      varchar(200) primary key,
    failures          integer not null,
    window_started_at timestamp(6) with time zone not null,
    blocked_until     timestamp(6) with time zone,
    last_success_at   timestamp(6) with time zone,
    version           bigint not null
);
create index ix_sign_in_throttle_window on sign_in_throttle (window_started_at);

-- The lock of the whole account after five failures is gone: anybody could lock anybody out with it.
alter table account drop column failed_sign_ins;
alter table account drop column locked_until;

-- The identity provider's issuer and subject (sub) an account belongs to; null for local accounts.
alter table account add column external_issuer varchar(300);
alter table account add column external_subject varchar(255);
alter table account add constraint uk_account_external_identity unique (external_issuer, external_subject);
-- Accounts made by a Keycloak sign-in before issuer and subject were recorded: the first sign-in of
-- that username through the provider records its identity (the provider already owned the name).
alter table account add column external_unclaimed boolean default false not null;
update account set external_unclaimed = true
where exists (select 1 from audit_entry e where e.action = 'EXTERNAL_ACCOUNT_LINKED'
              and left(e.detail, length(account.username) + 1) = concat(account.username, ' '));
