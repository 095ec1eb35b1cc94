package org.tnracademy.core.studio;

import org.tnracademy.exercises.LocalizedText;

/**
 * A course to create in the studio, with its first module (a course always has one).
 *
 * @param slug  the course's id in packs: lowercase letters, digits and '-'
 * @param level beginner, intermediate or advanced
 */
public record NewCourse(String slug, String level, LocalizedText title, LocalizedText summary,
                        String firstModuleId, LocalizedText firstModuleTitle) {
}
