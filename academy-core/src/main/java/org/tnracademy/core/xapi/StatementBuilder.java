package org.tnracademy.core.xapi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One xAPI 1.0.3 statement as the JSON tree the record store receives: the learner as a
 * pseudonymous account of the academy, an ADL verb, the activity and its course as parent, and the
 * result when there is one.
 */
final class StatementBuilder {

    static final String PLATFORM = "Digital TNR Detection Academy";

    private final Map<String, Object> statement = new LinkedHashMap<>();
    private final Map<String, Object> context = new LinkedHashMap<>();
    private final String homePage;

    StatementBuilder(UUID id, String homePage, String pseudonym, XapiVerb verb, LearningActivities.Activity object,
                     Instant timestamp) {
        this.homePage = homePage;
        statement.put("id", id.toString());
        statement.put("actor", Map.of("objectType", "Agent", "account", Map.of("homePage", homePage, "name", pseudonym)));
        statement.put("verb", Map.of("id", verb.iri(), "display", Map.of("en-US", verb.word())));
        statement.put("object", object.json());
        statement.put("timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString());
        context.put("platform", PLATFORM);
    }

    StatementBuilder parent(LearningActivities.Activity course) {
        context.put("contextActivities", Map.of("parent", List.of(course.json())));
        return this;
    }

    StatementBuilder attemptNumber(int number) {
        context.put("extensions", Map.of(homePage + "/xapi/extensions/attempt-number", number));
        return this;
    }

    /** A score in [0, 1] (clamped), also as a percentage for stores that show raw scores. */
    StatementBuilder score(double scaled, Boolean success) {
        double s = Math.clamp(Math.round(scaled * 10_000) / 10_000.0, 0.0, 1.0);
        Map<String, Object> score = new LinkedHashMap<>();
        score.put("scaled", s);
        score.put("raw", Math.round(s * 10_000) / 100.0);
        score.put("min", 0);
        score.put("max", 100);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("score", score);
        if (success != null) {
            result.put("success", success);
        }
        result.put("completion", true);
        statement.put("result", result);
        return this;
    }

    StatementBuilder completion() {
        statement.put("result", Map.of("completion", true));
        return this;
    }

    Map<String, Object> build() {
        Map<String, Object> out = new LinkedHashMap<>(statement);
        out.put("context", context);
        return out;
    }
}
