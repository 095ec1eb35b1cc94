package org.tnracademy.core.media;

import java.util.List;
import java.util.stream.Collectors;

import org.tnracademy.core.packs.PackImages;

/**
 * Lessons refer to pictures the course does not have: publishing them would show learners broken
 * images, so nothing was published. Each problem names the lesson file, the line and the picture's path as written.
 */
public class MissingImagesException extends RuntimeException {

    private final List<PackImages.ImageProblem> problems;

    public MissingImagesException(List<PackImages.ImageProblem> problems) {
        super("Lessons refer to pictures the course does not have: " + problems.stream()
                .map(p -> p.lessonFile() + ":" + p.line() + ": " + p.reason()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<PackImages.ImageProblem> problems() {
        return problems;
    }
}
