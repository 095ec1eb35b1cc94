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
 * Runs a submission's grading where it answers soonest. An answer to questions alone (a quiz) is
 * graded within the request that submits it: its feedback comes back in the same response. An
 * answer over a dataset is graded off the request thread, so the page keeps showing its progress,
 * and the result is pushed to the page the moment it is in (server push, no polling delay). The
 * signed-in user travels with the work, through the same security-context strategy method security
 * reads (Vaadin installs its own). With {@code academy.grading.async=false} all work runs in the
 * caller's thread, as browserless tests need.
 */
@Component
public class SubmissionRunner {

    private final boolean async;
    private final SecurityContextHolderStrategy contexts;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

    SubmissionRunner(@Value("${academy.grading.async:true}") boolean async,
                     ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.async = async;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Shows {@code started}, runs {@code work}, then {@code done} or {@code failed} in the UI.
     *
     * @param overDataset whether the grading reads a dataset: only then does it leave the request
     */
    public <T> void run(UI ui, boolean overDataset, Runnable started, Supplier<T> work, Consumer<T> done,
                        Consumer<RuntimeException> failed) {
        started.run();
        if (!async || !overDataset) {
            finish(work, done, failed);
            return;
        }
        SecurityContext user = contexts.getContext();
        executor.execute(() -> {
            contexts.setContext(user);
            try {
                T result = work.get();
                ui.access(() -> done.accept(result));
            } catch (RuntimeException e) {
                ui.access(() -> failed.accept(e));
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
