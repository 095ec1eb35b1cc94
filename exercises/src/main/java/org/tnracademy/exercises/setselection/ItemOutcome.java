package org.tnracademy.exercises.setselection;

/** What happened to one item that was in the key set or in the chosen set. */
public enum ItemOutcome { MATCHED, MISSED, WRONGLY_CLAIMED }
