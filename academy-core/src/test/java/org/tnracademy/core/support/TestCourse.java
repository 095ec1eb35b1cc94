package org.tnracademy.core.support;

import java.util.UUID;

import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.packs.ClasspathPackSource;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackReader;

/**
 * The small test pack {@code packs/test-course} (one module: a lesson and an item-labelling
 * exercise over six posts), imported as a course of a test's own, so the test's drafts and
 * attempts are its alone.
 */
public final class TestCourse {

    private TestCourse() {
    }

    /** The pack as read from the test classpath. */
    public static CoursePack pack() {
        return new PackReader().read(new ClasspathPackSource("packs/test-course/", TestCourse.class.getClassLoader()));
    }

    /**
     * Imports a copy under a new id.
     *
     * @return the new course's id in the pack sense (its slug): {@code prefix} and eight random characters
     */
    public static String importCopy(CourseImporter importer, String prefix) {
        CoursePack pack = pack();
        String slug = prefix + UUID.randomUUID().toString().substring(0, 8);
        importer.importPack(new CoursePack(slug, pack.version(), pack.level(), pack.title(), pack.summary(),
                pack.modules(), pack.contentHash()));
        return slug;
    }
}
