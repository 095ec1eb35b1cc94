package org.tnracademy.core.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.support.CountedStatements;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;

/**
 * The pages that list a course's steps (catalogue, course, My progress) send as many SQL statements
 * for a course of one exercise as for one of forty, and as many with one course as with two: an
 * N+1 (a query per course or per exercise) coming back fails here.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@Import(CountedStatements.Config.class)
class CourseOutlineQueriesTest {

    private static final int MANY = 40;

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    ProgressService progress;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void eachPageBuildsItsOutlineInTheSameFewStatementsHoweverManyExercises() {
        String learner = "outline-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);

        String fewSlug = importCourse("few-", 1);
        long buildingFew = CountedStatements.during(catalog::outlines);
        long few = idOf(fewSlug);
        progress.myCourses(); // the learner's account id is read once, at the first call
        long catalogueWithOne = CountedStatements.during(progress::myCourses);
        long overviewWithOne = CountedStatements.during(progress::myOverview);
        String manySlug = importCourse("many-", MANY);
        long buildingMany = CountedStatements.during(catalog::outlines);
        long many = idOf(manySlug);
        assertThat(catalog.outline(many).orElseThrow().steps())
                .filteredOn(s -> s.kind() == CourseOutline.StepKind.EXERCISE).hasSize(MANY)
                .allSatisfy(s -> assertThat(s.itemCount()).as("items counted from the dataset").isEqualTo(6));

        assertThat(buildingMany).as("statements building the outline of a course of %d exercises", MANY)
                .isEqualTo(buildingFew).isLessThanOrEqualTo(6);
        assertThat(CountedStatements.during(() -> catalog.outline(many)))
                .as("a kept outline: the course's version is read, nothing else").isEqualTo(1);
        assertThat(CountedStatements.during(() -> progress.myCourseOutline(many)))
                .as("the course page").isEqualTo(CountedStatements.during(() -> progress.myCourseOutline(few)));
        assertThat(CountedStatements.during(progress::myCourses))
                .as("the catalogue, one more course of %d exercises", MANY).isEqualTo(catalogueWithOne);
        assertThat(CountedStatements.during(progress::myOverview))
                .as("My progress, one more course of %d exercises", MANY).isEqualTo(overviewWithOne);
        assertThat(overviewWithOne).as("My progress builds the outline once").isLessThanOrEqualTo(13);
    }

    @Test
    void markingALessonReadWorksOutNoCourseCompletionWhileNobodyListens() {
        String learner = "reads-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long course = idOf(importCourse("reads-", MANY));
        long lesson = catalog.outline(course).orElseThrow().steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.LESSON).findFirst().orElseThrow().id();
        progress.isLessonRead(lesson); // the account is looked up once, as on a lesson page

        // xAPI is off in the test application: the learner, the check and the read (five statements);
        // working out the course's completion would add the course, its outline and the learner's records
        assertThat(CountedStatements.during(() -> progress.markLessonRead(lesson))).isLessThanOrEqualTo(5);
        assertThat(progress.isLessonRead(lesson)).isTrue();
    }

    private long idOf(String slug) {
        return catalog.outlines().stream().filter(o -> o.slug().equals(slug)).findFirst().orElseThrow().id();
    }

    /**
     * Imports a copy of the test course whose one module holds its lesson and {@code exercises}
     * labelling exercises; its slug.
     */
    private String importCourse(String prefix, int exercises) {
        CoursePack pack = TestCourse.pack();
        CoursePack.Module module = pack.modules().getFirst();
        List<CoursePack.Item> items = new ArrayList<>();
        for (CoursePack.Item item : module.items()) {
            if (item instanceof CoursePack.Exercise e) {
                for (int i = 1; i <= exercises; i++) {
                    items.add(new CoursePack.Exercise(e.id() + "-" + i, e.type(), e.version(), e.title(),
                            e.instructions(), e.level(), e.forms(), e.spec(), e.key(), e.policy(), e.dataset(),
                            e.contentHash().substring(0, 56) + "%08d".formatted(i)));
                }
            } else {
                items.add(item);
            }
        }
        String slug = prefix + UUID.randomUUID().toString().substring(0, 8);
        importer.importPack(new CoursePack(slug, pack.version(), pack.level(), pack.title(), pack.summary(),
                List.of(new CoursePack.Module(module.id(), module.title(), items)), pack.contentHash()));
        return slug;
    }
}
