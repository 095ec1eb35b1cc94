-- Confidence, calibrated (docs/calibration.md): what an exercise asks and how much the calibration
-- counts; what the learner claimed with an attempt and the claims scored against its outcomes.
-- Runs on H2 and PostgreSQL (see V1).
alter table exercise add column confidence_ask varchar(16);
alter table exercise add column confidence_weight double precision default 0 not null;

-- JSON of the confidence as given ({answer: 70} or {items: {q1: 80}}); null when none was given.
alter table attempt add column confidence text;
-- JSON list of [confidence, outcome] claims as graded; null while pending or without a confidence.
alter table attempt add column calibration_claims text;
-- 1 - Brier score of those claims; null with no claims.
alter table attempt add column calibration double precision;
