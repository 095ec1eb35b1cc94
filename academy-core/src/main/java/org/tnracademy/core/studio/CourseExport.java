package org.tnracademy.core.studio;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.tnracademy.core.catalog.CourseSnapshot;
import org.tnracademy.core.packs.CoursePack;

/** Any course of the catalogue as a content pack zip, answer keys and published pictures included: for instructors only. */
@Service
public class CourseExport {

    private final CourseSnapshot snapshots;
    private final PackWriter writer = new PackWriter();

    CourseExport(CourseSnapshot snapshots) {
        this.snapshots = snapshots;
    }

    /**
     * The course as a zip that the academy imports again as the same course.
     *
     * @throws IllegalArgumentException when there is no such course
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public ExportedPack export(long courseId) {
        CoursePack pack = snapshots.of(courseId)
                .orElseThrow(() -> new IllegalArgumentException("No course with id " + courseId));
        return new ExportedPack(pack.id() + "-v" + pack.version() + ".zip", PackZip.zip(writer.files(pack), pack.images()));
    }
}
