package org.tnracademy.core.grading;

import java.util.Locale;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What operators watch of submissions: how many were stored (graded, or pending an instructor) and
 * refused (by reason), and how long the type's grader took, by exercise type. Published through the
 * application's meter registry (Prometheus in the academy); a context without one counts into a
 * registry of its own, so the core runs the same either way.
 */
@Component
public class SubmissionMetrics {

    static final String SUBMISSIONS = "academy.submissions";
    static final String REFUSED = "academy.submissions.refused";
    static final String GRADING_TIME = "academy.grading.time";

    private final MeterRegistry registry;

    SubmissionMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    void stored(String type, boolean pending) {
        Counter.builder(SUBMISSIONS)
                .description("Answers stored as attempts, by exercise type and whether a grader or an instructor grades them")
                .tag("type", type)
                .tag("outcome", pending ? "pending" : "graded")
                .register(registry).increment();
    }

    void refused(SubmissionRefusedException.Reason reason) {
        Counter.builder(REFUSED)
                .description("Answers refused before anything was stored, by reason")
                .tag("reason", reason.name().toLowerCase(Locale.ROOT))
                .register(registry).increment();
    }

    /** Runs a type's grader and records how long it took. */
    <T> T timeGrading(String type, Supplier<T> grading) {
        return Timer.builder(GRADING_TIME)
                .description("Time the exercise type's grader took for one answer")
                .tag("type", type)
                .publishPercentileHistogram()
                .register(registry).record(grading);
    }
}
