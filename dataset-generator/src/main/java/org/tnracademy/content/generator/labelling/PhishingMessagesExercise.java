package org.tnracademy.content.generator.labelling;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.DatasetWriter;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.LabelledMessage;
import org.tnracademy.content.generator.MessageGenerator;
import org.tnracademy.content.generator.MessageLabel;
import org.tnracademy.content.generator.Texts;
import org.tnracademy.content.generator.YamlText;

/** The curriculum's {@code label-phishing-messages} exercise, of type {@code item-labelling}: its files, from the type's generators. */
public final class PhishingMessagesExercise implements CurriculumExercise {

    public static final int MESSAGE_COUNT = 100;
    /** Each learner labels their own draw of the messages, as many of each label as the others (a variant). */
    public static final int ITEMS_PER_LEARNER = 40;

    @Override
    public String typeId() {
        return "item-labelling";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "label-phishing-messages";
        String dataset = "datasets/messages.jsonl";
        List<LabelledMessage> messages = new ArrayList<>();
        new MessageGenerator(seed).generate(MESSAGE_COUNT, messages::add);
        StringBuilder ex = ExerciseFileWriter.head(id, typeId(),
                Texts.of("Triage the inbox: phishing and consular impersonation",
                        "Trier la boîte de réception : hameçonnage et usurpation consulaire",
                        "Den Posteingang sichten: Phishing und konsularische Identitätstäuschung",
                        "Smistare la posta in arrivo: phishing e usurpazione consolare",
                        "受信箱の仕分け：フィッシングと領事館のなりすまし"),
                Texts.of("""
                        These e-mails, text messages and chat messages were received by members of the Arvenne diaspora. Give each one label (you get your own selection of %d of the %d messages; other learners get others):

                        - **Phishing**: tries to steal credentials, codes or payment details (bank, parcel, mailbox lures).
                        - **Consular impersonation**: pretends to come from Arvenne's consulate or embassy, to collect documents, addresses of relatives or information on the recipient's activities, or to summon them.
                        - **Legitimate**: genuine mail, including real consular messages.

                        The consulate's only domain is `%s` and its text messages come from the sender name `%s`; it never asks for documents by link or chat. Check the exact sender and domain, not the tone. All messages, people, numbers and domains are synthetic."""
                        .formatted(ITEMS_PER_LEARNER, MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER),
                        """
                        Ces courriels, SMS et messages ont été reçus par des membres de la diaspora d’Arvenne. Attribuez à chacun une étiquette (vous recevez votre propre sélection de %d des %d messages ; les autres apprenants en reçoivent d’autres) :

                        - **Hameçonnage** : cherche à voler identifiants, codes ou données de paiement (leurres bancaires, colis, messagerie).
                        - **Usurpation consulaire** : se fait passer pour le consulat ou l’ambassade d’Arvenne pour obtenir des documents, les adresses des proches ou des informations sur les activités du destinataire, ou pour le convoquer.
                        - **Légitime** : courrier authentique, y compris les vrais messages consulaires.

                        Le seul domaine du consulat est `%s` et ses SMS viennent de l’expéditeur `%s` ; il ne demande jamais de documents par lien ou messagerie. Vérifiez l’expéditeur et le domaine exacts, pas le ton. Messages, personnes, numéros et domaines sont synthétiques."""
                        .formatted(ITEMS_PER_LEARNER, MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER),
                        """
                        Diese E-Mails, SMS und Chatnachrichten haben Angehörige der Diaspora aus Arvenne erhalten. Geben Sie jeder Nachricht eine Kategorie (Sie erhalten Ihre eigene Auswahl von %d der %d Nachrichten; andere Lernende erhalten andere):

                        - **Phishing**: versucht, Zugangsdaten, Codes oder Zahlungsdaten zu stehlen (Köder zu Bank, Paket, Postfach).
                        - **Konsularische Identitätstäuschung**: gibt vor, vom Konsulat oder von der Botschaft Arvennes zu kommen, um Dokumente, Adressen von Angehörigen oder Informationen über die Aktivitäten der empfangenden Person zu erlangen oder sie vorzuladen.
                        - **Legitim**: echte Post, auch echte konsularische Nachrichten.

                        Die einzige Domain des Konsulats ist `%s`, und seine SMS kommen vom Absendernamen `%s`; es verlangt nie Dokumente per Link oder Chat. Prüfen Sie den genauen Absender und die genaue Domain, nicht den Ton. Alle Nachrichten, Personen, Nummern und Domains sind synthetisch."""
                        .formatted(ITEMS_PER_LEARNER, MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER),
                        """
                        Queste e-mail, SMS e messaggi di chat sono stati ricevuti da membri della diaspora di Arvenne. Assegni a ciascuno un’etichetta (riceve una selezione personale di %d dei %d messaggi; gli altri discenti ne ricevono altri):

                        - **Phishing**: cerca di rubare credenziali, codici o dati di pagamento (esche su banca, pacchi, casella di posta).
                        - **Usurpazione consolare**: finge di provenire dal consolato o dall’ambasciata di Arvenne, per ottenere documenti, indirizzi di parenti o informazioni sulle attività del destinatario, o per convocarlo.
                        - **Legittimo**: posta autentica, compresi i veri messaggi consolari.

                        L’unico dominio del consolato è `%s` e i suoi SMS arrivano dal nome mittente `%s`; non chiede mai documenti tramite link o chat. Verifichi il mittente e il dominio esatti, non il tono. Tutti i messaggi, le persone, i numeri e i domini sono sintetici."""
                        .formatted(ITEMS_PER_LEARNER, MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER),
                        """
                        これらのメール、SMS、チャットメッセージは、アルヴェンヌのディアスポラの人々が受け取ったものです。それぞれに1つのラベルを付けてください（%2$d件のうち、あなた専用に選ばれた%1$d件が出題されます。他の学習者には別のメッセージが出題されます）。

                        - **フィッシング**：認証情報、コード、支払い情報を盗もうとするもの（銀行、荷物、メールボックスを装ったおとり）。
                        - **領事館のなりすまし**：アルヴェンヌの領事館や大使館を装い、書類、親族の住所、受信者の活動に関する情報を集めたり、受信者を呼び出したりするもの。
                        - **正規**：本物の連絡。本物の領事館からのメッセージも含みます。

                        領事館の唯一のドメインは`%3$s`で、SMSは送信者名`%4$s`から届きます。領事館がリンクやチャットで書類を求めることはありません。口調ではなく、送信者とドメインが完全に一致するかを確認してください。すべてのメッセージ、人物、番号、ドメインは合成データです。"""
                        .formatted(ITEMS_PER_LEARNER, MESSAGE_COUNT, MessageGenerator.OFFICIAL_DOMAIN, MessageGenerator.OFFICIAL_SMS_SENDER)),
                "intermediate", List.of("information-manipulation", "cooperation-abuse"), dataset, 3, null,
                List.of(new Hint(Texts.of("Read the sender's domain letter by letter: look-alikes add a word, "
                        + "swap the order, change the ending or replace a letter with a digit.", "Lisez le domaine de "
                        + "l’expéditeur lettre à lettre : les imitations ajoutent un mot, inversent l’ordre, changent la "
                        + "terminaison ou remplacent une lettre par un chiffre.", "Lesen Sie die Domain des Absenders "
                        + "Buchstabe für Buchstabe: Nachahmungen fügen ein Wort hinzu, vertauschen die Reihenfolge, "
                        + "ändern die Endung oder ersetzen einen Buchstaben durch eine Ziffer.", "Legga il dominio "
                        + "del mittente lettera per lettera: le imitazioni aggiungono una parola, invertono l’ordine, "
                        + "cambiano la desinenza o sostituiscono una lettera con una cifra.", "送信者のドメインを1文字ずつ"
                        + "読んでください。偽物は単語を加えたり、順序を入れ替えたり、末尾を変えたり、文字を数字に置き換えたりします。"),
                        0.1)), seed);
        ExerciseFileWriter.drawPerLearner(ex, ITEMS_PER_LEARNER, "label");
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
                    .append("\n    explanation:\n");
            YamlText.localizedLines(key, "      ", m.why());
        }
        return ExerciseFileWriter.files(dataset, data.toString(), id, ex, key);
    }
}
