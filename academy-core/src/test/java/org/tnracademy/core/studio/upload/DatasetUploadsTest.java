package org.tnracademy.core.studio.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.dataset.DatasetQuery;
import org.tnracademy.core.dataset.DatasetRow;
import org.tnracademy.core.dataset.DatasetService;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.support.SignedIn;

/** Instructors preview an uploaded dataset and store it only when it has no problem; learners can do neither. */
@SpringBootTest(classes = CoreTestApplication.class)
class DatasetUploadsTest {

    static final byte[] GOOD = """
            id,text,lang,synthetic
            up-1,"First, synthetic",en,true
            up-2,Second,fr,true
            """.getBytes(StandardCharsets.UTF_8);

    @Autowired
    DatasetUploads uploads;
    @Autowired
    DatasetService datasets;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void instructor() {
        provisioning.ensure("upload-ines", "Ines", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as("upload-ines", Role.INSTRUCTOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aGoodFileIsStoredAndReadableByItsId() {
        assertThat(uploads.preview("Posts March.csv", GOOD).itemCount()).isEqualTo(2);

        StoredDataset stored = uploads.store("Posts March.csv", GOOD);

        assertThat(stored.name()).isEqualTo("datasets/posts-march.jsonl");
        assertThat(stored.itemCount()).isEqualTo(2);
        assertThat(datasets.name(stored.datasetId())).isEqualTo("datasets/posts-march.jsonl");
        assertThat(datasets.rows(stored.datasetId(), DatasetQuery.all(), 0, 10)).extracting(DatasetRow::itemKey,
                DatasetRow::lang, DatasetRow::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("up-1", "en", "First, synthetic"),
                org.assertj.core.groups.Tuple.tuple("up-2", "fr", "Second"));
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where detail like ?", Long.class,
                "uploaded dataset Posts March.csv as datasets/posts-march.jsonl%")).isEqualTo(1);
    }

    @Test
    void aFileWithAProblemStoresNothingAndListsEveryProblem() {
        Long before = jdbc.queryForObject("select count(*) from dataset", Long.class);
        byte[] bad = "id,text,synthetic\nok-1,fine,true\nBad Id,x,true\nok-2,y,false\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> uploads.store("bad.csv", bad)).isInstanceOfSatisfying(PackValidationException.class,
                e -> assertThat(e.problems()).extracting(PackProblem::line).containsExactly(3, 4));
        assertThat(jdbc.queryForObject("select count(*) from dataset", Long.class)).isEqualTo(before);
    }

    @Test
    void learnersMayNeitherPreviewNorStore() {
        SignedIn.as("upload-lea", Role.LEARNER);
        assertThatThrownBy(() -> uploads.preview("p.csv", GOOD)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> uploads.store("p.csv", GOOD)).isInstanceOf(AccessDeniedException.class);
    }
}
