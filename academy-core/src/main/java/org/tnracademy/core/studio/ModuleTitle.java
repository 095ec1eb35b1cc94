package org.tnracademy.core.studio;

import org.tnracademy.exercises.LocalizedText;

/** A module of a course draft: its id in the pack (which never changes) and its title per language. */
public record ModuleTitle(String id, LocalizedText title) {
}
