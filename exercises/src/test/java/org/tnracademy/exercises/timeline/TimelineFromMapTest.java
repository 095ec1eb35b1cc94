package org.tnracademy.exercises.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.InvalidSpecException;
import org.tnracademy.exercises.SpecProblem;

/** Reading spec, key and answer from the plain tree a YAML or JSON parser gives. */
class TimelineFromMapTest {

    static final Map<String, Object> SPEC_MAP = Map.of("events", List.of(
            Map.of("id", "ev-1", "text", "Threat posted", "platform", "Chirper", "shownTime", "21:30 CET"),
            Map.of("id", "ev-2", "text", "Address shared"),
            Map.of("id", "ev-3", "text", "Call to 'visit'", "platform", "ForumNet")));

    @Test
    void readsASpecKeyAndAnswer() {
        TimelineSpec spec = TimelineSpec.fromMap(SPEC_MAP);
        assertThat(spec.events()).extracting(TimelineEvent::platform).containsExactly("Chirper", "", "ForumNet");

        // a YAML parser may turn an unquoted timestamp into a Date: accepted as well as text
        TimelineKey key = TimelineKey.fromMap(spec, Map.of("exercise", "order-the-case", "events", List.of(
                Map.of("event", "ev-1", "at", "2025-03-04T21:30:00+01:00", "explanation", Map.of("en", "CET is UTC+1")),
                Map.of("event", "ev-2", "at", Date.from(Instant.parse("2025-03-04T21:00:00Z")),
                        "explanation", Map.of("en", "UTC")),
                Map.of("event", "ev-3", "at", "2025-03-05T02:10:00+05:00", "explanation", Map.of("en", "UTC+5")))));
        assertThat(key.byEvent().get("ev-1").at()).isEqualTo(Instant.parse("2025-03-04T20:30:00Z"));

        TimelineAnswer answer = TimelineAnswer.fromMap(spec, Map.of("order", List.of("ev-1", "ev-2", "ev-3")));
        assertThat(new TimelineGrader().grade(spec, key, answer).score()).isEqualTo(1.0);
        assertThat(TimelineAnswer.fromMap(spec, Map.of()).order()).isEmpty();
    }

    @Test
    void everyProblemOfASpecIsNamedAtOnce() {
        Map<String, Object> map = Map.of("events", List.of(
                Map.of("id", "ev-1", "text", "x"),
                Map.of("id", "ev-1", "text", "y"),
                Map.of("id", "ev-3"),
                Map.of("id", "ev-4", "text", "z", "platform", 7, "when", "now")));
        assertThatThrownBy(() -> TimelineSpec.fromMap(map)).isInstanceOfSatisfying(InvalidSpecException.class, e ->
                assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                        "events[2].text", "events[3].when", "events[3].platform", "events[1].id"));
        assertThatThrownBy(() -> TimelineSpec.fromMap(Map.of("events", List.of(Map.of("id", "a", "text", "b")))))
                .hasMessageContaining("events: at least two events are needed to order");
    }

    @Test
    void everyProblemOfAKeyIsNamedAtOnce() {
        TimelineSpec spec = TimelineSpec.fromMap(SPEC_MAP);
        Map<String, Object> map = Map.of("events", List.of(
                Map.of("event", "ev-1", "at", "2025-03-04T21:30:00", "explanation", Map.of("en", "no offset")),
                Map.of("event", "ev-9", "at", "2025-03-04T21:30:00Z", "explanation", Map.of("en", "unknown")),
                Map.of("event", "ev-2", "at", "2025-03-04T21:30:00Z", "explanation", Map.of("fr", "sans anglais")),
                Map.of("event", "ev-3", "at", "2025-03-04T21:30:00Z", "explanation", Map.of("en", "ok")),
                Map.of("event", "ev-3", "at", "2025-03-04T21:31:00Z", "explanation", Map.of("en", "twice"))));
        assertThatThrownBy(() -> TimelineKey.fromMap(spec, map)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> {
                    assertThat(e.problems()).extracting(SpecProblem::field).containsExactly(
                            "events[0].at", "events[1].event", "events[2].explanation.en", "events[4].event");
                    assertThat(e.getMessage()).contains("is not an ISO-8601 date-time with offset");
                });
    }

    @Test
    void aKeyMustTimeEveryEventAndNotAllAtOnce() {
        TimelineSpec spec = TimelineSpec.fromMap(SPEC_MAP);
        Map<String, Object> map = Map.of("events", List.of(
                Map.of("event", "ev-1", "at", "2025-03-04T21:30:00Z", "explanation", Map.of("en", "x")),
                Map.of("event", "ev-2", "at", "2025-03-04T22:30:00+01:00", "explanation", Map.of("en", "y"))));
        assertThatThrownBy(() -> TimelineKey.fromMap(spec, map)).isInstanceOfSatisfying(InvalidSpecException.class,
                e -> assertThat(e.problems()).extracting(SpecProblem::toString).containsExactly(
                        "events: 'ev-3' has no time",
                        "events: all events happen at the same instant: there is no order to find"));
    }

    @Test
    void everyProblemOfAnAnswerIsNamedWithItsPlace() {
        TimelineSpec spec = TimelineSpec.fromMap(SPEC_MAP);
        assertThatThrownBy(() -> TimelineAnswer.fromMap(spec, Map.of("order", List.of("ev-1", 2, "ev-1", "ev-7"))))
                .isInstanceOfSatisfying(InvalidAnswerException.class, e -> assertThat(e.problems())
                        .extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                                tuple("order[1]", Code.WRONG_TYPE),
                                tuple("order[2]", Code.DUPLICATE_ITEM),
                                tuple("order[3]", Code.UNKNOWN_ITEM)));
        assertThatThrownBy(() -> TimelineAnswer.fromMap(spec, Map.of("order", "ev-1, ev-2")))
                .hasMessageContaining("order: must be a list");
    }
}
