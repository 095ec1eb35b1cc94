package org.tnracademy.exercises.curriculum;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How advanced a course or an exercise is, from first steps to expert work; packs store the {@link #id()}. */
public enum CourseLevel {
    BEGINNER("beginner"),
    INTERMEDIATE("intermediate"),
    ADVANCED("advanced");

    private static final List<String> IDS = Arrays.stream(values()).map(CourseLevel::id).toList();

    private final String id;

    CourseLevel(String id) {
        this.id = id;
    }

    /** The id packs, drafts and the database store. */
    public String id() {
        return id;
    }

    /** The key of the level's name in the i18n bundles. */
    public String i18nKey() {
        return i18nKey(id);
    }

    /** The key of the name of the level stored as {@code id} (an id read back from the database). */
    public static String i18nKey(String id) {
        return "course-level." + id;
    }

    public static Optional<CourseLevel> byId(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst();
    }

    /** Every level's id, easiest first. */
    public static List<String> ids() {
        return IDS;
    }
}
