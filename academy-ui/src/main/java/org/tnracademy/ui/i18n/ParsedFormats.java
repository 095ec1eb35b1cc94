package org.tnracademy.ui.i18n;

import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.ibm.icu.text.MessageFormat;

/**
 * One message pattern of one language, parsed once, and the copies of it that are free to use. A
 * format is not thread-safe, and a copy made for each use builds its number formats anew; one shared
 * copy behind a lock made requests wait whenever its holder lost its core on a busy node (20 to
 * 190 ms at 2,000 learners, docs/benchmarks.md). So each use takes a free copy, or parses one more
 * when all are in use, and gives it back: the copies never outnumber the uses of the pattern at once.
 * A clone would not do: it shares the number and date formats of the format it was cloned from.
 */
final class ParsedFormats {

    private final Locale language;
    private final String pattern;
    private final ConcurrentLinkedQueue<MessageFormat> free = new ConcurrentLinkedQueue<>();

    private ParsedFormats(Locale language, String pattern) {
        this.language = language;
        this.pattern = pattern;
        // parsed at once, so a pattern that is not a message format fails where it is first used
        free.add(new MessageFormat(pattern, language));
    }

    static ParsedFormats of(Locale language, String pattern) {
        return new ParsedFormats(language, pattern);
    }

    String format(Object... params) {
        MessageFormat format = free.poll();
        if (format == null) {
            format = new MessageFormat(pattern, language);
        }
        try {
            return format.format(params);
        } finally {
            free.add(format);
        }
    }

    /** The copies not in use now. */
    int freeCopies() {
        return free.size();
    }
}
