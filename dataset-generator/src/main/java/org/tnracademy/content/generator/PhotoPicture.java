package org.tnracademy.content.generator;

import java.util.Locale;

/**
 * Draws the synthetic picture of a photo as SVG: the scene its prompt describes, in a geometry
 * consistent with the key. The camera looks along {@link PhotoScene#facing()} with a horizontal
 * field of view of {@value #FIELD_OF_VIEW} degrees, so a bearing {@code b} stands
 * {@code (b - facing) * }{@value #PIXELS_PER_DEGREE} pixels right of the centre and an angle
 * {@code a} above the horizon {@code a * }{@value #PIXELS_PER_DEGREE} pixels above it: the landmark
 * is straight ahead at the centre, its top at its true angular height. A post in the foreground
 * casts its shadow towards the shadow bearing, as long as the sun's elevation makes it. Signs are
 * in the stated language; a heading scale shows when the metadata records the direction, and a
 * band gives the file name and says the picture is synthetic.
 *
 * <p>Text only, numbers in {@link Locale#ROOT}: the same photo always gives the same bytes, on any
 * machine (no fonts are rendered here).
 */
public final class PhotoPicture {

    static final int WIDTH = 640;
    static final int HEIGHT = 400;
    static final int FIELD_OF_VIEW = 40;
    static final int PIXELS_PER_DEGREE = WIDTH / FIELD_OF_VIEW;
    static final int HORIZON = 250;
    private static final int CENTRE = WIDTH / 2;

    private PhotoPicture() {
    }

