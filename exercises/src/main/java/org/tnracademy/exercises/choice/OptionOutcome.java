package org.tnracademy.exercises.choice;

/** What happened to one option the learner picked or should have picked. */
public enum OptionOutcome { RIGHT_PICK, WRONG_PICK, MISSED }
