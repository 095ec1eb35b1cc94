package org.tnracademy.core.dataset;

import java.time.Instant;

/** A dataset item as views show it. */
public record DatasetRow(String itemKey, int position, String platform, String author, String lang,
                         Instant postedAt, String text) {
}
