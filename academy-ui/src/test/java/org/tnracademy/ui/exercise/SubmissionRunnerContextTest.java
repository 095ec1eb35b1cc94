package org.tnracademy.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Who a background grading runs as: the learner who submitted, read through the application's own
 * security-context strategy (the one method security reads; Vaadin installs its own), whatever the
 * submitting thread does next and whoever else is graded at the same time; and where its end goes:
 * to the submitting page, also when the grading dies.
 */
class SubmissionRunnerContextTest {

    /** The application's strategy: a thread-local of its own, not SecurityContextHolder's. */
    private final OwnStrategy contexts = new OwnStrategy();
    private final SubmissionRunner runner;
    private final List<SubmissionRunner> started = new ArrayList<>();

    SubmissionRunnerContextTest() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("contexts", contexts);
        runner = new SubmissionRunner(true, 500, beans.getBeanProvider(SecurityContextHolderStrategy.class),
                beans.getBeanProvider(MeterRegistry.class));
        started.add(runner);
    }

    @AfterEach
    void stopGraders() throws InterruptedException {
        for (SubmissionRunner r : started) {
            r.stop();
        }
    }

    @Test
    void theGradingRunsAsTheLearnerWhoSubmittedAfterTheRequestThreadHasMovedOn() throws Exception {
        CompletableFuture<Void> requestMovedOn = new CompletableFuture<>();
        CompletableFuture<String> gradedAs = new CompletableFuture<>();
        contexts.setContext(signedIn("ada"));

        runner.run(new RecordingUi(), true, () -> { }, () -> {
            requestMovedOn.join();
            return nameIn(contexts.getContext());
        }, gradedAs::complete, gradedAs::completeExceptionally);
        // the servlet thread ends the request and serves the next person before the grading reads anything
        contexts.clearContext();
        contexts.setContext(signedIn("bob"));
        requestMovedOn.complete(null);

        assertThat(gradedAs.get(30, TimeUnit.SECONDS)).isEqualTo("ada");
    }

    @Test
    void twoLearnersGradedAtOnceEachRunAsThemselvesAndEachPageGetsItsOwnResult() throws Exception {
        CyclicBarrier bothGrading = new CyclicBarrier(2);
        RecordingUi adasPage = new RecordingUi();
        RecordingUi bobsPage = new RecordingUi();
        CompletableFuture<String> adaSees = new CompletableFuture<>();
        CompletableFuture<String> bobSees = new CompletableFuture<>();

        for (String learner : List.of("ada", "bob")) {
            contexts.setContext(signedIn(learner));
            RecordingUi page = learner.equals("ada") ? adasPage : bobsPage;
            CompletableFuture<String> shown = learner.equals("ada") ? adaSees : bobSees;
            runner.run(page, true, () -> { }, () -> {
                await(bothGrading);
                return "graded as " + nameIn(contexts.getContext()) + " for page " + page.id;
            }, shown::complete, shown::completeExceptionally);
            contexts.clearContext();
        }

        assertThat(adaSees.get(30, TimeUnit.SECONDS)).isEqualTo("graded as ada for page " + adasPage.id);
        assertThat(bobSees.get(30, TimeUnit.SECONDS)).isEqualTo("graded as bob for page " + bobsPage.id);
        assertThat(adasPage.accesses).isEqualTo(1);
        assertThat(bobsPage.accesses).isEqualTo(1);
    }

    @Test
    void aGraderThreadKeepsNoLearnerForTheNextSubmission() throws Exception {
        int graders = 2 * Runtime.getRuntime().availableProcessors();
        // first every grader thread grades for ada, all at once so each thread has had her
        CyclicBarrier allBusy = new CyclicBarrier(graders);
        CountDownLatch adaDone = new CountDownLatch(graders);
        contexts.setContext(signedIn("ada"));
        for (int i = 0; i < graders; i++) {
            runner.run(new RecordingUi(), true, () -> { }, () -> {
                await(allBusy);
                return null;
            }, r -> adaDone.countDown(), e -> { });
        }
        contexts.clearContext();
        assertThat(adaDone.await(30, TimeUnit.SECONDS)).isTrue();

        // then submissions by nobody signed in, on those same threads: none of them may be ada
        List<CompletableFuture<String>> seen = new ArrayList<>();
        for (int i = 0; i < graders; i++) {
            CompletableFuture<String> as = new CompletableFuture<>();
            seen.add(as);
            runner.run(new RecordingUi(), true, () -> { }, () -> nameIn(contexts.getContext()), as::complete,
                    as::completeExceptionally);
        }
        for (CompletableFuture<String> as : seen) {
            assertThat(as.get(30, TimeUnit.SECONDS)).isEqualTo("nobody");
        }
    }

    @Test
    void aGradingThatDiesOfAnErrorStillEndsOnTheLearnersPage() throws Exception {
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();
        CompletableFuture<Boolean> progressShown = new CompletableFuture<>();
        RecordingUi page = new RecordingUi();
        contexts.setContext(signedIn("ada"));

        runner.run(page, true, () -> progressShown.complete(true), () -> {
            throw new StackOverflowError("a grader recursed too deep");
        }, r -> { }, failed::complete);

        // otherwise the page would show its progress bar and a locked workspace for ever
        assertThat(progressShown.getNow(false)).isTrue();
        assertThat(failed.get(30, TimeUnit.SECONDS)).hasRootCauseInstanceOf(StackOverflowError.class);
        assertThat(page.accesses).isEqualTo(1);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static SecurityContext signedIn(String username) {
        return new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(username, "n/a",
                List.of(new SimpleGrantedAuthority("ROLE_LEARNER"))));
    }

    private static String nameIn(SecurityContext context) {
        Authentication auth = context == null ? null : context.getAuthentication();
        return auth == null ? "nobody" : auth.getName();
    }

    /** A thread-local strategy of the test's own, so reading SecurityContextHolder's instead would find nobody. */
    private static final class OwnStrategy implements SecurityContextHolderStrategy {
        private final ThreadLocal<SecurityContext> current = new ThreadLocal<>();

        @Override
        public void clearContext() {
            current.remove();
        }

        @Override
        public SecurityContext getContext() {
            SecurityContext context = current.get();
            if (context == null) {
                context = createEmptyContext();
                current.set(context);
            }
            return context;
        }

        @Override
        public void setContext(SecurityContext context) {
            current.set(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return new SecurityContextImpl();
        }
    }

    /** A page without a session: access runs the command at once and counts it. */
    private static final class RecordingUi extends UI {
        private static final java.util.concurrent.atomic.AtomicInteger IDS = new java.util.concurrent.atomic.AtomicInteger();
        final int id = IDS.incrementAndGet();
        volatile int accesses;

        @Override
        public Future<Void> access(Command command) {
            accesses++;
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }
}
