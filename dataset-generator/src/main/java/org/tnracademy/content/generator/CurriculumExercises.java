package org.tnracademy.content.generator;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.number;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tnracademy.content.generator.ExerciseFileWriter.Hint;

/**
 * The generated exercises of the starter curriculum: for each, its exercise file, its key and, where
 * the type reads one, its dataset, as pack-relative path to content. Every spec and key comes from a
 * generator; only the instructions, titles and hints are written here.
 */
public final class CurriculumExercises {

    public static final int SHARE_LOG_SIZE = 240;
    public static final int MESSAGE_COUNT = 100;
    public static final int LOG_LINE_COUNT = 40;
    public static final int TIMELINE_EVENTS = 12;
    public static final int PHOTO_COUNT = 4;
    public static final int DOXING_POSTS = 12;

    private final long seed;

    public CurriculumExercises() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public CurriculumExercises(long seed) {
        this.seed = seed;
    }

    /** Every file of the six exercises, in a stable order. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.putAll(coordinatedAccounts());
        files.putAll(spywareIndicators());
        files.putAll(phishingMessages());
        files.putAll(harassmentTimeline());
        files.putAll(geolocation());
        files.putAll(exposedPersonalData());
        return files;
    }

    // ------------------------------------------------------------------ find-coordinated-accounts

    Map<String, String> coordinatedAccounts() {
        String id = "find-coordinated-accounts";
        String dataset = "datasets/shares.jsonl";
        StringBuilder lines = new StringBuilder();
        List<ShareAccount> accounts = new ArrayList<>();
        new ShareLogGenerator(seed).generate(SHARE_LOG_SIZE, p -> lines.append(DatasetWriter.jsonLine(p)),
                accounts::add);
        StringBuilder ex = new StringBuilder();
        ex.append(ExerciseFileWriter.head(id, "set-selection",
                new Bilingual("Find the coordinated accounts", "Repérer les comptes coordonnés"),
                coordinatedInstructions(accounts.size()), "intermediate",
                List.of("harassment", "information-manipulation"), dataset, 3, null, coordinatedHints(), seed));
        ex.append("spec:\n  metric: f1\n  items:\n");
        accounts.forEach(a -> ex.append("    - ").append(q(a.handle())).append('\n'));
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("selected:\n");
        accounts.stream().filter(a -> a.role() == ShareAccount.Role.COORDINATED)
                .forEach(a -> key.append("  - ").append(q(a.handle())).append('\n'));
        key.append("explanations:\n");
        accounts.stream().filter(a -> a.why() != null).forEach(a -> key.append("  ").append(q(a.handle()))
                .append(": ").append(localized(a.why())).append('\n'));
        return files(dataset, lines.toString(), id, ex, key);
    }

    private static Bilingual coordinatedInstructions(int accountCount) {
        return new Bilingual("""
                Two attack campaigns against journalists ran on Chirper over three days. The log holds %d posts by %d accounts. Select **every account that belongs to a coordinated network**, and only those.

                Look for behaviour, not opinions:

                - accounts **created together**: an account's first post here is its "just joined" note;
                - the **same items reposted within seconds** of each other ("RT @source_syn: ...");
                - **shared hashtags** used in lockstep.

                Beware of decoys: people who use the same hashtag in their own words, at their own time, are not a network; neither is a brand-new account on its own, nor someone who reposts an item hours later.

                Your score is the F1 of your selection: missing a member and accusing an innocent account cost the same. All accounts, posts and handles are synthetic."""
                .formatted(SHARE_LOG_SIZE, accountCount), """
                Deux campagnes d’attaque contre des journalistes ont eu lieu sur Chirper en trois jours. Le journal contient %d publications de %d comptes. Sélectionnez **tous les comptes qui appartiennent à un réseau coordonné**, et seulement eux.

                Cherchez des comportements, pas des opinions :

                - des comptes **créés ensemble** : la première publication d’un compte ici est son message « je viens d’arriver » ;
                - les **mêmes contenus repartagés à quelques secondes** d’intervalle (« RT @source_syn: ... ») ;
                - des **mots-dièse communs** employés en cadence.

                Attention aux leurres : des personnes qui emploient le même mot-dièse avec leurs propres mots, à leur propre rythme, ne forment pas un réseau ; un compte tout neuf à lui seul non plus, ni quelqu’un qui repartage un contenu des heures plus tard.

                Votre score est le F1 de votre sélection : oublier un membre et accuser un compte innocent coûtent autant. Tous les comptes, publications et identifiants sont synthétiques."""
                .formatted(SHARE_LOG_SIZE, accountCount));
    }

    private static List<Hint> coordinatedHints() {
        return List.of(new Hint(new Bilingual("Sort the posts by time and look at the reposts: which accounts repost "
                + "the same item within a minute, every time?", "Triez les publications par heure et regardez les "
                + "repartages : quels comptes repartagent le même contenu en moins d’une minute, à chaque fois ?"),
                0.1), new Hint(new Bilingual("Each campaign has one seed account whose posts the others repost; the "
                + "seed belongs to the network too.", "Chaque campagne a un compte source que les autres "
                + "repartagent ; la source fait aussi partie du réseau."), 0.2));
    }

    // ------------------------------------------------------------------ match-spyware-indicators

    Map<String, String> spywareIndicators() {
        String id = "match-spyware-indicators";
        DeviceLogGenerator generator = new DeviceLogGenerator(seed);
        List<DeviceLogLine> lines = new ArrayList<>();
        generator.generate(LOG_LINE_COUNT, lines::add);
        StringBuilder ex = ExerciseFileWriter.head(id, "indicators",
                new Bilingual("Match the spyware indicators", "Rapprocher les indicateurs de logiciel espion"),
                new Bilingual("""
                        A journalist's handset (synthetic device SYN-PHONE-07, address 192.0.2.14) was examined after she received a fake consular message. Read its %d log lines (DNS queries, TLS client hellos, connections, process starts, downloaded files) and claim **every line that matches an indicator of the STIX 2.1 bundle**, with the indicator it matches.

                        The patterns are equalities: a domain matches only the whole name, an address only itself, a URL only the exact URL, a hash only the full SHA-256. Several lines are decoys built to look like hits. A line with the wrong indicator counts as a miss and a false claim.

                        Every device, address, domain and hash is synthetic: addresses are in documentation ranges and domains are reserved names."""
                        .formatted(LOG_LINE_COUNT), """
                        Le téléphone d’une journaliste (appareil synthétique SYN-PHONE-07, adresse 192.0.2.14) a été examiné après qu’elle a reçu un faux message consulaire. Lisez ses %d lignes de journal (requêtes DNS, négociations TLS, connexions, lancements de processus, fichiers téléchargés) et signalez **chaque ligne qui correspond à un indicateur du lot STIX 2.1**, avec l’indicateur correspondant.

                        Les motifs sont des égalités : un domaine ne correspond qu’au nom entier, une adresse qu’à elle-même, une URL qu’à l’URL exacte, une empreinte qu’au SHA-256 complet. Plusieurs lignes sont des leurres qui imitent une correspondance. Une ligne attribuée au mauvais indicateur compte comme un oubli et une fausse alerte.

                        Appareils, adresses, domaines et empreintes sont synthétiques : les adresses appartiennent aux plages de documentation et les domaines sont réservés."""
                        .formatted(LOG_LINE_COUNT)),
                "advanced", List.of("spyware"), null, 3, 45,
                List.of(new Hint(new Bilingual("Compare each hash with the indicators from its last characters: "
                        + "decoys share the beginning.", "Comparez chaque empreinte aux indicateurs en partant de la "
                        + "fin : les leurres ont le même début."), 0.1), new Hint(new Bilingual("A subdomain such as "
                        + "cdn.<name> is a different domain-name value from <name>.", "Un sous-domaine comme "
                        + "cdn.<nom> est une autre valeur de domain-name que <nom>."), 0.15)), seed);
        ex.append("spec:\n  lines:\n");
        lines.forEach(l -> ex.append("    - {id: ").append(l.id()).append(", text: ").append(q(l.text())).append("}\n"));
        ex.append("  bundle:\n    type: bundle\n    id: ").append(generator.bundleId()).append('\n');
        ex.append("    x_synthetic: true\n    objects:\n");
        for (SpywareIndicator i : generator.indicators()) {
            ex.append("      - type: indicator\n        spec_version: \"2.1\"\n        id: ").append(i.id()).append('\n');
            ex.append("        created: \"2025-05-01T00:00:00.000Z\"\n        modified: \"2025-05-01T00:00:00.000Z\"\n");
            ex.append("        name: ").append(q(i.name())).append('\n');
            ex.append("        description: ").append(q(i.description())).append('\n');
            ex.append("        indicator_types: [malicious-activity]\n");
            ex.append("        pattern: ").append(q(i.pattern())).append('\n');
            ex.append("        pattern_type: stix\n        valid_from: \"2025-05-01T00:00:00Z\"\n");
        }
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("hits:\n");
        lines.stream().filter(l -> l.indicatorId() != null).forEach(l -> key.append("  - line: ").append(l.id())
                .append("\n    indicator: ").append(l.indicatorId()).append("\n    explanation: ")
                .append(localized(l.why())).append('\n'));
        key.append("decoys:\n");
        lines.stream().filter(DeviceLogLine::decoy).forEach(l -> key.append("  - line: ").append(l.id())
                .append("\n    explanation: ").append(localized(l.why())).append('\n'));
        return files(null, null, id, ex, key);
    }

    // ------------------------------------------------------------------ label-phishing-messages

    Map<String, String> phishingMessages() {
        String id = "label-phishing-messages";
        String dataset = "datasets/messages.jsonl";
        List<LabelledMessage> messages = new ArrayList<>();
        new MessageGenerator(seed).generate(MESSAGE_COUNT, messages::add);
        StringBuilder ex = ExerciseFileWriter.head(id, "item-labelling",
                new Bilingual("Triage the inbox: phishing and consular impersonation",
                        "Trier la boîte de réception : hameçonnage et usurpation consulaire"),
                new Bilingual("""
                        These %d e-mails, text messages and chat messages were received by members of the Arvenne diaspora. Give each one label:

                        - **Phishing**: tries to steal credentials, codes or payment details (bank, parcel, mailbox lures).
                        - **Consular impersonation**: pretends to come from Arvenne's consulate or embassy, to collect documents, addresses of relatives or information on the recipient's activities, or to summon them.
                        - **Legitimate**: genuine mail, including real consular messages.

                        The consulate's only domain is `%s` and its text messages come from the sender name `%s`; it never asks for documents by link or chat. Check the exact sender and domain, not the tone. All messages, people, numbers and domains are synthetic."""
                        .formatted(MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER),
                        """
                        Ces %d courriels, SMS et messages ont été reçus par des membres de la diaspora d’Arvenne. Attribuez à chacun une étiquette :

                        - **Hameçonnage** : cherche à voler identifiants, codes ou données de paiement (leurres bancaires, colis, messagerie).
                        - **Usurpation consulaire** : se fait passer pour le consulat ou l’ambassade d’Arvenne pour obtenir des documents, les adresses des proches ou des informations sur les activités du destinataire, ou pour le convoquer.
                        - **Légitime** : courrier authentique, y compris les vrais messages consulaires.

                        Le seul domaine du consulat est `%s` et ses SMS viennent de l’expéditeur `%s` ; il ne demande jamais de documents par lien ou messagerie. Vérifiez l’expéditeur et le domaine exacts, pas le ton. Messages, personnes, numéros et domaines sont synthétiques."""
                        .formatted(MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER)),
                "intermediate", List.of("information-manipulation", "cooperation-abuse"), dataset, 3, null,
                List.of(new Hint(new Bilingual("Read the sender's domain letter by letter: look-alikes add a word, "
                        + "swap the order, change the ending or replace a letter with a digit.", "Lisez le domaine de "
                        + "l’expéditeur lettre à lettre : les imitations ajoutent un mot, inversent l’ordre, changent la "
                        + "terminaison ou remplacent une lettre par un chiffre."), 0.1)), seed);
        // named, not left to the default: the share of messages labelled right (docs/exercise-types/labelling.md)
        ex.append("spec:\n  scoring: accuracy\n  labels:\n");
        for (MessageLabel l : MessageLabel.values()) {
            ex.append("    - id: ").append(l.id()).append("\n      title: ").append(localized(l.title())).append('\n');
        }
        StringBuilder data = new StringBuilder();
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("items:\n");
        for (LabelledMessage m : messages) {
            data.append(DatasetWriter.jsonLine(m.post()));
            key.append("  - item: ").append(q(m.post().id())).append("\n    label: ").append(q(m.label().id()))
                    .append("\n    explanation:\n      en: ").append(q(m.why().en())).append("\n      fr: ")
                    .append(q(m.why().fr())).append('\n');
        }
        return files(dataset, data.toString(), id, ex, key);
    }

    // ------------------------------------------------------------------ reconstruct-harassment-timeline

    Map<String, String> harassmentTimeline() {
        String id = "reconstruct-harassment-timeline";
        List<CaseEvent> events = new ArrayList<>();
        new HarassmentCaseGenerator(seed).generate(TIMELINE_EVENTS, events::add);
        // learners see the events shuffled, under ids that do not give the order away
        List<CaseEvent> shown = new ArrayList<>(events);
        new SeededRandom(seed ^ 0x54494D45L).shuffle(shown);
        StringBuilder ex = ExerciseFileWriter.head(id, "timeline",
                new Bilingual("Reconstruct the harassment timeline", "Reconstituer la chronologie du harcèlement"),
                new Bilingual("""
                        A journalist in Brussels collected %d screenshots, e-mails and letters from a month of harassment. Each source shows time its own way: Chirper in her own zone (CET, then CEST from 30 March), PhotoShare and ForumNet with the poster's offset, WhisperChat in the sender's zone, e-mails in their Date header, and the letters in Arvenne time (UTC+4). Put the events **in the order they happened**, earliest first.

                        Convert every time to UTC before you compare. Mind the summer-time changes (9 March in North America, 30 March in Europe) and the date formats (day first on ForumNet). Your score is the share of pairs you put in the right order. The case, the people and the accounts are synthetic."""
                        .formatted(TIMELINE_EVENTS), """
                        Une journaliste installée à Bruxelles a rassemblé %d captures d’écran, courriels et lettres d’un mois de harcèlement. Chaque source affiche l’heure à sa façon : Chirper dans son propre fuseau (CET, puis CEST à partir du 30 mars), PhotoShare et ForumNet avec le décalage de l’auteur, WhisperChat dans le fuseau de l’expéditeur, les courriels dans leur en-tête Date et les lettres à l’heure d’Arvenne (UTC+4). Placez les événements **dans l’ordre où ils se sont produits**, du plus ancien au plus récent.

                        Convertissez chaque heure en UTC avant de comparer. Attention aux changements d’heure (9 mars en Amérique du Nord, 30 mars en Europe) et aux formats de date (le jour d’abord sur ForumNet). Votre score est la part des paires placées dans le bon ordre. L’affaire, les personnes et les comptes sont synthétiques."""
                        .formatted(TIMELINE_EVENTS)),
                "intermediate", List.of("harassment", "document-abuse"), null, 3, null,
                List.of(new Hint(new Bilingual("Write each time as UTC next to the event: UTC = local time minus the "
                        + "offset (21:30 at UTC+1 is 20:30 UTC; 4:05 PM at UTC-5 is 21:05 UTC).", "Notez l’heure UTC "
                        + "à côté de chaque événement : UTC = heure locale moins le décalage (21 h 30 à UTC+1 donne "
                        + "20 h 30 UTC ; 16 h 05 à UTC-5 donne 21 h 05 UTC)."), 0.15)), seed);
        Map<String, String> shownId = new LinkedHashMap<>();
        for (int i = 0; i < shown.size(); i++) {
            shownId.put(shown.get(i).id(), String.format(Locale.ROOT, "ev-%c", (char) ('a' + i)));
        }
        ex.append("spec:\n  events:\n");
        for (CaseEvent e : shown) {
            ex.append("    - id: ").append(shownId.get(e.id())).append("\n      platform: ").append(q(e.platform()))
                    .append("\n      shownTime: ").append(q(e.shownTime())).append("\n      text: ").append(q(e.text()))
                    .append('\n');
        }
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("events:\n");
        for (CaseEvent e : events) {
            key.append("  - event: ").append(shownId.get(e.id())).append("\n    at: ").append(q(e.at()))
                    .append("\n    explanation: ").append(localized(e.why())).append('\n');
        }
        return files(null, null, id, ex, key);
    }

    // ------------------------------------------------------------------ geolocate-the-photos

    Map<String, String> geolocation() {
        String id = "geolocate-the-photos";
        List<PhotoRecord> photos = new ArrayList<>();
        new PhotoMetadataGenerator(seed).generate(PHOTO_COUNT, photos::add);
        StringBuilder gazetteerEn = new StringBuilder("| landmark | latitude | longitude | height |\n| --- | --- | --- | --- |\n");
        StringBuilder gazetteerFr = new StringBuilder("| repère | latitude | longitude | hauteur |\n| --- | --- | --- | --- |\n");
        for (Gazetteer.Landmark l : Gazetteer.LANDMARKS) {
            gazetteerEn.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d m |\n", l.name().en(), l.latitude(),
                    l.longitude(), l.heightMetres()));
            gazetteerFr.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %d m |\n", l.name().fr(), l.latitude(),
                    l.longitude(), l.heightMetres()));
        }
        StringBuilder ex = ExerciseFileWriter.head(id, "estimate",
                new Bilingual("Geolocate the photos", "Géolocaliser les photos"),
                new Bilingual("""
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
                List.of(new Hint(new Bilingual("The camera faces the landmark: the photographer stands on the opposite "
                        + "bearing (facing + 180°) from it, at the given distance.", "L’appareil fait face au repère : "
                        + "le photographe se trouve au cap opposé (cap de visée + 180°), à la distance indiquée."), 0.1),
                        new Hint(new Bilingual("South of the equator the noon sun is in the north: latitude = "
                                + "declination − (90° − elevation).", "Au sud de l’équateur, le soleil de midi est au "
                                + "nord : latitude = déclinaison − (90° − hauteur)."), 0.15)), seed);
        ex.append("spec:\n  map:\n    basemap: ").append(MarrowenBasemap.PATH).append("\n    alt: ")
                .append(localized(new Bilingual("Synthetic map of the invented archipelago of Marrowen: the coasts of "
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
            Bilingual prompt = photoPrompt(p);
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
        Map<String, String> files = files(null, null, id, ex, key);
        files.putAll(pictures);
        files.put(MarrowenBasemap.PATH, new MarrowenBasemap(seed).svg());
        return files;
    }

    /** What the picture shows, for readers who cannot see it: the scene as the prompt describes it. */
    private static Bilingual photoAlt(PhotoRecord p) {
        return new Bilingual(String.join(" ", "Synthetic picture.", p.visible().en(), p.sun().en(), p.signage().en()),
                String.join(" ", "Image synthétique.", p.visible().fr(), p.sun().fr(), p.signage().fr()));
    }

