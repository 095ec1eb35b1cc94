package org.tnracademy.core.xapi;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.grading.AnswerSubmitted;
import org.tnracademy.core.grading.SubmissionGraded;
import org.tnracademy.core.progress.CourseCompleted;
import org.tnracademy.core.progress.CourseCompletionAudience;
import org.tnracademy.core.progress.LessonMarkedRead;
import org.tnracademy.core.support.Json;

/**
 * Writes the statement of each learner action into the outbox, inside the transaction of the
 * action (the listeners run in the publisher's transaction): a rolled-back action leaves no
 * statement, a committed one always has its statement. Does nothing while xAPI is off.
 */
@Component
class StatementRecorder implements CourseCompletionAudience {

    private final XapiSettings settings;
    private final LearningActivities activities;
    private final OutboxStatementRepository outbox;
    private final JdbcClient jdbc;
    private final ActorPseudonyms pseudonyms;

    StatementRecorder(XapiSettings settings, LearningActivities activities, OutboxStatementRepository outbox,
                      JdbcClient jdbc) {
        this.settings = settings;
        this.activities = activities;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.pseudonyms = new ActorPseudonyms(settings.enabled() ? settings.actorSecret() : "off");
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(LessonMarkedRead read) {
        if (!settings.enabled()) {
            return;
        }
        activities.lesson(read.lessonId()).ifPresent(found -> {
            write(read.learnerId(), XapiVerb.EXPERIENCED, found.activity(), read.readAt(), "lesson:" + read.lessonId(),
                    b -> b.parent(found.course()).completion());
            courseAttempted(read.learnerId(), found.course(), read.readAt());
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AnswerSubmitted submitted) {
        if (!settings.enabled()) {
            return;
        }
        Instant now = Instant.now();
        int number = attemptNumber(submitted.attemptId());
        activities.exercise(submitted.exerciseId()).ifPresent(found -> {
            write(submitted.learnerId(), XapiVerb.ANSWERED, found.activity(), now, "attempt:" + submitted.attemptId(),
                    b -> b.parent(found.course()).attemptNumber(number));
            courseAttempted(submitted.learnerId(), found.course(), now);
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(SubmissionGraded graded) {
        if (!settings.enabled()) {
            return;
        }
        activities.exercise(graded.exerciseId()).ifPresent(found ->
                write(graded.learnerId(), XapiVerb.SCORED, found.activity(), Instant.now(), "attempt:" + graded.attemptId(),
                        b -> b.parent(found.course()).attemptNumber(graded.attemptNumber()).score(graded.score(), null)));
    }

    @Override
    public boolean listening() {
        return settings.enabled();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(CourseCompleted completed) {
        if (!settings.enabled()) {
            return;
        }
        activities.course(completed.courseId()).ifPresent(course -> {
            String subject = "course:" + course.courseSlug();
            write(completed.learnerId(), XapiVerb.COMPLETED, course, completed.completedAt(), subject,
                    b -> b.score(completed.score(), completed.passed()));
            if (completed.passed()) {
                write(completed.learnerId(), XapiVerb.PASSED, course, completed.completedAt(), subject,
                        b -> b.score(completed.score(), true));
            }
        });
    }

    /** The learner opened an exercise for their next attempt (one statement per attempt number). */
    @Transactional(propagation = Propagation.MANDATORY)
    void launched(long learnerId, long exerciseId, Instant at) {
        if (!settings.enabled()) {
            return;
        }
        int next = jdbc.sql("select count(*) from attempt where exercise_id = :exercise and learner_id = :learner")
                .param("exercise", exerciseId).param("learner", learnerId).query(Integer.class).single() + 1;
        activities.exercise(exerciseId).ifPresent(found ->
                write(learnerId, XapiVerb.LAUNCHED, found.activity(), at, "exercise:" + exerciseId + ":attempt:" + next,
                        b -> b.parent(found.course()).attemptNumber(next)));
    }

    /** The learner's first step in a course, stated once: later steps make the same id, kept once. */
    private void courseAttempted(long learnerId, LearningActivities.Activity course, Instant at) {
        write(learnerId, XapiVerb.ATTEMPTED, course, at, "course:" + course.courseSlug(), b -> b);
    }

    private int attemptNumber(long attemptId) {
        return jdbc.sql("select attempt_number from attempt where id = :id").param("id", attemptId)
                .query(Integer.class).optional().orElse(1);
    }

    private void write(long learnerId, XapiVerb verb, LearningActivities.Activity object, Instant at, String subject,
                       UnaryOperator<StatementBuilder> details) {
        String actor = pseudonyms.of(learnerId);
        UUID id = StatementIds.of(settings.homePage() + "|" + actor + "|" + verb.name() + "|" + subject);
        if (outbox.existsByStatementId(id.toString())) {
            return;
        }
        StatementBuilder statement = details.apply(new StatementBuilder(id, settings.homePage(), actor, verb, object,
                Optional.ofNullable(at).orElseGet(Instant::now)));
        outbox.saveAndFlush(new OutboxStatement(id.toString(), verb, Json.write(statement.build()), Instant.now()));
    }
}
