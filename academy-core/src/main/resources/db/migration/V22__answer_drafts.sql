-- Learners' unsubmitted answers: one per account and exercise version, kept as the learner works and
-- deleted when an attempt is submitted. The answer is the type's answer tree as JSON text, bounded
-- before it is stored (see AnswerDraftLimits). A draft belongs to the exercise version it was
-- written on: a new version starts from an empty workspace. Runs on H2 and PostgreSQL (see V1).
create sequence answer_draft_seq start with 1 increment by 50;
create table answer_draft (
    id          bigint primary key,
    learner_id  bigint not null references account (id),
    exercise_id bigint not null references exercise (id),
    answer      text not null,
    saved_at    timestamp(6) with time zone not null,
    constraint uk_answer_draft unique (learner_id, exercise_id)
);
