-- Optimistic lock on the course row: two nodes re-importing the same changed pack at once cannot
-- both apply it. The import history may now hold a content hash more than once (a pack reverted
-- to earlier content is imported again).
alter table course add column version bigint default 0 not null;
alter table content_pack drop constraint uk_content_pack;
create index ix_content_pack on content_pack (pack_id, content_hash);
