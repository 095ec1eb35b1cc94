/**
 * Technique tagging: the learner tags an incident with DISARM or MITRE ATT&CK technique ids from
 * a catalogue; graded by Jaccard over techniques, with partial credit for a wrong technique of a
 * tactic the key uses.
 */
package org.tnracademy.exercises.tagging;
