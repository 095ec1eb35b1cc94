package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.catalog.ExerciseSheet;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.IntelligenceSource;

/**
 * An indicator exercise built on published intelligence: its source and licence reach the
 * learner's exercise sheet, and a pack export carries them to the next import. The bundle is shaped
 * as published (no names, no synthetic marker); every value in it is synthetic.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class PublishedIntelligenceTest {

    private static final String SOURCE = "https://research.example/2024/nightowl/indicators.stix2";
    private static final String LICENCE = "CC BY 4.0";

    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;

    @TempDir
    Path pack;

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void theSourceAndLicenceOfPublishedIntelligenceReachTheLearnersExerciseSheet() throws IOException {
        String course = "intel-" + UUID.randomUUID().toString().substring(0, 8);
        writePack(course);
        assertThat(importer.importPack(read())).isEqualTo(CourseImporter.Outcome.IMPORTED);

        String learner = "intel-learner-" + UUID.randomUUID().toString().substring(0, 8);
        provisioning.ensure(learner, "Learner", "pw-123456", EnumSet.of(Role.LEARNER));
        SignedIn.as(learner, Role.LEARNER);
        long exerciseId = catalog.outlines().stream().filter(o -> o.slug().equals(course)).findFirst().orElseThrow()
                .modules().getFirst().steps().stream().filter(s -> s.kind() == CourseOutline.StepKind.EXERCISE)
                .findFirst().orElseThrow().id();
        ExerciseSheet sheet = catalog.exercise(exerciseId, Locale.FRENCH).orElseThrow();
        IndicatorsSpec spec = sheet.spec(IndicatorsSpec.class);
        assertThat(spec.intelligence()).isEqualTo(new IntelligenceSource(SOURCE, LICENCE));
        assertThat(spec.indicators()).allSatisfy(i -> assertThat(i.name()).isNull());
    }

    @Test
    void aPackExportCarriesTheSourceAndLicence() throws IOException {
        writePack("intel-export");
        CoursePack original = read();
        Map<String, String> files = new PackWriter().files(original);
        assertThat(files.get("exercises/match-published.yaml")).contains("intelligence", SOURCE, LICENCE);
        CoursePack again = new PackReader().read(new InMemoryPackSource("again", files));
        assertThat(IndicatorsSpec.fromMap(((CoursePack.Exercise) again.modules().getFirst().items().getFirst()).spec()).intelligence())
                .isEqualTo(new IntelligenceSource(SOURCE, LICENCE));
    }

    private CoursePack read() {
        return new PackReader().read(new DirectoryPackSource(pack));
    }

    private void writePack(String id) throws IOException {
        write("course.yaml", """
                id: %s
                version: 1
                level: advanced
                title: {en: "Published intelligence", fr: "Renseignement publié"}
                summary: {en: "An indicator exercise on a published bundle.", fr: "Un exercice sur un lot publié."}
                modules:
                  - id: first
                    title: {en: "First", fr: "Premier"}
                    items:
                      - exercise: match-published
                """.formatted(id));
        write("exercises/match-published.yaml", """
                id: match-published
                type: indicators
                version: 1
                title: {en: "Match published indicators", fr: "Rapprocher des indicateurs publiés"}
                instructions: {en: "Match each line.", fr: "Rapprochez chaque ligne."}
                key: keys/match-published.key.yaml
                spec:
                  lines:
                    - {id: line-01, text: "2025-05-12T06:04:57Z dns query A weather-now.example from 192.0.2.14"}
                    - {id: line-02, text: "2025-05-12T06:06:11Z proc exit (/private/var/db/staging/bh)"}
                  intelligence:
                    source: "%s"
                    licence: "%s"
                  bundle:
                    type: bundle
                    id: bundle--34d0032b-b342-4076-955d-6c0020fe693a
                    objects:
                      - {type: malware, spec_version: "2.1", id: malware--2e9d534b-2e11-4758-bdc5-9c3e1c100d4d, name: NightOwl, is_family: false}
                      - {type: indicator, spec_version: "2.1", id: indicator--05b7c427-1452-437e-a19e-32590edf60c3, pattern: "[domain-name:value='weather-now.example']", pattern_type: stix, pattern_version: "2.1", valid_from: "2024-01-26T21:28:21Z"}
                      - {type: indicator, spec_version: "2.1", id: indicator--75512940-6712-421e-97f6-55835fde1b2b, pattern: "[process:name='bh']", pattern_type: stix, pattern_version: "2.1", valid_from: "2024-01-26T21:28:21Z"}
                """.formatted(SOURCE, LICENCE));
        write("keys/match-published.key.yaml", """
                exercise: match-published
                hits:
                  - line: line-01
                    indicator: indicator--05b7c427-1452-437e-a19e-32590edf60c3
                    explanation: {en: "The phone resolved the published domain."}
                  - line: line-02
                    indicator: indicator--75512940-6712-421e-97f6-55835fde1b2b
                    explanation: {en: "A process named bh, as the report lists."}
                """);
    }

    private void write(String file, String text) throws IOException {
        Path target = pack.resolve(file);
        Files.createDirectories(target.getParent());
        Files.writeString(target, text);
    }
}
