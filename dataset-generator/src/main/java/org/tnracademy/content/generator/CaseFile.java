package org.tnracademy.content.generator;

import org.tnracademy.exercises.LocalizedText;

/**
 * A short structured record of a state's legal or administrative move against a person abroad:
 * a passport invalidation, a refused consular service, an international notice or an extradition
 * request. {@code issuedAt} is ISO-8601 with the issuer's offset; {@code signals} says what makes
 * it look abusive, for lessons and keys.
 */
public record CaseFile(String id, String kind, String issuedAt, String issuer, String subject, LocalizedText summary,
                       LocalizedText signals) {
}
