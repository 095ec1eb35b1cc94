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
                Texts.of("Match the spyware indicators", "Rapprocher les indicateurs de logiciel espion",
                        "Spyware-Indikatoren zuordnen", "Abbinare gli indicatori di spyware",
                        "スパイウェアの指標を照合する"),
                Texts.of("""
                        A journalist's handset (synthetic device SYN-PHONE-07, address 192.0.2.14) was examined after she received a fake consular message. Read its %d log lines (DNS queries, TLS client hellos, connections, process starts, downloaded files) and claim **every line that matches an indicator of the STIX 2.1 bundle**, with the indicator it matches.

                        The patterns are equalities: a domain matches only the whole name, an address only itself, a URL only the exact URL, a hash only the full SHA-256. Several lines are decoys built to look like hits. A line with the wrong indicator counts as a miss and a false claim.

                        Every device, address, domain and hash is synthetic: addresses are in documentation ranges and domains are reserved names."""
                        .formatted(LOG_LINE_COUNT), """
                        Le téléphone d’une journaliste (appareil synthétique SYN-PHONE-07, adresse 192.0.2.14) a été examiné après qu’elle a reçu un faux message consulaire. Lisez ses %d lignes de journal (requêtes DNS, négociations TLS, connexions, lancements de processus, fichiers téléchargés) et signalez **chaque ligne qui correspond à un indicateur du lot STIX 2.1**, avec l’indicateur correspondant.

                        Les motifs sont des égalités : un domaine ne correspond qu’au nom entier, une adresse qu’à elle-même, une URL qu’à l’URL exacte, une empreinte qu’au SHA-256 complet. Plusieurs lignes sont des leurres qui imitent une correspondance. Une ligne attribuée au mauvais indicateur compte comme un oubli et une fausse alerte.

                        Appareils, adresses, domaines et empreintes sont synthétiques : les adresses appartiennent aux plages de documentation et les domaines sont réservés."""
                        .formatted(LOG_LINE_COUNT), """
                        Das Mobiltelefon einer Journalistin (synthetisches Gerät SYN-PHONE-07, Adresse 192.0.2.14) wurde untersucht, nachdem sie eine gefälschte konsularische Nachricht erhalten hatte. Lesen Sie die %d Protokollzeilen (DNS-Anfragen, TLS-Client-Hellos, Verbindungen, Prozessstarts, heruntergeladene Dateien) und melden Sie **jede Zeile, die zu einem Indikator des STIX-2.1-Bundles passt**, mit dem passenden Indikator.

                        Die Muster sind Gleichheiten: Eine Domain passt nur auf den ganzen Namen, eine Adresse nur auf sich selbst, eine URL nur auf die exakte URL, ein Hash nur auf den vollständigen SHA-256-Wert. Mehrere Zeilen sind Köder, die wie Treffer aussehen sollen. Eine Zeile mit dem falschen Indikator zählt als übersehener Treffer und als falsche Meldung.

                        Alle Geräte, Adressen, Domains und Hashes sind synthetisch: Die Adressen liegen in Dokumentationsbereichen, die Domains sind reservierte Namen."""
                        .formatted(LOG_LINE_COUNT), """
                        Il telefono di una giornalista (dispositivo sintetico SYN-PHONE-07, indirizzo 192.0.2.14) è stato esaminato dopo che lei ha ricevuto un falso messaggio consolare. Legga le sue %d righe di log (query DNS, client hello TLS, connessioni, avvii di processi, file scaricati) e segnali **ogni riga che corrisponde a un indicatore del bundle STIX 2.1**, con l’indicatore corrispondente.

                        I pattern sono uguaglianze: un dominio corrisponde solo al nome intero, un indirizzo solo a sé stesso, un URL solo all’URL esatto, un hash solo allo SHA-256 completo. Diverse righe sono esche costruite per sembrare corrispondenze. Una riga con l’indicatore sbagliato conta come una mancata individuazione e una falsa segnalazione.

                        Tutti i dispositivi, gli indirizzi, i domini e gli hash sono sintetici: gli indirizzi sono negli intervalli di documentazione e i domini sono nomi riservati."""
                        .formatted(LOG_LINE_COUNT), """
                        あるジャーナリストが偽の領事館メッセージを受け取った後、その携帯電話（合成デバイスSYN-PHONE-07、アドレス192.0.2.14）が調査されました。%d行のログ（DNSクエリ、TLSクライアントハロー、接続、プロセスの起動、ダウンロードされたファイル）を読み、**STIX 2.1バンドルの指標に一致するすべての行**を、一致する指標とともに指摘してください。

                        パターンは完全一致です。ドメインは名前全体にのみ、アドレスはそのアドレス自体にのみ、URLは完全に同じURLにのみ、ハッシュは完全なSHA-256にのみ一致します。一致のように見せかけたおとりの行がいくつかあります。誤った指標を付けた行は、見落としと誤検知の両方として数えられます。

                        すべてのデバイス、アドレス、ドメイン、ハッシュは合成データです。アドレスは文書用の範囲にあり、ドメインは予約された名前です。"""
                        .formatted(LOG_LINE_COUNT)),
                "advanced", List.of("spyware"), null, 3, 45,
                List.of(new Hint(Texts.of("Compare each hash with the indicators from its last characters: "
                        + "decoys share the beginning.", "Comparez chaque empreinte aux indicateurs en partant de la "
                        + "fin : les leurres ont le même début.", "Vergleichen Sie jeden Hash ab seinen letzten Zeichen mit "
                        + "den Indikatoren: Köder haben denselben Anfang.", "Confronti ogni hash con gli indicatori "
                        + "partendo dagli ultimi caratteri: le esche hanno lo stesso inizio.",
                        "各ハッシュを末尾の文字から指標と比較してください。おとりは先頭部分が同じです。"), 0.1), new Hint(Texts.of("A subdomain such as "
                        + "cdn.<name> is a different domain-name value from <name>.", "Un sous-domaine comme "
                        + "cdn.<nom> est une autre valeur de domain-name que <nom>.", "Eine Subdomain wie cdn.<Name> ist "
                        + "ein anderer domain-name-Wert als <Name>.", "Un sottodominio come cdn.<nome> è un valore "
                        + "di domain-name diverso da <nome>.", "cdn.<名前>のようなサブドメインは、<名前>とは別のdomain-nameの値です。"),
                        0.15)), seed);
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
