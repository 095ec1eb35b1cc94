package org.tnracademy.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tnracademy.core.cohort.LearnersEnrolled;

/** The bell looks for near due dates once a while per learner, again at once after an enrolment or a new day. */
class DueDateLooksTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final DueDateLooks looks = new DueDateLooks(clock);

    @Test
    void aLearnersFirstLookIsTakenAndTheNextWithinFiveMinutesIsSkipped() {
        assertThat(looks.lookNow(7)).isTrue();
        clock.move(Duration.ofMinutes(4));
        assertThat(looks.lookNow(7)).isFalse();
        assertThat(looks.lookNow(8)).as("another learner's first look").isTrue();
    }

    @Test
    void aLookIsTakenAgainOnceFiveMinutesHavePassed() {
        looks.lookNow(7);
        clock.move(DueDateLooks.AGAIN_AFTER);
        assertThat(looks.lookNow(7)).isTrue();
        assertThat(looks.lookNow(7)).isFalse();
    }

    @Test
    void aNewDayIsLookedAtAtOnceSinceTheWeekAheadMovedWithIt() {
        clock.set(Instant.parse("2026-12-06T23:59:00Z"));
        looks.lookNow(7);
        clock.move(Duration.ofMinutes(2));
        assertThat(looks.lookNow(7)).isTrue();
    }

    @Test
    void anEnrolmentMakesTheNextLookOfItsLearnersImmediate() {
        looks.lookNow(7);
        looks.lookNow(8);
        looks.lookNow(9);

        looks.on(new LearnersEnrolled(1, List.of(7L, 8L)));

        assertThat(looks.lookNow(7)).isTrue();
        assertThat(looks.lookNow(8)).isTrue();
        assertThat(looks.lookNow(9)).as("not enrolled").isFalse();
    }

    @Test
    void aFailedLookIsForgottenSoTheNextOneIsTaken() {
        looks.lookNow(7);
        looks.forget(7);
        assertThat(looks.lookNow(7)).isTrue();
    }

    @Test
    void manyLearnersLooksOlderThanFiveMinutesAreDroppedAndStillTakenAgain() {
        for (long learner = 0; learner < 10_001; learner++) {
            looks.lookNow(learner);
        }
        clock.move(Duration.ofMinutes(6));
        assertThat(looks.lookNow(20_000)).isTrue();
        assertThat(looks.lookNow(1)).isTrue();
        assertThat(looks.lookNow(1)).isFalse();
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        void set(Instant to) {
            now = to;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
