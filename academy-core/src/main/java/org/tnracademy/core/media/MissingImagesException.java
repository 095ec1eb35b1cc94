package org.tnracademy.core.media;

import java.util.List;
import java.util.stream.Collectors;

import org.tnracademy.core.packs.PackProblem;

/**
 * Lessons refer to pictures the course does not have: publishing them would show learners broken
 * images, so nothing was published. Each problem names the lesson file, the line and the path.
 */
public class MissingImagesException extends RuntimeException {

    private final List<PackProblem> problems;

    public MissingImagesException(List<PackProblem> problems) {
        super("Lessons refer to pictures the course does not have: " + problems.stream()
                .map(p -> p.file() + ":" + p.line() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PackProblem> problems() {
        return problems;
    }
}
