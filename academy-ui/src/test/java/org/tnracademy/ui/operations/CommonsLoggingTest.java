package org.tnracademy.ui.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.commons.logging.impl.Log4jApiLogFactory;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

class CommonsLoggingTest {

    @Test
    void commonsLoggingGoesThroughTheAdapterThatAsksForTheLevelFirst() {
        assertThat(LogFactory.getFactory()).isInstanceOf(Log4jApiLogFactory.class);
    }

    @Test
    void aDebugMessageOfALoggerAtInfoIsNeverTurnedIntoAString() {
        Logger logback = (Logger) LoggerFactory.getLogger("org.tnracademy.test.quiet");
        logback.setLevel(Level.INFO);
        AtomicInteger formatted = new AtomicInteger();
        Object message = new Object() {
            @Override
            public String toString() {
                formatted.incrementAndGet();
                return "expensive";
            }
        };

        Log log = LogFactory.getLog("org.tnracademy.test.quiet");
        log.debug(message);
        log.trace(message);

        assertThat(formatted).hasValue(0);
    }

    @Test
    void anEnabledMessageStillReachesLogback() {
        Logger logback = (Logger) LoggerFactory.getLogger("org.tnracademy.test.heard");
        logback.setLevel(Level.INFO);
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        logback.addAppender(seen);
        try {
            LogFactory.getLog("org.tnracademy.test.heard").info("a node started");
            LogFactory.getLog("org.tnracademy.test.heard").debug("not at this level");
        } finally {
            logback.detachAppender(seen);
        }

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("a node started");
        assertThat(seen.list.getFirst().getLevel()).isEqualTo(Level.INFO);
    }
}
