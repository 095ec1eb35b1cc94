-- Re-importing a changed pack keeps history: content that left the pack, and exercise versions
-- replaced by a newer one, are retired rather than deleted, so attempts made on them stay valid.
alter table course_module add column retired boolean default false not null;
alter table lesson add column retired boolean default false not null;
alter table exercise add column retired boolean default false not null;
create index ix_exercise_slug on exercise (slug, version);
