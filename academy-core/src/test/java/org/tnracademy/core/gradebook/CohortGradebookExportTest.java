package org.tnracademy.core.gradebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.cohort.CohortService;
import org.tnracademy.core.grading.GradingService;
import org.tnracademy.core.support.CohortFixture;
import org.tnracademy.core.support.SignedIn;

/** The cohort gradebook as XLSX and CSV: names present, formula cells neutralised, numbers as numbers. */
@SpringBootTest(classes = CoreTestApplication.class)
class CohortGradebookExportTest {

    @Autowired
    CohortGradebookExport export;
    @Autowired
    CohortService cohorts;
    @Autowired
    CatalogService catalog;
    @Autowired
    GradingService grading;
    @Autowired
    AccountProvisioning provisioning;

    CohortFixture f;
    String evil;

    @BeforeEach
    void cohort() {
        f = new CohortFixture(cohorts, catalog, grading, provisioning);
        evil = f.learner("=HYPERLINK(\"http://evil.example\")");
        f.submit(evil, "label-three", CohortFixture.perfect("label-three"));
        f.learner("Plain Name");
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void xlsxHoldsNamesAsTextNeverAsFormulasAndScoresAsNumbers() throws IOException {
        byte[] xlsx = export.xlsx(f.cohortId, GradebookQuery.ALL, Locale.ENGLISH, CohortExportHeadings.ENGLISH);

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Gradebook");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("username");
            int labelColumn = -1;
            for (int i = 0; i < header.getLastCellNum(); i++) {
                if (header.getCell(i).getStringCellValue().equals("Label three posts (%)")) {
                    labelColumn = i;
                }
            }
            assertThat(labelColumn).isPositive();
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            Row first = sheet.getRow(1);
            assertThat(first.getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
            assertThat(first.getCell(labelColumn).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(labelColumn).getNumericCellValue()).isEqualTo(100.0);
            assertThat(first.getCell(labelColumn + 1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Plain Name");
            for (Row row : sheet) {
                row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
    }

    @Test
    void csvFollowsTheFilterAndNeutralisesFormulaCells() {
        String csv = export.csv(f.cohortId, GradebookQuery.ALL.withText("hyperlink"), Locale.ENGLISH,
                CohortExportHeadings.ENGLISH);

        assertThat(csv.lines()).hasSize(2);
        assertThat(csv.lines().skip(1).findFirst().orElseThrow())
                // the username starts with "-" here, so it is neutralised too
                .startsWith("'" + evil + ",\"'=HYPERLINK(\"\"http://evil.example\"\")\",");
    }

    @Test
    void learnersCannotExport() {
        provisioning.ensure("someone-" + f.tag, "Someone", "long-enough-pw", EnumSet.of(Role.LEARNER));
        SignedIn.as("someone-" + f.tag, Role.LEARNER);

        assertThatThrownBy(() -> export.xlsx(f.cohortId, GradebookQuery.ALL, Locale.ENGLISH,
                CohortExportHeadings.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
    }
}
