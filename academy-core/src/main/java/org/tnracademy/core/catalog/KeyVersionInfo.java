package org.tnracademy.core.catalog;

import java.time.Instant;

/** One answer-key version of an exercise version, without the key itself. */
public record KeyVersionInfo(int keyVersion, boolean current, Instant createdAt, String createdBy) {
}
