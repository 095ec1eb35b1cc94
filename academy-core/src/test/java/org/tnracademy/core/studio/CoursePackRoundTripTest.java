package org.tnracademy.core.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseCard;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.DirectoryPackSource;
import org.tnracademy.core.packs.PackImages;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.packs.ZipPackSource;
import org.tnracademy.core.studio.upload.UploadProblemCode;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.SyntheticImages;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.ProblemMessage;

/**
 * Export then import gives back the same course: the starter pack, imported, exported as a zip and
 * read again, is field for field the pack it came from; an upload with any problem imports nothing.
 */
@SpringBootTest(classes = CoreTestApplication.class)
class CoursePackRoundTripTest {

    /** The starter course of the content module, read where it is kept (tests run in the module folder). */
    private static final Path STARTER = Path.of("../content/src/main/resources/packs/tnr-foundations");

    @Autowired
    CourseImporter importer;
    @Autowired
    CourseExport export;
    @Autowired
    PackUpload upload;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    org.tnracademy.core.catalog.CourseSnapshot snapshots;

    @TempDir
    Path temp;

    @BeforeEach
    void signInAsInstructor() {
        provisioning.ensure("studio-export", "Instructor", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        SignedIn.as("studio-export", Role.INSTRUCTOR);
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void exportingTheStarterCourseAndReadingTheZipGivesBackTheSameCourse() throws IOException {
        CoursePack original = new PackReader().read(new DirectoryPackSource(STARTER));
        importer.importPack(original);

        ExportedPack exported = export.export(courseId(original.id()));
        assertThat(exported.fileName()).isEqualTo("tnr-foundations-v" + original.version() + ".zip");
        CoursePack reread = new PackReader().read(ZipPackSource.open(write(exported.zip())));

        assertThat(withoutHashes(reread)).isEqualTo(withoutHashes(original));
        // deterministic: the same course exports to the same bytes
        assertThat(export.export(courseId(original.id())).zip()).isEqualTo(exported.zip());
    }

    @Test
    void theStructureOfACourseIsItsPackWithoutDatasetItems() {
        CoursePack original = new PackReader().read(new DirectoryPackSource(STARTER));
        importer.importPack(original);
        long id = courseId(original.id());

        CoursePack full = snapshots.of(id).orElseThrow();
        CoursePack structure = snapshots.structureOf(id).orElseThrow();
        assertThat(structure.modules()).extracting(CoursePack.Module::id)
                .containsExactlyElementsOf(full.modules().stream().map(CoursePack.Module::id).toList());
        java.util.List<CoursePack.Exercise> exercises = structure.modules().stream().flatMap(m -> m.items().stream())
                .filter(CoursePack.Exercise.class::isInstance).map(CoursePack.Exercise.class::cast).toList();
        assertThat(exercises).hasSize(18).allSatisfy(e -> assertThat(e.dataset()).isNull());
        assertThat(exercises).extracting(CoursePack.Exercise::key).doesNotContainNull();
    }

    @Test
    void anUploadedExportImportsAsTheSameCourseAndAgainIsUnchanged() throws IOException {
        CoursePack original = new PackReader().read(new DirectoryPackSource(STARTER));
        // a copy under another id, so this test owns its course
        CoursePack copy = new CoursePack("round-trip-copy", original.version(), original.level(), original.title(),
                original.summary(), original.modules(), original.contentHash(), original.images());
        importer.importPack(copy);
        byte[] zip = export.export(courseId(copy.id())).zip();
        List<Long> exerciseIdsBefore = exerciseIds(copy.id());

        UploadedPack first = upload.importZip("round-trip-copy.zip", zip);
        assertThat(first.courseSlug()).isEqualTo("round-trip-copy");
        // the same exercises, formatted anew: no new versions, learners' work stays on the current ones
        assertThat(exerciseIds(copy.id())).isEqualTo(exerciseIdsBefore);
        UploadedPack again = upload.importZip("round-trip-copy.zip", zip);
        assertThat(again.outcome()).isEqualTo(CourseImporter.Outcome.UNCHANGED);
        CoursePack exportedAgain = new PackReader().read(ZipPackSource.open(
                write(export.export(courseId(copy.id())).zip())));
        assertThat(withoutHashes(exportedAgain)).isEqualTo(withoutHashes(copy));
    }

    @Test
    void aCourseWithAPictureExportsItAndImportsAgainAsTheSameCourse() throws IOException {
        CoursePack original = new PackReader().read(new DirectoryPackSource(STARTER));
        byte[] png = SyntheticImages.png(24, 16, 31);
        CoursePack.Image map = new CoursePack.Image("lessons/images/map.png", "image/png", PackImages.sha256(png), png);
        List<CoursePack.Module> modules = new ArrayList<>(original.modules());
        CoursePack.Module first = modules.getFirst();
        List<CoursePack.Item> items = new ArrayList<>(first.items());
        int at = 0;
        while (!(items.get(at) instanceof CoursePack.Lesson)) {
            at++;
        }
        CoursePack.Lesson lesson = (CoursePack.Lesson) items.get(at);
        // the picture in the English and French texts; the other translations as they are
        Map<String, String> texts = new java.util.LinkedHashMap<>(lesson.markdown().byLanguage());
        texts.put("en", lesson.markdown().in(Locale.ENGLISH) + "\n\n![Synthetic map of sightings](images/map.png)\n");
        texts.put("fr", lesson.markdown().in(Locale.FRENCH) + "\n\n![Carte synthétique](images/map.png)\n");
        items.set(at, new CoursePack.Lesson(lesson.id(), lesson.minutes(), lesson.title(), new LocalizedText(texts),
                lesson.contentNote()));
        modules.set(0, new CoursePack.Module(first.id(), first.title(), items));
        List<CoursePack.Image> pictures = new ArrayList<>(original.images());
        pictures.add(map);
        CoursePack withPicture = new CoursePack("round-trip-picture", original.version(), original.level(),
                original.title(), original.summary(), modules, "with-picture-1", pictures);
        importer.importPack(withPicture);

        byte[] zip = export.export(courseId(withPicture.id())).zip();
        CoursePack reread = new PackReader().read(ZipPackSource.open(write(zip)));
        assertThat(reread.images()).containsExactlyInAnyOrderElementsOf(pictures);
        assertThat(reread.images().stream().filter(map::equals).findFirst().orElseThrow().bytes()).isEqualTo(png);
        assertThat(withoutHashes(reread)).isEqualTo(withoutHashes(withPicture));

        List<Long> exerciseIdsBefore = exerciseIds(withPicture.id());
        upload.importZip("round-trip-picture.zip", zip);
        assertThat(exerciseIds(withPicture.id())).isEqualTo(exerciseIdsBefore);
        assertThat(upload.importZip("round-trip-picture.zip", zip).outcome()).isEqualTo(CourseImporter.Outcome.UNCHANGED);
        assertThat(export.export(courseId(withPicture.id())).zip()).isEqualTo(zip);
        long lessonId = catalog.outline(courseId(withPicture.id())).orElseThrow().steps().stream()
                .filter(s -> s.kind() == org.tnracademy.core.catalog.CourseOutline.StepKind.LESSON)
                .map(org.tnracademy.core.catalog.CourseOutline.Step::id).findFirst().orElseThrow();
        assertThat(catalog.lesson(lessonId, Locale.FRENCH).orElseThrow().safeHtml())
                .contains("<img src=\"/course-images/" + courseId(withPicture.id()) + "/" + map.sha256() + "\"")
                .contains("alt=\"Carte synthétique\"");
    }

    @Test
    void aPackWhoseLessonRefersToAPictureItDoesNotHoldIsRefused() throws IOException {
        CoursePack original = new PackReader().read(new DirectoryPackSource(STARTER));
        Map<String, String> files = new java.util.LinkedHashMap<>(new PackWriter().files(
                new CoursePack("missing-picture", original.version(), original.level(), original.title(),
                        original.summary(), original.modules(), original.contentHash())));
        String lesson = files.keySet().stream().filter(f -> f.startsWith("lessons/")).findFirst().orElseThrow();
        files.put(lesson, files.get(lesson) + "\n![Chart](images/chart.png)\n");

        assertThatThrownBy(() -> upload.importZip("missing-picture.zip", zip(files)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(lesson);
                            assertThat(p.line()).isPositive();
                            assertThat(p.reason()).contains("images/chart.png").contains("not in the pack");
                        }));
    }

    @Test
    void aFileThatIsNotAZipIsRefusedNamingTheUpload() {
        assertThatThrownBy(() -> upload.importZip("notes.zip", "just text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("notes.zip");
                            assertThat(p.reason()).contains("not a readable zip file");
                        }));
    }

