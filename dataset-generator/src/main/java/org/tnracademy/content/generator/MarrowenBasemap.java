package org.tnracademy.content.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The basemap of the invented archipelago of Marrowen, as an SVG drawn in Web Mercator over
 * {@link #SOUTH}..{@link #NORTH}, {@link #WEST}..{@link #EAST}: a map that stretches it over those
 * bounds (Leaflet's image overlay in EPSG:3857) puts every latitude and longitude in its place, so
 * the academy needs no tile server. Coastlines of the two islands, the gazetteer's landmarks and a
 * graticule every quarter degree.
 *
 * <p>Each island is the convex hull of its landmarks widened by {@value #MARGIN_KM} km, its shore
 * pushed out by a seeded smooth wobble: every photo (at most 4.5 km from its landmark) is on land.
 */
public final class MarrowenBasemap {

    public static final double SOUTH = -43.0;
    public static final double NORTH = -41.35;
    public static final double WEST = -25.9;
    public static final double EAST = -23.5;
    static final int WIDTH = 1000;
    public static final String PATH = "images/marrowen-basemap.svg";
    static final double MARGIN_KM = 7;

    private static final long SALT = 0x434F415354L; // "COAST"
    private static final double KM_PER_DEGREE_LATITUDE = 110.57;

    private final long seed;

    public MarrowenBasemap(long seed) {
        this.seed = seed;
    }

    /** The height the width gives in Web Mercator, so that the picture is not stretched. */
    static int height() {
        double x = StrictMath.toRadians(EAST - WEST);
        return (int) Math.round(WIDTH * (mercator(NORTH) - mercator(SOUTH)) / x);
    }

    static double mercator(double latitude) {
        return StrictMath.log(StrictMath.tan(Math.PI / 4 + StrictMath.toRadians(latitude) / 2));
    }

    static double x(double longitude) {
        return (longitude - WEST) / (EAST - WEST) * WIDTH;
    }

    static double y(double latitude) {
        return (mercator(NORTH) - mercator(latitude)) / (mercator(NORTH) - mercator(SOUTH)) * height();
    }

    public String svg() {
        int h = height();
        StringBuilder out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(h)
                .append("\" width=\"").append(WIDTH).append("\" height=\"").append(h)
                .append("\" preserveAspectRatio=\"none\" font-family=\"sans-serif\" data-south=\"").append(SOUTH)
                .append("\" data-west=\"").append(WEST).append("\" data-north=\"").append(NORTH).append("\" data-east=\"")
                .append(EAST).append("\">\n");
        out.append("  <title>Synthetic map of the invented archipelago of Marrowen</title>\n");
        out.append("  <rect width=\"").append(WIDTH).append("\" height=\"").append(h).append("\" fill=\"#cfe3f0\"/>\n");
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        island(out, "Harrow", Language.EN, rnd);
        island(out, "Île Castelbrune", Language.FR, rnd);
        graticule(out, h);
        for (Gazetteer.Landmark l : Gazetteer.LANDMARKS) {
            double lx = x(l.longitude());
            double ly = y(l.latitude());
            out.append("  <g class=\"landmark\" data-id=\"").append(l.id()).append("\">\n");
            out.append("    <circle cx=\"").append(n(lx)).append("\" cy=\"").append(n(ly))
                    .append("\" r=\"5\" fill=\"#c0392b\" stroke=\"#ffffff\" stroke-width=\"1.5\"/>\n");
            out.append("    <text x=\"").append(n(lx + 8)).append("\" y=\"").append(n(ly + 4))
                    .append("\" font-size=\"13\" fill=\"#3a1f1a\">").append(PhotoPicture.xml(shortName(l))).append("</text>\n");
            out.append("  </g>\n");
        }
        out.append("  <text x=\"").append(WIDTH - 10).append("\" y=\"").append(h - 10)
                .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#33526b\">Marrowen · synthetic map · ")
                .append("Web Mercator</text>\n");
        out.append("</svg>\n");
        return out.toString();
    }

    /** The landmark's proper name, the same in both languages. */
    private static String shortName(Gazetteer.Landmark l) {
        return switch (l.id()) {
            case "saltmarrow-light" -> "Saltmarrow";
            case "castelbrune-light" -> "Castelbrune";
            case "fennick-tower" -> "Fennick Vale";
            case "vireloup-tower" -> "Vireloup";
            case "brackenhollow-mast" -> "Brackenhollow";
            default -> "Saint-Ondrelle";
        };
    }

    private void island(StringBuilder out, String name, Language language, SeededRandom rnd) {
        List<Gazetteer.Landmark> landmarks = Gazetteer.LANDMARKS.stream().filter(l -> l.signage() == language).toList();
        double lat0 = landmarks.stream().mapToDouble(Gazetteer.Landmark::latitude).average().orElseThrow();
        double lon0 = landmarks.stream().mapToDouble(Gazetteer.Landmark::longitude).average().orElseThrow();
        double kmPerDegreeLongitude = 111.32 * StrictMath.cos(StrictMath.toRadians(lat0));
        List<double[]> points = new ArrayList<>();
        for (Gazetteer.Landmark l : landmarks) {
            double cx = (l.longitude() - lon0) * kmPerDegreeLongitude;
            double cy = (l.latitude() - lat0) * KM_PER_DEGREE_LATITUDE;
            for (int i = 0; i < 48; i++) {
                double a = 2 * Math.PI * i / 48;
                points.add(new double[] {cx + MARGIN_KM * StrictMath.cos(a), cy + MARGIN_KM * StrictMath.sin(a)});
            }
        }
        List<double[]> hull = hull(points);
        double[] phases = {rnd.nextInt(360), rnd.nextInt(360), rnd.nextInt(360)};
        StringBuilder d = new StringBuilder();
        double perimeter = 0;
        for (int i = 0; i < hull.size(); i++) {
            double[] a = hull.get(i);
            double[] b = hull.get((i + 1) % hull.size());
            double length = Math.hypot(b[0] - a[0], b[1] - a[1]);
            int steps = Math.max(1, (int) Math.ceil(length));
            for (int s = 0; s < steps; s++) {
                double t = (double) s / steps;
                double px = a[0] + (b[0] - a[0]) * t;
                double py = a[1] + (b[1] - a[1]) * t;
                double along = perimeter + length * t;
                // an outward push only, smooth along the shore: the hull stays inside the island
                double push = 1.2 + StrictMath.sin(along / 9 + StrictMath.toRadians(phases[0]))
                        + 0.6 * StrictMath.sin(along / 3.7 + StrictMath.toRadians(phases[1]))
                        + 0.3 * StrictMath.sin(along / 1.6 + StrictMath.toRadians(phases[2]));
                double nx = b[1] - a[1];
                double ny = -(b[0] - a[0]);
                double norm = Math.hypot(nx, ny);
                // the hull runs counter-clockwise: its outward normal is to the right
                px += nx / norm * Math.max(push, 0);
                py += ny / norm * Math.max(push, 0);
                double lon = lon0 + px / kmPerDegreeLongitude;
                double lat = lat0 + py / KM_PER_DEGREE_LATITUDE;
                d.append(d.isEmpty() ? "M" : " L").append(n(x(lon))).append(' ').append(n(y(lat)));
            }
            perimeter += length;
        }
        out.append("  <path class=\"coast\" data-island=\"").append(PhotoPicture.xml(name)).append("\" d=\"").append(d)
                .append(" Z\" fill=\"#e8e1c8\" stroke=\"#6b7f5a\" stroke-width=\"1.5\"/>\n");
        out.append("  <text x=\"").append(n(x(lon0))).append("\" y=\"").append(n(y(lat0) + 40))
                .append("\" font-size=\"20\" font-style=\"italic\" text-anchor=\"middle\" fill=\"#6b7f5a\">")
                .append(PhotoPicture.xml(name)).append("</text>\n");
    }

    private static void graticule(StringBuilder out, int h) {
        out.append("  <g class=\"graticule\" stroke=\"#7d9db5\" stroke-width=\"0.6\" stroke-dasharray=\"4 4\" ")
                .append("font-size=\"11\" fill=\"#33526b\">\n");
        for (int i = (int) Math.ceil(SOUTH * 4); i <= (int) Math.floor(NORTH * 4); i++) {
            double lat = i / 4.0;
            double gy = y(lat);
            out.append("    <line x1=\"0\" y1=\"").append(n(gy)).append("\" x2=\"").append(WIDTH).append("\" y2=\"")
                    .append(n(gy)).append("\"/>\n");
            out.append("    <text x=\"4\" y=\"").append(n(gy - 3)).append("\" stroke=\"none\">").append(degrees(lat, "S", "N"))
                    .append("</text>\n");
        }
        for (int i = (int) Math.ceil(WEST * 4); i <= (int) Math.floor(EAST * 4); i++) {
            double lon = i / 4.0;
            double gx = x(lon);
            out.append("    <line x1=\"").append(n(gx)).append("\" y1=\"0\" x2=\"").append(n(gx)).append("\" y2=\"")
                    .append(h).append("\"/>\n");
            out.append("    <text x=\"").append(n(gx + 3)).append("\" y=\"").append(h - 28).append("\" stroke=\"none\">")
                    .append(degrees(lon, "W", "E")).append("</text>\n");
        }
        out.append("  </g>\n");
    }

    /** "41.75° S": the hemisphere as maps write it. */
    private static String degrees(double value, String negative, String positive) {
        return String.format(Locale.ROOT, "%.2f° %s", Math.abs(value), value < 0 ? negative : positive);
    }

    /** Andrew's monotone chain: the convex hull, counter-clockwise. */
    static List<double[]> hull(List<double[]> input) {
        List<double[]> p = new ArrayList<>(input);
        p.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
        List<double[]> h = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = h.size();
            for (double[] q : p) {
                while (h.size() >= start + 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), q) <= 0) {
                    h.removeLast();
                }
                h.add(q);
            }
            h.removeLast();
            p = p.reversed();
        }
        return h;
    }

    private static double cross(double[] o, double[] a, double[] b) {
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    }

    private static String n(double v) {
        return YamlText.number(Math.round(v * 10) / 10.0);
    }
}
