package org.tnracademy.content.generator;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.tnracademy.exercises.LocalizedText;

/**
 * EXIF-like metadata of synthetic photos taken on the invented archipelago of {@link Gazetteer},
 * with what is visible in them (a landmark, its bearing and distance or angular height, shadows,
 * the language of the signs) and the true position. GPS tags are always stripped, as platforms do.
 * Four kinds of clue come in turn: bearing and distance to a landmark, the same with two look-alike
 * landmarks told apart by the signs' language, the sun's height at solar noon (latitude), and the
 * angular height of a landmark of known height (distance). Streams; one record at a time.
 */
public final class PhotoMetadataGenerator {

    public static final int MAX_SIZE = 1_000_000;
    static final List<String> CLUES = List.of("bearing-distance", "signage", "solar-noon-latitude",
            "landmark-elevation-distance");
    /** The archipelago keeps UTC-2 all year. */
    static final ZoneOffset LOCAL = ZoneOffset.ofHours(-2);

    private static final long SALT = 0x50484F544FL; // "PHOTO"
    private static final long START = Times.epoch(2025, 2, 3, 12, 0);
    private static final double EARTH_RADIUS_KM = 6371.0088;
    private static final List<String> CAMERAS = List.of("Synthcam S7", "Lumora X2 (synthetic)", "Pixelith 9 Pro (synthetic)");

    // Whole sentences per language; a landmark's name (from the gazetteer, in the same language) is an
    // argument. French, German and Italian names are masculine nouns (phare, Leuchtturm, faro...), which
    // the articles here rely on.

    /** Shadow bearing, sun's elevation. */
    private static final LocalizedText SHADOWS = Texts.of(
            "Shadows point to bearing %.0f°; from a post and its shadow, the sun is %.1f° above the horizon.",
            "Les ombres pointent au cap %.0f° ; d'après un poteau et son ombre, le soleil est à %.1f° au-dessus de "
                    + "l'horizon.",
            "Die Schatten zeigen in Richtung %.0f°; nach einem Pfosten und seinem Schatten steht die Sonne %.1f° "
                    + "über dem Horizont.",
            "Le ombre puntano in direzione %.0f°; da un palo e dalla sua ombra, il sole è a %.1f° sopra "
                    + "l’orizzonte.",
            "影は%.0f°の方向を向いています。柱とその影から、太陽は地平線から%.1f°の高さにあります。");
    private static final LocalizedText SIGNS_IN_ENGLISH = Texts.of("Shop signs and a bus stop are in English.",
            "Les enseignes et un arrêt de bus sont en anglais.",
            "Ladenschilder und eine Bushaltestelle sind auf Englisch beschriftet.",
            "Le insegne dei negozi e una fermata dell’autobus sono in inglese.",
            "店の看板とバス停は英語で書かれています。");
    private static final LocalizedText SIGNS_IN_FRENCH = Texts.of("Shop signs and a bus stop are in French.",
            "Les enseignes et un arrêt de bus sont en français.",
            "Ladenschilder und eine Bushaltestelle sind auf Französisch beschriftet.",
            "Le insegne dei negozi e una fermata dell’autobus sono in francese.",
            "店の看板とバス停はフランス語で書かれています。");
    /** The signs' language as {@link #SIGNS_POINT} uses it (German: an inflected adjective). */
    private static final LocalizedText ENGLISH = Texts.of("English", "anglais", "englischen", "inglese", "英語");
    private static final LocalizedText FRENCH = Texts.of("French", "français", "französischen", "francese",
            "フランス語");

