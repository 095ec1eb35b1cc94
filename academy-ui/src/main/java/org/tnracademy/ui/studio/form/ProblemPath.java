package org.tnracademy.ui.studio.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The steps of a problem path as the types write them: {@code questions[1].options[0].id} is
 * {@code questions, [1], options, [0], id}; {@code prompt.en} is {@code prompt, en}.
 */
final class ProblemPath {

    private ProblemPath() {
    }

    static List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(name, steps);
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    name.append(path, i, path.length());
                    break;
                }
                flush(name, steps);
                steps.add(path.substring(i, close + 1));
                i = close;
            } else {
                name.append(c);
            }
        }
        flush(name, steps);
        return steps;
    }

    /** The index of a step such as {@code [3]}, or -1 when the step is a name. */
    static int index(String step) {
        if (step.length() > 2 && step.startsWith("[") && step.endsWith("]")) {
            try {
                return Integer.parseInt(step.substring(1, step.length() - 1));
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return -1;
    }

    static String join(List<String> steps) {
        StringBuilder path = new StringBuilder();
        for (String step : steps) {
            if (!path.isEmpty() && !step.startsWith("[")) {
                path.append('.');
            }
            path.append(step);
        }
        return path.toString();
    }

    private static void flush(StringBuilder name, List<String> steps) {
        if (!name.isEmpty()) {
            steps.add(name.toString());
            name.setLength(0);
        }
    }
}
