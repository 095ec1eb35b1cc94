package org.tnracademy.core.xapi;

import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs the sender on every node, one pass after another while full batches go, then again after
 * the configured interval. Safe with several nodes: rows are claimed with a lease. Off when xAPI
 * is off or the interval is zero (tests drive the sender themselves).
 */
@Component
class StatementSending implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StatementSending.class);
    /** Passes per wake-up at most, so a large backlog does not keep the thread from stopping. */
    private static final int MAX_PASSES = 20;

    private final XapiSettings settings;
    private final StatementSender sender;
    private ScheduledExecutorService timer;

    StatementSending(XapiSettings settings, StatementSender sender) {
        this.settings = settings;
        this.sender = sender;
    }

    @Override
    public synchronized void start() {
        if (!settings.enabled() || settings.sendInterval().isZero() || settings.sendInterval().isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "xapi-sender");
            t.setDaemon(true);
            return t;
        });
        long every = settings.sendInterval().toMillis();
        timer.scheduleWithFixedDelay(this::wake, every, every, TimeUnit.MILLISECONDS);
        LOG.info("xAPI: statements go to {}", settings.statementsUri());
    }

    private void wake() {
        try {
            for (int pass = 0; pass < MAX_PASSES; pass++) {
                StatementSender.Pass done = sender.sendDue(Instant.now());
                if (done.claimed() < settings.batchSize() || done.kept() > 0) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // the database away for a moment: the next wake-up tries again, the rows are still there
            LOG.warn("xAPI: a sending pass failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return timer != null;
    }
}
