package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;

/** A restart reads a starter pack again only when its files or the database's content differ from the recorded import. */
@SpringBootTest(classes = CoreTestApplication.class)
class StarterContentLoaderTest {

    private static final String ROOT = "packs/test-course/";

    @Autowired
    CourseImporter importer;

    @TempDir
    Path dataDir;

    private boolean load() {
        return new StarterContentLoader(importer, dataDir.toString()).load(ROOT, getClass().getClassLoader());
    }

    private Path record() {
        return dataDir.resolve("starter-packs").resolve("test-course.imported");
    }

    @Test
    void aRestartWithTheRecordedFilesAndContentDoesNotReadThePack() {
        assertThat(load()).as("first start: no record yet").isTrue();
        assertThat(record()).exists();
        assertThat(load()).as("restart: files and database as recorded").isFalse();
    }

    @Test
    void aRecordOfOtherFilesIsReadAgainAndReplaced() throws IOException {
        assertThat(load()).isTrue();
        String recorded = Files.readString(record());
        Files.writeString(record(), "0".repeat(64) + recorded.substring(64));

        assertThat(load()).as("the pack's files changed since the record").isTrue();
        assertThat(Files.readString(record())).isEqualTo(recorded);
    }

    @Test
    void aDatabaseThatNoLongerHoldsTheRecordedContentHasThePackReadAgain() throws IOException {
        assertThat(load()).isTrue();
        String recorded = Files.readString(record());
        // as after restoring an older backup: the record names content the database does not hold
        Files.writeString(record(), recorded.substring(0, recorded.length() - 65) + "f".repeat(64) + "\n");

        assertThat(load()).isTrue();
        assertThat(Files.readString(record())).isEqualTo(recorded);
    }

    @Test
    void anUnreadableRecordOnlyCostsAReading() throws IOException {
        Files.createDirectories(record().getParent());
        Files.writeString(record(), "half a line");

        assertThat(load()).isTrue();
        assertThat(load()).isFalse();
    }
}
