package org.tnracademy.core.catalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackSource;

/**
 * What the data folder remembers of the starter packs it imported: for each pack, the fingerprint
 * of its files (and of the reader that hashes them) and the content hash the import gave. A restart
 * whose pack files have that fingerprint, on a database whose course still has that content hash,
 * need not read, validate and hash the whole pack again (its generated datasets make it the largest
 * read of a start) to learn that nothing changed. A missing, unreadable or different record only
 * means the pack is read as before.
 */
final class ImportedStarterPacks {

    private static final Logger log = LoggerFactory.getLogger(ImportedStarterPacks.class);
    private static final String FOLDER = "starter-packs";

    /** One pack's record: the fingerprint of its files when imported, its id and its content hash. */
    record Imported(String fingerprint, String packId, String contentHash) {
    }

    private final Path folder;

    ImportedStarterPacks(Path dataDir) {
        this.folder = dataDir.resolve(FOLDER);
    }

    /**
     * A SHA-256 over every file of the pack (sorted path, length, bytes) and over the class that
     * computes the content hash: a changed file, an added or removed one, or a new way of hashing
     * gives another fingerprint. Reads the bytes only (no parsing): linear in the pack's size.
     */
    static String fingerprint(PackSource source) {
        MessageDigest digest = sha256();
        for (String file : List.copyOf(source.files())) {
            byte[] bytes = source.bytes(file).orElseThrow(() -> new IllegalStateException(
                    "The file " + file + " of " + source.name() + " was listed but cannot be read"));
            digest.update(file.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Long.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) 0);
            digest.update(bytes);
        }
        digest.update(readerCode());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The record of the pack at this class-path root, if one was written and reads back whole. */
    Optional<Imported> last(String root) {
        Path file = fileOf(root);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            if (parts.length != 3 || parts[0].length() != 64 || parts[2].length() != 64) {
                log.warn("Ignoring {}: not a record of an imported pack", file);
                return Optional.empty();
            }
            return Optional.of(new Imported(parts[0], parts[1], parts[2]));
        } catch (IOException | UncheckedIOException e) {
            log.warn("Ignoring {}: {}", file, e.getMessage());
            return Optional.empty();
        }
    }

    /** Writes the record whole or not at all (a temporary file moved into place). */
    void remember(String root, Imported imported) {
        Path file = fileOf(root);
        try {
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "pack", ".tmp");
            Files.writeString(temporary, imported.fingerprint() + " " + imported.packId() + " " + imported.contentHash() + "\n",
                    StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            // only the next start's shortcut is lost: it reads the pack as before
            log.warn("Could not record the import of {} in {}: {}", root, folder, e.getMessage());
        }
    }

    /** One file per pack root ({@code packs/<id>/}), named after the pack's folder. */
    private Path fileOf(String root) {
        String name = root.replaceAll("/+$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        return folder.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".imported");
    }

    /** The class files of the reader, whose inner {@code Reading} computes the content hash. */
    private static byte[] readerCode() {
        StringBuilder missing = new StringBuilder();
        ByteArrayOutputStream code = new ByteArrayOutputStream();
        for (String name : List.of("PackReader.class", "PackReader$Reading.class")) {
            try (InputStream in = PackReader.class.getResourceAsStream(name)) {
                if (in == null) {
                    missing.append(name);
                    continue;
                }
                in.transferTo(code);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The pack reader's class files are not on the class path: " + missing);
        }
        return code.toByteArray();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
