package org.tnracademy.core.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tnracademy.core.security.MethodSecurityMatrixTest.Who.ADMIN;
import static org.tnracademy.core.security.MethodSecurityMatrixTest.Who.ANONYMOUS;
import static org.tnracademy.core.security.MethodSecurityMatrixTest.Who.COHORT_MANAGER;
import static org.tnracademy.core.security.MethodSecurityMatrixTest.Who.INSTRUCTOR;
import static org.tnracademy.core.security.MethodSecurityMatrixTest.Who.LEARNER;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.support.SignedIn;

/**
 * Every public method of the core's services (and of other components that carry a guard) that carries method security, called as each role
 * (and as an anonymous visitor), against the intended policy written below: allowed calls are not
 * refused (they may still fail on the dummy arguments), refused ones throw AccessDeniedException.
 * The methods are found by scanning, so a new guarded method fails this test until its row is
 * added to {@link #POLICY}; a new public service method without a guard fails it too, unless it is
 * listed in {@link #SYSTEM_ONLY} with the reason it needs none.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MethodSecurityMatrixTest {

    enum Who { ANONYMOUS, LEARNER, INSTRUCTOR, COHORT_MANAGER, ADMIN }

    private static final Set<Who> SIGNED_IN = EnumSet.of(LEARNER, INSTRUCTOR, COHORT_MANAGER, ADMIN);
    private static final Set<Who> STAFF = EnumSet.of(INSTRUCTOR, COHORT_MANAGER, ADMIN);
    private static final Set<Who> COHORT = EnumSet.of(COHORT_MANAGER, ADMIN);

    /** Who may call what: "Service.method" (all overloads) to the callers allowed. */
    static final Map<String, Set<Who>> POLICY = new TreeMap<>(Map.ofEntries(
            Map.entry("AccountAdministration.create", EnumSet.of(ADMIN)),
            // cohorts and results
            Map.entry("AccountService.byUsernames", COHORT),
            Map.entry("AttemptRecords.attemptsOf", STAFF),
            Map.entry("AttemptRecords.firstResults", STAFF),
            Map.entry("AttemptRecords.timings", STAFF),
            Map.entry("CatalogService.formsOf", SIGNED_IN),
            Map.entry("CatalogService.availability", SIGNED_IN),
            Map.entry("CohortDashboardService.dashboard", STAFF),
            Map.entry("CohortGradebookExport.csv", COHORT),
            Map.entry("CohortGradebookExport.xlsx", COHORT),
            Map.entry("CohortGradebookService.attempts", COHORT),
            Map.entry("CohortGradebookService.columns", COHORT),
            Map.entry("CohortGradebookService.count", COHORT),
            Map.entry("CohortGradebookService.page", COHORT),
            Map.entry("CohortGradebookService.row", COHORT),
            Map.entry("CohortGradebookService.rows", COHORT),
            Map.entry("CohortService.change", COHORT),
            Map.entry("CohortService.cohort", STAFF),
            Map.entry("CohortService.cohorts", STAFF),
            Map.entry("CohortService.create", COHORT),
            Map.entry("CohortService.enrol", COHORT),
            Map.entry("CohortService.enrolFromCsv", COHORT),
            Map.entry("CohortService.exercises", STAFF),
            Map.entry("CohortService.isMember", COHORT),
            Map.entry("CohortService.learnerIds", STAFF),
            Map.entry("CohortService.memberCount", COHORT),
            Map.entry("CohortService.members", COHORT),
            // cohort managers of a cohort (scoping): listed, added and removed by its managers or an admin
            Map.entry("CohortService.managers", COHORT),
            Map.entry("CohortService.addManager", COHORT),
            Map.entry("CohortService.removeManager", COHORT),
            Map.entry("CohortService.move", COHORT),
            Map.entry("CohortService.remove", COHORT),
            Map.entry("ItemAnalysisService.analyse", STAFF),
            Map.entry("ItemAnalysisService.names", STAFF),
            Map.entry("TranscriptService.pdf", COHORT),
            Map.entry("AccountAdministration.changeRoles", EnumSet.of(ADMIN)),
            Map.entry("AccountAdministration.resetPassword", EnumSet.of(ADMIN)),
            Map.entry("AccountAdministration.setEnabled", EnumSet.of(ADMIN)),
            Map.entry("AccountAdministration.importLearners", EnumSet.of(ADMIN)),
            Map.entry("AccountSelfService.changePassword", SIGNED_IN),
            Map.entry("AccountSelfService.myInterfaceLanguage", SIGNED_IN),
            Map.entry("AccountSelfService.rememberMyInterfaceLanguage", SIGNED_IN),
            Map.entry("AccountService.current", SIGNED_IN),
            Map.entry("AccountService.currentId", SIGNED_IN),
            Map.entry("AccountService.learners", STAFF),
            Map.entry("AccountService.learnerCount", STAFF),
            Map.entry("AccountService.displayNames", STAFF),
            Map.entry("AccountService.all", EnumSet.of(ADMIN)),
            Map.entry("AccountService.count", EnumSet.of(ADMIN)),
            Map.entry("AttemptRegrading.gradedAnswers", EnumSet.of(INSTRUCTOR)),
            Map.entry("AttemptRegrading.rescore", EnumSet.of(INSTRUCTOR)),
            Map.entry("AttemptRegrading.attemptedBy", EnumSet.of(INSTRUCTOR)),
            Map.entry("AttemptRegrading.replaceGrades", EnumSet.of(INSTRUCTOR)),
            Map.entry("AttemptRegrading.history", EnumSet.of(INSTRUCTOR, LEARNER)),
            Map.entry("AuditLog.newestFirst", EnumSet.of(ADMIN)),
            Map.entry("AuditLog.count", EnumSet.of(ADMIN)),
            Map.entry("AuditLog.of", EnumSet.of(ADMIN)),
            Map.entry("CatalogService.courses", SIGNED_IN),
            Map.entry("CatalogService.outline", SIGNED_IN),
            Map.entry("CatalogService.studioOutline", EnumSet.of(INSTRUCTOR)),
            Map.entry("CatalogService.courseOfExercise", EnumSet.of(INSTRUCTOR)),
            Map.entry("CatalogService.outlines", SIGNED_IN),
            Map.entry("CatalogService.lesson", SIGNED_IN),
            Map.entry("CatalogService.exercise", SIGNED_IN),
            // per-learner variants: one's own to work on; any learner's or a sample in the preview
            Map.entry("CatalogService.exerciseToWork", SIGNED_IN),
            Map.entry("CatalogService.variantPreview", EnumSet.of(INSTRUCTOR)),
            Map.entry("CohortLearners.find", EnumSet.of(INSTRUCTOR)),
            Map.entry("CatalogService.allExercises", STAFF),
            Map.entry("CourseResultsService.of", STAFF),
            Map.entry("DatasetService.rows", SIGNED_IN),
            Map.entry("DatasetService.count", SIGNED_IN),
            Map.entry("DatasetService.languages", SIGNED_IN),
            Map.entry("DatasetService.asPackDataset", SIGNED_IN),
            Map.entry("GradebookService.columns", COHORT),
            Map.entry("GradebookService.learnerCount", COHORT),
            Map.entry("GradebookService.csv", COHORT),
            Map.entry("GradebookService.rows", COHORT),
            Map.entry("GradingService.submit", EnumSet.of(LEARNER)),
            Map.entry("GradingService.submitWithConfidence", EnumSet.of(LEARNER)),
            Map.entry("CalibrationService.myCalibration", EnumSet.of(LEARNER)),
            Map.entry("CalibrationService.cohortCalibration", STAFF),
            Map.entry("GradingService.start", EnumSet.of(LEARNER)),
            Map.entry("GradingService.runningWindow", EnumSet.of(LEARNER)),
            Map.entry("GradingService.myAttempts", EnumSet.of(LEARNER)),
            Map.entry("GradingService.myLatestAttempt", EnumSet.of(LEARNER)),
            Map.entry("GradingService.previewGrade", EnumSet.of(INSTRUCTOR)),
            Map.entry("HintService.hints", EnumSet.of(LEARNER)),
            Map.entry("HintService.takeHint", EnumSet.of(LEARNER)),
            Map.entry("InstructorGrading.countPending", EnumSet.of(INSTRUCTOR)),
            Map.entry("InstructorGrading.pending", EnumSet.of(INSTRUCTOR)),
            Map.entry("InstructorGrading.pendingAttempt", EnumSet.of(INSTRUCTOR)),
            Map.entry("InstructorGrading.record", EnumSet.of(INSTRUCTOR)),
            Map.entry("ProgressService.markLessonRead", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myProgress", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myForms", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myCompletions", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myCompletion", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myCourse", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myCourseOutline", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myCourses", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.myOverview", EnumSet.of(LEARNER)),
            // a learner's own unsubmitted answer, keyed on the signed-in account
            Map.entry("AnswerDrafts.save", EnumSet.of(LEARNER)),
            Map.entry("AnswerDrafts.load", EnumSet.of(LEARNER)),
            Map.entry("AnswerDrafts.discard", EnumSet.of(LEARNER)),
            Map.entry("NotificationService.mine", EnumSet.of(LEARNER)),
            Map.entry("NotificationService.countMine", EnumSet.of(LEARNER)),
            Map.entry("NotificationService.unreadCount", EnumSet.of(LEARNER)),
            Map.entry("NotificationService.markAllRead", EnumSet.of(LEARNER)),
            Map.entry("LearnerCohorts.myDueDates", EnumSet.of(LEARNER)),
            Map.entry("ProgressService.isLessonRead", EnumSet.of(LEARNER)),
            Map.entry("CertificateService.pdf", EnumSet.of(LEARNER)),
            // the public verification page: anyone with the id
            Map.entry("CertificateService.verify", EnumSet.allOf(Who.class)),
            Map.entry("CertificateService.issued", EnumSet.of(ADMIN)),
            Map.entry("CertificateService.count", EnumSet.of(ADMIN)),
            Map.entry("CertificateService.revoke", EnumSet.of(ADMIN)),
            // Open Badges: the learner's own badge; what a verifier checks and reads, open to anyone
            Map.entry("CertificateService.myCertifiedCompletion", EnumSet.of(LEARNER)),
            Map.entry("CertificateService.certified", EnumSet.allOf(Who.class)),
            Map.entry("BadgeService.myBadge", EnumSet.of(LEARNER)),
            Map.entry("BadgeService.checkCertificate", EnumSet.allOf(Who.class)),
            Map.entry("BadgeService.check", EnumSet.allOf(Who.class)),
            Map.entry("BadgeService.statusListCredential", EnumSet.allOf(Who.class)),
            Map.entry("BadgeService.issuerProfile", EnumSet.allOf(Who.class)),
            Map.entry("BadgeKeys.rotate", EnumSet.of(ADMIN)),
            Map.entry("BadgeKeys.jwks", EnumSet.allOf(Who.class)),
            Map.entry("BadgeKeys.jwk", EnumSet.allOf(Who.class)),
            // LTI 1.3: platforms registered by administrators; the tool's public keys open to any LMS
            Map.entry("LtiPlatforms.list", EnumSet.of(ADMIN)),
            Map.entry("LtiPlatforms.save", EnumSet.of(ADMIN)),
            Map.entry("LtiPlatforms.remove", EnumSet.of(ADMIN)),
            Map.entry("ToolKeys.jwks", EnumSet.allOf(Who.class)),
            Map.entry("LtiDeepLinking.respond", EnumSet.of(INSTRUCTOR)),
            Map.entry("LtiRoster.linkedCohorts", EnumSet.of(ADMIN)),
            Map.entry("LtiRoster.fill", COHORT),
            Map.entry("CourseCertification.passMark", SIGNED_IN),
            Map.entry("CourseCertification.passMarks", SIGNED_IN),
            Map.entry("CourseCertification.setPassMark", EnumSet.of(INSTRUCTOR)),
            Map.entry("ProgressService.standingsOf", STAFF),
            // xAPI: the learner's own "launched"; the outbox view and its action for administrators
            Map.entry("LearningRecords.exerciseOpened", EnumSet.of(LEARNER)),
            Map.entry("LearningRecords.summary", EnumSet.of(ADMIN)),
            Map.entry("LearningRecords.retryParked", EnumSet.of(ADMIN)),
            Map.entry("RegradeService.keyOverview", EnumSet.of(INSTRUCTOR)),
            Map.entry("RegradeService.dryRun", EnumSet.of(INSTRUCTOR)),
            Map.entry("RegradeService.apply", EnumSet.of(INSTRUCTOR)),
            Map.entry("RegradeService.history", EnumSet.of(INSTRUCTOR, LEARNER)),
            Map.entry("ReviewService.pending", EnumSet.of(INSTRUCTOR)),
            Map.entry("ReviewService.countPending", EnumSet.of(INSTRUCTOR)),
            Map.entry("ReviewService.submission", EnumSet.of(INSTRUCTOR)),
            Map.entry("ReviewService.grade", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseSnapshot.of", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseSnapshot.structureOf", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseSnapshot.lessonSource", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseExport.export", EnumSet.of(INSTRUCTOR)),
            Map.entry("PackUpload.importZip", EnumSet.of(INSTRUCTOR)),
            Map.entry("LessonDrafts.open", EnumSet.of(INSTRUCTOR)),
            Map.entry("LessonDrafts.save", EnumSet.of(INSTRUCTOR)),
            Map.entry("LessonDrafts.draftCount", EnumSet.of(INSTRUCTOR)),
            Map.entry("CoursePublishing.publish", EnumSet.of(INSTRUCTOR)),
            Map.entry("CoursePublishing.gradedChanges", EnumSet.of(INSTRUCTOR)),
            Map.entry("KeyCalibrations.open", EnumSet.of(INSTRUCTOR)),
            Map.entry("KeyCalibrations.save", EnumSet.of(INSTRUCTOR)),
            Map.entry("KeyCalibrations.agreement", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseDrafts.open", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseDrafts.save", EnumSet.of(INSTRUCTOR)),
            // course structure: new courses, new lessons
            Map.entry("CourseStructure.create", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseStructure.unpublished", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseStructure.isPublished", EnumSet.of(INSTRUCTOR)),
            Map.entry("CourseStructure.items", EnumSet.of(INSTRUCTOR)),
            Map.entry("NewLessons.create", EnumSet.of(INSTRUCTOR)),
            Map.entry("NewLessons.open", EnumSet.of(INSTRUCTOR)),
            Map.entry("NewLessons.ofCourse", EnumSet.of(INSTRUCTOR)),
            Map.entry("NewLessons.save", EnumSet.of(INSTRUCTOR)),
            Map.entry("NewLessons.discard", EnumSet.of(INSTRUCTOR)),
            Map.entry("UnpublishedCourses.create", EnumSet.of(INSTRUCTOR)),
            Map.entry("UnpublishedCourses.exists", EnumSet.of(INSTRUCTOR)),
            Map.entry("UnpublishedCourses.isPublished", EnumSet.of(INSTRUCTOR)),
            Map.entry("UnpublishedCourses.list", EnumSet.of(INSTRUCTOR)),
            Map.entry("ImageLibrary.upload", EnumSet.of(INSTRUCTOR)),
            Map.entry("ImageLibrary.list", EnumSet.of(INSTRUCTOR)),
            Map.entry("ImageLibrary.previewLinks", EnumSet.of(INSTRUCTOR)),
            Map.entry("ImageLibrary.file", SIGNED_IN),
            Map.entry("ExerciseDrafts.open", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.create", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.save", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.discard", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.drafts", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.datasets", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.learnerSheet", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseDrafts.testGrade", EnumSet.of(INSTRUCTOR)),
            Map.entry("IndicatorBundleUploads.read", EnumSet.of(INSTRUCTOR)),
            Map.entry("DatasetUploads.preview", EnumSet.of(INSTRUCTOR)),
            Map.entry("DatasetUploads.store", EnumSet.of(INSTRUCTOR)),
            Map.entry("KeyUploads.read", EnumSet.of(INSTRUCTOR)),
            // guarded components (not services): the answer keys' one door
            Map.entry("ExerciseKeyStore.lockForKeyChange", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseKeyStore.storeKeyVersion", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseKeyStore.checkKeyVersion", EnumSet.of(INSTRUCTOR)),
            Map.entry("ExerciseKeyStore.keyVersions", EnumSet.of(INSTRUCTOR))));

    /** Public service methods with no user guard, and why they need none. */
    static final Map<String, String> SYSTEM_ONLY = Map.ofEntries(Map.entry(
            "ExerciseKeyStore.material", "the key for grading, inside a guarded submission, regrade or preview; "
                    + "views cannot reach it (ArchitectureTest)"), Map.entry(
            "ExerciseKeyStore.hints", "an exercise's hints from its spec, for the guarded HintService, which sends a "
                    + "hint's text only once taken"), Map.entry(
            "ExerciseKeyStore.currentKeyVersionForStoring", "the key version a guarded submission stores its grade "
                    + "against"), Map.entry(
            "AuditLog.record", "writes the trail of every action, including refused sign-ins by nobody"), Map.entry(
            "AuditLog.recordRefusedUpload", "writes a refused upload to the trail, also when the upload handler "
                    + "refuses a body before any service is called"), Map.entry(
            "CourseImporter.importPack", "the starter content import at start-up, with nobody signed in"), Map.entry(
            "DatasetService.store", "part of a content import, inside the importer's transaction"), Map.entry(
            "DatasetService.itemKeys", "item ids only (no content, no key), for grading inside a guarded submission"),
            Map.entry("DatasetService.size", "an item count, for overviews built by guarded services"), Map.entry(
            "DatasetService.sizes", "item counts of several datasets, for outlines built by guarded services"),
            Map.entry("DatasetService.holds",
                    "compares items inside the importer's transaction, at start-up with nobody signed in"), Map.entry(
            "DatasetService.name", "a dataset's path in its pack, for the guarded course export"));

    @Autowired
    ApplicationContext context;
    @Autowired
    AccountProvisioning provisioning;

    @BeforeAll
    void accountsForEachRole() {
        for (Who who : SIGNED_IN) {
            provisioning.ensure(username(who), "Matrix " + who, "matrix-password-" + who,
                    EnumSet.of(Role.valueOf(who.name())));
        }
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void everyGuardedServiceMethodHasARowAndEveryRowAGuardedMethod() {
        Set<String> guarded = new TreeSet<>();
        Set<String> unguarded = new TreeSet<>();
        for (Method m : serviceMethods()) {
            (guarded(m) ? guarded : unguarded).add(key(m));
        }
        assertThat(guarded).as("guarded service methods vs. POLICY").containsExactlyInAnyOrderElementsOf(POLICY.keySet());
        assertThat(unguarded).as("public service methods without @PreAuthorize")
                .containsExactlyInAnyOrderElementsOf(SYSTEM_ONLY.keySet());
    }

    Stream<Arguments> calls() {
        List<Arguments> calls = new ArrayList<>();
        for (Method m : serviceMethods()) {
            if (guarded(m)) {
                for (Who who : Who.values()) {
                    calls.add(Arguments.of(key(m) + paramList(m), who, m));
                }
            }
        }
        return calls.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("calls")
    void eachRoleIsAllowedOrRefusedAsThePolicySays(String name, Who who, Method method) throws Exception {
        Set<Who> allowed = POLICY.get(key(method));
        assertThat(allowed).as("policy row for " + key(method)).isNotNull();
        signIn(who);
        Object bean = context.getBean(method.getDeclaringClass());
        Throwable thrown = null;
        try {
            method.invoke(bean, dummyArguments(method));
        } catch (InvocationTargetException e) {
            thrown = e.getCause();
        }
        if (allowed.contains(who)) {
            assertThat(thrown instanceof AccessDeniedException).as(name + " as " + who + " must be allowed, but: "
                    + thrown).isFalse();
        } else {
            assertThat(thrown).as(name + " as " + who + " must be refused").isInstanceOf(AccessDeniedException.class);
        }
    }

    private static void signIn(Who who) {
        if (who == ANONYMOUS) {
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new AnonymousAuthenticationToken("matrix", "anonymousUser",
                    List.of(new SimpleGrantedAuthority("ROLE_ANONYMOUS"))));
            SecurityContextHolder.setContext(context);
        } else {
            SignedIn.as(username(who), Role.valueOf(who.name()));
        }
    }

    private static String username(Who who) {
        return "matrix-" + who.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Harmless values: zero ids find nothing, empty texts and collections change nothing. */
    private static Object[] dummyArguments(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(t -> {
            if (t == long.class) {
                return 0L;
            } else if (t == int.class) {
                return 0;
            } else if (t == boolean.class) {
                return false;
            } else if (t == double.class) {
                return 0.0;
            } else if (t == String.class) {
                return "";
            } else if (t == Locale.class) {
                return Locale.ENGLISH;
            } else if (List.class.isAssignableFrom(t) || t == Collection.class) {
                return List.of();
            } else if (Set.class.isAssignableFrom(t)) {
                return Set.of();
            } else if (Map.class.isAssignableFrom(t)) {
                return Map.of();
            }
            return null;
        }).toArray();
    }

    /** The public methods of every service, and of every other component with a guard on it. */
    private List<Method> serviceMethods() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<Method> methods = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.tnracademy.core")) {
            Class<?> type;
            try {
                type = Class.forName(candidate.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
            if (!AnnotatedElementUtils.hasAnnotation(type, Service.class) && !hasAGuard(type)) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && !m.isSynthetic()
                        && !m.isBridge()) {
                    methods.add(m);
                }
            }
        }
        methods.sort((a, b) -> (key(a) + paramList(a)).compareTo(key(b) + paramList(b)));
        return methods;
    }

    private static boolean hasAGuard(Class<?> type) {
        return AnnotatedElementUtils.hasAnnotation(type, PreAuthorize.class)
                || Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> AnnotatedElementUtils.hasAnnotation(m,
                PreAuthorize.class));
    }

    private static boolean guarded(Method m) {
        return AnnotatedElementUtils.hasAnnotation(m, PreAuthorize.class)
                || AnnotatedElementUtils.hasAnnotation(m.getDeclaringClass(), PreAuthorize.class);
    }

    private static String key(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName();
    }

    private static String paramList(Method m) {
        return Arrays.stream(m.getParameterTypes()).map(Class::getSimpleName)
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
