package org.tnracademy.core.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.support.SignedIn;

/** Publications and regrades run off the asker's thread, with the asker's authority, one per course. */
@SpringBootTest(classes = CoreTestApplication.class)
class CourseJobsTest {

    @Autowired
    CourseJobs jobs;
    @Autowired
    CatalogService catalog;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    record Ran(Thread thread, String who, List<CourseOutline> outlines) {
    }

    @Test
    void theWorkRunsOffTheCallersThreadWithTheCallersAuthority() throws Exception {
        SignedIn.as("instructor", Role.INSTRUCTOR);
        Ran ran = jobs.start(1L, () -> new Ran(Thread.currentThread(),
                SecurityContextHolder.getContext().getAuthentication().getName(),
                // a secured service call: refused without the asker's roles
                catalog.outlines())).get(60, TimeUnit.SECONDS);

        assertThat(ran.thread()).isNotSameAs(Thread.currentThread());
        assertThat(ran.who()).isEqualTo("instructor");
        assertThat(ran.outlines()).isNotNull();
        assertThat(jobs.running(1L)).isFalse();
    }

    @Test
    void aCallerWithoutTheRoleIsRefusedInsideTheWorkAsInTheRequest() {
        SignedIn.as("analyst", Role.LEARNER);
        CompletableFuture<Object> refused = jobs.start(2L, () -> catalog.studioOutline(2L));

        assertThatThrownBy(() -> refused.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSecondJobOfTheSameCourseIsRefusedWhileTheFirstRunsAndAcceptedAfter() throws Exception {
        SignedIn.as("instructor", Role.INSTRUCTOR);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<String> first = jobs.start(3L, () -> {
            started.countDown();
            await(release);
            return "published";
        });
        assertThat(started.await(60, TimeUnit.SECONDS)).isTrue();

        assertThat(jobs.running(3L)).isTrue();
        assertThatThrownBy(() -> jobs.start(3L, () -> "again")).isInstanceOf(CourseBusyException.class)
                .satisfies(e -> assertThat(((CourseBusyException) e).courseId()).isEqualTo(3L));
        assertThat(jobs.start(4L, () -> "another course").get(60, TimeUnit.SECONDS)).isEqualTo("another course");

        release.countDown();
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("published");
        assertThat(jobs.start(3L, () -> "again").get(60, TimeUnit.SECONDS)).isEqualTo("again");
    }

    @Test
    void aFailedJobFreesItsCourse() {
        SignedIn.as("instructor", Role.INSTRUCTOR);
        CompletableFuture<Object> failed = jobs.start(5L, () -> {
            throw new IllegalStateException("the database went away");
        });

        assertThatThrownBy(() -> failed.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(IllegalStateException.class);
        assertThat(jobs.running(5L)).isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
