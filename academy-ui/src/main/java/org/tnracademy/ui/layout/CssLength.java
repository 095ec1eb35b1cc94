package org.tnracademy.ui.layout;

import java.util.Locale;

/** A CSS length as the server sets it on a component ({@code 12rem}, {@code 80px}), in CSS pixels. */
final class CssLength {

    /** The root font size the academy's theme keeps (Lumo's 16 px): what one rem is. */
    static final double REM_PX = 16;

    private CssLength() {
    }

    /**
     * The length in CSS pixels: rem and em at {@link #REM_PX}, px as it is; {@code otherwise} for
     * no length or one whose size depends on the page (%, auto, calc).
     */
    static double px(String length, double otherwise) {
        if (length == null) {
            return otherwise;
        }
        String css = length.strip().toLowerCase(Locale.ROOT);
        try {
            if (css.endsWith("rem")) {
                return Double.parseDouble(css.substring(0, css.length() - 3)) * REM_PX;
            }
            if (css.endsWith("em")) {
                return Double.parseDouble(css.substring(0, css.length() - 2)) * REM_PX;
            }
            if (css.endsWith("px")) {
                return Double.parseDouble(css.substring(0, css.length() - 2));
            }
        } catch (NumberFormatException notALength) {
            return otherwise;
        }
        return otherwise;
    }
}
