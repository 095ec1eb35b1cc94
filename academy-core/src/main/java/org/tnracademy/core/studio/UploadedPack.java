package org.tnracademy.core.studio;

import org.tnracademy.core.catalog.CourseImporter;

/** What an upload did: the course it holds and whether it was new, changed or already there. */
public record UploadedPack(String courseSlug, int packVersion, CourseImporter.Outcome outcome) {
}
