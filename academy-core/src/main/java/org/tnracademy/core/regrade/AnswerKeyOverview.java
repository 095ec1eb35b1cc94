package org.tnracademy.core.regrade;

import java.util.List;

import org.tnracademy.core.catalog.KeyVersionInfo;
import org.tnracademy.exercises.LocalizedText;

/**
 * An exercise version's answer key as instructors see it: the version in force, every version,
 * and the current key as YAML to edit.
 *
 * @param regradable false for written analyses, which instructors grade on a rubric
 */
public record AnswerKeyOverview(long exerciseId, String type, int exerciseVersion, LocalizedText title,
                                int currentKeyVersion, List<KeyVersionInfo> versions, String currentKeyYaml,
                                boolean regradable, int gradedAttempts) {

    public AnswerKeyOverview {
        versions = List.copyOf(versions);
    }
}
