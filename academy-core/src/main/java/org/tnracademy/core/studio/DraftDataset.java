package org.tnracademy.core.studio;

/** A stored dataset an exercise draft may use: its id, its path in the pack, and its number of items. */
public record DraftDataset(long id, String name, int items) {
}
