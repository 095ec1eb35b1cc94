package org.tnracademy.core.packs;

import java.util.Optional;

/** A Markdown file's YAML header between two '---' lines, split from its body. */
record FrontMatter(String yaml, String body, int bodyLine) {

    static Optional<FrontMatter> split(String text) {
        String t = text.replace("\r\n", "\n");
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1);
        }
        if (!t.startsWith("---\n")) {
            return Optional.empty();
        }
        int end = t.indexOf("\n---", 3);
        if (end < 0) {
            return Optional.empty();
        }
        int bodyStart = t.indexOf('\n', end + 4);
        String yaml = t.substring(4, end + 1);
        String body = bodyStart < 0 ? "" : t.substring(bodyStart + 1);
        int bodyLine = (int) t.substring(0, bodyStart < 0 ? t.length() : bodyStart).chars().filter(c -> c == '\n').count() + 2;
        return Optional.of(new FrontMatter(yaml, body, bodyLine));
    }
}
