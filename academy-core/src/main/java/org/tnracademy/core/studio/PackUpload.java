package org.tnracademy.core.studio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.tnracademy.core.audit.RefusedUpload;
import org.tnracademy.core.audit.AuditAction;
import org.tnracademy.core.audit.AuditLog;
import org.tnracademy.core.audit.AuditMessage;
import org.tnracademy.core.catalog.CourseImporter;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.PackProblem;
import org.tnracademy.core.packs.PackReader;
import org.tnracademy.core.packs.PackValidationException;
import org.tnracademy.core.packs.ZipPackSource;
import org.tnracademy.core.studio.upload.UploadProblemCode;
import org.tnracademy.exercises.ProblemMessage;

/**
 * Imports a pack zip an instructor uploaded. The whole pack is checked before anything is written,
 * and the import is one transaction: a pack with any problem changes nothing, and the problems come
 * back all at once with file, line and reason.
 */
@Service
public class PackUpload {

    /** Far above any real course pack (the starter course zips to well under 1 MiB). */
    public static final int MAX_UPLOAD_BYTES = 64 << 20;

    private final CourseImporter importer;
    private final AuditLog audit;
    private final PackReader reader = new PackReader();

    PackUpload(CourseImporter importer, AuditLog audit) {
        this.importer = importer;
        this.audit = audit;
    }

    /**
     * @param fileName the name of the uploaded file, for messages
     * @throws PackValidationException listing every problem; nothing was imported
     */
    @PreAuthorize("hasRole('INSTRUCTOR')")
    public UploadedPack importZip(String fileName, byte[] zip) {
        String name = fileName == null || fileName.isBlank() ? "upload.zip" : fileName;
        try {
            return importChecked(name, zip);
        } catch (PackValidationException refused) {
            audit.recordRefusedUpload(RefusedUpload.problems(RefusedUpload.Field.COURSE_PACK, name,
                    refused.problems().size()), null);
            throw refused;
        }
    }

    private UploadedPack importChecked(String name, byte[] zip) {
        if (zip == null || zip.length == 0) {
            throw new PackValidationException(name, List.of(new PackProblem(name, 0, "the file is empty", null,
                    ProblemMessage.of(UploadProblemCode.EMPTY_FILE))));
        }
        if (zip.length > MAX_UPLOAD_BYTES) {
            throw new PackValidationException(name, List.of(new PackProblem(name, 0,
                    "larger than " + MAX_UPLOAD_BYTES + " bytes", null,
                    ProblemMessage.of(UploadProblemCode.TOO_LARGE, zip.length, MAX_UPLOAD_BYTES))));
        }
        CoursePack pack = reader.read(open(name, zip));
        CourseImporter.Outcome outcome = importer.importPack(pack);
        String actor = SecurityContextHolder.getContext().getAuthentication().getName();
        audit.record(actor, AuditAction.CONTENT_IMPORTED,
                AuditMessage.of("pack-uploaded", name, pack.title(), pack.version(), outcome.name()), "uploaded " + name + ": course " + pack.id() + " version "
                + pack.version() + " " + outcome, null);
        return new UploadedPack(pack.id(), pack.version(), outcome);
    }

    /** The zip is read from a private temporary file that is gone again before this returns. */
    private static ZipPackSource open(String name, byte[] zip) {
        Path file = null;
        try {
            file = Files.createTempFile("pack-upload-", ".zip");
            Files.write(file, zip);
            return ZipPackSource.open(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot hold the upload " + name + " for reading", e);
        } catch (PackValidationException e) {
            // the problems name the temporary file: name the upload instead
            throw new PackValidationException(name, e.problems().stream()
                    .map(p -> p.file().startsWith("pack-upload-") ? new PackProblem(name, p.line(), p.reason(), p.field(),
                            p.message()) : p)
                    .toList());
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temporary file left behind is removed with the temporary folder
                }
            }
        }
    }
}
