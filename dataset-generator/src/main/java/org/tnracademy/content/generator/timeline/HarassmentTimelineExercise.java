package org.tnracademy.content.generator.timeline;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.tnracademy.content.generator.CaseEvent;
import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.HarassmentCaseGenerator;
import org.tnracademy.content.generator.SeededRandom;
import org.tnracademy.content.generator.Texts;

/** The curriculum's {@code reconstruct-harassment-timeline} exercise, of type {@code timeline}: its files, from the type's generators. */
public final class HarassmentTimelineExercise implements CurriculumExercise {

    public static final int TIMELINE_EVENTS = 12;

    @Override
    public String typeId() {
        return "timeline";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "reconstruct-harassment-timeline";
        List<CaseEvent> events = new ArrayList<>();
        new HarassmentCaseGenerator(seed).generate(TIMELINE_EVENTS, events::add);
        // learners see the events shuffled, under ids that do not give the order away
        List<CaseEvent> shown = new ArrayList<>(events);
        new SeededRandom(seed ^ 0x54494D45L).shuffle(shown);
        StringBuilder ex = ExerciseFileWriter.head(id, typeId(),
                Texts.of("Reconstruct the harassment timeline", "Reconstituer la chronologie du harcèlement",
                        "Die Chronologie der Belästigung rekonstruieren", "Ricostruire la cronologia delle molestie",
                        "嫌がらせの時系列を再構成する"),
                Texts.of("""
                        A journalist in Brussels collected %d screenshots, e-mails and letters from a month of harassment. Each source shows time its own way: Chirper in her own zone (CET, then CEST from 30 March), PhotoShare and ForumNet with the poster's offset, WhisperChat in the sender's zone, e-mails in their Date header, and the letters in Arvenne time (UTC+4). Put the events **in the order they happened**, earliest first.

                        Convert every time to UTC before you compare. Mind the summer-time changes (9 March in North America, 30 March in Europe) and the date formats (day first on ForumNet). Your score is the share of pairs you put in the right order. The case, the people and the accounts are synthetic."""
                        .formatted(TIMELINE_EVENTS), """
                        Une journaliste installée à Bruxelles a rassemblé %d captures d’écran, courriels et lettres d’un mois de harcèlement. Chaque source affiche l’heure à sa façon : Chirper dans son propre fuseau (CET, puis CEST à partir du 30 mars), PhotoShare et ForumNet avec le décalage de l’auteur, WhisperChat dans le fuseau de l’expéditeur, les courriels dans leur en-tête Date et les lettres à l’heure d’Arvenne (UTC+4). Placez les événements **dans l’ordre où ils se sont produits**, du plus ancien au plus récent.

                        Convertissez chaque heure en UTC avant de comparer. Attention aux changements d’heure (9 mars en Amérique du Nord, 30 mars en Europe) et aux formats de date (le jour d’abord sur ForumNet). Votre score est la part des paires placées dans le bon ordre. L’affaire, les personnes et les comptes sont synthétiques."""
                        .formatted(TIMELINE_EVENTS), """
                        Eine Journalistin in Brüssel hat %d Screenshots, E-Mails und Briefe aus einem Monat Belästigung gesammelt. Jede Quelle zeigt die Zeit auf ihre Weise: Chirper in ihrer eigenen Zeitzone (MEZ/CET, ab 30. März MESZ/CEST), PhotoShare und ForumNet mit dem Versatz der postenden Person, WhisperChat in der Zeitzone des Absenders, E-Mails in ihrem Date-Header und die Briefe in der Zeit von Arvenne (UTC+4). Bringen Sie die Ereignisse **in die Reihenfolge, in der sie geschehen sind**, das früheste zuerst.

                        Rechnen Sie jede Zeit vor dem Vergleich in UTC um. Beachten Sie die Umstellungen auf Sommerzeit (9. März in Nordamerika, 30. März in Europa) und die Datumsformate (auf ForumNet steht der Tag zuerst). Ihr Score ist der Anteil der Paare, die Sie in die richtige Reihenfolge gebracht haben. Der Fall, die Personen und die Konten sind synthetisch."""
                        .formatted(TIMELINE_EVENTS), """
                        Una giornalista a Bruxelles ha raccolto %d screenshot, e-mail e lettere di un mese di molestie. Ogni fonte mostra l’ora a modo suo: Chirper nel suo fuso orario (CET, poi CEST dal 30 marzo), PhotoShare e ForumNet con lo scostamento dell’autore, WhisperChat nel fuso del mittente, le e-mail nella loro intestazione Date e le lettere nell’ora di Arvenne (UTC+4). Metta gli eventi **nell’ordine in cui sono avvenuti**, dal primo all’ultimo.

                        Converta ogni ora in UTC prima di confrontare. Faccia attenzione ai cambi dell’ora legale (9 marzo in Nord America, 30 marzo in Europa) e ai formati delle date (su ForumNet viene prima il giorno). Il punteggio è la quota di coppie messe nell’ordine giusto. Il caso, le persone e gli account sono sintetici."""
                        .formatted(TIMELINE_EVENTS), """
                        ブリュッセルのあるジャーナリストが、1か月にわたる嫌がらせのスクリーンショット、メール、手紙を%d件集めました。各情報源は時刻をそれぞれの方法で表示しています。Chirperは彼女自身のタイムゾーン（CET、3月30日からはCEST）、PhotoShareとForumNetは投稿者のオフセット、WhisperChatは送信者のタイムゾーン、メールはDateヘッダー、手紙はアルヴェンヌ時間（UTC+4）です。出来事を**起きた順に**、古いものから並べてください。

                        比較する前に、すべての時刻をUTCに変換してください。夏時間への切り替え（北米は3月9日、ヨーロッパは3月30日）と日付の形式（ForumNetでは日が先）に注意してください。スコアは、正しい順序に並べたペアの割合です。事件、人物、アカウントはすべて合成データです。"""
                        .formatted(TIMELINE_EVENTS)),
                "intermediate", List.of("harassment", "document-abuse"), null, 3, null,
                List.of(new Hint(Texts.of("Write each time as UTC next to the event: UTC = local time minus the "
                        + "offset (21:30 at UTC+1 is 20:30 UTC; 4:05 PM at UTC-5 is 21:05 UTC).", "Notez l’heure UTC "
                        + "à côté de chaque événement : UTC = heure locale moins le décalage (21 h 30 à UTC+1 donne "
                        + "20 h 30 UTC ; 16 h 05 à UTC-5 donne 21 h 05 UTC).", "Notieren Sie neben jedem Ereignis die "
                        + "Zeit in UTC: UTC = Ortszeit minus Versatz (21:30 bei UTC+1 ergibt 20:30 UTC; 16:05 bei "
                        + "UTC-5 ergibt 21:05 UTC).", "Annoti accanto a ogni evento l’ora UTC: UTC = ora locale meno "
                        + "lo scostamento (le 21:30 a UTC+1 sono le 20:30 UTC; le 16:05 a UTC-5 sono le 21:05 UTC).",
                        "各出来事の横にUTCの時刻を書き込んでください。UTC＝現地時刻−オフセットです（UTC+1の21:30はUTCの20:30、"
                                + "UTC-5の午後4:05はUTCの21:05）。"), 0.15)), seed);
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
        return ExerciseFileWriter.files(null, null, id, ex, key);
    }
}
