package org.tnracademy.core.packs;

import java.time.Instant;
import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/** A validated content pack, ready to import. Everything here came from files and was checked. */
public record CoursePack(String id, int version, String level, LocalizedText title, LocalizedText summary,
                         List<Module> modules, String contentHash) {

    public CoursePack {
        modules = List.copyOf(modules);
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

    public record Exercise(String id, String type, int version, LocalizedText title, LocalizedText instructions,
                           List<Label> labels, int maxAttempts, Dataset dataset, List<KeyItem> key,
                           String contentHash) implements Item {
        public Exercise {
            labels = List.copyOf(labels);
            key = List.copyOf(key);
        }
    }

    public record Label(String id, LocalizedText title) {
    }

    public record KeyItem(String item, String label, LocalizedText explanation) {
    }

    public record Dataset(String name, List<Post> posts, String contentHash) {
        public Dataset {
            posts = List.copyOf(posts);
        }
    }

    public record Post(String id, String platform, String author, String lang, Instant postedAt, String text) {
    }
}
