package org.tnracademy.core.studio.upload;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.JsonLinesDataset;

/**
 * Reads an uploaded dataset file of any accepted format into items, checking sizes first. Pure:
 * no database, no Spring.
 */
public final class DatasetFile {

    /** A quarter of what a pack file may hold: enough for any exercise, small enough to preview in memory. */
    public static final int MAX_BYTES = 16 << 20;
    /** Far more than learners can label; a bigger file is an export to cut down first. */
    public static final int MAX_ITEMS = 50_000;
    private static final int MAX_NAME = 180;

    private DatasetFile() {
    }

    public static DatasetPreview read(String fileName, byte[] bytes) {
        String file = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        ProblemList problems = new ProblemList(file);
        Optional<DatasetFormat> format = DatasetFormat.of(file);
        if (format.isEmpty()) {
            problems.add(0, "not a dataset file: upload a .csv, a .jsonl (the pack format) or a .json"
                    + " (STIX 2.1 bundle) file", UploadProblemCode.NOT_A_DATASET_FILE);
            return new DatasetPreview(file, null, List.of(), problems.list());
        }
        if (bytes == null || bytes.length == 0) {
            problems.add(0, "the file is empty", UploadProblemCode.EMPTY_FILE);
            return new DatasetPreview(file, format.get(), List.of(), problems.list());
        }
        if (bytes.length > MAX_BYTES) {
            problems.add(0, "the file has " + bytes.length + " bytes, at most " + MAX_BYTES + " ("
                    + (MAX_BYTES >> 20) + " MiB) are accepted: split the dataset", UploadProblemCode.TOO_LARGE, bytes.length, MAX_BYTES);
            return new DatasetPreview(file, format.get(), List.of(), problems.list());
        }
        Optional<String> text = Utf8Text.decode(bytes, problems);
        if (text.isEmpty()) {
            return new DatasetPreview(file, format.get(), List.of(), problems.list());
        }
        List<CoursePack.Post> items = switch (format.get()) {
            case CSV -> CsvDataset.read(text.get(), problems);
            case STIX_BUNDLE -> StixBundleDataset.read(text.get(), problems);
            case JSONL -> jsonLines(file, text.get(), problems);
        };
        if (items.size() > MAX_ITEMS) {
            problems.add(0, items.size() + " items, at most " + MAX_ITEMS + " are accepted: split the dataset",
                    UploadProblemCode.TOO_MANY_ITEMS, items.size(), MAX_ITEMS);
        } else if (items.isEmpty() && problems.isEmpty()) {
            problems.add(0, "the dataset has no items", UploadProblemCode.NO_ITEMS);
        }
        return new DatasetPreview(file, format.get(), items, problems.list());
    }

    /** Exactly the pack format, which refuses a byte-order mark: said plainly rather than as a JSON error. */
    private static List<CoursePack.Post> jsonLines(String file, String text, ProblemList problems) {
        String body = text;
        if (!text.isEmpty() && text.charAt(0) == Utf8Text.BOM) {
            problems.add(1, "starts with a byte-order mark (BOM), which JSON Lines does not allow: save the file"
                    + " as UTF-8 without BOM", UploadProblemCode.BYTE_ORDER_MARK);
            body = text.substring(1);
        }
        return JsonLinesDataset.read(file, body, problems);
    }

    /**
     * The pack path a stored upload is known by, such as {@code datasets/shares-2025.jsonl}: the
     * file's name without its extension, lower-cased, with anything a pack path may not hold made
     * a {@code -}.
     */
    public static String packName(String fileName) {
        String base = fileName == null ? "" : fileName.strip();
        base = base.substring(Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\')) + 1);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String clean = base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_.-]+", "-")
                .replaceAll("^[^a-z0-9_]+", "").replaceAll("[.-]+$", "");
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(0, MAX_NAME).replaceAll("[.-]+$", "");
        }
        return "datasets/" + (clean.isEmpty() ? "uploaded-dataset" : clean) + ".jsonl";
    }
}
