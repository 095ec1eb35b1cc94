package org.tnracademy.core.gradebook;

import static org.tnracademy.core.support.Answers.labelled;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.SignedIn;

/** The gradebook export: every learner, score and attempts per exercise, formula cells neutralised. */
@SpringBootTest(classes = CoreTestApplication.class)
class GradebookCsvTest {

    @Autowired
    GradebookService gradebook;
    @Autowired
    GradingService grading;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void exportsScoresAndNeutralisesFormulaCells() {
        String name = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(name, "=HYPERLINK(\"http://evil.example\")", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as(name, Role.LEARNER);
        long exercise = catalog.outlines().stream().filter(o -> o.slug().equals("test-course")).findFirst().orElseThrow().steps().stream()
                .filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE).findFirst().orElseThrow().id();
        grading.submit(exercise, labelled(Map.of("p1", "doxing", "p2", "harassment", "p3", "benign", "p4", "doxing",
                "p5", "harassment", "p6", "benign")), UUID.randomUUID().toString());

        // an administrator sees every learner; a cohort manager only those of their cohorts (CohortScoping*Test)
        SignedIn.as("admin", Role.ADMIN);
        String csv = gradebook.csv(Locale.ENGLISH, ExportHeadings.ENGLISH);

        int column = columnOf(exercise);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("username,display_name,")
                .contains("Label six posts (%),Label six posts (attempts)");
        String row = csv.lines().filter(l -> l.startsWith(name + ",")).findFirst().orElseThrow();
        assertThat(row).startsWith(name + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
        // the two cells of this exercise: score in percent, attempts used
        String cells = row.substring(row.indexOf("\")\",") + 4);
        List<String> values = List.of(cells.split(",", -1));
        assertThat(values.subList(2 * column, 2 * column + 2)).containsExactly("100", "1");
    }

    private int columnOf(long exerciseId) {
        List<GradebookColumn> columns = gradebook.columns();
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).exerciseId() == exerciseId) {
                return i;
            }
        }
        throw new AssertionError("no gradebook column for exercise " + exerciseId);
    }
}
