package org.tnracademy.core.catalog;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** How long content pack imports take, by outcome (imported, updated, unchanged, failed), for operators. */
@Component
class ImportMetrics {

    static final String IMPORT_TIME = "academy.pack.import.time";

    private final MeterRegistry registry;

    ImportMetrics(ObjectProvider<MeterRegistry> registry) {
        this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
    }

    CourseImporter.Outcome timed(Supplier<CourseImporter.Outcome> importing) {
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            CourseImporter.Outcome done = importing.get();
            outcome = done.name().toLowerCase(Locale.ROOT);
            return done;
        } finally {
            Timer.builder(IMPORT_TIME)
                    .description("Time a content pack import took, checks and storing included")
                    .tag("outcome", outcome)
                    .register(registry).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }
}
