package org.tnracademy.ui.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.PushConfiguration;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.server.Command;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class SubmissionRunnerTest {

    private final DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
    private final SubmissionRunner runner = new SubmissionRunner(true, 500,
            beans.getBeanProvider(SecurityContextHolderStrategy.class), beans.getBeanProvider(MeterRegistry.class));

    @Test
    void aQuizIsGradedWithinTheRequestThatSubmitsIt() {
        AtomicReference<Thread> gradedOn = new AtomicReference<>();
        AtomicReference<String> shown = new AtomicReference<>();
        AtomicReference<String> progressShown = new AtomicReference<>("no");
        RecordingUi ui = new RecordingUi();

        runner.run(ui, false, () -> progressShown.set("yes"), () -> {
            gradedOn.set(Thread.currentThread());
            return "75 %";
        }, shown::set, e -> { });

        // the feedback is on the page before run returns: it leaves in this request's response
        assertThat(shown.get()).isEqualTo("75 %");
        assertThat(gradedOn.get()).isSameAs(Thread.currentThread());
        assertThat(ui.accesses).isZero();
        // nor does it show a progress bar only to hide it again in the same response
        assertThat(progressShown.get()).isEqualTo("no");
    }

    @Test
    void aGradingOverADatasetLeavesTheRequestAndIsPushedToThePage() throws Exception {
        CompletableFuture<Thread> gradedOn = new CompletableFuture<>();
        CompletableFuture<String> shown = new CompletableFuture<>();
        AtomicReference<String> progressShown = new AtomicReference<>("no");
        RecordingUi ui = new RecordingUi();

        runner.run(ui, true, () -> progressShown.set("yes"), () -> {
            gradedOn.complete(Thread.currentThread());
            return "40 %";
        }, shown::complete, shown::completeExceptionally);

        assertThat(shown.get(10, TimeUnit.SECONDS)).isEqualTo("40 %");
        assertThat(gradedOn.get()).isNotSameAs(Thread.currentThread());
        assertThat(progressShown.get()).isEqualTo("yes");
        // delivered through UI.access, which pushes it; the page is never asked to poll
        assertThat(ui.accesses).isEqualTo(1);
        assertThat(ui.getPollInterval()).isEqualTo(-1);
    }

    @Test
    void aRefusalInTheBackgroundReachesThePageToo() throws Exception {
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();
        RecordingUi ui = new RecordingUi();

        runner.run(ui, true, () -> { }, () -> {
            throw new IllegalStateException("no attempts left");
        }, r -> { }, failed::complete);

        assertThat(failed.get(10, TimeUnit.SECONDS)).hasMessage("no attempts left");
        assertThat(ui.accesses).isEqualTo(1);
    }

    @Test
    void whenTheGradingLineIsFullTheLearnerIsToldAndNothingIsGraded() throws Exception {
        SubmissionRunner small = new SubmissionRunner(true, 1,
                beans.getBeanProvider(SecurityContextHolderStrategy.class), beans.getBeanProvider(MeterRegistry.class));
        int graders = 2 * Runtime.getRuntime().availableProcessors();
        CompletableFuture<Void> release = new CompletableFuture<>();
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(graders);
        RecordingUi ui = new RecordingUi();
        for (int i = 0; i < graders; i++) {
            small.run(ui, true, () -> { }, () -> {
                busy.countDown();
                return release.join();
            }, r -> { }, e -> { });
        }
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        small.run(ui, true, () -> { }, () -> null, r -> { }, e -> { });
        assertThat(small.waiting()).isEqualTo(1);

        AtomicReference<RuntimeException> refused = new AtomicReference<>();
        AtomicReference<Boolean> graded = new AtomicReference<>(false);
        small.run(ui, true, () -> { }, () -> {
            graded.set(true);
            return null;
        }, r -> { }, refused::set);

        assertThat(refused.get()).isInstanceOf(GradingBusyException.class);
        assertThat(graded.get()).isFalse();
        release.complete(null);
        small.stop();
    }

    @Test
    void feedbackPushedToAPageIsFollowedByAnEmptyMessageSoAtmosphereDoesNotKeepIt() {
        UI ui = mock(UI.class);
        PushConnection connection = pushedPage(ui, true);

        SubmissionRunner.pushThenRelease(ui);

        // the feedback first (UI.push sends the changes), then a message of its own, without changes
        InOrder order = inOrder(ui, connection);
        order.verify(ui).push();
        order.verify(connection).push();
    }

    @Test
    void aPageWhosePushSocketIsClosedGetsOnlyItsChanges() {
        UI ui = mock(UI.class);
        PushConnection connection = pushedPage(ui, false);

        SubmissionRunner.pushThenRelease(ui);

        verify(ui).push();
        verify(connection, never()).push();
    }

    private static PushConnection pushedPage(UI ui, boolean connected) {
        PushConfiguration push = mock(PushConfiguration.class);
        when(push.getPushMode()).thenReturn(PushMode.AUTOMATIC);
        UIInternals internals = mock(UIInternals.class);
        PushConnection connection = mock(PushConnection.class);
        when(connection.isConnected()).thenReturn(connected);
        when(internals.getPushConnection()).thenReturn(connection);
        when(ui.getSession()).thenReturn(mock(VaadinSession.class));
        when(ui.getPushConfiguration()).thenReturn(push);
        when(ui.getInternals()).thenReturn(internals);
        return connection;
    }

    /** A UI without a session: access runs the command at once and counts it. */
    private static final class RecordingUi extends UI {
        volatile int accesses;

        @Override
        public Future<Void> access(Command command) {
            accesses++;
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }
}
