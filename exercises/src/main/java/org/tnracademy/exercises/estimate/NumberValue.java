package org.tnracademy.exercises.estimate;

/** A numeric estimate or true value. */
public record NumberValue(double value) implements Estimate {

    @Override
    public QuestionKind kind() {
        return QuestionKind.NUMBER;
    }
}
