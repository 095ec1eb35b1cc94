package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.types.ExerciseTypes;

/**
 * An academy that graded item-labelling attempts before the exercise engine keeps them: V5 turns
 * the stored labels and key into the type's trees, moves the key into its first version, and
 * marks old attempts graded against it.
 */
class ExerciseEngineMigrationTest {

    @Test
    void labellingDataFromBeforeTheEngineIsReadableByTheType() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:v5-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(h2).target("4").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(h2);
        jdbc.update("insert into account (id, username, display_name, password_hash, enabled, created_at, version) "
                + "values (1, 'old', 'Old Learner', 'x', true, current_timestamp, 0)");
        jdbc.update("insert into course (id, slug, pack_version, level, title, summary, content_hash) "
                + "values (1, 'c', 1, 'beginner', '{}', '{}', 'h')");
        jdbc.update("insert into course_module (id, course_id, slug, position, title) values (1, 1, 'm', 0, '{}')");
        jdbc.update("insert into exercise (id, module_id, slug, position, type, version, title, instructions, spec, "
                + "answer_key, dataset_id, max_attempts, content_hash) values (1, 1, 'e', 0, 'item-labelling', 1, "
                + "'{}', '{}', ?, ?, null, 3, 'h')",
                "[{\"id\":\"doxing\",\"title\":{\"en\":\"Doxing\"}},{\"id\":\"benign\",\"title\":{\"en\":\"Benign\"}}]",
                "[{\"item\":\"p1\",\"label\":\"doxing\",\"explanation\":{\"en\":\"An address.\"}}]");
        jdbc.update("insert into attempt (id, exercise_id, learner_id, attempt_number, submission_token, answer, "
                + "score, result, submitted_at) values (1, 1, 1, 1, 't', '{}', 0.5, '{}', current_timestamp)");
        jdbc.update("insert into exercise_progress (id, learner_id, exercise_id, attempts, best_score, last_score, "
                + "last_attempt_at, version) values (1, 1, 1, 1, 0.5, 0.5, current_timestamp, 0)");

        Flyway.configure().dataSource(h2).load().migrate();

        String spec = jdbc.queryForObject("select spec from exercise where id = 1", String.class);
        String key = jdbc.queryForObject("select key_json from answer_key where exercise_id = 1 and key_version = 1",
                String.class);
        var type = ExerciseTypes.get("item-labelling");
        @SuppressWarnings("unchecked")
        Map<String, Object> specTree = Json.read(spec, Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> keyTree = Json.read(key, Map.class);
        assertThat(type.check(specTree, keyTree)).isNotNull();
        assertThat(jdbc.queryForMap("select status, raw_score, score, key_version, hint_penalty from attempt where id = 1"))
                .containsEntry("STATUS", "GRADED").containsEntry("RAW_SCORE", 0.5).containsEntry("KEY_VERSION", 1);
        assertThat(jdbc.queryForMap("select graded_count, score_sum, score from exercise_progress where id = 1"))
                .containsEntry("GRADED_COUNT", 1).containsEntry("SCORE_SUM", 0.5).containsEntry("SCORE", 0.5);
        assertThat(jdbc.queryForObject("select scoring from exercise where id = 1", String.class)).isEqualTo("BEST");
    }
}
