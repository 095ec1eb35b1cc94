-- Per-learner variants (docs/content-format.md, "Per-learner variants"): an exercise's policy.variants,
-- and each learner's variant as drawn, kept so that grading and every later regrade use exactly the
-- items the learner was shown, whatever key the exercise has by then. Runs on H2 and PostgreSQL (see V1).
alter table exercise add column variant_items integer default 0 not null;
alter table exercise add column variant_stratify varchar(40);
alter table exercise add column variant_seed bigint default 0 not null;

create sequence learner_variant_seq start with 1 increment by 50;

create table learner_variant (
    id bigint primary key,
    exercise_id bigint not null references exercise (id),
    learner_id bigint not null references account (id),
    -- the key version the variant was drawn under (part of the draw, with the seed and the learner)
    key_version integer not null,
    -- JSON list of the pool's item ids (the item templates) in the order the learner meets them
    items text not null,
    drawn_at timestamp(6) with time zone not null,
    constraint uk_learner_variant unique (exercise_id, learner_id)
);
