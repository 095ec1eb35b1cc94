package org.tnracademy.core.packs;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.core.policy.AttemptPolicy;
import org.tnracademy.exercises.LocalizedText;

/**
 * A validated content pack, ready to import. Everything here came from files and was checked.
 *
 * @param passMark the score in percent a learner needs for the course's certificate; null when the
 *                 pack does not say, so an import keeps the course's current pass mark
 */
public record CoursePack(String id, int version, String level, LocalizedText title, LocalizedText summary,
                         List<Module> modules, String contentHash, List<Image> images, Integer passMark) {

    /** What a course's certificate needs when nobody chose otherwise. */
    public static final int DEFAULT_PASS_MARK = 70;

    public CoursePack {
        modules = List.copyOf(modules);
        images = List.copyOf(images);
    }

    /** A course with pictures and no pass mark of its own. */
    public CoursePack(String id, int version, String level, LocalizedText title, LocalizedText summary,
                      List<Module> modules, String contentHash, List<Image> images) {
        this(id, version, level, title, summary, modules, contentHash, images, null);
    }

    /** A course without pictures of its own. */
    public CoursePack(String id, int version, String level, LocalizedText title, LocalizedText summary,
                      List<Module> modules, String contentHash) {
        this(id, version, level, title, summary, modules, contentHash, List.of());
    }

    /** The same course with these pictures (and the content hash that covers them). */
    public CoursePack withImages(List<Image> newImages, String newContentHash) {
        return new CoursePack(id, version, level, title, summary, modules, newContentHash, newImages, passMark);
    }

    public record Module(String id, LocalizedText title, List<Item> items) {
        public Module {
            items = List.copyOf(items);
        }
    }

    /** A step of a module: a lesson or an exercise. */
    public sealed interface Item permits Lesson, Exercise {
        String id();
    }

    public record Lesson(String id, int minutes, LocalizedText title, LocalizedText markdown,
                         LocalizedText contentNote) implements Item {
    }

    /**
     * An exercise of any type: spec and key are the trees of the type's documented format, already
     * checked by the type (see {@link org.tnracademy.exercises.types.ExerciseTypes}).
     *
     * @param level   null when the pack gives none
     * @param dataset null for types that work without one
     */
    public record Exercise(String id, String type, int version, LocalizedText title, LocalizedText instructions,
                           String level, List<String> forms, Map<String, Object> spec, Map<String, Object> key,
                           AttemptPolicy policy, Dataset dataset, String contentHash) implements Item {
        public Exercise {
            forms = List.copyOf(forms);
            spec = Collections.unmodifiableMap(new LinkedHashMap<>(spec));
            key = Collections.unmodifiableMap(new LinkedHashMap<>(key));
        }

        public int maxAttempts() {
            return policy.maxAttempts();
        }
    }

    public record Dataset(String name, List<Post> posts, String contentHash) {
        public Dataset {
            posts = List.copyOf(posts);
        }
    }

    /**
     * A picture of the pack (PNG, JPEG, WebP or a checked SVG), by its path in the pack, such as
     * {@code lessons/images/map.png}. Equal when path, type and SHA-256 are: the bytes are not compared.
     */
    public record Image(String path, String mediaType, String sha256, byte[] bytes) {
        public Image {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image i && path.equals(i.path) && mediaType.equals(i.mediaType)
                    && sha256.equals(i.sha256);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(path, mediaType, sha256);
        }

        @Override
        public String toString() {
            return "Image[" + path + ", " + mediaType + ", " + bytes.length + " bytes, sha256 " + sha256 + "]";
        }
    }

    public record Post(String id, String platform, String author, String lang, Instant postedAt, String text) {
    }
}
