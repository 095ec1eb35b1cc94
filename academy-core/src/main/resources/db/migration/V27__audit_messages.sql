-- What an audit entry says, as a message code and its arguments (a JSON array of texts, numbers
-- and titles by language), read in the administrator's language with names instead of ids. Entries
-- written before keep only their technical line (detail). Runs on H2 and PostgreSQL.
alter table audit_entry add column message_code varchar(60);
alter table audit_entry add column message_args text;