    @Test
    void anEmptyUploadIsRefused() {
        assertThatThrownBy(() -> upload.importZip("empty.zip", new byte[0]))
                .isInstanceOfSatisfying(PackValidationException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(p -> {
                            assertThat(p.file()).isEqualTo("empty.zip");
                            assertThat(p.reason()).isEqualTo("the file is empty");
                            assertThat(p.message()).isEqualTo(ProblemMessage.of(UploadProblemCode.EMPTY_FILE));
                        }));
    }

    @Test
    void aPackWithAProblemImportsNothingAndNamesFileLineAndReason() throws IOException {
        CoursePack original = new PackReader().read(new DirectoryPackSource(STARTER));
        Map<String, String> files = new java.util.LinkedHashMap<>(new PackWriter().files(
                new CoursePack("broken-upload", original.version(), original.level(), original.title(),
                        original.summary(), original.modules(), original.contentHash())));
        String exercise = files.keySet().stream().filter(f -> f.startsWith("exercises/")).findFirst().orElseThrow();
        files.put(exercise, files.get(exercise).replace("maxAttempts:", "maxAttempts: 0\n  ignored:"));
        int coursesBefore = catalog.courses().size();

        original.images().forEach(i -> files.put(i.path(), new String(i.bytes(), StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> upload.importZip("broken.zip", zip(files)))
                .isInstanceOfSatisfying(PackValidationException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(exercise));
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.line()).isPositive();
                        assertThat(p.reason()).contains("policy.");
                    });
                });
        assertThat(catalog.courses()).hasSize(coursesBefore);
        assertThat(catalog.courses()).noneMatch(c -> c.slug().equals("broken-upload"));
    }

    private long courseId(String slug) {
        return catalog.courses().stream().filter(c -> c.slug().equals(slug)).map(CourseCard::id).findFirst()
                .orElseThrow();
    }

    private List<Long> exerciseIds(String slug) {
        return catalog.outline(courseId(slug)).orElseThrow().steps().stream()
                .filter(s -> s.kind() == org.tnracademy.core.catalog.CourseOutline.StepKind.EXERCISE)
                .map(org.tnracademy.core.catalog.CourseOutline.Step::id).toList();
    }

    private Path write(byte[] zip) throws IOException {
        return Files.write(Files.createTempFile(temp, "export-", ".zip"), zip);
    }

    private static byte[] zip(Map<String, String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var f : files.entrySet()) {
                out.putNextEntry(new ZipEntry(f.getKey()));
                out.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** A pack with its content hashes blanked: they hash the files' bytes, which a re-export formats anew. */
    static CoursePack withoutHashes(CoursePack p) {
        List<CoursePack.Module> modules = p.modules().stream().map(m -> new CoursePack.Module(m.id(), m.title(),
                m.items().stream().map(i -> switch (i) {
                    case CoursePack.Lesson l -> (CoursePack.Item) l;
                    case CoursePack.Exercise e -> new CoursePack.Exercise(e.id(), e.type(), e.version(), e.title(),
                            e.instructions(), e.level(), e.forms(), e.spec(), e.key(), e.policy(),
                            e.dataset() == null ? null : new CoursePack.Dataset(e.dataset().name(),
                                    e.dataset().posts(), ""), "");
                }).toList())).toList();
        return new CoursePack(p.id(), p.version(), p.level(), p.title(), p.summary(), modules, "", p.images());
    }
}
