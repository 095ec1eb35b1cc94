package org.tnracademy.core.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.AutoGradedType;
import org.tnracademy.exercises.GradeResult;
import org.tnracademy.exercises.curriculum.RepressionForm;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * Seeded load for the cohort benchmark: one course of item-labelling exercises, learners with a
 * hidden ability, and one graded attempt per learner and exercise (some skipped), graded by the
 * real labelling type so item analysis reads genuine results. Written straight to the tables in
 * batches; ids start far above the sequences' so the services can add rows beside them.
 * Every exercise has one item whose key disagrees with what strong learners answer.
 */
final class CohortLoad {

    static final String[] LABELS = {"doxing", "harassment", "smear", "benign"};
    private static final long BASE = 50_000_000L;
    private static final int BATCH = 1000;

    final int learners;
    final int exercises;
    final int items;
    final long seed;
    final long courseId = BASE;
    final List<Long> exerciseIds = new ArrayList<>();
    final List<String> usernames = new ArrayList<>();

    CohortLoad(int learners, int exercises, int items, long seed) {
        this.learners = learners;
        this.exercises = exercises;
        this.items = items;
        this.seed = seed;
    }

    void write(JdbcTemplate jdbc) {
        Random random = new Random(seed);
        Timestamp now = Timestamp.from(Instant.parse("2026-03-02T09:00:00Z"));
        jdbc.update("insert into course (id, slug, pack_version, level, title, summary, content_hash, version) "
                + "values (?, 'bench-course', 1, 'intermediate', ?, ?, 'bench', 0)", courseId,
                Json.write(Map.of("en", "Benchmark course")), Json.write(Map.of("en", "Synthetic load")));
        jdbc.update("insert into course_module (id, course_id, slug, position, title, retired) values (?, ?, 'm', 1, ?,"
                + " false)", courseId, courseId, Json.write(Map.of("en", "Module")));

        Map<String, Object> spec = Map.of("labels", java.util.Arrays.stream(LABELS)
                .map(l -> Map.of("id", l, "title", Map.of("en", l))).toList());
        List<Map<String, Object>> keys = new ArrayList<>();
        List<Object[]> exerciseRows = new ArrayList<>();
        List<Object[]> keyRows = new ArrayList<>();
        for (int e = 0; e < exercises; e++) {
            long id = BASE + e;
            exerciseIds.add(id);
            List<Map<String, Object>> entries = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                entries.add(Map.of("item", "p" + i, "label", LABELS[random.nextInt(LABELS.length)]));
            }
            Map<String, Object> key = Map.of("items", entries);
            keys.add(key);
            String form = RepressionForm.ids().get(e % RepressionForm.ids().size());
            exerciseRows.add(new Object[] {id, courseId, "bench-" + e, e + 1, Json.write(Map.of("en", "Exercise " + e)),
                    Json.write(Map.of("en", "Label the posts.")), Json.write(spec), form});
            keyRows.add(new Object[] {id, Json.write(key), now});
        }
        jdbc.batchUpdate("insert into exercise (id, module_id, slug, position, type, version, title, instructions, spec, "
                + "max_attempts, content_hash, retired, scoring, hints, forms, key_version) values "
                + "(?, ?, ?, ?, 'item-labelling', 1, ?, ?, ?, 3, 'bench', false, 'BEST', '[]', ?, 1)", exerciseRows);
        jdbc.batchUpdate("insert into answer_key (exercise_id, key_version, key_json, created_at, created_by) "
                + "values (?, 1, ?, ?, 'bench')", keyRows);

        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (int l = 0; l < learners; l++) {
            long id = BASE + l;
            String username = String.format("bench-%05d", l);
            usernames.add(username);
            accounts.add(new Object[] {id, username, "Analyst " + String.format("%05d", learners - l), now});
            roles.add(new Object[] {id});
        }
        jdbc.batchUpdate("insert into account (id, username, display_name, password_hash, enabled, created_at, version, "
                + "failed_sign_ins) values (?, ?, ?, '{noop}not-a-password', true, ?, 0, 0)", accounts);
        jdbc.batchUpdate("insert into account_role (account_id, role) values (?, 'LEARNER')", roles);

        @SuppressWarnings("unchecked")
        AutoGradedType<?, ?, ?, GradeResult> type = (AutoGradedType<?, ?, ?, GradeResult>)
                ExerciseTypes.get("item-labelling");
        List<Object[]> attempts = new ArrayList<>();
        List<Object[]> progress = new ArrayList<>();
        long attemptId = BASE;
        for (int l = 0; l < learners; l++) {
            double ability = 0.25 + 0.7 * random.nextDouble();
            for (int e = 0; e < exercises; e++) {
                if (random.nextDouble() < 0.08) {
                    continue; // not attempted
                }
                Map<String, Object> labels = new LinkedHashMap<>();
                List<Map<String, Object>> entries = castEntries(keys.get(e));
                for (int i = 0; i < items; i++) {
                    String right = (String) entries.get(i).get("label");
                    String answer;
                    if (i == 0) {
                        // the suspect item: strong learners agree on another label than the key
                        answer = ability > 0.6 ? other(right, 1) : random.nextDouble() < 0.6 ? right : other(right, 2);
                    } else {
                        answer = random.nextDouble() < ability ? right : other(right, 1 + random.nextInt(3));
                    }
                    labels.put("p" + i, answer);
                }
                Map<String, Object> answerTree = Map.of("labels", labels);
                GradeResult result = type.gradeTrees(spec, keys.get(e), answerTree);
                Instant started = now.toInstant().plusSeconds((long) l * 60 + e * 7L);
                Timestamp submitted = Timestamp.from(started.plusSeconds(60 + random.nextInt(900))
                        .plusSeconds(86_400L * random.nextInt(20)));
                long id = attemptId++;
                attempts.add(new Object[] {id, exerciseIds.get(e), BASE + l, UUID.randomUUID().toString(),
                        Json.write(answerTree), result.score(), Json.write(result), submitted, result.score(),
                        Timestamp.from(started), submitted});
                progress.add(new Object[] {id, BASE + l, exerciseIds.get(e), result.score(), result.score(), submitted,
                        result.score(), result.score()});
                if (attempts.size() >= BATCH) {
                    flush(jdbc, attempts, progress);
                }
            }
        }
        flush(jdbc, attempts, progress);
    }

    private static void flush(JdbcTemplate jdbc, List<Object[]> attempts, List<Object[]> progress) {
        jdbc.batchUpdate("insert into attempt (id, exercise_id, learner_id, attempt_number, submission_token, answer, "
                + "score, result, submitted_at, key_version, status, raw_score, hint_penalty, started_at, graded_at, "
                + "graded_by, version) values (?, ?, ?, 1, ?, ?, ?, ?, ?, 1, 'GRADED', ?, 0, ?, ?, 'grader', 0)",
                attempts);
        jdbc.batchUpdate("insert into exercise_progress (id, learner_id, exercise_id, attempts, best_score, last_score, "
                + "last_attempt_at, version, graded_count, score_sum, last_graded_number, score) "
                + "values (?, ?, ?, 1, ?, ?, ?, 0, 1, ?, 1, ?)", progress);
        attempts.clear();
        progress.clear();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> castEntries(Map<String, Object> key) {
        return (List<Map<String, Object>>) key.get("items");
    }

    private static String other(String label, int step) {
        for (int i = 0; i < LABELS.length; i++) {
            if (LABELS[i].equals(label)) {
                return LABELS[(i + step) % LABELS.length];
            }
        }
        throw new IllegalArgumentException(label);
    }
}
