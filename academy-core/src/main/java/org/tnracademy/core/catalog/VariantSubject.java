package org.tnracademy.core.catalog;

/**
 * Whose variant an instructor previews: a learner's own (drawn and kept if they had none yet, so the
 * preview is what they get), or sample variant number n (1, 2, ...), never stored.
 */
public record VariantSubject(Long learnerId, Integer sample) {

    public VariantSubject {
        if ((learnerId == null) == (sample == null)) {
            throw new IllegalArgumentException("a learner or a sample number, one of them");
        }
        if (sample != null && (sample < 1 || sample > MAX_SAMPLE)) {
            throw new IllegalArgumentException("sample variants are numbered 1 to " + MAX_SAMPLE + ", was " + sample);
        }
    }

    /** Enough samples to see how variants differ; a bound on what a request may ask. */
    public static final int MAX_SAMPLE = 1000;

    public static VariantSubject learner(long learnerId) {
        return new VariantSubject(learnerId, null);
    }

    public static VariantSubject sample(int number) {
        return new VariantSubject(null, number);
    }
}
