package org.tnracademy.exercises.tagging;

import org.tnracademy.exercises.LocalizedText;

/** A technique the incident shows, and how the narrative shows it. */
public record TechniqueKey(String techniqueId, LocalizedText explanation) {
}
