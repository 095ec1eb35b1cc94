package org.tnracademy.exercises.shortanswer;

/**
 * A text that stops a regular expression after a fixed number of character reads. An author's
 * pattern with catastrophic backtracking then fails on one answer instead of holding a server
 * thread; counting reads, not time, keeps the grader deterministic.
 */
final class BoundedText implements CharSequence {

    /** Thrown when a match needs more reads than its budget. */
    static final class BudgetExceeded extends RuntimeException {
        BudgetExceeded() {
            super("the pattern needs too many steps on this answer", null, false, false);
        }
    }

    private final String text;
    private final long[] reads;
    private final long budget;

    BoundedText(String text, long budget) {
        this(text, new long[1], budget);
    }

    private BoundedText(String text, long[] reads, long budget) {
        this.text = text;
        this.reads = reads;
        this.budget = budget;
    }

    @Override
    public char charAt(int index) {
        if (++reads[0] > budget) {
            throw new BudgetExceeded();
        }
        return text.charAt(index);
    }

    @Override
    public int length() {
        return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new BoundedText(text.substring(start, end), reads, budget);
    }

    @Override
    public String toString() {
        return text;
    }
}
