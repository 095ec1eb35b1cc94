package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.exercises.ProblemMessage;
import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.DatasetItemRules;

/**
 * A dataset as CSV: a header row, then one item per record. Columns {@code id}, {@code text} and
 * {@code synthetic} are required, {@code platform}, {@code author}, {@code lang} and {@code
 * postedAt} optional, in any order and any case; any other column is refused, so a misspelt one is
 * not silently dropped. Cells are trimmed, but for the text.
 */
final class CsvDataset {

    static final List<String> REQUIRED = List.of("id", "text", "synthetic");
    static final List<String> COLUMNS = List.of("id", "platform", "author", "lang", "postedAt", "text", "synthetic");

    private CsvDataset() {
    }

    static List<CoursePack.Post> read(String text, ProblemList problems) {
        List<CoursePack.Post> posts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        CsvFile.read(text, COLUMNS, REQUIRED, problems, (row, p) -> {
            CoursePack.Post post = DatasetItemRules.post(new DatasetItemRules.Fields(row.cell("id", false),
                            row.cell("platform", false), row.cell("author", false), row.cell("lang", false),
                            row.cell("postedAt", false), row.cell("text", true)),
                    ids, field -> "column " + row.columnOf(field) + " (" + field + ")",
                    (field, english, message) -> p.add(row.line(), field, english, message));
            String synthetic = row.record().get(row.column().get("synthetic")).strip();
            if (!synthetic.equalsIgnoreCase("true")) {
                p.add(row.line(), "column " + row.columnOf("synthetic") + " (synthetic)", "must be true (only"
                        + " synthetic data may enter the academy), was '" + synthetic + "'",
                        ProblemMessage.of(PackProblemCode.NOT_SYNTHETIC));
            }
            if (post != null) {
                posts.add(post);
            }
        });
        return posts;
    }
}
