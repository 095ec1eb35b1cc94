package org.tnracademy.core.badge;

/**
 * A learner's badge as they download it.
 *
 * @param jwt      the signed VC-JWT, what a wallet or verifier takes
 * @param json     the credential it carries, decoded and indented, for people to read
 * @param fileStem a file name without extension, from the course's slug
 */
public record BadgeFile(String jwt, String json, String fileStem) {
}