    private static Bilingual photoCaption(PhotoRecord p) {
        return new Bilingual(p.fileName() + " as posted, metadata in the question (synthetic picture drawn by the "
                + "academy's content generator)", p.fileName() + " tel que publié, métadonnées dans la question (image "
                + "synthétique dessinée par le générateur de contenu de l’académie)");
    }

    private static Bilingual photoPrompt(PhotoRecord p) {
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
        return new Bilingual(String.join(" ", exifEn, p.visible().en(), p.sun().en(), p.signage().en(), askEn),
                String.join(" ", exifFr, p.visible().fr(), p.sun().fr(), p.signage().fr(), askFr));
    }

    // ------------------------------------------------------------------ mark-exposed-personal-data

    Map<String, String> exposedPersonalData() {
        String id = "mark-exposed-personal-data";
        List<DoxingPost> posts = new ArrayList<>();
        new DoxingSpanGenerator(seed).generate(DOXING_POSTS, posts::add);
        StringBuilder ex = ExerciseFileWriter.head(id, "spans",
                new Bilingual("Mark the exposed personal data", "Repérer les données personnelles exposées"),
                new Bilingual("""
                        These %d posts were reported as doxing. In each, **select every piece of personal data it exposes** and give it its category: home address, private phone number, private e-mail address, workplace, relative's name, identity document number, date of birth.

                        Select the data itself, not the words around it ("lives at" is not part of the address). Some posts only give public contact details (an office's phone line, a public venue): mark nothing in them. A mark counts when it overlaps the expected span by at least half. Everything here is synthetic."""
                        .formatted(DOXING_POSTS), """
                        Ces %d publications ont été signalées comme du doxing. Dans chacune, **sélectionnez chaque donnée personnelle exposée** et attribuez-lui sa catégorie : adresse du domicile, numéro de téléphone privé, adresse électronique privée, lieu de travail, nom d’un proche, numéro de pièce d’identité, date de naissance.

                        Sélectionnez la donnée elle-même, pas les mots qui l’entourent (« habite au » ne fait pas partie de l’adresse). Certaines publications ne donnent que des coordonnées publiques (la ligne d’un service, un lieu public) : n’y marquez rien. Une sélection compte si elle recouvre au moins la moitié de la donnée attendue. Tout est synthétique."""
                        .formatted(DOXING_POSTS)),
                "beginner", List.of("doxing"), null, 3, null,
                List.of(new Hint(new Bilingual("An office's public number or a public venue's address is not personal "
                        + "data: a post may have nothing to mark.", "Le numéro public d’un service ou l’adresse d’un lieu "
                        + "public ne sont pas des données personnelles : une publication peut n’avoir rien à marquer."),
                        0.1)), seed);
        ex.append("spec:\n  minOverlap: 0.5\n  categories:\n");
        for (String c : DoxingSpanGenerator.CATEGORIES) {
            ex.append("    - id: ").append(c).append("\n      title: ")
                    .append(localized(DoxingSpanGenerator.categoryTitle(c))).append('\n');
        }
        ex.append("  posts:\n");
        posts.forEach(p -> ex.append("    - id: ").append(p.id()).append("\n      text: ").append(q(p.text())).append('\n'));
        StringBuilder key = ExerciseFileWriter.keyHead(id, seed);
        key.append("spans:\n");
        for (DoxingPost p : posts) {
            for (ExposedSpan s : p.spans()) {
                key.append("  - post: ").append(p.id()).append("\n    start: ").append(s.start()).append("\n    end: ")
                        .append(s.end()).append("    # ").append(q(p.text().substring(s.start(), s.end())))
                        .append("\n    category: ").append(s.category()).append("\n    explanation: ")
                        .append(localized(s.why())).append('\n');
            }
        }
        return files(null, null, id, ex, key);
    }

    private static Map<String, String> files(String datasetPath, String dataset, String id, StringBuilder exercise,
                                             StringBuilder key) {
        Map<String, String> files = new LinkedHashMap<>();
        if (datasetPath != null) {
            files.put(datasetPath, dataset);
        }
        files.put("exercises/" + id + ".yaml", exercise.toString());
        files.put("keys/" + id + ".key.yaml", key.toString());
        return files;
    }
}
