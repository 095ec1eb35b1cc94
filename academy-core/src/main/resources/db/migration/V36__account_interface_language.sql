-- The interface language a person chose, remembered across sessions and devices (null: the
-- browser's language decides, as before any choice).
alter table account add column interface_language varchar(8);
