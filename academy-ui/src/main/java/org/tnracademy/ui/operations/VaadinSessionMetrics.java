package org.tnracademy.ui.operations;

import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * How many Vaadin sessions and UIs (open pages) this node holds: what its memory is spent on, and
 * whether pages a learner left are let go.
 */
@Component
class VaadinSessionMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();

    VaadinSessionMetrics(MeterRegistry registry) {
        Gauge.builder("academy.vaadin.sessions", sessions, AtomicInteger::get)
                .description("Vaadin sessions held by this node").register(registry);
        Gauge.builder("academy.vaadin.uis", uis, AtomicInteger::get)
                .description("Open pages (Vaadin UIs) held by this node").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(e -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(e -> {
            uis.incrementAndGet();
            e.getUI().addDetachListener(detached -> uis.decrementAndGet());
        });
    }

    int sessions() {
        return sessions.get();
    }

    int uis() {
        return uis.get();
    }
}