    /** Landmark, distance. */
    private static final LocalizedText AHEAD = Texts.of(
            "The %s stands straight ahead, about %.1f km away.",
            "Le %s se dresse droit devant, à environ %.1f km.",
            "Der %s steht direkt voraus, etwa %.1f km entfernt.",
            "Il %s si erge proprio davanti, a circa %.1f km.",
            "%sが正面、約%.1f km先に立っています。");
    /** Facing, landmark, distance, back bearing, true position. */
    private static final LocalizedText GO_BACK = Texts.of(
            "The camera faced %1$d° towards the %2$s, %3$.1f km away: go back %3$.1f km from the landmark on "
                    + "bearing %4$d°, to %5$s.",
            "L'appareil visait le %2$s au cap %1$d°, à %3$.1f km : reculez de %3$.1f km depuis le repère au cap "
                    + "%4$d°, soit %5$s.",
            "Die Kamera zeigte in Richtung %1$d° auf den %2$s, %3$.1f km entfernt: Gehen Sie vom "
                    + "Orientierungspunkt %3$.1f km in Richtung %4$d° zurück, nach %5$s.",
            "La fotocamera puntava a %1$d° verso il %2$s, a %3$.1f km: torni indietro di %3$.1f km dal punto di "
                    + "riferimento in direzione %4$d°, fino a %5$s.",
            "カメラは%1$d°の方向にある%3$.1f km先の%2$sを向いていました。目印から%4$d°の方向に%3$.1f km戻ると、%5$sです。");
    /** Distance. */
    private static final LocalizedText LIGHTHOUSE_AHEAD = Texts.of(
            "A lighthouse stands straight ahead, about %.1f km away.",
            "Un phare se dresse droit devant, à environ %.1f km.",
            "Ein Leuchtturm steht direkt voraus, etwa %.1f km entfernt.",
            "Un faro si erge proprio davanti, a circa %.1f km.",
            "灯台が正面、約%.1f km先に立っています。");
    /** Signs' language, landmark, distance, back bearing, true position. */
    private static final LocalizedText SIGNS_POINT = Texts.of(
            "Two lighthouses are in the gazetteer; the %1$s signs point to the %2$s. From it, %3$.1f km back on "
                    + "bearing %4$d°: %5$s.",
            "Le répertoire compte deux phares ; les enseignes en %1$s désignent le %2$s. Depuis celui-ci, %3$.1f km "
                    + "en arrière au cap %4$d° : %5$s.",
            "Das Ortsverzeichnis enthält zwei Leuchttürme; die %1$s Schilder weisen auf den %2$s. Von dort "
                    + "%3$.1f km zurück in Richtung %4$d°: %5$s.",
            "Nel repertorio ci sono due fari; le insegne in %1$s indicano il %2$s. Da lì, %3$.1f km indietro in "
                    + "direzione %4$d°: %5$s.",
            "地名一覧には灯台が2つあります。%1$sの看板は%2$sを指しています。そこから%4$d°の方向に%3$.1f km戻ると、%5$sです。");
    /** The sun's declination that day. */
    private static final LocalizedText NOON_SCENE = Texts.of(
            "Open sea and dunes; the photographer notes the sun was at its highest (shadows point due south). "
                    + "Almanac: the sun's declination that day is %.1f°.",
            "Mer et dunes ; le photographe note que le soleil était au plus haut (ombres plein sud). Éphémérides : "
                    + "déclinaison du soleil ce jour-là %.1f°.",
            "Offenes Meer und Dünen; die fotografierende Person notiert, dass die Sonne am höchsten stand (die "
                    + "Schatten zeigen genau nach Süden). Almanach: Die Deklination der Sonne an diesem Tag beträgt "
                    + "%.1f°.",
            "Mare aperto e dune; il fotografo annota che il sole era al punto più alto (le ombre puntano "
                    + "esattamente a sud). Effemeridi: la declinazione del sole quel giorno è %.1f°.",
            "開けた海と砂丘。撮影者は、太陽が最も高い位置にあった（影が真南を向いていた）と記録しています。暦：その日の太陽の赤緯は%.1f°です。");
    /** The sun's elevation. */
    private static final LocalizedText NOON_SHADOWS = Texts.of(
            "Shadows point due south; the sun is %.1f° above the northern horizon.",
            "Les ombres pointent plein sud ; le soleil est à %.1f° au-dessus de l'horizon nord.",
            "Die Schatten zeigen genau nach Süden; die Sonne steht %.1f° über dem nördlichen Horizont.",
            "Le ombre puntano esattamente a sud; il sole è a %.1f° sopra l’orizzonte nord.",
            "影は真南を向いています。太陽は北の地平線から%.1f°の高さにあります。");
    /** Declination, elevation, latitude. */
    private static final LocalizedText NOON_LATITUDE = Texts.of(
            "At solar noon with the sun in the north, latitude = declination − (90° − elevation) = %.1f − (90 − "
                    + "%.1f) ≈ %.2f°.",
            "Au midi solaire, soleil au nord : latitude = déclinaison − (90° − hauteur) = %.1f − (90 − %.1f) ≈ "
                    + "%.2f°.",
            "Am Sonnenmittag mit der Sonne im Norden gilt: Breite = Deklination − (90° − Höhe) = %.1f − (90 − "
                    + "%.1f) ≈ %.2f°.",
            "A mezzogiorno solare, con il sole a nord: latitudine = declinazione − (90° − altezza) = %.1f − (90 − "
                    + "%.1f) ≈ %.2f°.",
            "太陽が北にある南中時には、緯度 = 赤緯 − (90° − 高度) = %.1f − (90 − %.1f) ≈ %.2f°です。");
    /** Landmark, its height in metres, angle above the horizon. */
    private static final LocalizedText TOP_ABOVE_HORIZON = Texts.of(
            "The top of the %s (%d m tall, per the gazetteer) is %.2f° above the horizon.",
            "Le sommet du %s (%d m selon le répertoire) est à %.2f° au-dessus de l'horizon.",
            "Der %s ist laut Ortsverzeichnis %d m hoch; seine Spitze erscheint %.2f° über dem Horizont.",
            "La cima del %s (alto %d m secondo il repertorio) è a %.2f° sopra l’orizzonte.",
            "%sの頂上（地名一覧によると高さ%d m）は、地平線から%.2f°の高さにあります。");
    /** Height in metres, angle, distance. */
    private static final LocalizedText DISTANCE_FROM_ANGLE = Texts.of(
            "distance = height / tan(angle) = %d m / tan(%.2f°) ≈ %.1f km.",
            "distance = hauteur / tan(angle) = %d m / tan(%.2f°) ≈ %.1f km.",
            "Entfernung = Höhe / tan(Winkel) = %d m / tan(%.2f°) ≈ %.1f km.",
            "distanza = altezza / tan(angolo) = %d m / tan(%.2f°) ≈ %.1f km.",
            "距離 = 高さ / tan(角度) = %d m / tan(%.2f°) ≈ %.1f kmです。");

