package org.tnracademy.ui.exercise;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * Runs a submission's grading off the request thread, so a page grading a large dataset keeps
 * showing its progress instead of freezing; the page polls until the result is in. The signed-in
 * user travels with the work (method security checks it there). With
 * {@code academy.grading.async=false} the work runs in the caller's thread, as browserless tests need.
 */
@Component
public class SubmissionRunner {

    private static final int POLL_MILLIS = 300;

    private final boolean async;
    private final ExecutorService executor;

    SubmissionRunner(@Value("${academy.grading.async:true}") boolean async) {
        this.async = async;
        this.executor = new DelegatingSecurityContextExecutorService(Executors.newVirtualThreadPerTaskExecutor());
    }

    /** Runs {@code work}, then {@code done} or {@code failed} in the UI; {@code started} shows progress first. */
    public <T> void run(UI ui, Runnable started, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        started.run();
        if (!async) {
            finish(work, done, failed);
            return;
        }
        ui.setPollInterval(POLL_MILLIS);
        CompletableFuture.supplyAsync(work, executor).whenComplete((result, error) -> ui.access(() -> {
            ui.setPollInterval(-1);
            if (error == null) {
                done.accept(result);
            } else {
                failed.accept(unwrap(error));
            }
        }));
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

    private static RuntimeException unwrap(Throwable error) {
        Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                ? error.getCause() : error;
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
