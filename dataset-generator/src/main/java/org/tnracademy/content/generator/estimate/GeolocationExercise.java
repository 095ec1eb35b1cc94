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
        // the gazetteer as a Markdown table in each language, landmark names included
        Map<String, String> gazetteer = new LinkedHashMap<>();
        for (String code : Texts.LANGUAGES) {
            StringBuilder table = new StringBuilder(Texts.in(GAZETTEER_HEAD, code)).append("\n| --- | --- | --- | --- |\n");
            for (Gazetteer.Landmark l : Gazetteer.LANDMARKS) {
                table.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d m |\n", Texts.in(l.name(), code),
                        l.latitude(), l.longitude(), l.heightMetres()));
            }
            gazetteer.put(code, table.toString());
        }
        StringBuilder ex = ExerciseFileWriter.head(id, typeId(),
                Texts.of("Geolocate the photos", "Géolocaliser les photos", "Die Fotos geolokalisieren",
                        "Geolocalizzare le foto", "写真の撮影場所を特定する"),
                Texts.of("""
                        Photos of an activist's home surroundings were posted by a harassing account to show "we know where you are". The platform stripped their GPS tags, but other metadata and what is visible remain. Estimate where each photo was taken, or the value asked, from the landmarks, bearings, shadows and signs.

                        The photos were taken on the invented archipelago of Marrowen (English spoken on Harrow island, French on Île Castelbrune, clocks at UTC-2). Use this gazetteer:

                        %s
                        One degree of latitude is about 111 km; one degree of longitude here is about 83 km. Answers within the tolerance earn full credit, then credit falls to zero. Everything here, places included, is synthetic."""
                        .formatted(gazetteer.get("en")), """
                        Des photos des alentours du domicile d’une militante ont été publiées par un compte harceleur pour montrer « nous savons où tu es ». La plateforme a supprimé leurs balises GPS, mais d’autres métadonnées et ce qui est visible demeurent. Estimez où chaque photo a été prise, ou la valeur demandée, à partir des repères, des caps, des ombres et des enseignes.

                        Les photos ont été prises dans l’archipel imaginaire de Marrowen (on parle anglais sur l’île de Harrow, français sur l’île Castelbrune ; horloges à UTC-2). Utilisez ce répertoire :

                        %s
                        Un degré de latitude vaut environ 111 km ; un degré de longitude vaut ici environ 83 km. Une réponse dans la tolérance reçoit tout le crédit, qui décroît ensuite jusqu’à zéro. Tout est synthétique, lieux compris."""
                        .formatted(gazetteer.get("fr")), """
                        Fotos aus der Wohnumgebung einer Aktivistin wurden von einem belästigenden Konto veröffentlicht, um zu zeigen: „Wir wissen, wo du bist“. Die Plattform hat ihre GPS-Tags entfernt, doch andere Metadaten und das Sichtbare bleiben. Schätzen Sie anhand von Orientierungspunkten, Richtungen, Schatten und Schildern, wo jedes Foto aufgenommen wurde, oder den erfragten Wert.

                        Die Fotos wurden auf dem erfundenen Archipel Marrowen aufgenommen (auf der Insel Harrow spricht man Englisch, auf der Île Castelbrune Französisch; die Uhren gehen nach UTC-2). Verwenden Sie dieses Ortsverzeichnis:

                        %s
                        Ein Grad Breite entspricht etwa 111 km; ein Grad Länge entspricht hier etwa 83 km. Antworten innerhalb der Toleranz erhalten die volle Punktzahl, danach sinkt sie bis auf null. Alles hier, auch die Orte, ist synthetisch."""
                        .formatted(gazetteer.get("de")), """
                        Foto dei dintorni della casa di un’attivista sono state pubblicate da un account molesto per mostrare «sappiamo dove sei». La piattaforma ha rimosso i tag GPS, ma restano altri metadati e ciò che è visibile. Stimi dove è stata scattata ogni foto, o il valore richiesto, a partire dai punti di riferimento, dalle direzioni, dalle ombre e dalle insegne.

                        Le foto sono state scattate nell’arcipelago immaginario di Marrowen (sull’isola di Harrow si parla inglese, sull’Île Castelbrune francese; orologi a UTC-2). Usi questo repertorio:

                        %s
                        Un grado di latitudine vale circa 111 km; un grado di longitudine qui vale circa 83 km. Le risposte entro la tolleranza ricevono il punteggio pieno, che poi scende fino a zero. Tutto qui, luoghi compresi, è sintetico."""
                        .formatted(gazetteer.get("it")), """
                        ある活動家の自宅周辺の写真が、「お前の居場所は分かっている」と示すために嫌がらせアカウントによって投稿されました。プラットフォームはGPSタグを削除しましたが、ほかのメタデータと写っているものは残っています。目印、方位、影、看板から、各写真が撮影された場所、または問われている値を推定してください。

                        写真は架空の群島Marrowenで撮影されました（Harrow島では英語、Île Castelbruneではフランス語が話され、時計はUTC-2です）。次の地名一覧を使ってください。

                        %s
                        緯度1度は約111 km、この地域での経度1度は約83 kmです。許容範囲内の解答は満点となり、その後は0点まで下がります。場所を含め、ここにあるものはすべて合成データです。"""
                        .formatted(gazetteer.get("ja"))),
                "advanced", List.of("doxing", "harassment"), null, 3, 60,
                List.of(new Hint(Texts.of("The camera faces the landmark: the photographer stands on the opposite "
                        + "bearing (facing + 180°) from it, at the given distance.", "L’appareil fait face au repère : "
                        + "le photographe se trouve au cap opposé (cap de visée + 180°), à la distance indiquée.",
                        "Die Kamera ist auf den Orientierungspunkt gerichtet: Die fotografierende Person steht von ihm "
                                + "aus in der Gegenrichtung (Blickrichtung + 180°), in der angegebenen Entfernung.",
                        "La fotocamera è rivolta verso il punto di riferimento: il fotografo si trova nella direzione "
                                + "opposta (direzione di ripresa + 180°), alla distanza indicata.",
                        "カメラは目印の方を向いています。撮影者は、目印から見て反対の方位（撮影方向＋180°）の、示された距離の地点にいます。"),
                        0.1),
                        new Hint(Texts.of("South of the equator the noon sun is in the north: latitude = "
                                + "declination − (90° − elevation).", "Au sud de l’équateur, le soleil de midi est au "
                                + "nord : latitude = déclinaison − (90° − hauteur).", "Südlich des Äquators steht die "
                                + "Mittagssonne im Norden: Breite = Deklination − (90° − Höhe).", "A sud dell’equatore "
                                + "il sole di mezzogiorno è a nord: latitudine = declinazione − (90° − altezza).",
                                "赤道より南では、正午の太陽は北にあります。緯度 = 赤緯 − (90° − 高度)。"), 0.15)), seed);
        ex.append("spec:\n  map:\n    basemap: ").append(MarrowenBasemap.PATH).append("\n    alt: ")
                .append(localized(Texts.of("Synthetic map of the invented archipelago of Marrowen: the coasts of "
                        + "Harrow island and Île Castelbrune, the gazetteer's six landmarks and a graticule every "
                        + "quarter degree.", "Carte synthétique de l’archipel imaginaire de Marrowen : les côtes de "
                        + "l’île de Harrow et de l’île Castelbrune, les six repères du répertoire et un quadrillage "
                        + "tous les quarts de degré.", "Synthetische Karte des erfundenen Archipels Marrowen: die Küsten "
                        + "der Insel Harrow und der Île Castelbrune, die sechs Orientierungspunkte des Ortsverzeichnisses "
                        + "und ein Gradnetz im Abstand von einem Viertelgrad.", "Mappa sintetica dell’arcipelago "
                        + "immaginario di Marrowen: le coste dell’isola di Harrow e dell’Île Castelbrune, i sei punti di "
                        + "riferimento del repertorio e un reticolo ogni quarto di grado.", "架空の群島Marrowenの合成地図："
                        + "Harrow島とÎle Castelbruneの海岸線、地名一覧の6つの目印、0.25度ごとの経緯線。")))
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
        return Texts.then(Texts.then(Texts.then(SYNTHETIC_PICTURE, p.visible()), p.sun()), p.signage());
    }

    private static LocalizedText photoCaption(PhotoRecord p) {
        return Texts.format(CAPTION, p.fileName());
    }

    private static LocalizedText photoPrompt(PhotoRecord p) {
        LocalizedText exif = Texts.formatEach(EXIF, code -> new Object[] {p.fileName(), p.camera(),
                p.dateTimeOriginal(), p.offsetTime() == null ? Texts.in(NO_OFFSET, code)
                        : Texts.format(WITH_OFFSET, p.offsetTime()).byLanguage().get(code),
                p.imageDirection() == null ? "" : Texts.format(WITH_DIRECTION, p.imageDirection()).byLanguage()
                        .get(code)});
        LocalizedText ask = switch (p.clue()) {
            case "solar-noon-latitude" -> ASK_LATITUDE;
            case "landmark-elevation-distance" -> ASK_DISTANCE;
            default -> ASK_WHERE;
        };
        return Texts.then(Texts.then(Texts.then(Texts.then(exif, p.visible()), p.sun()), p.signage()), ask);
    }

    private static final LocalizedText GAZETTEER_HEAD = Texts.of(
            "| landmark | latitude | longitude | height |",
            "| repère | latitude | longitude | hauteur |",
            "| Orientierungspunkt | Breite | Länge | Höhe |",
            "| punto di riferimento | latitudine | longitudine | altezza |",
            "| 目印 | 緯度 | 経度 | 高さ |");
    private static final LocalizedText SYNTHETIC_PICTURE = Texts.of("Synthetic picture.", "Image synthétique.",
            "Synthetisches Bild.", "Immagine sintetica.", "合成画像です。");
    /** The file name. */
    private static final LocalizedText CAPTION = Texts.of(
            "%s as posted, metadata in the question (synthetic picture drawn by the academy's content generator)",
            "%s tel que publié, métadonnées dans la question (image synthétique dessinée par le générateur de "
                    + "contenu de l’académie)",
            "%s wie veröffentlicht, Metadaten in der Frage (synthetisches Bild, gezeichnet vom Inhaltsgenerator der "
                    + "Akademie)",
            "%s così come pubblicata, metadati nella domanda (immagine sintetica disegnata dal generatore di "
                    + "contenuti dell’accademia)",
            "投稿されたままの%s。メタデータは設問にあります（アカデミーのコンテンツ生成ツールが描いた合成画像）");
    /** File, camera, DateTimeOriginal, the offset part, the direction part. */
    private static final LocalizedText EXIF = Texts.of(
            "File %s, camera %s, DateTimeOriginal %s%s%s, GPS removed by the platform.",
            "Fichier %s, appareil %s, DateTimeOriginal %s%s%s, GPS supprimé par la plateforme.",
            "Datei %s, Kamera %s, DateTimeOriginal %s%s%s, GPS von der Plattform entfernt.",
            "File %s, fotocamera %s, DateTimeOriginal %s%s%s, GPS rimosso dalla piattaforma.",
            "ファイル%s、カメラ%s、DateTimeOriginal %s%s%s、GPSはプラットフォームにより削除済み。");
    private static final LocalizedText NO_OFFSET = Texts.of(" (no offset tag)", " (sans balise de décalage)",
            " (ohne Versatz-Tag)", " (senza tag di scostamento)", "（オフセットのタグなし）");
    private static final LocalizedText WITH_OFFSET = Texts.of(", OffsetTimeOriginal %s", ", OffsetTimeOriginal %s",
            ", OffsetTimeOriginal %s", ", OffsetTimeOriginal %s", "、OffsetTimeOriginal %s");
    private static final LocalizedText WITH_DIRECTION = Texts.of(", ImageDirection %s", ", ImageDirection %s",
            ", ImageDirection %s", ", ImageDirection %s", "、ImageDirection %s");
    private static final LocalizedText ASK_LATITUDE = Texts.of(
            "At what latitude (in degrees, negative south) was it taken?",
            "À quelle latitude (en degrés, négative au sud) a-t-elle été prise ?",
            "Auf welcher Breite (in Grad, südlich negativ) wurde es aufgenommen?",
            "A quale latitudine (in gradi, negativa a sud) è stata scattata?",
            "撮影されたのはどの緯度ですか（度単位、南は負の値）？");
    private static final LocalizedText ASK_DISTANCE = Texts.of(
            "How far (in km) was the photographer from the landmark?",
            "À quelle distance (en km) du repère se trouvait le photographe ?",
            "Wie weit (in km) war die fotografierende Person vom Orientierungspunkt entfernt?",
            "A che distanza (in km) dal punto di riferimento si trovava il fotografo?",
            "撮影者は目印からどれくらい（km単位）離れていましたか？");
    private static final LocalizedText ASK_WHERE = Texts.of("Where was it taken?", "Où a-t-elle été prise ?",
            "Wo wurde es aufgenommen?", "Dove è stata scattata?", "どこで撮影されましたか？");
}
