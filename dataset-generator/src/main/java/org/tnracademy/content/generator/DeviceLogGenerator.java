package org.tnracademy.content.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The logs of one synthetic handset (DNS queries, TLS client hellos with their SNI, connections,
 * process starts and downloaded files, with SHA-256 hashes) in which an invented spyware family
 * leaves traces, plus the STIX 2.1 bundle of its indicators.
 *
 * <p>Lines come in blocks of {@value #BLOCK}: in each, about 12 % are true hits and 10 % decoys (a
 * subdomain or look-alike of an indicator domain, a neighbouring address, a hash that differs only
 * at the end, another path on the lure's host, the real consulate), shuffled among plain traffic.
 * Only a block is ever in memory. Addresses are in the documentation ranges, domains reserved.
 */
public final class DeviceLogGenerator {

    public static final int MAX_SIZE = 1_000_000;
    static final int BLOCK = 50;
    static final String DEVICE_IP = "192.0.2.14";

    private static final long SALT = 0x4445564943L; // "DEVIC"
    private static final long START = Times.epoch(2025, 5, 12, 6, 0);

    private final long seed;
    private final SeededRandom rnd;
    private final String appHash;
    private final String dropperHash;
    private final List<SpywareIndicator> indicators;
    private final String bundleId;

    public DeviceLogGenerator() {
        this(PostGenerator.DEFAULT_SEED);
    }

    public DeviceLogGenerator(long seed) {
        this.seed = seed;
        this.rnd = new SeededRandom(seed ^ SALT);
        this.appHash = hash(rnd);
        this.dropperHash = hash(rnd);
        this.bundleId = "bundle--" + uuid(rnd);
        this.indicators = List.of(
                new SpywareIndicator("indicator--" + uuid(rnd), "Harbourfox implant C2 (synthetic)",
                        "Command-and-control domain and server of the invented Harbourfox implant.",
                        "[domain-name:value = 'telemetry-sync.example' OR ipv4-addr:value = '198.51.100.23']"),
                new SpywareIndicator("indicator--" + uuid(rnd), "Lanternfly stalkerware package (synthetic)",
                        "The invented Lanternfly stalkerware app and its dropper.",
                        "[file:hashes.'SHA-256' = '" + appHash + "'] OR [file:hashes.'SHA-256' = '" + dropperHash + "']"),
                new SpywareIndicator("indicator--" + uuid(rnd), "Consular-lure exploit link (synthetic)",
                        "The one-time link sent in a fake consular message that delivered the implant.",
                        "[url:value = 'https://consulate-arvenne-gov.example/r/5521']"),
                new SpywareIndicator("indicator--" + uuid(rnd), "Harbourfox exfiltration server (synthetic)",
                        "Where the implant uploads what it collects.",
                        "[ipv4-addr:value = '203.0.113.80']"));
    }

    public long seed() {
        return seed;
    }

    public List<SpywareIndicator> indicators() {
        return indicators;
    }

    public String bundleId() {
        return bundleId;
    }

    /** Streams {@code n} lines, line-001 ..., in time order. Call once per generator. */
    public void generate(int n, Consumer<DeviceLogLine> out) {
        if (n < 1 || n > MAX_SIZE) {
            throw new IllegalArgumentException("device log size must be from 1 to " + MAX_SIZE + ", was " + n);
        }
        String idFormat = "line-%0" + Math.max(3, Integer.toString(n).length()) + "d";
        long at = START;
        int hitTurn = 0;
        int decoyTurn = 0;
        for (int first = 0; first < n; first += BLOCK) {
            int size = Math.min(BLOCK, n - first);
            List<Integer> kinds = new ArrayList<>(size); // 1 hit, 2 decoy, 0 plain
            int hits = Math.max(1, Math.round(size * 0.12f));
            int decoys = Math.max(size >= 3 ? 1 : 0, Math.round(size * 0.10f));
            for (int i = 0; i < size; i++) {
                kinds.add(i < hits ? 1 : i < hits + decoys ? 2 : 0);
            }
            rnd.shuffle(kinds);
            for (int i = 0; i < size; i++) {
                at += 5 + rnd.nextInt(116);
                String id = String.format(Locale.ROOT, idFormat, first + i + 1);
                String time = Times.isoUtc(at) + " ";
                out.accept(switch (kinds.get(i)) {
                    case 1 -> hit(id, time, hitTurn++);
                    case 2 -> decoy(id, time, decoyTurn++);
                    default -> plain(id, time);
                });
            }
        }
    }

    private DeviceLogLine hit(String id, String time, int turn) {
        SpywareIndicator c2 = indicators.get(0);
        SpywareIndicator app = indicators.get(1);
        SpywareIndicator lure = indicators.get(2);
        SpywareIndicator exfil = indicators.get(3);
        return switch (turn % 7) {
            case 0 -> new DeviceLogLine(id, time + "dns query A telemetry-sync.example from " + DEVICE_IP,
                    c2.id(), false, Texts.of(
                    "Hit: the handset resolved telemetry-sync.example, the C2 domain of the Harbourfox indicator.",
                    "Correspondance : le téléphone a résolu telemetry-sync.example, le domaine de commande de "
                            + "l'indicateur Harbourfox.",
                    "Treffer: Das Telefon hat telemetry-sync.example aufgelöst, die C2-Domain des Harbourfox-Indikators.",
                    "Corrispondenza: il telefono ha risolto telemetry-sync.example, il dominio C2 dell’indicatore Harbourfox.",
                    "一致：端末がHarbourfox指標のC2ドメインであるtelemetry-sync.exampleを名前解決しています。"));
            case 1 -> new DeviceLogLine(id, time + "tcp " + DEVICE_IP + ":" + port() + " -> 198.51.100.23:443 "
                    + "established", c2.id(), false, Texts.of(
                    "Hit: a connection to 198.51.100.23, the Harbourfox C2 server address of the same indicator.",
                    "Correspondance : une connexion à 198.51.100.23, l'adresse du serveur de commande Harbourfox "
                            + "du même indicateur.",
                    "Treffer: eine Verbindung zu 198.51.100.23, der Adresse des Harbourfox-C2-Servers aus demselben Indikator.",
                    "Corrispondenza: una connessione a 198.51.100.23, l’indirizzo del server C2 di Harbourfox dello stesso indicatore.",
                    "一致：同じ指標に含まれるHarbourfoxのC2サーバーのアドレス198.51.100.23への接続です。"));
            case 2 -> new DeviceLogLine(id, time + "proc start pid=" + pid() + " name=com.syn.batterysaver sha256="
                    + appHash, app.id(), false, Texts.of(
                    "Hit: the running \"battery saver\" has the SHA-256 of the Lanternfly stalkerware app; the "
                            + "harmless name is the disguise.",
                    "Correspondance : l'« économiseur de batterie » lancé a le SHA-256 de l'application espion "
                            + "Lanternfly ; le nom anodin est un déguisement.",
                    "Treffer: Der laufende „Akku-Sparer“ hat den SHA-256-Wert der Stalkerware-App Lanternfly; der harmlose Name ist die Tarnung.",
                    "Corrispondenza: il «risparmio batteria» in esecuzione ha lo SHA-256 dell’app stalkerware Lanternfly; il nome innocuo è il travestimento.",
                    "一致：実行中の「バッテリーセーバー」は、ストーカーウェアアプリLanternflyのSHA-256と一致します。無害な名前は偽装です。"));
            case 3 -> new DeviceLogLine(id, time + "http GET https://consulate-arvenne-gov.example/r/5521 status=200 "
                    + "ua=SynBrowser/5.1", lure.id(), false, Texts.of(
                    "Hit: the browser opened the exact one-time link of the consular lure indicator.",
                    "Correspondance : le navigateur a ouvert le lien unique exact de l'indicateur du leurre "
                            + "consulaire.",
                    "Treffer: Der Browser hat genau den Einmal-Link des Indikators für den konsularischen Köder geöffnet.",
                    "Corrispondenza: il browser ha aperto esattamente il link monouso dell’indicatore dell’esca consolare.",
                    "一致：ブラウザが、領事館を装ったおとりの指標にある使い捨てリンクとまったく同じものを開いています。"));
            case 4 -> new DeviceLogLine(id, time + "file created path=/sdcard/Download/arvenne_form.apk sha256="
                    + dropperHash, app.id(), false, Texts.of(
                    "Hit: the downloaded file has the SHA-256 of the Lanternfly dropper (second value of the same "
                            + "indicator).",
                    "Correspondance : le fichier téléchargé a le SHA-256 du programme d'installation de "
                            + "Lanternfly (seconde valeur du même indicateur).",
                    "Treffer: Die heruntergeladene Datei hat den SHA-256-Wert des Lanternfly-Droppers (zweiter Wert desselben Indikators).",
                    "Corrispondenza: il file scaricato ha lo SHA-256 del dropper di Lanternfly (secondo valore dello stesso indicatore).",
                    "一致：ダウンロードされたファイルは、LanternflyのドロッパーのSHA-256（同じ指標の2つ目の値）と一致します。"));
            case 5 -> new DeviceLogLine(id, time + "tcp " + DEVICE_IP + ":" + port() + " -> 203.0.113.80:8443 "
                    + "established bytes_out=" + (20_000 + rnd.nextInt(80_000)), exfil.id(), false, Texts.of(
                    "Hit: an upload to 203.0.113.80, the Harbourfox exfiltration server.",
                    "Correspondance : un envoi vers 203.0.113.80, le serveur d'exfiltration de Harbourfox.",
                    "Treffer: ein Upload zu 203.0.113.80, dem Exfiltrationsserver von Harbourfox.",
                    "Corrispondenza: un caricamento verso 203.0.113.80, il server di esfiltrazione di Harbourfox.",
                    "一致：Harbourfoxの持ち出し用サーバー203.0.113.80へのアップロードです。"));
            default -> new DeviceLogLine(id, time + "tls client-hello sni=telemetry-sync.example dst=198.51.100.23:443",
                    c2.id(), false, Texts.of(
                    "Hit: the TLS name (SNI) and the address are both values of the Harbourfox C2 indicator.",
                    "Correspondance : le nom TLS (SNI) et l'adresse sont deux valeurs de l'indicateur de commande "
                            + "Harbourfox.",
                    "Treffer: Der TLS-Name (SNI) und die Adresse sind beide Werte des Harbourfox-C2-Indikators.",
                    "Corrispondenza: il nome TLS (SNI) e l’indirizzo sono entrambi valori dell’indicatore C2 di Harbourfox.",
                    "一致：TLS名（SNI）とアドレスは、どちらもHarbourfoxのC2指標の値です。"));
        };
    }

    private DeviceLogLine decoy(String id, String time, int turn) {
        return switch (turn % 7) {
            case 0 -> new DeviceLogLine(id, time + "dns query A cdn.telemetry-sync.example from " + DEVICE_IP, null,
                    true, Texts.of(
                    "Decoy: cdn.telemetry-sync.example is a subdomain, a different domain-name value. The pattern "
                            + "is an equality on the whole name: worth noting for follow-up, not a match.",
                    "Leurre : cdn.telemetry-sync.example est un sous-domaine, donc une autre valeur de "
                            + "domain-name. Le motif est une égalité sur le nom entier : à noter pour la suite, "
                            + "mais ce n'est pas une correspondance.",
                    "Köder: cdn.telemetry-sync.example ist eine Subdomain, also ein anderer domain-name-Wert. Das Muster ist eine Gleichheit über den ganzen Namen: für die weitere Untersuchung notieren, aber kein Treffer.",
                    "Esca: cdn.telemetry-sync.example è un sottodominio, quindi un altro valore di domain-name. Il pattern è un’uguaglianza sul nome intero: da annotare per il seguito, ma non è una corrispondenza.",
                    "おとり：cdn.telemetry-sync.exampleはサブドメインであり、別のdomain-nameの値です。パターンは名前全体の完全一致なので、追跡のために記録する価値はありますが、一致ではありません。"));
            case 1 -> new DeviceLogLine(id, time + "tcp " + DEVICE_IP + ":" + port() + " -> 198.51.100.24:443 "
                    + "established", null, true, Texts.of(
                    "Decoy: 198.51.100.24 is the neighbour of the C2 address 198.51.100.23. Neighbouring addresses "
                            + "often belong to other customers of the same host.",
                    "Leurre : 198.51.100.24 est la voisine de l'adresse de commande 198.51.100.23. Des adresses "
                            + "voisines appartiennent souvent à d'autres clients du même hébergeur.",
                    "Köder: 198.51.100.24 ist die Nachbaradresse der C2-Adresse 198.51.100.23. Benachbarte Adressen gehören oft anderen Kunden desselben Hosters.",
                    "Esca: 198.51.100.24 è l’indirizzo vicino a quello C2 198.51.100.23. Indirizzi vicini appartengono spesso ad altri clienti dello stesso hosting.",
                    "おとり：198.51.100.24はC2アドレス198.51.100.23の隣のアドレスです。隣接するアドレスは、同じホスティング事業者の別の顧客のものであることがよくあります。"));
            case 2 -> new DeviceLogLine(id, time + "proc start pid=" + pid() + " name=com.syn.batterysaver sha256="
                    + appHash.substring(0, 58) + mutate(appHash.substring(58)), null, true, Texts.of(
                    "Decoy: same app name, but the hash differs in its last characters: another build. Compare "
                            + "whole hashes, never names or prefixes.",
                    "Leurre : même nom d'application, mais l'empreinte diffère par ses derniers caractères : une "
                            + "autre version. Comparez les empreintes entières, jamais les noms ni les débuts.",
                    "Köder: gleicher App-Name, aber der Hash unterscheidet sich in den letzten Zeichen: ein anderer Build. Vergleichen Sie ganze Hashes, nie Namen oder Anfänge.",
                    "Esca: stesso nome dell’app, ma l’hash differisce negli ultimi caratteri: un’altra build. Confronti gli hash interi, mai i nomi o gli inizi.",
                    "おとり：アプリ名は同じですが、ハッシュの末尾の文字が異なるため、別のビルドです。名前や先頭部分ではなく、常にハッシュ全体を比較してください。"));
            case 3 -> new DeviceLogLine(id, time + "dns query A telemetry-sync.test from " + DEVICE_IP, null, true,
                    Texts.of(
                    "Decoy: telemetry-sync.test looks like the C2 domain but ends in another top-level domain.",
                    "Leurre : telemetry-sync.test ressemble au domaine de commande mais se termine par un autre "
                            + "domaine de premier niveau.",
                    "Köder: telemetry-sync.test sieht aus wie die C2-Domain, endet aber auf eine andere Top-Level-Domain.",
                    "Esca: telemetry-sync.test somiglia al dominio C2 ma termina con un altro dominio di primo livello.",
                    "おとり：telemetry-sync.testはC2ドメインに似ていますが、トップレベルドメインが異なります。"));
            case 4 -> new DeviceLogLine(id, time + "http GET https://consulate-arvenne-gov.example/r/5522 status=404 "
                    + "ua=SynBrowser/5.1", null, true, Texts.of(
                    "Decoy: same host as the lure, but another path (/r/5522 instead of /r/5521): a URL indicator "
                            + "matches the exact URL only.",
                    "Leurre : même hôte que le leurre, mais un autre chemin (/r/5522 au lieu de /r/5521) : un "
                            + "indicateur d'URL ne correspond qu'à l'URL exacte.",
                    "Köder: derselbe Host wie der Köder-Link, aber ein anderer Pfad (/r/5522 statt /r/5521): Ein URL-Indikator passt nur auf die exakte URL.",
                    "Esca: stesso host dell’esca, ma un altro percorso (/r/5522 invece di /r/5521): un indicatore di URL corrisponde solo all’URL esatto.",
                    "おとり：おとりと同じホストですが、パスが異なります（/r/5521ではなく/r/5522）。URLの指標は完全に同じURLにしか一致しません。"));
            case 5 -> new DeviceLogLine(id, time + "tcp " + DEVICE_IP + ":" + port() + " -> 203.0.113.81:8443 "
                    + "established bytes_out=" + (1_000 + rnd.nextInt(9_000)), null, true, Texts.of(
                    "Decoy: 203.0.113.81, one above the exfiltration server 203.0.113.80.",
                    "Leurre : 203.0.113.81, une adresse au-dessus du serveur d'exfiltration 203.0.113.80.",
                    "Köder: 203.0.113.81, eine Adresse über dem Exfiltrationsserver 203.0.113.80.",
                    "Esca: 203.0.113.81, un indirizzo sopra il server di esfiltrazione 203.0.113.80.",
                    "おとり：203.0.113.81は、持ち出し用サーバー203.0.113.80の1つ上のアドレスです。"));
            default -> new DeviceLogLine(id, time + "dns query A " + MessageGenerator.OFFICIAL_DOMAIN + " from "
                    + DEVICE_IP, null, true, Texts.format(Texts.of(
                    "Decoy: %s is the real consulate's domain; the lure imitates it, but visiting the real one is no "
                            + "sign of infection.",
                    "Leurre : %s est le vrai domaine du consulat ; le leurre l'imite, mais consulter le vrai site "
                            + "n'est pas un signe d'infection.",
                    "Köder: %s ist die echte Domain des Konsulats; der Köder ahmt sie nach, aber der Besuch der echten "
                            + "Seite ist kein Zeichen einer Infektion.",
                    "Esca: %s è il vero dominio del consolato; l’esca lo imita, ma visitare quello vero non è un "
                            + "segno di infezione.",
                    "おとり：%sは本物の領事館のドメインです。おとりはこれを模倣していますが、本物にアクセスしても感染の兆候ではありません。"),
                    MessageGenerator.OFFICIAL_DOMAIN));
        };
    }

    private static final List<String> BENIGN_DOMAINS = List.of("mail.example", "news-daily.example",
            "weather.test", "maps.example", "chat-relay.example", "photos-cloud.example", "os-updates.example",
            "northmere-bank.example", "music-stream.test", "transit-times.example");
    private static final List<String> BENIGN_APPS = List.of("com.syn.mail", "com.syn.camera", "com.syn.maps",
            "com.syn.chat", "com.syn.notes", "com.syn.banking");

    private DeviceLogLine plain(String id, String time) {
        String text = switch (rnd.nextInt(5)) {
            case 0 -> "dns query A " + rnd.pick(BENIGN_DOMAINS) + " from " + DEVICE_IP;
            case 1 -> "tls client-hello sni=" + rnd.pick(BENIGN_DOMAINS) + " dst=198.51.100." + rnd.between(100, 199)
                    + ":443";
            case 2 -> "tcp " + DEVICE_IP + ":" + port() + " -> 203.0.113." + rnd.between(120, 220) + ":443 established";
            case 3 -> "proc start pid=" + pid() + " name=" + rnd.pick(BENIGN_APPS) + " sha256=" + hash(rnd);
            default -> "file created path=/sdcard/DCIM/IMG_" + rnd.between(1000, 9999) + ".jpg sha256=" + hash(rnd);
        };
        return new DeviceLogLine(id, time + text, null, false, null);
    }

    private int port() {
        return rnd.between(49_152, 65_535);
    }

    private int pid() {
        return rnd.between(1_000, 32_000);
    }

    /** The same number of hex digits, each changed: a hash that only looks the same. */
    private static String mutate(String hex) {
        StringBuilder out = new StringBuilder();
        for (char c : hex.toCharArray()) {
            out.append(Character.forDigit((Character.digit(c, 16) + 7) % 16, 16));
        }
        return out.toString();
    }

    private static String hash(SeededRandom rnd) {
        StringBuilder out = new StringBuilder(64);
        for (int i = 0; i < 4; i++) {
            out.append(String.format(Locale.ROOT, "%016x", rnd.nextLong()));
        }
        return out.toString();
    }

    /** A version-4 UUID drawn from the seeded stream, so bundle and indicator ids are stable. */
    private static String uuid(SeededRandom rnd) {
        long hi = (rnd.nextLong() & 0xFFFFFFFFFFFF0FFFL) | 0x0000000000004000L;
        long lo = (rnd.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        String h = String.format(Locale.ROOT, "%016x%016x", hi, lo);
        return h.substring(0, 8) + "-" + h.substring(8, 12) + "-" + h.substring(12, 16) + "-" + h.substring(16, 20)
                + "-" + h.substring(20);
    }
}
