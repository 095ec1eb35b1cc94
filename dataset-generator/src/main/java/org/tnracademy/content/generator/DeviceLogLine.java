package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * One line of a device or network log. {@code indicatorId} is set on a true hit; {@code decoy} marks
 * a line built to look like one; {@code why} explains hits and decoys and is null on plain lines.
 */
public record DeviceLogLine(String id, String text, String indicatorId, boolean decoy, LocalizedText why) {
}
