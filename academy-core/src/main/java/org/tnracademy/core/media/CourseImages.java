package org.tnracademy.core.media;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackImages;

/**
 * A course's pictures for the catalogue and the studio, which call it inside their own guarded work
 * (a pack import, publishing, rendering a lesson). Two sets per course: the published pictures,
 * which learners see, and the drafts, the newest content stored under each path, which the studio
 * previews and publishing makes the published set.
 */
@Component
public class CourseImages {

    private final CourseImageRepository images;
    private final EntityManager em;

    CourseImages(CourseImageRepository images, EntityManager em) {
        this.images = images;
        this.em = em;
    }

    /**
     * Makes these pictures the published ones under their paths, storing any content not yet stored.
     * Paths the list does not name keep their published picture: a lesson still referring to one
     * keeps showing it, and one no longer referring to it shows nothing of it.
     */
    @Transactional
    public void publish(long courseId, List<CoursePack.Image> published, String by) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        for (CoursePack.Image image : published) {
            CourseImage stored = images.findByCourseIdAndPathAndSha256(courseId, image.path(), image.sha256())
                    .orElseGet(() -> images.save(new CourseImage(courseId, image.path(), image.mediaType(),
                            image.sha256(), image.bytes(), by, now, false)));
            for (CourseImage other : images.findByCourseIdAndPathOrderByIdDesc(courseId, image.path())) {
                boolean shown = other.id.equals(stored.id);
                if (other.published != shown) {
                    other.published = shown;
                    images.save(other);
                }
            }
        }
    }

    /** The pictures learners see, by path. */
    @Transactional(readOnly = true)
    public List<CoursePack.Image> published(long courseId) {
        return images.findByCourseIdAndPublishedTrue(courseId).stream()
                .sorted(Comparator.comparing(i -> i.path))
                .map(CourseImages::packImage).toList();
    }

    /** The newest picture stored under each path: what publishing the course would show. */
    @Transactional(readOnly = true)
    public List<CoursePack.Image> drafts(long courseId) {
        Map<String, CourseImageInfo> newest = newestByPath(courseId);
        return newest.values().stream().sorted(Comparator.comparing(CourseImageInfo::path))
                .map(i -> images.findByCourseIdAndPathAndSha256(courseId, i.path(), i.sha256()).orElseThrow())
                .map(CourseImages::packImage).toList();
    }

    /**
     * Whether learners may see this content: it is a published picture of the course (publishing
     * the course or importing its pack made it so) and the course itself is published. A draft
     * upload, or a picture of a course never published, is for the studio only.
     */
    @Transactional(readOnly = true)
    public boolean shownToLearners(long courseId, String sha256) {
        return images.existsByCourseIdAndSha256AndPublishedTrue(courseId, sha256) && coursePublished(courseId);
    }

    private boolean coursePublished(long courseId) {
        // the course table belongs to the catalogue, which depends on this package: read its flag only
        Object published = em.createNativeQuery("select published from course where id = ?1")
                .setParameter(1, courseId).getResultStream().findFirst().orElse(Boolean.FALSE);
        return Boolean.TRUE.equals(published);
    }

    /** Where learners' lessons show the published pictures from. */
    @Transactional(readOnly = true)
    public ImageLinks publishedLinks(long courseId) {
        Map<String, String> urls = new LinkedHashMap<>();
        images.infos(courseId).stream().filter(CourseImageInfo::published)
                .forEach(i -> urls.put(i.path(), i.url()));
        return new ImageLinks(urls);
    }

    /** Where the studio's preview shows the draft pictures from. */
    @Transactional(readOnly = true)
    public ImageLinks draftLinks(long courseId) {
        Map<String, String> urls = new LinkedHashMap<>();
        newestByPath(courseId).values().forEach(i -> urls.put(i.path(), i.url()));
        return new ImageLinks(urls);
    }

    /** The pack path of every picture stored for the course, published or draft. */
    @Transactional(readOnly = true)
    public Set<String> paths(long courseId) {
        return Set.copyOf(newestByPath(courseId).keySet());
    }

    /** Whether a picture was uploaded that learners do not see yet: publishing the course would show it. */
    @Transactional(readOnly = true)
    public boolean hasUnpublished(long courseId) {
        return newestByPath(courseId).values().stream().anyMatch(i -> !i.published());
    }

    /**
     * The course about to be published with the draft pictures, after checking that every image
     * of every lesson, in every language, is one of them.
     *
     * @throws MissingImagesException naming each lesson file, line and path not found
     */
    @Transactional(readOnly = true)
    public CoursePack withDraftImages(long courseId, CoursePack next) {
        List<CoursePack.Image> drafts = drafts(courseId);
        Set<String> paths = new HashSet<>();
        drafts.forEach(i -> paths.add(i.path()));
        List<PackImages.ImageProblem> problems = new ArrayList<>();
        for (CoursePack.Module module : next.modules()) {
            for (CoursePack.Item item : module.items()) {
                if (item instanceof CoursePack.Lesson lesson) {
                    lesson.markdown().byLanguage().forEach((language, markdown) -> problems.addAll(
                            PackImages.imageProblems(PackImages.LESSON_FILE_PREFIX + lesson.id() + "." + language
                                    + ".md", markdown, paths)));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new MissingImagesException(problems);
        }
        return next.withImages(drafts, PackImages.contentHash(next.contentHash(), drafts));
    }

    /** The newest stored picture per path (stored in id order), without bytes. */
    Map<String, CourseImageInfo> newestByPath(long courseId) {
        Map<String, CourseImageInfo> newest = new LinkedHashMap<>();
        images.infos(courseId).forEach(i -> newest.put(i.path(), i));
        return newest;
    }

    private static CoursePack.Image packImage(CourseImage i) {
        return new CoursePack.Image(i.path, i.mediaType, i.sha256, i.bytes);
    }
}
