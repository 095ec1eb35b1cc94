package org.tnracademy.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tnracademy.core.CoreTestApplication;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.catalog.CourseOutline;
import org.tnracademy.core.packs.PackImages;
import org.tnracademy.core.support.SignedIn;
import org.tnracademy.core.support.TestCourse;
import org.tnracademy.core.support.SyntheticImages;

/** Uploading pictures for a course's lessons: what is taken, what is refused and why, and reading them back. */
@SpringBootTest(classes = CoreTestApplication.class)
class ImageLibraryTest {

    @Autowired
    ImageLibrary library;
    @Autowired
    CourseImporter importer;
    @Autowired
    CatalogService catalog;
    @Autowired
    AccountProvisioning provisioning;
    @Autowired
    AuditLog audit;

    long courseId;

    @BeforeEach
    void ownCourse() {
        provisioning.ensure("images-ines", "Ines", "pw-1234567890", EnumSet.of(Role.INSTRUCTOR));
        String slug = TestCourse.importCopy(importer, "images-");
        SignedIn.as("images-ines", Role.INSTRUCTOR);
        courseId = catalog.outlines().stream().filter(o -> o.slug().equals(slug)).map(CourseOutline::id)
                .findFirst().orElseThrow();
    }

    @AfterEach
    void signOut() {
        SignedIn.nobody();
    }

    @Test
    void aPngIsStoredUnderTheLessonsImagesFolderAndReadBackByItsHash() {
        byte[] png = SyntheticImages.png(32, 24, 1);
        CourseImageInfo info = library.upload(courseId, "Sighting Map.PNG", png);

        assertThat(info.path()).isEqualTo("lessons/images/Sighting-Map.png");
        assertThat(info.lessonReference()).isEqualTo("images/Sighting-Map.png");
        assertThat(info.mediaType()).isEqualTo("image/png");
        assertThat(info.sha256()).isEqualTo(PackImages.sha256(png)).hasSize(64);
        assertThat(info.sizeBytes()).isEqualTo(png.length);
        assertThat(info.uploadedBy()).isEqualTo("images-ines");
        assertThat(info.published()).as("an upload is a draft until the course is published").isFalse();
        assertThat(info.url()).isEqualTo("/course-images/" + courseId + "/" + info.sha256());
        assertThat(library.list(courseId)).containsExactly(info);

        ImageFile file = library.file(courseId, info.sha256()).orElseThrow();
        assertThat(file.bytes()).isEqualTo(png);
        assertThat(file.mediaType()).isEqualTo("image/png");
        assertThat(library.file(courseId + 1_000_000, info.sha256())).isEmpty();
        assertThat(library.file(courseId, "0".repeat(64))).isEmpty();
        assertThat(library.file(courseId, "../../etc/passwd")).isEmpty();

        SignedIn.as("admin-reader", Role.ADMIN);
        assertThat(audit.of("images-ines")).anySatisfy(e -> assertThat(e.detail())
                .contains("uploaded picture " + info.path()).contains(info.sha256())
                .contains("course " + courseId));
    }

    @Test
    void aJpegAndTheSameFileTwiceStoreOneRowEach() {
        byte[] jpeg = SyntheticImages.jpeg(16, 16, 2);
        CourseImageInfo first = library.upload(courseId, "photo.jpg", jpeg);
        CourseImageInfo again = library.upload(courseId, "photo.jpg", jpeg);
        assertThat(again).isEqualTo(first);
        assertThat(first.mediaType()).isEqualTo("image/jpeg");
        assertThat(library.list(courseId)).hasSize(1);
    }

    @Test
    void uploadingANewPictureUnderTheSameNameListsTheNewOneAndKeepsTheOldReadable() {
        CourseImageInfo old = library.upload(courseId, "chart.png", SyntheticImages.png(8, 8, 3));
        CourseImageInfo replacement = library.upload(courseId, "chart.png", SyntheticImages.png(8, 8, 4));
        assertThat(replacement.sha256()).isNotEqualTo(old.sha256());
        assertThat(library.list(courseId)).containsExactly(replacement);
        assertThat(library.file(courseId, old.sha256())).isPresent();
    }

