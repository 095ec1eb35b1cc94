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
        LocalizedText sunText = Texts.of(
                String.format(Locale.ROOT, "Shadows point to bearing %.0f°; from a post and its shadow, the sun is "
                        + "%.1f° above the horizon.", shadowBearing, sun[0]),
                String.format(Locale.ROOT, "Les ombres pointent au cap %.0f° ; d'après un poteau et son ombre, le "
                        + "soleil est à %.1f° au-dessus de l'horizon.", shadowBearing, sun[0]));
        LocalizedText signage = landmark.signage() == Language.EN
                ? Texts.of("Shop signs and a bus stop are in English.",
                "Les enseignes et un arrêt de bus sont en anglais.")
                : Texts.of("Shop signs and a bus stop are in French.",
                "Les enseignes et un arrêt de bus sont en français.");
        String direction = String.format(Locale.ROOT, "%d°", facing);
        double value = Double.NaN;
        String unit = null;
        LocalizedText visible;
        LocalizedText why;
        String where = String.format(Locale.ROOT, "%.4f, %.4f", position[0], position[1]);
        switch (clue) {
            case "bearing-distance" -> {
                visible = Texts.of(String.format(Locale.ROOT, "The %s stands straight ahead, about %.1f km away.",
                        Texts.en(landmark.name()), distanceKm), String.format(Locale.ROOT,
                        "Le %s se dresse droit devant, à environ %.1f km.", Texts.in(landmark.name(), "fr"), distanceKm));
                why = Texts.of(String.format(Locale.ROOT, "The camera faced %d° towards the %s, %.1f km "
                                + "away: go back %.1f km from the landmark on bearing %d°, to %s.", facing,
                        Texts.en(landmark.name()), distanceKm, distanceKm, (facing + 180) % 360, where),
                        String.format(Locale.ROOT, "L'appareil visait le %s au cap %d°, à %.1f km : reculez de %.1f km "
                                        + "depuis le repère au cap %d°, soit %s.", Texts.in(landmark.name(), "fr"), facing,
                                distanceKm, distanceKm, (facing + 180) % 360, where));
            }
            case "signage" -> {
                visible = Texts.of(String.format(Locale.ROOT, "A lighthouse stands straight ahead, about %.1f km "
                        + "away.", distanceKm), String.format(Locale.ROOT, "Un phare se dresse droit devant, à "
                        + "environ %.1f km.", distanceKm));
                why = Texts.of(String.format(Locale.ROOT, "Two lighthouses are in the gazetteer; the %s signs "
                                + "point to the %s. From it, %.1f km back on bearing %d°: %s.",
                        landmark.signage() == Language.EN ? "English" : "French", Texts.en(landmark.name()), distanceKm,
                        (facing + 180) % 360, where), String.format(Locale.ROOT, "Le répertoire compte deux phares ; "
                                + "les enseignes en %s désignent le %s. Depuis celui-ci, %.1f km en arrière au cap "
                                + "%d° : %s.", landmark.signage() == Language.EN ? "anglais" : "français",
                        Texts.in(landmark.name(), "fr"), distanceKm, (facing + 180) % 360, where));
            }
            case "solar-noon-latitude" -> {
                double declination = SolarPosition.declinationDegrees(at);
                value = position[0];
                unit = "degrees";
                double elevation = 90 - Math.abs(position[0] - declination);
                visible = Texts.of(String.format(Locale.ROOT, "Open sea and dunes; the photographer notes the sun "
                        + "was at its highest (shadows point due south). Almanac: the sun's declination that day is "
                        + "%.1f°.", declination), String.format(Locale.ROOT, "Mer et dunes ; le photographe note que le "
                        + "soleil était au plus haut (ombres plein sud). Éphémérides : déclinaison du soleil ce jour-là "
                        + "%.1f°.", declination));
                sunText = Texts.of(String.format(Locale.ROOT, "Shadows point due south; the sun is %.1f° above "
                        + "the northern horizon.", elevation), String.format(Locale.ROOT, "Les ombres pointent plein "
                        + "sud ; le soleil est à %.1f° au-dessus de l'horizon nord.", elevation));
                direction = null;
                why = Texts.of(String.format(Locale.ROOT, "At solar noon with the sun in the north, latitude = "
                        + "declination − (90° − elevation) = %.1f − (90 − %.1f) ≈ %.2f°.", declination, elevation,
                        position[0]), String.format(Locale.ROOT, "Au midi solaire, soleil au nord : latitude = "
                        + "déclinaison − (90° − hauteur) = %.1f − (90 − %.1f) ≈ %.2f°.", declination, elevation,
                        position[0]));
            }
            default -> {
                double angle = StrictMath.toDegrees(Math.atan(landmark.heightMetres() / (distanceKm * 1000)));
                value = distanceKm;
                unit = "km";
                visible = Texts.of(String.format(Locale.ROOT, "The top of the %s (%d m tall, per the gazetteer) "
                        + "is %.2f° above the horizon.", Texts.en(landmark.name()), landmark.heightMetres(), angle),
                        String.format(Locale.ROOT, "Le sommet du %s (%d m selon le répertoire) est à %.2f° "
                                + "au-dessus de l'horizon.", Texts.in(landmark.name(), "fr"), landmark.heightMetres(), angle));
                why = Texts.of(String.format(Locale.ROOT, "distance = height / tan(angle) = %d m / tan(%.2f°) "
                        + "≈ %.1f km.", landmark.heightMetres(), angle, distanceKm), String.format(Locale.ROOT,
                        "distance = hauteur / tan(angle) = %d m / tan(%.2f°) ≈ %.1f km.", landmark.heightMetres(),
                        angle, distanceKm));
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
