package org.tnracademy.exercises.written;

import org.tnracademy.exercises.LocalizedText;

/**
 * The points given on one criterion, out of its maximum, with the descriptor of the level they
 * reach (the level worth the most points not above them; null when no level is that low).
 */
public record CriterionScore(String criterionId, LocalizedText title, int points, int maxPoints,
                             LocalizedText level) {
}
