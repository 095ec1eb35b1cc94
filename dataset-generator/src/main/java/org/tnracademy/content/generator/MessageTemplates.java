package org.tnracademy.content.generator;

import static org.tnracademy.content.generator.Language.EN;
import static org.tnracademy.content.generator.Language.FR;
import static org.tnracademy.content.generator.MessageLabel.CONSULAR_IMPERSONATION;
import static org.tnracademy.content.generator.MessageLabel.LEGITIMATE;
import static org.tnracademy.content.generator.MessageLabel.PHISHING;

import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * Every message pattern, in a fixed order. English and French are written apart. The signals the
 * explanations teach: the sender's exact domain, urgency, a request for credentials, passport
 * scans or information on relatives, and the official channel's own rules (the consulate never
 * asks for documents by link or chat).
 */
final class MessageTemplates {

    private MessageTemplates() {
    }

    private static final LocalizedText PHISH_BANK = Texts.of(
            "Phishing: a bank alert from northmere-secure.example, which is not the bank's domain "
                    + "(northmere-bank.example), with urgency and a login link. Banks do not ask you to log in "
                    + "from a message.",
            "Hameçonnage : une alerte bancaire venant de northmere-secure.example, qui n'est pas le domaine de "
                    + "la banque (northmere-bank.example), avec urgence et lien de connexion. Une banque ne "
                    + "demande pas de se connecter depuis un message.",
            "Phishing: eine Bankwarnung von northmere-secure.example, das nicht die Domain der Bank ist "
                    + "(northmere-bank.example), mit Zeitdruck und einem Anmeldelink. Banken fordern Sie nicht auf, "
                    + "sich über eine Nachricht anzumelden.",
            "Phishing: un avviso bancario da northmere-secure.example, che non è il dominio della banca "
                    + "(northmere-bank.example), con urgenza e un link di accesso. Le banche non chiedono di accedere "
                    + "partendo da un messaggio.",
            "フィッシング：銀行のドメイン（northmere-bank.example）ではないnorthmere-secure.exampleからの銀行の警告で、緊急性をあおり、ログイン用のリンクが付"
                    + "いています。銀行がメッセージからログインを求めることはありません。");
    private static final LocalizedText PHISH_PARCEL = Texts.of(
            "Phishing: a parcel redelivery fee by text, with a link to a domain that is not the carrier's. "
                    + "Small fees by text are a classic lure to collect card details.",
            "Hameçonnage : des frais de nouvelle livraison par SMS, avec un lien vers un domaine qui n'est pas "
                    + "celui du transporteur. De petits frais par SMS sont un leurre classique pour voler des "
                    + "données de carte.",
            "Phishing: eine Gebühr für die erneute Zustellung eines Pakets per SMS, mit einem Link zu einer "
                    + "Domain, die nicht die des Zustelldienstes ist. Kleine Gebühren per SMS sind ein klassischer "
                    + "Köder, um Kartendaten abzugreifen.",
            "Phishing: una tariffa per la riconsegna di un pacco via SMS, con un link a un dominio che non "
                    + "è quello del corriere. Piccole tariffe via SMS sono un’esca classica per raccogliere i dati "
                    + "della carta.",
            "フィッシング：SMSによる荷物の再配達料の請求で、配送業者のものではないドメインへのリンクが付いています。SMSでの少額の請求は、カード情報を集めるための典型的なおとりです。");
    private static final LocalizedText PHISH_MAILBOX = Texts.of(
            "Phishing: a mailbox \"verification\" from mailbox-verify.example, threatening deletion. Taking "
                    + "over a journalist's or activist's mailbox exposes every source in it.",
            "Hameçonnage : une « vérification » de messagerie venant de mailbox-verify.example, avec menace de "
                    + "suppression. Prendre le contrôle de la messagerie d'un journaliste ou d'un militant expose "
                    + "toutes ses sources.",
            "Phishing: eine „Überprüfung“ des Postfachs von mailbox-verify.example mit der Drohung der "
                    + "Löschung. Wer das Postfach einer Journalistin, eines Journalisten oder einer aktivistischen "
                    + "Person übernimmt, legt alle Quellen darin offen.",
            "Phishing: una «verifica» della casella di posta da mailbox-verify.example, con la minaccia "
                    + "della cancellazione. Impadronirsi della casella di un giornalista o di un attivista espone "
                    + "tutte le sue fonti.",
            "フィッシング：mailbox-verify.exampleからのメールボックスの「確認」で、削除すると脅しています。ジャーナリストや活動家のメールボックスを乗っ取れば、その中のすべての情報源"
                    + "が明らかになります。");
    private static final LocalizedText PHISH_CODE = Texts.of(
            "Phishing: someone asks for the six-digit code the messaging app just sent. That code registers "
                    + "your account on their device: never share it, whoever asks.",
            "Hameçonnage : quelqu'un demande le code à six chiffres que l'application vient d'envoyer. Ce code "
                    + "enregistre votre compte sur son appareil : ne le communiquez jamais, quel que soit le "
                    + "demandeur.",
            "Phishing: Jemand fragt nach dem sechsstelligen Code, den die Messaging-App gerade gesendet "
                    + "hat. Dieser Code registriert Ihr Konto auf dem Gerät dieser Person: Geben Sie ihn nie weiter, "
                    + "egal wer fragt.",
            "Phishing: qualcuno chiede il codice a sei cifre appena inviato dall’app di messaggistica. Quel "
                    + "codice registra il suo account sul dispositivo di chi lo chiede: non lo condivida mai, "
                    + "chiunque lo chieda.",
            "フィッシング：メッセージアプリが送ったばかりの6桁のコードを誰かが求めています。このコードは、あなたのアカウントを相手の端末に登録するものです。誰に頼まれても決して教えないでください。");
    private static final LocalizedText CONS_PASSPORT = Texts.of(
            "Consular impersonation: the sender's domain {lookalike} imitates {official}. The message threatens "
                    + "the passport's validity and asks for a scan and the addresses of relatives in Arvenne: the "
                    + "information a state uses to pressure family back home.",
            "Usurpation consulaire : le domaine {lookalike} imite {official}. Le message menace la validité du "
                    + "passeport et réclame une copie ainsi que les adresses des proches en Arvenne : les "
                    + "informations dont un État se sert pour faire pression sur la famille restée au pays.",
            "Konsularische Identitätstäuschung: Die Absender-Domain {lookalike} ahmt {official} nach. Die "
                    + "Nachricht droht mit der Ungültigkeit des Reisepasses und verlangt einen Scan sowie die "
                    + "Adressen von Angehörigen in Arvenne: die Informationen, mit denen ein Staat Druck auf die "
                    + "Familie in der Heimat ausübt.",
            "Usurpazione consolare: il dominio del mittente {lookalike} imita {official}. Il messaggio "
                    + "minaccia la validità del passaporto e chiede una scansione e gli indirizzi dei parenti in "
                    + "Arvenne: le informazioni che uno Stato usa per fare pressione sulla famiglia rimasta in patria.",
            "領事館のなりすまし：送信者のドメイン{lookalike}は{official}を模倣しています。このメッセージはパスポートの有効性を脅かし、スキャン画像とアルヴェンヌに住む親族の住所を求め"
                    + "ています。これは、国家が本国の家族に圧力をかけるために使う情報です。");
    private static final LocalizedText CONS_SUMMONS = Texts.of(
            "Consular impersonation: a \"summons\" to an interview by chat, from an unknown number, naming the "
                    + "recipient's home town. Consulates do not summon people by messaging app; naming "
                    + "{hometown} shows the sender knows where the family lives, a typical intimidation.",
            "Usurpation consulaire : une « convocation » à un entretien par messagerie, depuis un numéro "
                    + "inconnu, qui cite la ville d'origine. Un consulat ne convoque pas par messagerie ; "
                    + "citer {hometown} montre que l'expéditeur sait où vit la famille, une intimidation "
                    + "typique.",
            "Konsularische Identitätstäuschung: eine „Vorladung“ zu einem Gespräch per Chat, von einer "
                    + "unbekannten Nummer, die den Heimatort der empfangenden Person nennt. Konsulate laden nicht per "
                    + "Messaging-App vor; die Nennung von {hometown} zeigt, dass der Absender weiß, wo die Familie "
                    + "lebt – eine typische Einschüchterung.",
            "Usurpazione consolare: una «convocazione» a un colloquio via chat, da un numero sconosciuto, "
                    + "che nomina la città d’origine del destinatario. I consolati non convocano tramite app di "
                    + "messaggistica; nominare {hometown} mostra che il mittente sa dove vive la famiglia, "
                    + "un’intimidazione tipica.",
            "領事館のなりすまし：知らない番号からチャットで届いた面談への「呼び出し」で、受信者の出身地が書かれています。領事館がメッセージアプリで人を呼び出すことはありません。{hometown}に触れ"
                    + "ているのは、送信者が家族の住む場所を知っていると示すためであり、典型的な脅迫です。");
    private static final LocalizedText CONS_REGISTER = Texts.of(
            "Consular impersonation: a \"diaspora census\" asking for employer, address, and the names of "
                    + "associations one belongs to, through a link on {lookalike}. Mapping the diaspora's "
                    + "activities is surveillance, whatever the letterhead.",
            "Usurpation consulaire : un « recensement de la diaspora » qui demande employeur, adresse et "
                    + "associations fréquentées, via un lien sur {lookalike}. Cartographier les activités de la "
                    + "diaspora relève de la surveillance, quel que soit l'en-tête.",
            "Konsularische Identitätstäuschung: eine „Diaspora-Erhebung“, die über einen Link auf "
                    + "{lookalike} nach Arbeitgeber, Adresse und den Vereinen fragt, denen man angehört. Die "
                    + "Aktivitäten der Diaspora zu kartieren ist Überwachung, ganz gleich, welcher Briefkopf "
                    + "darübersteht.",
            "Usurpazione consolare: un «censimento della diaspora» che chiede datore di lavoro, indirizzo e "
                    + "associazioni frequentate, tramite un link su {lookalike}. Mappare le attività della diaspora è "
                    + "sorveglianza, qualunque sia l’intestazione.",
            "領事館のなりすまし：{lookalike}上のリンクから、勤務先、住所、所属する団体の名前を尋ねる「ディアスポラ調査」です。レターヘッドが何であれ、ディアスポラの活動を把握しようとするのは監"
                    + "視です。");
    private static final LocalizedText CONS_SMS = Texts.of(
            "Consular impersonation: a text that looks official but comes from an ordinary number ({phone}), "
                    + "not from the consulate's sender name {smsSender}, and pushes a link on {lookalike}.",
            "Usurpation consulaire : un SMS d'apparence officielle qui vient d'un numéro ordinaire ({phone}), "
                    + "et non de l'expéditeur du consulat {smsSender}, et pousse un lien sur {lookalike}.",
            "Konsularische Identitätstäuschung: eine SMS, die amtlich aussieht, aber von einer gewöhnlichen "
                    + "Nummer ({phone}) kommt, nicht vom Absendernamen des Konsulats {smsSender}, und einen Link auf "
                    + "{lookalike} anpreist.",
            "Usurpazione consolare: un SMS dall’aspetto ufficiale che arriva da un numero ordinario "
                    + "({phone}), non dal nome mittente del consolato {smsSender}, e spinge un link su {lookalike}.",
            "領事館のなりすまし：公式に見えるSMSですが、領事館の送信者名{smsSender}ではなく普通の番号（{phone}）から届いており、{lookalike}上のリンクを勧めています。");
    private static final LocalizedText LEGIT_APPOINTMENT = Texts.of(
            "Legitimate: an appointment confirmation from the consulate's own domain {official}, with a "
                    + "reference and no link, asking only to bring documents in person. Official mail exists: "
                    + "check the exact domain, not the tone.",
            "Légitime : une confirmation de rendez-vous venant du domaine même du consulat {official}, avec une "
                    + "référence et sans lien, qui demande seulement d'apporter les documents en personne. Le "
                    + "courrier officiel existe : vérifiez le domaine exact, pas le ton.",
            "Legitim: eine Terminbestätigung von der eigenen Domain des Konsulats {official}, mit "
                    + "Aktenzeichen und ohne Link, die nur bittet, die Unterlagen persönlich mitzubringen. Amtliche "
                    + "Post gibt es: Prüfen Sie die genaue Domain, nicht den Ton.",
            "Legittimo: una conferma di appuntamento dal dominio stesso del consolato {official}, con un "
                    + "riferimento e senza link, che chiede solo di portare i documenti di persona. La posta "
                    + "ufficiale esiste: verifichi il dominio esatto, non il tono.",
            "正規：領事館自身のドメイン{official}からの予約確認で、参照番号があり、リンクはなく、書類を直接持参するよう求めているだけです。公式の連絡は存在します。口調ではなく、ドメインが完全に"
                    + "一致するかを確認してください。");
    private static final LocalizedText LEGIT_SMS = Texts.of(
            "Legitimate: a reminder from the consulate's registered sender name {smsSender}, with no link and no "
                    + "request for data.",
            "Légitime : un rappel de l'expéditeur enregistré du consulat {smsSender}, sans lien ni demande de "
                    + "données.",
            "Legitim: eine Erinnerung vom registrierten Absendernamen des Konsulats {smsSender}, ohne Link "
                    + "und ohne Bitte um Daten.",
            "Legittimo: un promemoria dal nome mittente registrato del consolato {smsSender}, senza link né "
                    + "richiesta di dati.",
            "正規：領事館の登録済み送信者名{smsSender}からのリマインダーで、リンクもデータの要求もありません。");
    private static final LocalizedText LEGIT_COLLEAGUE = Texts.of(
            "Legitimate: a colleague's ordinary work message; nothing is requested that she would not need.",
            "Légitime : un message de travail ordinaire d'une collègue ; rien n'est demandé qui ne lui soit "
                    + "utile.",
            "Legitim: eine gewöhnliche Arbeitsnachricht einer Kollegin; es wird nichts verlangt, was sie "
                    + "nicht braucht.",
            "Legittimo: un normale messaggio di lavoro di una collega; non viene chiesto nulla che non le "
                    + "serva.",
            "正規：同僚からの普通の仕事上のメッセージです。彼女が必要としないものは何も求められていません。");
    private static final LocalizedText LEGIT_BANK = Texts.of(
            "Legitimate: a statement notice from the bank's real domain northmere-bank.example, which says to "
                    + "use the app as usual and contains no link. Compare with the look-alike alerts.",
            "Légitime : un avis de relevé venant du vrai domaine de la banque, northmere-bank.example, qui "
                    + "renvoie à l'application habituelle et ne contient aucun lien. À comparer aux fausses "
                    + "alertes.",
            "Legitim: ein Hinweis auf einen Kontoauszug von der echten Domain der Bank, "
                    + "northmere-bank.example, der auf die gewohnte App verweist und keinen Link enthält. Vergleichen "
                    + "Sie mit den nachgeahmten Warnungen.",
            "Legittimo: un avviso di estratto conto dal vero dominio della banca, northmere-bank.example, "
                    + "che rimanda all’app abituale e non contiene link. Lo confronti con gli avvisi contraffatti.",
            "正規：銀行の本物のドメインnorthmere-bank.exampleからの明細通知で、いつものアプリを使うよう案内しており、リンクは含まれていません。偽の警告と比べてください。");

