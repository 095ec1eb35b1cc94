package org.tnracademy.exercises.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.exercises.AnswerProblem;
import org.tnracademy.exercises.AnswerProblem.Code;
import org.tnracademy.exercises.InvalidAnswerException;
import org.tnracademy.exercises.LocalizedText;

class TimelineGraderTest {

    /** A harassment case seen on four platforms, each showing its own local time. */
    static final TimelineSpec SPEC = TimelineSpec.of(List.of(
            new TimelineEvent("ev-a", "A post names the target's street.", "Chirper", "4 Mar 2025, 21:30 CET"),
            new TimelineEvent("ev-b", "A direct message: 'we know where you live'.", "PhotoShare",
                    "4 Mar 2025, 4:05 PM (UTC-5)"),
            new TimelineEvent("ev-c", "A thread asks who will 'pay her a visit'.", "ForumNet",
                    "05/03/2025 02:10 (UTC+5)"),
            new TimelineEvent("ev-d", "A video comment repeats the street name.", "ClipStream",
                    "5 Mar 2025, 09:00 UTC"),
            new TimelineEvent("ev-e", "An e-mail to her employer.", "mail.example", "5 Mar 2025, 10:30 CET")));

    static final TimelineKey KEY = key("2025-03-04T21:30:00+01:00",   // ev-a 20:30Z
            "2025-03-04T16:05:00-05:00",                              // ev-b 21:05Z
            "2025-03-05T02:10:00+05:00",                              // ev-c 21:10Z
            "2025-03-05T09:00:00Z",                                   // ev-d 09:00Z next day
            "2025-03-05T10:30:00+01:00");                             // ev-e 09:30Z

    private final TimelineGrader grader = new TimelineGrader();

    @Test
    void twoSwappedNeighboursAreTwoDiscordantPairsOfTen() {
        // right order a b c d e; given b a c e d: (b,a) and (e,d) reversed, 2 of 5*4/2 = 10 pairs
        // score = 1 - 2/10 = 0.8
        TimelineResult r = grader.grade(SPEC, KEY, answer("ev-b", "ev-a", "ev-c", "ev-e", "ev-d"));
        assertThat(r.discordantPairs()).isEqualTo(2);
        assertThat(r.concordantPairs()).isEqualTo(8);
        assertThat(r.comparablePairs()).isEqualTo(10);
        assertThat(r.score()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void eventsAtTheSameInstantMayComeInEitherOrder() {
        // ev-e at 10:00 CET = 09:00Z, the same instant as ev-d: 10 - 1 tied = 9 comparable pairs
        TimelineKey tied = key("2025-03-04T21:30:00+01:00", "2025-03-04T16:05:00-05:00", "2025-03-05T02:10:00+05:00",
                "2025-03-05T09:00:00Z", "2025-03-05T10:00:00+01:00");
        // given b a c e d: only (b,a) is reversed; score = 1 - 1/9 = 8/9
        TimelineResult r = grader.grade(SPEC, tied, answer("ev-b", "ev-a", "ev-c", "ev-e", "ev-d"));
        assertThat(r.comparablePairs()).isEqualTo(9);
        assertThat(r.discordantPairs()).isEqualTo(1);
        assertThat(r.score()).isCloseTo(8.0 / 9.0, within(1e-12));
        assertThat(r.events()).extracting(EventFeedback::eventId, EventFeedback::expectedFirst,
                EventFeedback::expectedLast, EventFeedback::givenPosition, EventFeedback::inPlace,
                EventFeedback::discordantPairs).containsExactly(
                tuple("ev-a", 1, 1, 2, false, 1L),
                tuple("ev-b", 2, 2, 1, false, 1L),
                tuple("ev-c", 3, 3, 3, true, 0L),
                tuple("ev-d", 4, 5, 5, true, 0L),
                tuple("ev-e", 4, 5, 4, true, 0L));
        assertThat(grader.grade(SPEC, tied, answer("ev-a", "ev-b", "ev-c", "ev-e", "ev-d")).score()).isEqualTo(1.0);
    }

    @Test
    void theRightOrderScoresOneAndItsReverseZero() {
        assertThat(grader.grade(SPEC, KEY, answer("ev-a", "ev-b", "ev-c", "ev-d", "ev-e")).score()).isEqualTo(1.0);
        TimelineResult reversed = grader.grade(SPEC, KEY, answer("ev-e", "ev-d", "ev-c", "ev-b", "ev-a"));
        assertThat(reversed.score()).isZero();
        assertThat(reversed.discordantPairs()).isEqualTo(10);
    }

    @Test
    void unplacedEventsCountAgainstEveryPairTheyBelongTo() {
        // a b d placed in the right order: 3 concordant pairs of the key's 10; the 7 pairs with c or e are lost
        TimelineResult r = grader.grade(SPEC, KEY, answer("ev-a", "ev-b", "ev-d"));
        assertThat(r.score()).isCloseTo(0.3, within(1e-12));
        assertThat(r.placedEvents()).isEqualTo(3);
        assertThat(r.eventCount()).isEqualTo(5);
        EventFeedback c = r.events().get(2);
        assertThat(c.givenPosition()).isNull();
        assertThat(c.inPlace()).isFalse();
        assertThat(grader.grade(SPEC, KEY, answer()).score()).isZero();
    }

    @Test
    void feedbackGivesTheInstantInUtcAndTheExplanation() {
        EventFeedback b = grader.grade(SPEC, KEY, answer()).events().get(1);
        assertThat(b.at()).isEqualTo("2025-03-04T21:05:00Z");
        assertThat(b.explanation().in(java.util.Locale.ENGLISH)).isEqualTo("why ev-b");
    }

    @Test
    void everyInvalidPlaceIsNamedAtOnce() {
        TimelineAnswer bad = new TimelineAnswer(Arrays.asList("ev-a", "ev-x", "ev-b", "ev-a", " ", null, "ev-c"));
        assertThatThrownBy(() -> grader.grade(SPEC, KEY, bad)).isInstanceOfSatisfying(InvalidAnswerException.class,
                e -> {
                    assertThat(e.problems()).extracting(AnswerProblem::where, AnswerProblem::code).containsExactly(
                            tuple("order[1]", Code.UNKNOWN_ITEM),
                            tuple("order[3]", Code.DUPLICATE_ITEM),
                            tuple("order[4]", Code.MISSING_VALUE),
                            tuple("order[5]", Code.MISSING_VALUE));
                    assertThat(e.getMessage()).contains("'ev-a' is already placed at order[0]");
                });
    }

    static TimelineAnswer answer(String... order) {
        return new TimelineAnswer(List.of(order));
    }

    /** Times for ev-a, ev-b, ... in that order. */
    static TimelineKey key(String... times) {
        List<EventTime> list = new java.util.ArrayList<>();
        for (int i = 0; i < times.length; i++) {
            String id = "ev-" + (char) ('a' + i);
            list.add(new EventTime(id, OffsetDateTime.parse(times[i]).toInstant(), LocalizedText.of("why " + id,
                    "pourquoi " + id)));
        }
        return TimelineKey.validated(SPEC, list);
    }
}
