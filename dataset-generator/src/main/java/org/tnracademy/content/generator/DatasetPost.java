package org.tnracademy.content.generator;

/**
 * One line of a posts-shaped dataset, as the dataset table holds it: {@code postedAt} is already
 * ISO-8601 UTC so that writing it needs no time zone.
 */
public record DatasetPost(String id, String platform, String author, Language lang, String postedAt, String text) {
}
