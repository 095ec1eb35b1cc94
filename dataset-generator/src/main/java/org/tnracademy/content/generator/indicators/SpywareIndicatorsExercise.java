package org.tnracademy.content.generator.indicators;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.DeviceLogGenerator;
import org.tnracademy.content.generator.DeviceLogLine;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.SpywareIndicator;
import org.tnracademy.content.generator.Texts;

/** The curriculum's {@code match-spyware-indicators} exercise, of type {@code indicators}: its files, from the type's generators. */
public final class SpywareIndicatorsExercise implements CurriculumExercise {

    public static final int LOG_LINE_COUNT = 40;

    @Override
    public String typeId() {
        return "indicators";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "match-spyware-indicators";
        DeviceLogGenerator generator = new DeviceLogGenerator(seed);
        List<DeviceLogLine> lines = new ArrayList<>();
        generator.generate(LOG_LINE_COUNT, lines::add);
        StringBuilder ex = ExerciseFileWriter.head(id, typeId(),
                Texts.of("Match the spyware indicators", "Rapprocher les indicateurs de logiciel espion"),
                Texts.of("""
                        A journalist's handset (synthetic device SYN-PHONE-07, address 192.0.2.14) was examined after she received a fake consular message. Read its %d log lines (DNS queries, TLS client hellos, connections, process starts, downloaded files) and claim **every line that matches an indicator of the STIX 2.1 bundle**, with the indicator it matches.

                        The patterns are equalities: a domain matches only the whole name, an address only itself, a URL only the exact URL, a hash only the full SHA-256. Several lines are decoys built to look like hits. A line with the wrong indicator counts as a miss and a false claim.

                        Every device, address, domain and hash is synthetic: addresses are in documentation ranges and domains are reserved names."""
                        .formatted(LOG_LINE_COUNT), """
                        Le téléphone d’une journaliste (appareil synthétique SYN-PHONE-07, adresse 192.0.2.14) a été examiné après qu’elle a reçu un faux message consulaire. Lisez ses %d lignes de journal (requêtes DNS, négociations TLS, connexions, lancements de processus, fichiers téléchargés) et signalez **chaque ligne qui correspond à un indicateur du lot STIX 2.1**, avec l’indicateur correspondant.

                        Les motifs sont des égalités : un domaine ne correspond qu’au nom entier, une adresse qu’à elle-même, une URL qu’à l’URL exacte, une empreinte qu’au SHA-256 complet. Plusieurs lignes sont des leurres qui imitent une correspondance. Une ligne attribuée au mauvais indicateur compte comme un oubli et une fausse alerte.

                        Appareils, adresses, domaines et empreintes sont synthétiques : les adresses appartiennent aux plages de documentation et les domaines sont réservés."""
                        .formatted(LOG_LINE_COUNT)),
                "advanced", List.of("spyware"), null, 3, 45,
                List.of(new Hint(Texts.of("Compare each hash with the indicators from its last characters: "
                        + "decoys share the beginning.", "Comparez chaque empreinte aux indicateurs en partant de la "
                        + "fin : les leurres ont le même début."), 0.1), new Hint(Texts.of("A subdomain such as "
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
        return ExerciseFileWriter.files(null, null, id, ex, key);
    }
}
