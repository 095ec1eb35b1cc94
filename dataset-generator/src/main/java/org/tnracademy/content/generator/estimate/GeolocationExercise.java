package org.tnracademy.content.generator.estimate;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.number;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.Gazetteer;
import org.tnracademy.content.generator.MarrowenBasemap;
import org.tnracademy.content.generator.PhotoMetadataGenerator;
import org.tnracademy.content.generator.PhotoPicture;
import org.tnracademy.content.generator.PhotoRecord;
import org.tnracademy.content.generator.Texts;
import org.tnracademy.exercises.LocalizedText;

/** The curriculum's {@code geolocate-the-photos} exercise, of type {@code estimate}: its files, from the type's generators. */
public final class GeolocationExercise implements CurriculumExercise {

    public static final int PHOTO_COUNT = 4;

    @Override
    public String typeId() {
        return "estimate";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "geolocate-the-photos";
        List<PhotoRecord> photos = new ArrayList<>();
        new PhotoMetadataGenerator(seed).generate(PHOTO_COUNT, photos::add);
        StringBuilder gazetteerEn = new StringBuilder("| landmark | latitude | longitude | height |\n| --- | --- | --- | --- |\n");
        StringBuilder gazetteerFr = new StringBuilder("| repère | latitude | longitude | hauteur |\n| --- | --- | --- | --- |\n");
        for (Gazetteer.Landmark l : Gazetteer.LANDMARKS) {
            gazetteerEn.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d m |\n", Texts.en(l.name()), l.latitude(),
                    l.longitude(), l.heightMetres()));
            gazetteerFr.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d m |\n", Texts.in(l.name(), "fr"), l.latitude(),
                    l.longitude(), l.heightMetres()));
        }
        StringBuilder ex = ExerciseFileWriter.head(id, typeId(),
                Texts.of("Geolocate the photos", "Géolocaliser les photos"),
                Texts.of("""
                        Photos of an activist's home surroundings were posted by a harassing account to show "we know where you are". The platform stripped their GPS tags, but other metadata and what is visible remain. Estimate where each photo was taken, or the value asked, from the landmarks, bearings, shadows and signs.

                        The photos were taken on the invented archipelago of Marrowen (English spoken on Harrow island, French on Île Castelbrune, clocks at UTC-2). Use this gazetteer:

                        %s
                        One degree of latitude is about 111 km; one degree of longitude here is about 83 km. Answers within the tolerance earn full credit, then credit falls to zero. Everything here, places included, is synthetic."""
                        .formatted(gazetteerEn), """
                        Des photos des alentours du domicile d’une militante ont été publiées par un compte harceleur pour montrer « nous savons où tu es ». La plateforme a supprimé leurs balises GPS, mais d’autres métadonnées et ce qui est visible demeurent. Estimez où chaque photo a été prise, ou la valeur demandée, à partir des repères, des caps, des ombres et des enseignes.

                        Les photos ont été prises dans l’archipel imaginaire de Marrowen (on parle anglais sur l’île de Harrow, français sur l’île Castelbrune ; horloges à UTC-2). Utilisez ce répertoire :

                        %s
                        Un degré de latitude vaut environ 111 km ; un degré de longitude vaut ici environ 83 km. Une réponse dans la tolérance reçoit tout le crédit, qui décroît ensuite jusqu’à zéro. Tout est synthétique, lieux compris."""
                        .formatted(gazetteerFr)),
                "advanced", List.of("doxing", "harassment"), null, 3, 60,
                List.of(new Hint(Texts.of("The camera faces the landmark: the photographer stands on the opposite "
                        + "bearing (facing + 180°) from it, at the given distance.", "L’appareil fait face au repère : "
                        + "le photographe se trouve au cap opposé (cap de visée + 180°), à la distance indiquée."), 0.1),
                        new Hint(Texts.of("South of the equator the noon sun is in the north: latitude = "
                                + "declination − (90° − elevation).", "Au sud de l’équateur, le soleil de midi est au "
                                + "nord : latitude = déclinaison − (90° − hauteur)."), 0.15)), seed);
        ex.append("spec:\n  map:\n    basemap: ").append(MarrowenBasemap.PATH).append("\n    alt: ")
                .append(localized(Texts.of("Synthetic map of the invented archipelago of Marrowen: the coasts of "
                        + "Harrow island and Île Castelbrune, the gazetteer's six landmarks and a graticule every "
                        + "quarter degree.", "Carte synthétique de l’archipel imaginaire de Marrowen : les côtes de "
                        + "l’île de Harrow et de l’île Castelbrune, les six repères du répertoire et un quadrillage "
                        + "tous les quarts de degré.")))
                .append("\n    south: ").append(number(MarrowenBasemap.SOUTH)).append("\n    west: ")
                .append(number(MarrowenBasemap.WEST)).append("\n    north: ").append(number(MarrowenBasemap.NORTH))
                .append("\n    east: ").append(number(MarrowenBasemap.EAST)).append('\n');
        ex.append("  questions:\n");
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("answers:\n");
        Map<String, String> pictures = new LinkedHashMap<>();
        for (PhotoRecord p : photos) {
            String qid = "q-" + p.id();
            LocalizedText prompt = photoPrompt(p);
            ex.append("    - id: ").append(qid).append('\n');
            boolean location = p.unit() == null;
            ex.append("      kind: ").append(location ? "location" : "number").append('\n');
            ex.append("      prompt: ").append(localized(prompt)).append('\n');
            String picture = PhotoPicture.path(id, qid);
            pictures.put(picture, PhotoPicture.svg(p));
            ex.append("      picture:\n        file: ").append(picture).append("\n        alt: ")
                    .append(localized(photoAlt(p))).append("\n        caption: ").append(localized(photoCaption(p)))
                    .append('\n');
            if (location) {
                ex.append("      tolerance: 1\n      zeroCredit: 8\n      decay: linear\n");
            } else if (p.unit().equals("degrees")) {
                ex.append("      unit: degrees\n      tolerance: 0.5\n      zeroCredit: 3\n      decay: linear\n");
            } else {
                ex.append("      unit: km\n      error: relative\n      tolerance: 0.1\n      zeroCredit: 0.5\n"
                        + "      decay: linear\n");
            }
            key.append("  - question: ").append(qid).append('\n');
            if (location) {
                key.append("    latitude: ").append(number(p.trueLatitude())).append("\n    longitude: ")
                        .append(number(p.trueLongitude())).append('\n');
            } else {
                key.append("    value: ").append(number(Math.round(p.trueValue() * 100) / 100.0)).append('\n');
            }
            key.append("    explanation: ").append(localized(p.why())).append('\n');
        }
        Map<String, String> files = ExerciseFileWriter.files(null, null, id, ex, key);
        files.putAll(pictures);
        files.put(MarrowenBasemap.PATH, new MarrowenBasemap(seed).svg());
        return files;
    }

    /** What the picture shows, for readers who cannot see it: the scene as the prompt describes it. */
    private static LocalizedText photoAlt(PhotoRecord p) {
        return Texts.of(String.join(" ", "Synthetic picture.", Texts.en(p.visible()), Texts.en(p.sun()), Texts.en(p.signage())),
                String.join(" ", "Image synthétique.", Texts.in(p.visible(), "fr"), Texts.in(p.sun(), "fr"), Texts.in(p.signage(), "fr")));
    }

    private static LocalizedText photoCaption(PhotoRecord p) {
        return Texts.of(p.fileName() + " as posted, metadata in the question (synthetic picture drawn by the "
                + "academy's content generator)", p.fileName() + " tel que publié, métadonnées dans la question (image "
                + "synthétique dessinée par le générateur de contenu de l’académie)");
    }

    private static LocalizedText photoPrompt(PhotoRecord p) {
        String exifEn = "File " + p.fileName() + ", camera " + p.camera() + ", DateTimeOriginal " + p.dateTimeOriginal()
                + (p.offsetTime() == null ? " (no offset tag)" : ", OffsetTimeOriginal " + p.offsetTime())
                + (p.imageDirection() == null ? "" : ", ImageDirection " + p.imageDirection()) + ", GPS " + p.gps() + ".";
        String exifFr = "Fichier " + p.fileName() + ", appareil " + p.camera() + ", DateTimeOriginal "
                + p.dateTimeOriginal() + (p.offsetTime() == null ? " (sans balise de décalage)" : ", OffsetTimeOriginal "
                + p.offsetTime()) + (p.imageDirection() == null ? "" : ", ImageDirection " + p.imageDirection())
                + ", GPS supprimé par la plateforme.";
        String askEn = switch (p.clue()) {
            case "solar-noon-latitude" -> "At what latitude (in degrees, negative south) was it taken?";
            case "landmark-elevation-distance" -> "How far (in km) was the photographer from the landmark?";
            default -> "Where was it taken?";
        };
        String askFr = switch (p.clue()) {
            case "solar-noon-latitude" -> "À quelle latitude (en degrés, négative au sud) a-t-elle été prise ?";
            case "landmark-elevation-distance" -> "À quelle distance (en km) du repère se trouvait le photographe ?";
            default -> "Où a-t-elle été prise ?";
        };
        return Texts.of(String.join(" ", exifEn, Texts.en(p.visible()), Texts.en(p.sun()), Texts.en(p.signage()), askEn),
                String.join(" ", exifFr, Texts.in(p.visible(), "fr"), Texts.in(p.sun(), "fr"), Texts.in(p.signage(), "fr"), askFr));
    }
}
