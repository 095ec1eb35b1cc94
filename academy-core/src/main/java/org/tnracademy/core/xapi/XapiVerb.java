package org.tnracademy.core.xapi;

/** The verbs the academy states, from the ADL vocabulary every learning record store knows. */
enum XapiVerb {
    /** The learner opened an exercise to make an attempt. */
    LAUNCHED("launched"),
    /** The learner read a lesson (marked it read). */
    EXPERIENCED("experienced"),
    /** The learner's first step in a course: once per learner and course. */
    ATTEMPTED("attempted"),
    /** The learner submitted an answer to an exercise (graded or waiting for an instructor). */
    ANSWERED("answered"),
    /** An attempt received its grade, with the scaled score. */
    SCORED("scored"),
    /** Every lesson of a course read and every exercise graded: once per learner and course. */
    COMPLETED("completed"),
    /** A completed course at its pass mark or above: once per learner and course. */
    PASSED("passed");

    private final String word;

    XapiVerb(String word) {
        this.word = word;
    }

    String iri() {
        return "http://adlnet.gov/expapi/verbs/" + word;
    }

    /** The display word, in English as the ADL vocabulary names it. */
    String word() {
        return word;
    }
}
