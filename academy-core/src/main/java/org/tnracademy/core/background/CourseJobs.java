package org.tnracademy.core.background;

import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs a course's publication or an exercise's regrade on a thread of its own, so the page that
 * asked keeps answering (a Vaadin page's requests wait for its session, which the asking request
 * holds until it returns) and can show progress. The work runs with the asker's security context:
 * every service it calls checks the asker's roles, as it would have in the request.
 * <p>
 * One job per course at a time on this node: a second publication or regrade of the same course
 * while one runs is refused with {@link CourseBusyException} before anything starts. (Across nodes
 * the publication's and the regrade's own database locks keep them apart.) A few jobs run at once,
 * a few more wait; beyond that the node says it is busy the same way. With
 * {@code academy.course-jobs.async=false} the work runs in the caller's thread, as browserless
 * tests need.
 */
@Component
public class CourseJobs {

    private static final int THREADS = 2;
    private static final int WAITING = 8;

    private final boolean async;
    private final SecurityContextHolderStrategy contexts;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor executor = new ThreadPoolExecutor(THREADS, THREADS, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(WAITING), Thread.ofPlatform().name("course-job-", 1).daemon().factory(),
            new ThreadPoolExecutor.AbortPolicy());

    CourseJobs(@Value("${academy.course-jobs.async:true}") boolean async,
               ObjectProvider<SecurityContextHolderStrategy> contexts) {
        this.async = async;
        this.contexts = contexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /**
     * Starts {@code work} for the course with the caller's authority.
     *
     * @return its result, or the exception it ended with, once it is done
     * @throws CourseBusyException when a job of this course is under way, or too many of all courses
     */
    public <T> CompletableFuture<T> start(long courseId, Supplier<T> work) {
        if (!running.add(courseId)) {
            throw new CourseBusyException(courseId);
        }
        if (!async) {
            try {
                return CompletableFuture.completedFuture(work.get());
            } catch (RuntimeException e) {
                return CompletableFuture.failedFuture(e);
            } finally {
                running.remove(courseId);
            }
        }
        SecurityContext asker = contexts.getContext();
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                contexts.setContext(asker);
                try {
                    T value = work.get();
                    running.remove(courseId);
                    result.complete(value);
                } catch (RuntimeException | Error e) {
                    running.remove(courseId);
                    result.completeExceptionally(e);
                } finally {
                    contexts.clearContext();
                }
            });
        } catch (RejectedExecutionException full) {
            running.remove(courseId);
            throw new CourseBusyException(courseId);
        }
        return result;
    }

    /** Whether a publication or regrade of the course is under way on this node. */
    public boolean running(long courseId) {
        return running.contains(courseId);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        // a publication under way finishes (it is one transaction) before the node goes
        executor.shutdown();
        executor.awaitTermination(25, TimeUnit.SECONDS);
    }
}
