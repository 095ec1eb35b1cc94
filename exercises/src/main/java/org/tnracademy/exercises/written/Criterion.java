package org.tnracademy.exercises.written;

import java.util.Comparator;
import java.util.List;

import org.tnracademy.exercises.Copies;
import org.tnracademy.exercises.LocalizedText;

/** One criterion of a rubric: what it assesses, its maximum points and its level descriptors. */
public record Criterion(String id, LocalizedText title, LocalizedText description, int maxPoints,
                        List<RubricLevel> levels) {

    public Criterion {
        levels = Copies.list(levels);
    }

    /** The level reached with these points: the one worth the most points not above them, or null. */
    public RubricLevel levelFor(int points) {
        return levels.stream().filter(l -> l.points() <= points)
                .max(Comparator.comparingInt(RubricLevel::points)).orElse(null);
    }
}