    private final long seed;

    public PhotoMetadataGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public PhotoMetadataGenerator(long seed) {
        this.seed = seed;
    }

    /** Streams {@code n} photos, photo-001 ..., the clue kinds in turn. */
    public void generate(int n, Consumer<PhotoRecord> out) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("photo count must be from 1 to " + MAX_SIZE + ", was " + n);
        }
        SeededRandom rnd = new SeededRandom(seed ^ SALT);
        String idFormat = "photo-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        for (int i = 0; i < n; i++) {
            long day = START + 86_400L * rnd.nextInt(300);
            String clue = CLUES.get(i % CLUES.size());
            Gazetteer.Landmark landmark = clue.equals("signage")
                    ? rnd.pick(Gazetteer.LANDMARKS.stream().filter(l -> l.kind().equals("lighthouse")).toList())
                    : rnd.pick(Gazetteer.LANDMARKS);
            int facing = rnd.nextInt(360);
            double distanceKm = rnd.between(8, 45) / 10.0;
            double[] position = destination(landmark.latitude(), landmark.longitude(), (facing + 180) % 360, distanceKm);
            long at = clue.equals("solar-noon-latitude") ? SolarPosition.solarNoon(day, position[1])
                    : day - 3 * 3600 + rnd.nextInt(6 * 3600);
            out.accept(photo(String.format(Locale.ROOT, idFormat, i + 1), rnd, clue, landmark, facing, distanceKm,
                    position, at));
        }
    }

    private static PhotoRecord photo(String id, SeededRandom rnd, String clue, Gazetteer.Landmark landmark, int facing,
                                     double distanceKm, double[] position, long at) {
        String camera = rnd.pick(CAMERAS);
        boolean keepOffset = rnd.nextInt(2) == 0;
        LocalDateTime local = LocalDateTime.ofEpochSecond(at, 0, LOCAL);
        String dateTime = local.format(DateTimeFormatter.ofPattern("uuuu:MM:dd HH:mm:ss", Locale.ROOT));
        String fileName = "IMG_" + local.format(DateTimeFormatter.ofPattern("uuuuMMdd_HHmmss", Locale.ROOT)) + ".jpg";
        double[] sun = SolarPosition.elevationAzimuth(at, position[0], position[1]);
        double shadowBearing = (sun[1] + 180) % 360;
        LocalizedText sunText = Texts.format(SHADOWS, shadowBearing, sun[0]);
        LocalizedText signage = landmark.signage() == Language.EN ? SIGNS_IN_ENGLISH : SIGNS_IN_FRENCH;
        String direction = String.format(Locale.ROOT, "%d°", facing);
        double value = Double.NaN;
        String unit = null;
        LocalizedText visible;
        LocalizedText why;
        String where = String.format(Locale.ROOT, "%.4f, %.4f", position[0], position[1]);
        int back = (facing + 180) % 360;
        LocalizedText name = landmark.name();
        switch (clue) {
            case "bearing-distance" -> {
                visible = Texts.formatEach(AHEAD, code -> new Object[] {Texts.in(name, code), distanceKm});
                why = Texts.formatEach(GO_BACK, code -> new Object[] {facing, Texts.in(name, code), distanceKm, back,
                        where});
            }
            case "signage" -> {
                visible = Texts.format(LIGHTHOUSE_AHEAD, distanceKm);
                LocalizedText signLanguage = landmark.signage() == Language.EN ? ENGLISH : FRENCH;
                why = Texts.formatEach(SIGNS_POINT, code -> new Object[] {Texts.in(signLanguage, code),
                        Texts.in(name, code), distanceKm, back, where});
            }
            case "solar-noon-latitude" -> {
                double declination = SolarPosition.declinationDegrees(at);
                value = position[0];
                unit = "degrees";
                double elevation = 90 - Math.abs(position[0] - declination);
                visible = Texts.format(NOON_SCENE, declination);
                sunText = Texts.format(NOON_SHADOWS, elevation);
                direction = null;
                why = Texts.format(NOON_LATITUDE, declination, elevation, position[0]);
            }
            default -> {
                double angle = StrictMath.toDegrees(Math.atan(landmark.heightMetres() / (distanceKm * 1000)));
                value = distanceKm;
                unit = "km";
                visible = Texts.formatEach(TOP_ABOVE_HORIZON, code -> new Object[] {Texts.in(name, code),
                        landmark.heightMetres(), angle});
                why = Texts.format(DISTANCE_FROM_ANGLE, landmark.heightMetres(), angle, distanceKm);
            }
        }
        boolean noon = clue.equals("solar-noon-latitude");
        PhotoScene scene = new PhotoScene(noon ? null : landmark, facing, !noon, distanceKm,
                noon ? 90 - Math.abs(position[0] - SolarPosition.declinationDegrees(at)) : sun[0],
                noon ? 0 : sun[1], landmark.signage());
        return new PhotoRecord(id, fileName, camera, dateTime, keepOffset ? "-02:00" : null, direction,
                "removed by the platform", visible, sunText, signage, clue, position[0], position[1], value, unit, why,
                scene);
    }

    /** The point {@code km} away on {@code bearing} (great circle, mean Earth radius). */
    static double[] destination(double latitude, double longitude, double bearing, double km) {
        double d = km / EARTH_RADIUS_KM;
        double lat1 = StrictMath.toRadians(latitude);
        double lon1 = StrictMath.toRadians(longitude);
        double b = StrictMath.toRadians(bearing);
        double lat2 = StrictMath.asin(Math.sin(lat1) * StrictMath.cos(d) + StrictMath.cos(lat1) * StrictMath.sin(d) * StrictMath.cos(b));
        double lon2 = lon1 + StrictMath.atan2(Math.sin(b) * StrictMath.sin(d) * StrictMath.cos(lat1),
                StrictMath.cos(d) - StrictMath.sin(lat1) * StrictMath.sin(lat2));
        return new double[] {round(StrictMath.toDegrees(lat2), 4), round(StrictMath.toDegrees(lon2), 4)};
    }

    /** The initial great-circle bearing from the first point to the second, degrees from north clockwise. */
    static double bearing(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude) {
        double lat1 = StrictMath.toRadians(fromLatitude);
        double lat2 = StrictMath.toRadians(toLatitude);
        double dLon = StrictMath.toRadians(toLongitude - fromLongitude);
        double y = StrictMath.sin(dLon) * StrictMath.cos(lat2);
        double x = StrictMath.cos(lat1) * StrictMath.sin(lat2)
                - StrictMath.sin(lat1) * StrictMath.cos(lat2) * StrictMath.cos(dLon);
        return (StrictMath.toDegrees(StrictMath.atan2(y, x)) + 360) % 360;
    }

    private static double round(double v, int places) {
        double f = StrictMath.pow(10, places);
        return Math.round(v * f) / f;
    }
}