    /** The picture of a photo, an SVG document. */
    public static String svg(PhotoRecord photo) {
        PhotoScene s = photo.scene();
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" font-family=\"sans-serif\" data-heading=\"").append(s.facingRecorded() ? s.facing() : "")
                .append("\">\n");
        out.append("  <title>").append(xml(title(photo))).append("</title>\n");
        out.append("  <defs><linearGradient id=\"sky\" x1=\"0\" y1=\"0\" x2=\"0\" y2=\"1\"><stop offset=\"0\" stop-color=\"")
                .append(s.sunElevation() < 10 ? "#e9b98a" : "#7fb2e5").append("\"/><stop offset=\"1\" stop-color=\"")
                .append(s.sunElevation() < 10 ? "#f6e2c4" : "#d8e9f7").append("\"/></linearGradient></defs>\n");
        out.append("  <rect width=\"").append(WIDTH).append("\" height=\"").append(HORIZON).append("\" fill=\"url(#sky)\"/>\n");
        sun(out, s);
        if (s.landmark() == null) {
            seaAndDunes(out);
        } else {
            out.append("  <rect y=\"").append(HORIZON).append("\" width=\"").append(WIDTH).append("\" height=\"")
                    .append(HEIGHT - HORIZON).append("\" fill=\"#9fb58a\"/>\n");
            out.append("  <path d=\"M0 ").append(HORIZON).append(" Q 160 ").append(HORIZON - 9).append(" 320 ")
                    .append(HORIZON).append(" T 640 ").append(HORIZON).append(" Z\" fill=\"#8aa374\"/>\n");
            landmark(out, s);
        }
        postAndShadow(out, s);
        signs(out, s.signage());
        if (s.facingRecorded()) {
            headingScale(out, s.facing());
        }
        out.append("  <text x=\"10\" y=\"22\" font-size=\"14\" font-weight=\"bold\" fill=\"#ffffff\" stroke=\"#000000\" ")
                .append("stroke-width=\"0.6\">SYNTHETIC</text>\n");
        out.append("  <rect y=\"").append(HEIGHT - 24).append("\" width=\"").append(WIDTH)
                .append("\" height=\"24\" fill=\"#000000\" fill-opacity=\"0.65\"/>\n");
        out.append("  <text x=\"8\" y=\"").append(HEIGHT - 8).append("\" font-size=\"12\" fill=\"#ffffff\">")
                .append(xml(photo.fileName() + " · " + photo.camera() + " · " + photo.dateTimeOriginal()
                        + (photo.imageDirection() == null ? "" : " · ImageDirection " + photo.imageDirection())
                        + " · synthetic picture"))
                .append("</text>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    /** The file name the photo's picture has in the pack. */
    public static String path(String exerciseId, String questionId) {
        return "images/" + exerciseId + "/" + questionId + ".svg";
    }

    private static String title(PhotoRecord photo) {
        return "Synthetic picture of " + photo.fileName() + ": " + Texts.en(photo.visible());
    }

    private static void sun(StringBuilder out, PhotoScene s) {
        double x = CENTRE + relative(s.sunAzimuth(), s.facing()) * PIXELS_PER_DEGREE;
        double y = HORIZON - s.sunElevation() * PIXELS_PER_DEGREE;
        if (x > -20 && x < WIDTH + 20 && y > -20) {
            out.append("  <circle id=\"sun\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                    .append("\" r=\"14\" fill=\"#fff6c2\" stroke=\"#ffd54a\" stroke-width=\"4\"/>\n");
        }
    }

    private static void seaAndDunes(StringBuilder out) {
        out.append("  <rect y=\"").append(HORIZON).append("\" width=\"").append(WIDTH).append("\" height=\"60\" fill=\"#3f7fa8\"/>\n");
        out.append("  <path d=\"M0 ").append(HORIZON + 60).append(" Q 120 ").append(HORIZON + 30).append(" 260 ")
                .append(HORIZON + 55).append(" T 640 ").append(HORIZON + 45).append(" L 640 ").append(HEIGHT)
                .append(" L 0 ").append(HEIGHT).append(" Z\" fill=\"#e3cf9a\"/>\n");
    }

    /** The landmark straight ahead: centred, its top at its angular height above the horizon. */
    private static void landmark(StringBuilder out, PhotoScene s) {
        Gazetteer.Landmark l = s.landmark();
        double h = Math.max(s.landmarkAngle() * PIXELS_PER_DEGREE, 6);
        double top = HORIZON - h;
        double w = Math.max(h * 0.18, 3);
        out.append("  <g id=\"landmark\" data-kind=\"").append(l.kind()).append("\" data-bearing=\"").append(s.facing())
                .append("\" data-angle=\"").append(String.format(Locale.ROOT, "%.2f", s.landmarkAngle()))
                .append("\" transform=\"translate(").append(CENTRE).append(" 0)\">\n");
        switch (l.kind()) {
            case "lighthouse" -> {
                out.append("    <path d=\"M").append(n(-w / 2)).append(' ').append(HORIZON).append(" L").append(n(-w / 3))
                        .append(' ').append(n(top + h * 0.15)).append(" L").append(n(w / 3)).append(' ')
                        .append(n(top + h * 0.15)).append(" L").append(n(w / 2)).append(' ').append(HORIZON)
                        .append(" Z\" fill=\"#f4f4f4\" stroke=\"#555555\" stroke-width=\"0.5\"/>\n");
                out.append("    <rect x=\"").append(n(-w / 2)).append("\" y=\"").append(n(top + h * 0.5)).append("\" width=\"")
                        .append(n(w)).append("\" height=\"").append(n(h * 0.15)).append("\" fill=\"#c0392b\"/>\n");
                out.append("    <rect x=\"").append(n(-w / 3)).append("\" y=\"").append(n(top)).append("\" width=\"")
                        .append(n(2 * w / 3)).append("\" height=\"").append(n(h * 0.15)).append("\" fill=\"#333333\"/>\n");
            }
            case "tower" -> {
                out.append("    <rect x=\"").append(n(-w / 4)).append("\" y=\"").append(n(top + h * 0.35)).append("\" width=\"")
                        .append(n(w / 2)).append("\" height=\"").append(n(h * 0.65)).append("\" fill=\"#8c8c8c\"/>\n");
                out.append("    <ellipse cx=\"0\" cy=\"").append(n(top + h * 0.18)).append("\" rx=\"").append(n(w * 1.2))
                        .append("\" ry=\"").append(n(h * 0.18)).append("\" fill=\"#b0b0b0\" stroke=\"#666666\" stroke-width=\"0.5\"/>\n");
            }
            case "mast" -> {
                out.append("    <path d=\"M").append(n(-w / 3)).append(' ').append(HORIZON).append(" L0 ").append(n(top))
                        .append(" L").append(n(w / 3)).append(' ').append(HORIZON)
                        .append("\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"1.2\"/>\n");
                out.append("    <circle cx=\"0\" cy=\"").append(n(top)).append("\" r=\"1.5\" fill=\"#ff0000\"/>\n");
            }
            default -> {
                out.append("    <rect x=\"").append(n(-w / 2)).append("\" y=\"").append(n(top + h * 0.3)).append("\" width=\"")
                        .append(n(w)).append("\" height=\"").append(n(h * 0.7)).append("\" fill=\"#b59a72\"/>\n");
                out.append("    <path d=\"M").append(n(-w / 2)).append(' ').append(n(top + h * 0.3)).append(" L0 ")
                        .append(n(top)).append(" L").append(n(w / 2)).append(' ').append(n(top + h * 0.3))
                        .append(" Z\" fill=\"#5b6b7a\"/>\n");
            }
        }
        out.append("  </g>\n");
    }

    /**
     * A post in the foreground and its shadow on the ground: pointing away from the camera is up
     * the picture, to the right is right; its length follows the sun's elevation.
     */
    private static void postAndShadow(StringBuilder out, PhotoScene s) {
        int baseX = 130;
        int baseY = 350;
        int postHeight = 70;
        double rel = StrictMath.toRadians(relative(s.shadowBearing(), s.facing()));
        double length = Math.min(postHeight / StrictMath.tan(StrictMath.toRadians(Math.max(s.sunElevation(), 1))), 180);
        double dx = StrictMath.sin(rel) * length;
        double dy = -StrictMath.cos(rel) * length * 0.35;
        out.append("  <line id=\"shadow\" data-bearing=\"").append(String.format(Locale.ROOT, "%.0f", s.shadowBearing()))
                .append("\" x1=\"").append(baseX).append("\" y1=\"").append(baseY).append("\" x2=\"").append(n(baseX + dx))
                .append("\" y2=\"").append(n(baseY + dy))
                .append("\" stroke=\"#2b2b2b\" stroke-opacity=\"0.55\" stroke-width=\"6\" stroke-linecap=\"round\"/>\n");
        out.append("  <rect x=\"").append(baseX - 3).append("\" y=\"").append(baseY - postHeight)
                .append("\" width=\"6\" height=\"").append(postHeight).append("\" fill=\"#4a3b2a\"/>\n");
    }

    private static void signs(StringBuilder out, Language language) {
        boolean english = language == Language.EN;
        out.append("  <g id=\"signs\" data-language=\"").append(english ? "en" : "fr").append("\">\n");
        out.append("    <rect x=\"430\" y=\"285\" width=\"150\" height=\"30\" fill=\"#1d4e89\"/>\n");
        out.append("    <text x=\"505\" y=\"306\" font-size=\"15\" text-anchor=\"middle\" fill=\"#ffffff\">")
                .append(english ? "BAKERY · OPEN" : "BOULANGERIE · OUVERT").append("</text>\n");
        out.append("    <rect x=\"598\" y=\"270\" width=\"4\" height=\"90\" fill=\"#555555\"/>\n");
        out.append("    <rect x=\"560\" y=\"240\" width=\"80\" height=\"30\" rx=\"4\" fill=\"#f2c200\"/>\n");
        out.append("    <text x=\"600\" y=\"260\" font-size=\"12\" text-anchor=\"middle\" fill=\"#000000\">")
                .append(english ? "BUS STOP" : "ARRÊT DE BUS").append("</text>\n");
        out.append("  </g>\n");
    }

    /** Ticks every 5 degrees across the field of view, labelled every 10, the centre marked. */
    private static void headingScale(StringBuilder out, int facing) {
        out.append("  <g id=\"heading\" font-size=\"11\" fill=\"#ffffff\" stroke=\"#ffffff\">\n");
        out.append("    <rect x=\"0\" y=\"30\" width=\"").append(WIDTH).append("\" height=\"26\" fill=\"#000000\" ")
                .append("fill-opacity=\"0.35\" stroke=\"none\"/>\n");
        int half = FIELD_OF_VIEW / 2;
        for (int b = facing - half; b <= facing + half; b++) {
            if (Math.floorMod(b, 5) != 0) {
                continue;
            }
            double x = CENTRE + (b - facing) * PIXELS_PER_DEGREE;
            boolean labelled = Math.floorMod(b, 10) == 0;
            out.append("    <line x1=\"").append(n(x)).append("\" y1=\"30\" x2=\"").append(n(x)).append("\" y2=\"")
                    .append(labelled ? 40 : 36).append("\" stroke-width=\"1\"/>\n");
            if (labelled) {
                out.append("    <text x=\"").append(n(x)).append("\" y=\"52\" text-anchor=\"middle\" stroke=\"none\">")
                        .append(label(Math.floorMod(b, 360))).append("</text>\n");
            }
        }
        out.append("    <path d=\"M").append(CENTRE - 6).append(" 58 L").append(CENTRE).append(" 66 L").append(CENTRE + 6)
                .append(" 58 Z\" fill=\"#ffd54a\" stroke=\"none\"/>\n");
        out.append("  </g>\n");
    }

    private static String label(int bearing) {
        return switch (bearing) {
            case 0 -> "N";
            case 90 -> "E";
            case 180 -> "S";
            case 270 -> "W";
            default -> bearing + "°";
        };
    }

    /** {@code bearing} relative to where the camera faces, from -180 to 180: right is positive. */
    static double relative(double bearing, double facing) {
        double r = (bearing - facing) % 360;
        if (r > 180) {
            r -= 360;
        } else if (r <= -180) {
            r += 360;
        }
        return r;
    }

    private static String n(double v) {
        return YamlText.number(Math.round(v * 10) / 10.0);
    }

    static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