    static List<MessageTemplate> all() {
        return List.of(
                new MessageTemplate(PHISHING, EN, "Email", "alerts@northmere-secure.example",
                        "Subject: Unusual sign-in blocked. Dear customer, we blocked a sign-in to your account. "
                                + "Confirm your identity within 24 hours at https://northmere-secure.example/login or "
                                + "your card will be suspended.", PHISH_BANK),
                new MessageTemplate(PHISHING, EN, "SMS", "{phone}",
                        "SwiftParcel: your parcel could not be delivered. Pay the 1.99 redelivery fee at "
                                + "https://swiftparcel-redelivery.test/pay today.", PHISH_PARCEL),
                new MessageTemplate(PHISHING, EN, "Email", "no-reply@mailbox-verify.example",
                        "Subject: Mailbox full. {first}, your mailbox will be deleted tonight. Verify your "
                                + "password at https://mailbox-verify.example/keep to keep your messages.",
                        PHISH_MAILBOX),
                new MessageTemplate(PHISHING, EN, "Messaging", "{phone}",
                        "Hi {first}, I sent you a 6-digit code by mistake, can you send it back to me? It's "
                                + "urgent, thanks!", PHISH_CODE),
                new MessageTemplate(PHISHING, FR, "Email", "alertes@northmere-secure.example",
                        "Objet : Connexion inhabituelle bloquée. Cher client, nous avons bloqué une connexion à "
                                + "votre compte. Confirmez votre identité sous 24 heures sur "
                                + "https://northmere-secure.example/login sinon votre carte sera suspendue.",
                        PHISH_BANK),
                new MessageTemplate(PHISHING, FR, "SMS", "{phone}",
                        "SwiftParcel : votre colis n'a pas pu être livré. Réglez 1,99 de frais de nouvelle "
                                + "livraison sur https://swiftparcel-redelivery.test/payer aujourd'hui.",
                        PHISH_PARCEL),
                new MessageTemplate(PHISHING, FR, "Email", "ne-pas-repondre@mailbox-verify.example",
                        "Objet : Boîte pleine. {first}, votre messagerie sera supprimée ce soir. Vérifiez votre "
                                + "mot de passe sur https://mailbox-verify.example/garder pour conserver vos messages.",
                        PHISH_MAILBOX),
                new MessageTemplate(PHISHING, FR, "Messaging", "{phone}",
                        "Salut {first}, je t'ai envoyé un code à 6 chiffres par erreur, tu peux me le renvoyer ? "
                                + "C'est urgent, merci !", PHISH_CODE),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "Email", "passports@{lookalike}",
                        "Subject: Passport {ref} flagged for invalidation. Dear {name}, your passport will be "
                                + "invalidated unless you upload a scan and the current addresses of your relatives in "
                                + "Arvenne at https://{lookalike}/update within 48 hours.", CONS_PASSPORT),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "Messaging", "{phone}",
                        "Consular Section of Arvenne: {name}, you are summoned to an interview about your "
                                + "activities abroad. Your family in {hometown} has been informed. Reply to confirm "
                                + "a time.", CONS_SUMMONS),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "Email", "census@{lookalike}",
                        "Subject: Mandatory diaspora census. All citizens abroad must register their employer, "
                                + "home address and associations at https://{lookalike}/census within "
                                + "{day} days. Failure to register will be noted in your file.", CONS_REGISTER),
                new MessageTemplate(CONSULAR_IMPERSONATION, EN, "SMS", "{phone}",
                        "Embassy of Arvenne: your consular file {ref} is incomplete. Update it now at "
                                + "https://{lookalike}/file to avoid penalties.", CONS_SMS),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "Email", "passeports@{lookalike}",
                        "Objet : Passeport {ref} en cours d'invalidation. {name}, votre passeport sera invalidé "
                                + "si vous ne déposez pas une copie et les adresses actuelles de vos proches en "
                                + "Arvenne sur https://{lookalike}/maj sous 48 heures.", CONS_PASSPORT),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "Messaging", "{phone}",
                        "Section consulaire d'Arvenne : {name}, vous êtes convoqué à un entretien sur vos "
                                + "activités à l'étranger. Votre famille à {hometown} en a été informée. Répondez pour "
                                + "fixer un horaire.", CONS_SUMMONS),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "Email", "recensement@{lookalike}",
                        "Objet : Recensement obligatoire de la diaspora. Tout ressortissant à l'étranger doit "
                                + "déclarer son employeur, son adresse et ses associations sur "
                                + "https://{lookalike}/recensement sous {day} jours. Tout manquement sera noté dans "
                                + "votre dossier.", CONS_REGISTER),
                new MessageTemplate(CONSULAR_IMPERSONATION, FR, "SMS", "{phone}",
                        "Ambassade d'Arvenne : votre dossier consulaire {ref} est incomplet. Mettez-le à jour sur "
                                + "https://{lookalike}/dossier pour éviter des sanctions.", CONS_SMS),
                new MessageTemplate(LEGITIMATE, EN, "Email", "appointments@{official}",
                        "Subject: Appointment confirmed, reference {ref}. Dear {name}, your passport renewal "
                                + "appointment is confirmed for next Tuesday at {hour}:00. Please bring your current "
                                + "passport and two photos in person. The consulate never asks for documents by "
                                + "e-mail.", LEGIT_APPOINTMENT),
                new MessageTemplate(LEGITIMATE, EN, "SMS", "{smsSender}",
                        "Reminder: your appointment at the Consulate of Arvenne is tomorrow at {hour}:00. To "
                                + "cancel, call the number on our website.", LEGIT_SMS),
                new MessageTemplate(LEGITIMATE, EN, "Messaging", "{phone}",
                        "Hi {first}, it's {colleague}. The team meeting moved to Thursday {hour}:00, same room. "
                                + "Can you bring the printed agenda?", LEGIT_COLLEAGUE),
                new MessageTemplate(LEGITIMATE, EN, "Email", "statements@northmere-bank.example",
                        "Subject: Your monthly statement is ready. Dear {name}, your statement is available in "
                                + "the Northmere app as usual. We will never ask for your password by e-mail.",
                        LEGIT_BANK),
                new MessageTemplate(LEGITIMATE, FR, "Email", "rendez-vous@{official}",
                        "Objet : Rendez-vous confirmé, référence {ref}. {name}, votre rendez-vous de "
                                + "renouvellement de passeport est confirmé mardi prochain à {hour} h. Présentez-vous avec "
                                + "votre passeport actuel et deux photos. Le consulat ne demande jamais de documents "
                                + "par courriel.", LEGIT_APPOINTMENT),
                new MessageTemplate(LEGITIMATE, FR, "SMS", "{smsSender}",
                        "Rappel : votre rendez-vous au consulat d'Arvenne est demain à {hour} h. Pour annuler, "
                                + "appelez le numéro indiqué sur notre site.", LEGIT_SMS),
                new MessageTemplate(LEGITIMATE, FR, "Messaging", "{phone}",
                        "Salut {first}, c'est {colleague}. La réunion d'équipe passe à jeudi {hour} h, même salle. "
                                + "Tu peux apporter l'ordre du jour imprimé ?", LEGIT_COLLEAGUE),
                new MessageTemplate(LEGITIMATE, FR, "Email", "releves@northmere-bank.example",
                        "Objet : Votre relevé mensuel est disponible. {name}, votre relevé est consultable dans "
                                + "l'application Northmere comme d'habitude. Nous ne demandons jamais votre mot de "
                                + "passe par courriel.", LEGIT_BANK));
    }
}
