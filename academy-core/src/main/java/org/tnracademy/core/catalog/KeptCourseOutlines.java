package org.tnracademy.core.catalog;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Course outlines kept between requests, each with the version of the course row it was built at.
 * Every page a learner opens needs its course's outline, and building one reads the modules,
 * lessons and exercises and parses their texts (a tenth of the node's CPU under load before this,
 * docs/benchmarks.md). Every change to a course's content goes through {@link CourseImporter},
 * which rewrites the course row (its content hash) and so raises its version; so do a studio
 * course's first publication and a new pass mark. A reader compares that version (one indexed read of one row)
 * and rebuilds only after a change: a publication on any node is seen on every node at once,
 * without messages between nodes.
 */
@Component
class KeptCourseOutlines {

    /** Far more courses than any academy publishes; past it the map starts again rather than grow. */
    private static final int MAX_COURSES = 10_000;

    private record Kept(long version, CourseOutline outline) {
    }

    private final ConcurrentHashMap<Long, Kept> byCourse = new ConcurrentHashMap<>();

    /** The outline kept for exactly this version of the course, if any. */
    Optional<CourseOutline> at(CourseStamp stamp) {
        Kept kept = byCourse.get(stamp.id());
        return kept != null && kept.version() == stamp.version() ? Optional.of(kept.outline()) : Optional.empty();
    }

    /** Keeps an outline built from the course row at this version; an older one never replaces a newer. */
    void keep(long courseId, long version, CourseOutline outline) {
        if (byCourse.size() >= MAX_COURSES) {
            byCourse.clear();
        }
        byCourse.merge(courseId, new Kept(version, outline),
                (old, built) -> built.version() >= old.version() ? built : old);
    }
}
