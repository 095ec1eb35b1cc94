package org.tnracademy.ui.operations;

import java.time.Duration;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link SizedUidlRequestHandler} in front of Vaadin's UIDL handler: Vaadin asks the handlers
 * added here before its own, so its own never sees a UIDL request. Its round trips are timed as
 * {@value #ROUND_TRIPS}, with buckets at the latencies the academy is sized for (docs/operations.md).
 */
@Component
class SizedUidlRequests implements VaadinServiceInitListener {

    static final String ROUND_TRIPS = "academy.ui.round-trips";

    private final Timer roundTrips;

    SizedUidlRequests(MeterRegistry registry) {
        roundTrips = Timer.builder(ROUND_TRIPS)
                .description("UI round trips (clicks, typed answers, navigation) answered by this node")
                .serviceLevelObjectives(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
                        Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5))
                .register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new SizedUidlRequestHandler(roundTrips));
    }
}
