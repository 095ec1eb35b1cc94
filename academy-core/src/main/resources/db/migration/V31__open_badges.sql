-- Open Badges 3.0: the academy's Ed25519 signing keys and the badge issued with each certificate.
-- A key's private half is stored encrypted (AES-GCM under the key-protection secret, see
-- docs/operations.md); retired keys stay to publish their public half, so badges they signed keep
-- verifying. A badge keeps its signed VC-JWT as issued and its index in the revocation status list.
-- Runs on H2 and PostgreSQL (see V1).
create table badge_key (
    kid                 varchar(64) primary key,
    public_x            varchar(64) not null,
    private_key         text not null,
    created_at          timestamp(6) with time zone not null,
    retired_at          timestamp(6) with time zone
);

create table badge (
    certificate_id      bigint primary key references certificate (id),
    status_index        integer not null,
    kid                 varchar(64) not null references badge_key (kid),
    credential_id       varchar(80) not null,
    jwt                 text not null,
    issued_at           timestamp(6) with time zone not null,
    constraint uq_badge_status_index unique (status_index)
);