    @Test
    void aTextFileNamedPngIsRefusedSayingWhatItIs() {
        assertThatThrownBy(() -> library.upload(courseId, "notes.png", "just some notes".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.CONTENT_MISMATCH);
                    assertThat(e.fileName()).isEqualTo("notes.png");
                    assertThat(e.getMessage()).contains("notes.png").contains("text").contains("not a PNG image");
                });
        assertThat(library.list(courseId)).isEmpty();
    }

    @Test
    void aJpegNamedPngIsRefused() {
        assertThatThrownBy(() -> library.upload(courseId, "wrong.png", SyntheticImages.jpeg(8, 8, 5)))
                .isInstanceOfSatisfying(ImageRefusedException.class, e -> assertThat(e.getMessage())
                        .contains("a JPG image, not a PNG image"));
    }

    @Test
    void aPictureOverTheLimitIsRefusedWithTheLimit() {
        byte[] png = SyntheticImages.png(8, 8, 6);
        // a real PNG, padded past the limit (readers ignore bytes after the image's end)
        byte[] tooLarge = Arrays.copyOf(png, (int) PackImages.maxUploadBytes() + 1);
        assertThatThrownBy(() -> library.upload(courseId, "huge.png", tooLarge))
                .isInstanceOfSatisfying(ImageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.TOO_LARGE);
                    assertThat(e.getMessage()).contains(String.valueOf(PackImages.maxUploadBytes()));
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {".hidden.png", "carte d’identité.png", "map?.png", "a..b.png", "-dash.png", ""})
    void namesThatCannotBePackPathsAreRefused(String name) {
        assertThatThrownBy(() -> library.upload(courseId, name, SyntheticImages.png(8, 8, 7)))
                .isInstanceOfSatisfying(ImageRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.BAD_NAME));
    }

    @Test
    void aFolderInTheUploadedNameIsDroppedNotFollowed() {
        assertThat(library.upload(courseId, "../../etc/map.png", SyntheticImages.png(8, 8, 8)).path())
                .isEqualTo("lessons/images/map.png");
        assertThat(library.upload(courseId, "C:\\Users\\x\\chart.png", SyntheticImages.png(8, 8, 9)).path())
                .isEqualTo("lessons/images/chart.png");
    }

    @Test
    void anSvgEvenWithAScriptIsRefusedAndOtherTypesToo() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> library.upload(courseId, "drawing.svg", svg))
                .isInstanceOfSatisfying(ImageRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.SVG_NOT_UPLOADABLE));
        for (String name : List.of("page.html", "tool.exe", "picture.gif", "noextension")) {
            assertThatThrownBy(() -> library.upload(courseId, name, SyntheticImages.png(8, 8, 10)))
                    .as(name).isInstanceOfSatisfying(ImageRefusedException.class, e ->
                            assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.NOT_AN_IMAGE));
        }
        assertThat(library.list(courseId)).isEmpty();
    }

    @Test
    void anEmptyFileAndAnUnknownCourseAreRefused() {
        assertThatThrownBy(() -> library.upload(courseId, "empty.png", new byte[0]))
                .isInstanceOfSatisfying(ImageRefusedException.class, e ->
                        assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.EMPTY));
        assertThatThrownBy(() -> library.upload(987_654_321L, "map.png", SyntheticImages.png(8, 8, 11)))
                .isInstanceOfSatisfying(ImageRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ImageRefusedException.Reason.UNKNOWN_COURSE);
                    assertThat(e.getMessage()).contains("987654321");
                });
        assertThat(library.list(courseId).stream().map(CourseImageInfo::fileName).map(n -> n.toLowerCase(Locale.ROOT)))
                .isEmpty();
    }
}
