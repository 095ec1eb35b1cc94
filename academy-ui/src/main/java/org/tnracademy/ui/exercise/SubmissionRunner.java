package org.tnracademy.ui.exercise;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs a submission's grading where it answers soonest. An answer to questions alone (a quiz) is
 * graded within the request that submits it: its feedback comes back in the same response. An
 * answer over a dataset is graded off the request thread, so the page keeps showing its progress,
 * and the result is pushed to the page the moment it is in (server push, no polling delay).
 * <p>
 * Background gradings share a bounded pool: as many at once as the node has cores twice over
 * (grading is mostly computing), and a bounded line behind them. When the line is full the
 * learner is told the academy is busy and keeps their answer (the draft is on the server) to
 * submit again; the line's length is a metric ({@code academy.grading.queue}).
 * <p>
 * The signed-in user travels with the work, through the same security-context strategy method
 * security reads (Vaadin installs its own). With {@code academy.grading.async=false} all work runs
 * in the caller's thread, as browserless tests need.
 */
@Component
public class SubmissionRunner {

    private final boolean async;
    private final SecurityContextHolderStrategy contexts;
    private final ThreadPoolExecutor executor;

    SubmissionRunner(@Value("${academy.grading.async:true}") boolean async,
                     @Value("${academy.grading.queue-capacity:500}") int queueCapacity,
                     ObjectProvider<SecurityContextHolderStrategy> contexts,
                     ObjectProvider<MeterRegistry> registry) {
        this.async = async;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        int threads = 2 * Runtime.getRuntime().availableProcessors();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), Thread.ofPlatform().name("grading-", 1).daemon().factory(),
                new ThreadPoolExecutor.AbortPolicy());
        MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
        Gauge.builder("academy.grading.queue", executor, e -> e.getQueue().size())
                .description("Answers over a dataset waiting for a grader on this node").register(meters);
        Gauge.builder("academy.grading.active", executor, ThreadPoolExecutor::getActiveCount)
                .description("Answers over a dataset being graded on this node").register(meters);
    }

    /**
     * Runs {@code work}, then {@code done} or {@code failed} in the UI; {@code failed} receives a
     * {@link GradingBusyException} when the grading line is full. Work that leaves the request shows
     * {@code started} meanwhile; work within it does not, as its result is in the same response.
     *
     * @param overDataset whether the grading reads a dataset: only then does it leave the request
     */
    public <T> void run(UI ui, boolean overDataset, Runnable started, Supplier<T> work, Consumer<T> done,
                        Consumer<RuntimeException> failed) {
        if (!async || !overDataset) {
            finish(work, done, failed);
            return;
        }
        started.run();
        SecurityContext user = contexts.getContext();
        try {
            executor.execute(() -> {
                contexts.setContext(user);
                try {
                    T result = work.get();
                    ui.access(() -> {
                        done.accept(result);
                        pushThenRelease(ui);
                    });
                } catch (RuntimeException e) {
                    ui.access(() -> failed.accept(e));
                } catch (Error e) {
                    // the page is told (or it would show its progress for ever), then the error goes on
                    ui.access(() -> failed.accept(new IllegalStateException("grading failed", e)));
                    throw e;
                } finally {
                    contexts.clearContext();
                }
            });
        } catch (RejectedExecutionException full) {
            failed.accept(new GradingBusyException());
        }
    }

    /**
     * Pushes the feedback now, then an empty message. Atmosphere keeps the last message pushed to a
     * page (in the socket's event and the push connection's pending future) until the next one: a
     * labelling grid's feedback, about 60 KB, stayed in the heap as long as the page was open. The
     * empty message takes its place; the automatic push after this access then finds nothing to send.
     */
    static void pushThenRelease(UI ui) {
        if (ui.getSession() != null && ui.getPushConfiguration().getPushMode().isEnabled()) {
            ui.push();
            // UI.push sends only changes; the connection itself sends a message even without any
            PushConnection connection = ui.getInternals().getPushConnection();
            if (connection != null && connection.isConnected()) {
                connection.push();
            }
        }
    }

    /** Answers waiting for a grader now. */
    int waiting() {
        return executor.getQueue().size();
    }

    private static <T> void finish(Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            failed.accept(e);
            return;
        }
        done.accept(result);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // gradings under way finish (and are stored) before the node goes
        executor.shutdown();
        executor.awaitTermination(25, TimeUnit.SECONDS);
    }
}
