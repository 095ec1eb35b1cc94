package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * The metadata of one synthetic photo and what is visible in it, with the truth for the key: where
 * it was taken and, for numeric clues, the value to estimate ({@code trueValue}, in {@code unit}).
 *
 * @param clue  which reasoning the photo trains: {@code bearing-distance}, {@code signage},
 *              {@code solar-noon-latitude} or {@code landmark-elevation-distance}
 * @param scene what the photo shows, for drawing its synthetic picture
 */
public record PhotoRecord(String id, String fileName, String camera, String dateTimeOriginal, String offsetTime,
                          String imageDirection, String gps, LocalizedText visible, LocalizedText sun, LocalizedText signage,
                          String clue, double trueLatitude, double trueLongitude, double trueValue, String unit,
                          LocalizedText why, PhotoScene scene) {
}
