package org.tnracademy.core.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.openpdf.text.pdf.BaseFont;

/**
 * The embedded fonts, read once from the jar (the build unpacks them; see academy-core's pom) and
 * shared by every document: a font remembers which glyphs each document used, per document.
 * Noto Sans Arabic carries Latin too, so Latin and Arabic text share one design; the Chinese and
 * Japanese faces add Han, kana and Cyrillic.
 */
final class PdfFonts {

    private static final String FOLDER = "/org/tnracademy/core/pdf/fonts/";

    final BaseFont latinArabic;
    final BaseFont latinArabicBold;
    final BaseFont chinese;
    final BaseFont japanese;

    private PdfFonts() {
        latinArabic = load("NotoSansArabic_400Regular.ttf");
        latinArabicBold = load("NotoSansArabic_700Bold.ttf");
        chinese = load("NotoSansSC_400Regular.ttf");
        japanese = load("NotoSansJP_400Regular.ttf");
    }

    /** Every face, in no particular order. */
    List<BaseFont> all() {
        return List.of(latinArabic, latinArabicBold, chinese, japanese);
    }

    static PdfFonts get() {
        return Holder.FONTS;
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + file + " is missing from the class path: "
                        + "academy-core's build unpacks it (maven-antrun-plugin, execution pdf-fonts)");
            }
            // Identity-H: any Unicode character the face has; embedded as a subset of the glyphs used
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + file + " could not be read", e);
        }
    }

    /** Loaded on first use (about 16 MB), then kept: the class loader makes it happen once. */
    private static final class Holder {
        static final PdfFonts FONTS = new PdfFonts();
    }
}
