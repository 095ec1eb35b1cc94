package org.tnracademy.ui.exercise;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs a submission's grading off the request thread, so a page grading a large dataset keeps
 * showing its progress instead of freezing; the page polls until the result is in. The signed-in
 * user travels with the work, through the same security-context strategy method security reads
 * (Vaadin installs its own). With {@code academy.grading.async=false} the work runs in the
 * caller's thread, as browserless tests need.
 */
@Component
public class SubmissionRunner {

    private static final int POLL_MILLIS = 300;

    private final boolean async;
    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    SubmissionRunner(@Value("${academy.grading.async:true}") boolean async,
                     ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.async = async;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** Shows {@code started}, runs {@code work}, then {@code done} or {@code failed} in the UI. */
    public <T> void run(UI ui, Runnable started, Supplier<T> work, Consumer<T> done, Consumer<RuntimeException> failed) {
        started.run();
        if (!async) {
            finish(work, done, failed);
            return;
        }
        SecurityContext user = contexts.getContext();
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(() -> {
            contexts.setContext(user);
            try {
                T result = work.get();
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    failed.accept(e);
                });
            } finally {
                contexts.clearContext();
            }
        });
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
    void stop() {
        executor.shutdown();
    }
}
