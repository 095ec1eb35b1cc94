package org.tnracademy.core.analysis;

/**
 * How one learner answered one item of an exercise.
 *
 * @param expected what the key holds for the item
 * @param given    what the learner answered; {@link #NOTHING} when they left it
 */
record ItemOutcome(String itemId, String expected, String given, boolean correct) {

    static final String NOTHING = "(none)";
}
