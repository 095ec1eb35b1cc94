package org.tnracademy.core.studio.upload;

import java.util.List;
import java.util.Map;

import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.exercises.indicators.IntelligenceSource;

/**
 * An uploaded indicator bundle as read: the bundle tree for the exercise's spec, how many indicators
 * it holds and where it comes from; or, when {@code problems} is not empty, why it cannot be used
 * (the first 100 problems, each with its line, then how many more).
 *
 * @param bundle       null when refused
 * @param intelligence null when refused
 */
public record IndicatorBundlePreview(String fileName, Map<String, Object> bundle, int indicatorCount,
                                     IntelligenceSource intelligence, List<PackProblem> problems) {

    public IndicatorBundlePreview {
        problems = List.copyOf(problems);
    }

    static IndicatorBundlePreview refused(String fileName, List<PackProblem> problems) {
        return new IndicatorBundlePreview(fileName, null, 0, null, problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
