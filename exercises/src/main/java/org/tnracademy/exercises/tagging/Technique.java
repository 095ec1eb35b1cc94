package org.tnracademy.exercises.tagging;

import org.tnracademy.exercises.LocalizedText;

/**
 * One technique learners may tag, such as DISARM T0085 or ATT&CK for Mobile T1430, with the id of
 * its tactic (DISARM TA06, ATT&CK TA0032). A technique used under several tactics is listed under
 * the one that fits the exercise.
 */
public record Technique(String id, String tacticId, LocalizedText name) {
}
