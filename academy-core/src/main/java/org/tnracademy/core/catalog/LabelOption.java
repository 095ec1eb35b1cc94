package org.tnracademy.core.catalog;

import org.tnracademy.exercises.LocalizedText;

/** A label a learner may give an item, with its name in each language. */
public record LabelOption(String id, LocalizedText title) {
}
