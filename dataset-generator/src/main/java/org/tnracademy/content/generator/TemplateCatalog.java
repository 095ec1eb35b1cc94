package org.tnracademy.content.generator;

import static org.tnracademy.content.generator.Label.BENIGN;
import static org.tnracademy.content.generator.Label.DOXING;
import static org.tnracademy.content.generator.Label.HARASSMENT;
import static org.tnracademy.content.generator.Label.SEXUALIZED_SMEAR;
import static org.tnracademy.content.generator.Label.THREAT_TO_FAMILY;
import static org.tnracademy.content.generator.Language.EN;
import static org.tnracademy.content.generator.Language.FR;
import static org.tnracademy.content.generator.PostTemplate.Target.ANYONE;
import static org.tnracademy.content.generator.PostTemplate.Target.MAN;
import static org.tnracademy.content.generator.PostTemplate.Target.WOMAN;

import java.util.ArrayList;
import java.util.List;

import org.tnracademy.exercises.LocalizedText;

/**
 * Every post pattern the generator knows. English and French posts are written separately, not
 * translated, and share an explanation where they show the same signal. Benign posts are mostly
 * hard negatives: each looks like one of the harmful labels at first sight, and its explanation
 * says what is missing.
 *
 * <p>Content rules: sexualized smears are described, never depicted (the image is replaced by a
 * bracketed note); threats are implicit or plain, never graphic; no slurs.
 */
final class TemplateCatalog {

    private TemplateCatalog() {
    }

    /** All templates, in a fixed order (the order is part of what makes the output repeatable). */
    static List<PostTemplate> all() {
        List<PostTemplate> all = new ArrayList<>();
        all.addAll(doxing());
        all.addAll(sexualizedSmear());
        all.addAll(threatToFamily());
        all.addAll(harassment());
        all.addAll(benign());
        return List.copyOf(all);
    }

    // ---------------------------------------------------------------- doxing

    private static final LocalizedText DOX_HOME = Texts.of(
            "Doxing: the post publishes the private home address ({address}) and personal mobile number ({phone}) "
                    + "of a named journalist and invites readers to go there. Private locating data exposed to an "
                    + "audience, together with a call to act on it, is the core doxing signal.",
            "Doxing : le message rend publics l'adresse personnelle ({address}) et le numéro de portable privé "
                    + "({phone}) d'une journaliste nommément désignée, et invite les lecteurs à s'y rendre. Exposer "
                    + "des données de localisation privées à un public, avec un appel à agir, est le signal central "
                    + "du doxing.",
            "Doxing: Der Beitrag veröffentlicht die private Wohnadresse ({address}) und die private "
                    + "Mobilnummer ({phone}) einer namentlich genannten Journalistin und fordert die Lesenden auf, "
                    + "dorthin zu gehen. Private Ortsangaben, einem Publikum preisgegeben, zusammen mit einem Aufruf "
                    + "zum Handeln, sind das zentrale Doxing-Signal.",
            "Doxing: il post pubblica l’indirizzo di casa privato ({address}) e il numero di cellulare "
                    + "personale ({phone}) di una giornalista indicata per nome e invita i lettori ad andarci. Dati "
                    + "privati di localizzazione esposti a un pubblico, insieme a un invito ad agire, sono il segnale "
                    + "centrale del doxing.",
            "ドキシング：この投稿は、名指しされたジャーナリストの自宅の住所（{address}）と個人の携帯電話番号（{phone}）を公開し、読者にそこへ行くよう促しています。個人の所在情報を不特定多"
                    + "数にさらし、行動を呼びかけることが、ドキシングの中心的な兆候です。");

    private static final LocalizedText DOX_UNMASK = Texts.of(
            "Doxing by de-anonymisation: the post ties the pseudonymous account {pseudonym} to a real name "
                    + "({name}), an age and a workplace ({employer}). Unmasking someone who writes under a pseudonym "
                    + "for safety exposes them, and their relatives back home, to retaliation, even without a home "
                    + "address.",
            "Doxing par désanonymisation : le message relie le compte pseudonyme {pseudonym} à un nom réel "
                    + "({name}), un âge et un lieu de travail ({employer}). Démasquer une personne qui écrit sous "
                    + "pseudonyme pour sa sécurité l'expose, elle et ses proches restés au pays, à des représailles, "
                    + "même sans adresse de domicile.",
            "Doxing durch Deanonymisierung: Der Beitrag verknüpft das pseudonyme Konto {pseudonym} mit "
                    + "einem echten Namen ({name}), einem Alter und einem Arbeitsplatz ({employer}). Wer jemanden "
                    + "enttarnt, der zum eigenen Schutz unter Pseudonym schreibt, setzt diese Person und ihre "
                    + "Angehörigen in der Heimat Vergeltung aus, auch ohne Wohnadresse.",
            "Doxing tramite deanonimizzazione: il post collega l’account pseudonimo {pseudonym} a un nome "
                    + "reale ({name}), a un’età e a un luogo di lavoro ({employer}). Smascherare chi scrive sotto "
                    + "pseudonimo per la propria sicurezza espone questa persona, e i suoi parenti in patria, a "
                    + "ritorsioni, anche senza un indirizzo di casa.",
            "匿名性の剥奪によるドキシング：この投稿は、仮名のアカウント{pseudonym}を実名（{name}）、年齢、勤務先（{employer}）と結びつけています。身の安全のために仮名で書いてい"
                    + "る人の正体を暴くことは、自宅の住所がなくても、その人と本国の親族を報復の危険にさらします。");

    private static final LocalizedText DOX_DOSSIER = Texts.of(
            "Doxing: the post gathers identity data (date of birth {dob}, passport number {docNumber}), a "
                    + "personal email address ({email}) and a new home address into one file and urges readers to "
                    + "keep copies. Compiling scattered private data into a shareable dossier is a typical doxing "
                    + "pattern; identity-document numbers can also feed abusive requests to authorities.",
            "Doxing : le message rassemble des données d'identité (date de naissance {dob}, numéro de passeport "
                    + "{docNumber}), une adresse électronique personnelle ({email}) et une nouvelle adresse de "
                    + "domicile, et pousse les lecteurs à en garder copie. Compiler des données privées éparses en "
                    + "un dossier partageable est un schéma typique du doxing ; un numéro de pièce d'identité peut "
                    + "en outre servir à des demandes abusives auprès des autorités.",
            "Doxing: Der Beitrag fasst Identitätsdaten (Geburtsdatum {dob}, Reisepassnummer {docNumber}), "
                    + "eine private E-Mail-Adresse ({email}) und eine neue Wohnadresse in einer Akte zusammen und "
                    + "drängt die Lesenden, Kopien aufzubewahren. Verstreute private Daten zu einem teilbaren Dossier "
                    + "zusammenzutragen ist ein typisches Doxing-Muster; Nummern von Ausweisdokumenten können zudem "
                    + "missbräuchliche Anträge bei Behörden befeuern.",
            "Doxing: il post raccoglie dati d’identità (data di nascita {dob}, numero di passaporto "
                    + "{docNumber}), un indirizzo e-mail personale ({email}) e un nuovo indirizzo di casa in un unico "
                    + "fascicolo e spinge i lettori a conservarne copia. Compilare dati privati sparsi in un dossier "
                    + "condivisibile è uno schema tipico del doxing; i numeri dei documenti d’identità possono "
                    + "inoltre alimentare richieste abusive alle autorità.",
            "ドキシング：この投稿は、身元情報（生年月日{dob}、パスポート番号{docNumber}）、個人のメールアドレス（{email}）、新しい自宅の住所を1つのファイルにまとめ、読者にコピーを"
                    + "保存するよう促しています。散らばった個人情報を共有可能な資料にまとめるのは典型的なドキシングのパターンです。身分証明書の番号は、当局への悪用的な申し立てにも使われかねません。");

    private static final LocalizedText DOX_ROUTINE = Texts.of(
            "Doxing: the post gives an activist's daily routine near {employer}, his home address ({address}) and "
                    + "his phone number ({phone}), and ends with a veiled call to act. Routine and location details "
                    + "make a person findable offline; that is what separates doxing from criticism of his views.",
            "Doxing : le message donne les habitudes quotidiennes d'un militant près de {employer}, son adresse "
                    + "({address}) et son numéro ({phone}), puis se termine par un appel voilé à agir. Les détails "
                    + "d'horaires et de lieux rendent une personne repérable hors ligne : c'est ce qui distingue le "
                    + "doxing de la critique de ses idées.",
            "Doxing: Der Beitrag nennt den Tagesablauf eines Aktivisten in der Nähe von {employer}, seine "
                    + "Wohnadresse ({address}) und seine Telefonnummer ({phone}) und endet mit einem verschleierten "
                    + "Aufruf zum Handeln. Angaben zu Tagesablauf und Aufenthaltsort machen eine Person offline "
                    + "auffindbar; das unterscheidet Doxing von Kritik an ihren Ansichten.",
            "Doxing: il post indica la routine quotidiana di un attivista vicino a {employer}, il suo "
                    + "indirizzo di casa ({address}) e il suo numero di telefono ({phone}), e si chiude con un velato "
                    + "invito ad agire. I dettagli su abitudini e luoghi rendono una persona rintracciabile offline: "
                    + "è questo che distingue il doxing dalla critica delle sue idee.",
            "ドキシング：この投稿は、{employer}付近での活動家の日々の行動、自宅の住所（{address}）、電話番号（{phone}）を示し、遠回しに行動を呼びかけて終わっています。日々の行動"
                    + "と所在の詳細は、その人をオフラインで見つけられるようにします。それが、ドキシングとその人の意見への批判との違いです。");

    private static final LocalizedText DOX_FAMILY_DATA = Texts.of(
            "Doxing: the post exposes a personal email address ({email}), a home address ({address}) and the "
                    + "name and workplace of the target's sister, and asks people to spread them. There is no "
                    + "explicit threat: the harm is the exposure of private data that makes the target and her "
                    + "family easy to find.",
            "Doxing : le message expose une adresse électronique personnelle ({email}), une adresse de domicile "
                    + "({address}) ainsi que le prénom et le lieu de travail de la sœur de la cible, et demande de "
                    + "les diffuser. Il n'y a pas de menace explicite : le tort vient de l'exposition de données "
                    + "privées qui rendent la cible et sa famille faciles à trouver.",
            "Doxing: Der Beitrag legt eine private E-Mail-Adresse ({email}), eine Wohnadresse ({address}) "
                    + "sowie Namen und Arbeitsplatz der Schwester der Zielperson offen und fordert dazu auf, sie zu "
                    + "verbreiten. Es gibt keine ausdrückliche Drohung: Der Schaden liegt in der Offenlegung privater "
                    + "Daten, die die Zielperson und ihre Familie leicht auffindbar machen.",
            "Doxing: il post espone un indirizzo e-mail personale ({email}), un indirizzo di casa "
                    + "({address}) e il nome e il luogo di lavoro della sorella della persona presa di mira, e chiede "
                    + "di diffonderli. Non c’è una minaccia esplicita: il danno è l’esposizione di dati privati che "
                    + "rendono la persona e la sua famiglia facili da trovare.",
            "ドキシング：この投稿は、個人のメールアドレス（{email}）、自宅の住所（{address}）、標的の姉妹の名前と勤務先をさらし、拡散するよう求めています。明示的な脅迫はありませんが、標的"
                    + "とその家族を見つけやすくする個人情報の暴露そのものが害です。");

    private static List<PostTemplate> doxing() {
        return List.of(
                PostTemplate.of(DOXING, EN, WOMAN,
                        "So this is where the \"brave journalist\" {name} ({handle}) lives: {address}. Personal "
                                + "mobile {phone}. Maybe pay her a visit and tell her what you think of her articles.",
                        DOX_HOME),
                PostTemplate.of(DOXING, EN, MAN,
                        "The anonymous blogger {pseudonym} who keeps attacking the government back home? His real "
                                + "name is {name}, {age}, works nights at {employer} in {town}. Now everyone knows.",
                        DOX_UNMASK),
                PostTemplate.of(DOXING, EN, WOMAN,
                        "Thread: everything on {name}, the so-called human rights defender. Born {dob}. Passport "
                                + "no. {docNumber}. Personal email {email}. New flat: {address}. Save it all before "
                                + "she deletes her accounts.",
                        DOX_DOSSIER),
                PostTemplate.of(DOXING, EN, MAN,
                        "For those asking: {name} from the exile committee waits for the 7:40 bus outside "
                                + "{employer} every morning. Home is {address}. Phone {phone}. You know what to do.",
                        DOX_ROUTINE),
                PostTemplate.of(DOXING, EN, WOMAN,
                        "Reminder that {handle} is not who she says she is. Her real account is registered to "
                                + "{email}, she lives at {address}, and her sister {sister} runs the bakery on the "
                                + "same street. Spread this.",
                        DOX_FAMILY_DATA),
                PostTemplate.of(DOXING, FR, WOMAN,
                        "Pour ceux qui se demandent où habite la \"journaliste\" {name} ({handle}) : {address}. "
                                + "Son portable : {phone}. Allez donc lui dire en face ce que vous pensez de ses "
                                + "articles.",
                        DOX_HOME),
                PostTemplate.of(DOXING, FR, MAN,
                        "Le blogueur anonyme {pseudonym} qui crache sur le pays ? Il s'appelle en réalité {name}, "
                                + "{age} ans, il travaille de nuit à {employer}, à {town}. Voilà, maintenant tout "
                                + "le monde sait.",
                        DOX_UNMASK),
                PostTemplate.of(DOXING, FR, WOMAN,
                        "Fiche complète sur {name} ({handle}), la prétendue défenseuse des droits humains : née le "
                                + "{dob}, passeport n° {docNumber}, courriel perso {email}, nouvelle adresse "
                                + "{address}. Enregistrez tout avant qu'elle supprime ses comptes.",
                        DOX_DOSSIER),
                PostTemplate.of(DOXING, FR, MAN,
                        "{name}, le \"militant\" du comité des exilés, attend le bus de 7 h 40 devant {employer} "
                                + "tous les matins. Domicile : {address}. Tél. {phone}. Vous savez ce qu'il vous "
                                + "reste à faire.",
                        DOX_ROUTINE),
                PostTemplate.of(DOXING, FR, WOMAN,
                        "Rappel : {handle} n'est pas celle qu'elle prétend être. Son vrai compte est enregistré "
                                + "avec {email}, elle habite au {address}, et sa sœur {sister} tient la boulangerie "
                                + "de la même rue. Faites tourner.",
                        DOX_FAMILY_DATA));
    }

    // ---------------------------------------------------------------- sexualized smear

    private static final LocalizedText SMEAR_IMAGE = Texts.of(
            "Sexualized smear: the post claims that an intimate image of {name}, a woman journalist at {outlet}, "
                    + "exists, attaches a fabricated one and urges people to share it, to discredit her reporting. "
                    + "Signals: sexual content attributed to a named woman, pressure to spread it fast, and a link "
                    + "to her professional role.",
            "Campagne de dénigrement sexualisé : le message affirme qu'une image intime de {name}, journaliste à "
                    + "{outlet}, existe, en joint une fabriquée et pousse à la partager pour discréditer son "
                    + "travail. Signaux : un contenu sexuel attribué à une femme nommée, l'urgence à diffuser et le "
                    + "lien avec son rôle professionnel.",
            "Sexualisierte Verleumdung: Der Beitrag behauptet, es gebe ein intimes Bild von {name}, einer "
                    + "Journalistin bei {outlet}, hängt ein gefälschtes an und drängt dazu, es zu teilen, um ihre "
                    + "Berichterstattung zu diskreditieren. Signale: einer namentlich genannten Frau zugeschriebene "
                    + "sexuelle Inhalte, Druck zur schnellen Verbreitung und ein Bezug zu ihrer beruflichen Rolle.",
            "Diffamazione sessualizzata: il post afferma che esiste un’immagine intima di {name}, "
                    + "giornalista di {outlet}, ne allega una fabbricata e spinge a condividerla per screditare il "
                    + "suo lavoro. Segnali: contenuti sessuali attribuiti a una donna nominata, pressione a "
                    + "diffondere in fretta e un legame con il suo ruolo professionale.",
            "性的な中傷：この投稿は、{outlet}の女性ジャーナリスト{name}の私的な画像が存在すると主張し、捏造した画像を添付して、彼女の報道の信用を落とすために共有するよう促しています。兆候："
                    + "名指しされた女性に結びつけられた性的な内容、急いで拡散させようとする圧力、そして彼女の職業上の役割との結びつきです。");

    private static final LocalizedText SMEAR_INSINUATION = Texts.of(
            "Sexualized smear by insinuation: the post suggests that {name} owes her job at {outlet} to sexual "
                    + "favours. No image is needed; the signal is a sexual allegation used to destroy a woman's "
                    + "professional credibility instead of answering her work.",
            "Dénigrement sexualisé par insinuation : le message laisse entendre que {name} doit son poste à "
                    + "{outlet} à des faveurs sexuelles. Nul besoin d'image : le signal est une allégation sexuelle "
                    + "utilisée pour ruiner la crédibilité professionnelle d'une femme au lieu de répondre à son "
                    + "travail.",
            "Sexualisierte Verleumdung durch Andeutung: Der Beitrag unterstellt, {name} verdanke ihre "
                    + "Stelle bei {outlet} sexuellen Gefälligkeiten. Ein Bild ist nicht nötig; das Signal ist eine "
                    + "sexuelle Unterstellung, die die berufliche Glaubwürdigkeit einer Frau zerstören soll, statt "
                    + "auf ihre Arbeit einzugehen.",
            "Diffamazione sessualizzata per insinuazione: il post lascia intendere che {name} debba il suo "
                    + "posto a {outlet} a favori sessuali. Non serve alcuna immagine: il segnale è un’accusa sessuale "
                    + "usata per distruggere la credibilità professionale di una donna invece di rispondere al suo "
                    + "lavoro.",
            "ほのめかしによる性的な中傷：この投稿は、{name}が{outlet}での職を性的な見返りによって得たとほのめかしています。画像は必要ありません。兆候は、女性の仕事に反論する代わりに、その職"
                    + "業上の信頼を壊すために使われる性的な主張です。");

    private static final LocalizedText SMEAR_FAMILY_SHAME = Texts.of(
            "Sexualized smear: the post presents a fabricated intimate video as proof of a \"secret life\" and asks "
                    + "readers to send it to her family and to her colleagues at {employer}. Pushing sexual "
                    + "material to the people around a woman activist, to shame and isolate her, is a common "
                    + "tactic. Her relatives are the audience here, not the ones threatened.",
            "Dénigrement sexualisé : le message présente une vidéo intime fabriquée comme la « preuve » d'une "
                    + "« vie cachée » et demande de l'envoyer à sa famille et à ses collègues de {employer}. Faire "
                    + "parvenir un contenu sexuel à l'entourage d'une militante pour l'humilier et l'isoler est une "
                    + "tactique courante. Les proches sont ici le public visé, pas les personnes menacées.",
            "Sexualisierte Verleumdung: Der Beitrag präsentiert ein gefälschtes intimes Video als Beweis "
                    + "für ein „geheimes Leben“ und bittet die Lesenden, es ihrer Familie und ihren Kolleginnen und "
                    + "Kollegen bei {employer} zu schicken. Sexuelles Material an das Umfeld einer Aktivistin zu "
                    + "schicken, um sie zu beschämen und zu isolieren, ist eine verbreitete Taktik. Die Angehörigen "
                    + "sind hier das Publikum, nicht die Bedrohten.",
            "Diffamazione sessualizzata: il post presenta un video intimo fabbricato come prova di una "
                    + "«vita segreta» e chiede ai lettori di inviarlo alla sua famiglia e ai suoi colleghi di "
                    + "{employer}. Far arrivare materiale sessuale alle persone vicine a un’attivista, per umiliarla "
                    + "e isolarla, è una tattica comune. I parenti qui sono il pubblico, non le persone minacciate.",
            "性的な中傷：この投稿は、捏造された私的な動画を「秘密の生活」の証拠として示し、それを彼女の家族や{employer}の同僚に送るよう読者に求めています。女性活動家の周囲の人々に性的な素材を送"
                    + "りつけて、辱め、孤立させるのはよくある手口です。ここでは親族は脅迫されている側ではなく、見せる相手です。");

    private static final LocalizedText SMEAR_SYNTHETIC = Texts.of(
            "Sexualized smear with a synthetic (AI-generated) intimate image. The nod to AI shows the author knows "
                    + "the image is fabricated; the push into diaspora groups aims to shame {name} within her own "
                    + "community, where the damage to her standing is greatest.",
            "Dénigrement sexualisé au moyen d'une image intime synthétique (générée par IA). L'allusion à l'IA "
                    + "montre que l'auteur sait l'image fabriquée ; la diffusion dans les groupes de la diaspora "
                    + "vise à humilier {name} au sein de sa propre communauté, là où l'atteinte à sa réputation est "
                    + "la plus forte.",
            "Sexualisierte Verleumdung mit einem synthetischen (KI-generierten) intimen Bild. Der Hinweis "
                    + "auf KI zeigt, dass der Urheber weiß, dass das Bild gefälscht ist; die Verbreitung in "
                    + "Diaspora-Gruppen soll {name} in ihrer eigenen Gemeinschaft beschämen, wo der Schaden für ihr "
                    + "Ansehen am größten ist.",
            "Diffamazione sessualizzata con un’immagine intima sintetica (generata dall’IA). L’allusione "
                    + "all’IA mostra che l’autore sa che l’immagine è fabbricata; la diffusione nei gruppi della "
                    + "diaspora mira a umiliare {name} all’interno della sua stessa comunità, dove il danno alla sua "
                    + "reputazione è maggiore.",
            "合成（AI生成）の私的な画像を使った性的な中傷です。AIへの言及は、投稿者が画像が捏造であると知っていることを示しています。ディアスポラのグループへの拡散は、評判への打撃が最も大きい彼女自身"
                    + "のコミュニティの中で{name}を辱めることを狙っています。");

    private static final LocalizedText SMEAR_PROFILE = Texts.of(
            "Sexualized smear: a fabricated dating-profile screenshot is used to portray {name} as sexually "
                    + "disreputable and so unfit to speak for her community. Fake profiles and screenshots are as "
                    + "common in these campaigns as fabricated images.",
            "Dénigrement sexualisé : une fausse capture d'écran de profil de rencontre sert à présenter {name} "
                    + "comme une femme de mauvaise vie, donc indigne de parler au nom de sa communauté. Les faux "
                    + "profils et fausses captures sont aussi fréquents dans ces campagnes que les images "
                    + "fabriquées.",
            "Sexualisierte Verleumdung: Ein gefälschter Screenshot eines Dating-Profils soll {name} als "
                    + "sexuell anrüchig und damit ungeeignet darstellen, für ihre Gemeinschaft zu sprechen. "
                    + "Gefälschte Profile und Screenshots sind in solchen Kampagnen ebenso verbreitet wie gefälschte "
                    + "Bilder.",
            "Diffamazione sessualizzata: uno screenshot falso di un profilo di incontri viene usato per "
                    + "presentare {name} come sessualmente disdicevole e quindi inadatta a parlare a nome della sua "
                    + "comunità. Profili e screenshot falsi sono comuni in queste campagne quanto le immagini "
                    + "fabbricate.",
            "性的な中傷：捏造された出会い系プロフィールのスクリーンショットを使い、{name}を性的にふしだらで、コミュニティを代表して発言するにふさわしくない人物として描いています。こうしたキャンペー"
                    + "ンでは、偽のプロフィールやスクリーンショットも捏造画像と同じくらいよく使われます。");

    private static List<PostTemplate> sexualizedSmear() {
        return List.of(
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "EXCLUSIVE: a private photo of {name}, the {outlet} reporter, is going around. "
                                + "[fabricated image — not reproduced] Share it before they take it down. This is "
                                + "who lectures you about press freedom.",
                        SMEAR_IMAGE),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "Everyone at {outlet} knows how {name} really got her job. Ask her editor what she did for "
                                + "that promotion. Then read her \"investigations\" again.",
                        SMEAR_INSINUATION),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "So the human rights defender {handle} has a secret life. Video \"proof\": [fabricated "
                                + "video — not reproduced] Send it to her family and to her colleagues at "
                                + "{employer}.",
                        SMEAR_FAMILY_SHAME),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "AI doesn't lie. Look what {name} gets up to when she isn't writing about \"repression\". "
                                + "[fabricated image — not reproduced] Repost it in every diaspora group.",
                        SMEAR_SYNTHETIC),
                PostTemplate.of(SEXUALIZED_SMEAR, EN, WOMAN,
                        "Found a \"dating profile\" of {name} ({handle}). [fabricated screenshot — not "
                                + "reproduced] So this is the woman the opposition sends to speak for us. Spread it.",
                        SMEAR_PROFILE),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "EXCLUSIF : une photo intime circule, et c'est bien {name}, la reporter de {outlet}. "
                                + "[image fabriquée — non reproduite] Partagez avant qu'ils la suppriment. Voilà qui "
                                + "vous donne des leçons sur la liberté de la presse.",
                        SMEAR_IMAGE),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "Tout le monde à {outlet} sait comment {name} a obtenu son poste. Demandez donc à son "
                                + "rédacteur en chef ce qu'elle a fait pour cette promotion. Et relisez ses "
                                + "\"enquêtes\" après ça.",
                        SMEAR_INSINUATION),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "La défenseuse des droits humains {handle} a une vie cachée. La \"preuve\" en vidéo : "
                                + "[vidéo fabriquée — non reproduite] Envoyez-la à sa famille et à ses collègues de "
                                + "{employer}.",
                        SMEAR_FAMILY_SHAME),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "L'IA ne ment pas. Voilà ce que fait {name} quand elle ne parle pas de \"répression\". "
                                + "[image fabriquée — non reproduite] Partagez dans tous les groupes de la diaspora.",
                        SMEAR_SYNTHETIC),
                PostTemplate.of(SEXUALIZED_SMEAR, FR, WOMAN,
                        "Regardez ce \"profil de rencontre\" : c'est bien {name} ({handle}). [capture d'écran "
                                + "fabriquée — non reproduite] Voilà la femme que l'opposition envoie parler en notre "
                                + "nom. Diffusez.",
                        SMEAR_PROFILE));
    }

    // ---------------------------------------------------------------- threat to family

    private static final LocalizedText THREAT_MOTHER = Texts.of(
            "Threat to family: the post points out that the target's mother still lives in {hometown}, in the "
                    + "country of origin, and hints that she could get \"visitors\". The threat is implicit but "
                    + "clear, and it is tied to the target's work. Pressure on relatives who stayed behind is a "
                    + "hallmark of transnational repression.",
            "Menace contre la famille : le message rappelle que la mère de la cible vit toujours à {hometown}, "
                    + "dans le pays d'origine, et laisse entendre qu'elle pourrait recevoir de la « visite ». La "
                    + "menace est implicite mais claire, et liée au travail de la cible. La pression sur les proches "
                    + "restés au pays est une marque de la répression transnationale.",
            "Bedrohung der Familie: Der Beitrag weist darauf hin, dass die Mutter der Zielperson noch in "
                    + "{hometown} im Herkunftsland lebt, und deutet an, sie könnte „Besuch“ bekommen. Die Drohung ist "
                    + "unausgesprochen, aber klar, und sie ist an die Arbeit der Zielperson geknüpft. Druck auf "
                    + "zurückgebliebene Angehörige ist ein Kennzeichen transnationaler Repression.",
            "Minaccia alla famiglia: il post ricorda che la madre della persona presa di mira vive ancora a "
                    + "{hometown}, nel paese d’origine, e lascia intendere che potrebbe ricevere «visite». La "
                    + "minaccia è implicita ma chiara, ed è legata al lavoro della persona. La pressione sui parenti "
                    + "rimasti in patria è un segno distintivo della repressione transnazionale.",
            "家族への脅迫：この投稿は、標的の母親が今も出身国の{hometown}に住んでいることを指摘し、「訪問者」が来るかもしれないとほのめかしています。脅迫は暗黙的ですが明確で、標的の仕事に結びつ"
                    + "けられています。本国に残った親族への圧力は、国境を越えた弾圧の特徴です。");

    private static final LocalizedText THREAT_BROTHER = Texts.of(
            "Threat to family: the post shows that the target's brother {brother} is being watched (his name, his "
                    + "town {hometown}, his daily route) and makes his safety depend on the target deleting his "
                    + "posts. Coercion through a relative's safety is the signal.",
            "Menace contre la famille : le message montre que le frère de la cible, {brother}, est surveillé (son "
                    + "prénom, sa ville, {hometown}, son trajet quotidien) et fait dépendre sa sécurité de la "
                    + "suppression des publications de la cible. Le signal est la contrainte exercée par la "
                    + "sécurité d'un proche.",
            "Bedrohung der Familie: Der Beitrag zeigt, dass der Bruder der Zielperson, {brother}, "
                    + "beobachtet wird (sein Name, sein Wohnort {hometown}, sein täglicher Weg), und macht seine "
                    + "Sicherheit davon abhängig, dass die Zielperson ihre Beiträge löscht. Das Signal ist Nötigung "
                    + "über die Sicherheit eines Angehörigen.",
            "Minaccia alla famiglia: il post mostra che il fratello della persona presa di mira, {brother}, "
                    + "è sorvegliato (il suo nome, la sua città {hometown}, il suo tragitto quotidiano) e fa "
                    + "dipendere la sua sicurezza dalla cancellazione dei post della persona. Il segnale è la "
                    + "coercizione attraverso la sicurezza di un parente.",
            "家族への脅迫：この投稿は、標的の兄弟{brother}が監視されていること（名前、住む町{hometown}、毎日の道順）を示し、その身の安全を標的が投稿を削除するかどうかにかからせています"
                    + "。兆候は、親族の安全を使った強要です。");

    private static final LocalizedText THREAT_FATHER = Texts.of(
            "Threat to family: the post tells {first} that his father has been questioned again and will keep "
                    + "\"paying\" for each article. Punishing or pressuring relatives at home to silence someone "
                    + "abroad is one of the forms of transnational repression named in the 2025 G7 Leaders' "
                    + "Statement.",
            "Menace contre la famille : le message annonce à {first} que son père a de nouveau été convoqué et "
                    + "qu'il « paiera » pour chaque article. Punir ou faire pression sur les proches restés au pays "
                    + "pour faire taire une personne à l'étranger est l'une des formes de répression "
                    + "transnationale nommées dans la déclaration des dirigeants du G7 de 2025.",
            "Bedrohung der Familie: Der Beitrag teilt {first} mit, dass sein Vater erneut verhört wurde und "
                    + "für jeden Artikel weiter „bezahlen“ wird. Angehörige in der Heimat zu bestrafen oder unter "
                    + "Druck zu setzen, um jemanden im Ausland zum Schweigen zu bringen, ist eine der Formen "
                    + "transnationaler Repression, die in der Erklärung der G7-Staats- und Regierungschefs von 2025 "
                    + "genannt werden.",
            "Minaccia alla famiglia: il post comunica a {first} che suo padre è stato di nuovo interrogato "
                    + "e continuerà a «pagare» per ogni articolo. Punire o fare pressione sui parenti in patria per "
                    + "mettere a tacere qualcuno all’estero è una delle forme di repressione transnazionale citate "
                    + "nella Dichiarazione dei leader del G7 del 2025.",
            "家族への脅迫：この投稿は{first}に、父親が再び尋問を受け、記事を書くたびに「代償を払い」続けることになると告げています。国外にいる人を黙らせるために本国の親族を罰したり圧力をかけたりす"
                    + "ることは、2025年のG7首脳声明が挙げる国境を越えた弾圧の形態の1つです。");

    private static final LocalizedText THREAT_CHILD = Texts.of(
            "Threat to family: the post names the school of the target's daughter ({school}) and ties the child's "
                    + "safety to what the target publishes. A child's whereabouts combined with a condition on "
                    + "speech is a serious threat: in real work it is escalated at once.",
            "Menace contre la famille : le message nomme l'école de la fille de la cible ({school}) et lie la "
                    + "sécurité de l'enfant à ce que la cible publie. La localisation d'un enfant associée à une "
                    + "condition posée à la parole est une menace grave : en situation réelle, elle est signalée "
                    + "immédiatement.",
            "Bedrohung der Familie: Der Beitrag nennt die Schule der Tochter der Zielperson ({school}) und "
                    + "knüpft die Sicherheit des Kindes an das, was die Zielperson veröffentlicht. Der Aufenthaltsort "
                    + "eines Kindes, verbunden mit einer Bedingung an die Meinungsäußerung, ist eine ernste Drohung: "
                    + "In der Praxis wird sie sofort eskaliert.",
            "Minaccia alla famiglia: il post nomina la scuola della figlia della persona presa di mira "
                    + "({school}) e lega la sicurezza della bambina a ciò che la persona pubblica. Il luogo in cui si "
                    + "trova un minore, unito a una condizione posta alla libertà di parola, è una minaccia grave: "
                    + "nel lavoro reale va segnalata subito ai livelli superiori.",
            "家族への脅迫：この投稿は標的の娘の学校（{school}）の名前を挙げ、子どもの安全を標的が何を公表するかに結びつけています。子どもの居場所と発言への条件の組み合わせは深刻な脅迫です。実務で"
                    + "は直ちにエスカレーションされます。");

    private static final LocalizedText THREAT_PARENTS = Texts.of(
            "Threat to family: behind a harmless-looking compliment, the post signals that the author knows the "
                    + "target's parents live in {hometown} and makes their wellbeing conditional on taking down his "
                    + "thread. Conditional wording (\"keep them that way\") is a common form of implicit threat. "
                    + "Compare with a plain family photo post, which is benign.",
            "Menace contre la famille : sous un compliment anodin, le message fait savoir que l'auteur sait que "
                    + "les parents de la cible vivent à {hometown} et conditionne leur bien-être au retrait de son "
                    + "fil. La formulation conditionnelle (« qu'ils le restent ») est une forme courante de menace "
                    + "implicite. À comparer avec une simple photo de famille, qui est bénigne.",
            "Bedrohung der Familie: Hinter einem harmlos wirkenden Kompliment signalisiert der Beitrag, "
                    + "dass der Urheber weiß, dass die Eltern der Zielperson in {hometown} leben, und macht ihr "
                    + "Wohlergehen davon abhängig, dass die Zielperson ihren Thread löscht. Bedingte Formulierungen "
                    + "(„damit das so bleibt“) sind eine verbreitete Form unausgesprochener Drohung. Vergleichen Sie "
                    + "mit einem gewöhnlichen Familienfoto, das harmlos ist.",
            "Minaccia alla famiglia: dietro un complimento dall’aria innocua, il post segnala che l’autore "
                    + "sa che i genitori della persona presa di mira vivono a {hometown} e rende il loro benessere "
                    + "condizionato alla rimozione del suo thread. Le formulazioni condizionali («che restino così») "
                    + "sono una forma comune di minaccia implicita. Lo confronti con un semplice post con una foto di "
                    + "famiglia, che è innocuo.",
            "家族への脅迫：無害に見える褒め言葉の裏で、この投稿は、投稿者が標的の両親が{hometown}に住んでいることを知っていると示し、両親の無事を標的がスレッドを削除することにかからせています。"
                    + "条件付きの言い回し（「そのままでいられるように」）は、暗黙の脅迫のよくある形です。無害な、普通の家族写真の投稿と比べてください。");

    private static List<PostTemplate> threatToFamily() {
        return List.of(
                PostTemplate.of(THREAT_TO_FAMILY, EN, WOMAN,
                        "{handle} keeps writing her little articles. Her mother still lives in {hometown}, doesn't "
                                + "she? It would be a shame if she had visitors.",
                        THREAT_MOTHER),
                PostTemplate.of(THREAT_TO_FAMILY, EN, MAN,
                        "{name}, your brother {brother} takes the same road to work every day in {hometown}. Tell "
                                + "him to be careful. And delete your posts.",
                        THREAT_BROTHER),
                PostTemplate.of(THREAT_TO_FAMILY, EN, MAN,
                        "Your father was called in for questioning again today, {first}. Every article you "
                                + "publish, he pays for it. Think about that.",
                        THREAT_FATHER),
                PostTemplate.of(THREAT_TO_FAMILY, EN, WOMAN,
                        "We know where your daughter goes to school, {name}. {school}, isn't it? Think of her "
                                + "before your next post.",
                        THREAT_CHILD),
                PostTemplate.of(THREAT_TO_FAMILY, EN, MAN,
                        "Nice family photo, {handle}. Your parents in {hometown} look well. Keep them that way: "
                                + "take down the thread.",
                        THREAT_PARENTS),
                PostTemplate.of(THREAT_TO_FAMILY, FR, WOMAN,
                        "{handle} continue ses petits articles. Sa mère habite toujours à {hometown}, non ? Ce "
                                + "serait dommage qu'elle reçoive de la visite.",
                        THREAT_MOTHER),
                PostTemplate.of(THREAT_TO_FAMILY, FR, MAN,
                        "{name}, ton frère {brother} prend la même route tous les matins à {hometown}. Dis-lui de "
                                + "faire attention. Et supprime tes publications.",
                        THREAT_BROTHER),
                PostTemplate.of(THREAT_TO_FAMILY, FR, MAN,
                        "Ton père a encore été convoqué aujourd'hui, {first}. Chaque article que tu publies, c'est "
                                + "lui qui le paie. Réfléchis bien.",
                        THREAT_FATHER),
                PostTemplate.of(THREAT_TO_FAMILY, FR, WOMAN,
                        "On sait où ta fille va à l'école, {name}. C'est bien {school} ? Pense à elle avant ta "
                                + "prochaine publication.",
                        THREAT_CHILD),
                PostTemplate.of(THREAT_TO_FAMILY, FR, MAN,
                        "Jolie photo de famille, {handle}. Tes parents à {hometown} ont l'air en forme. Qu'ils le "
                                + "restent : retire ton fil.",
                        THREAT_PARENTS));
    }

    // ---------------------------------------------------------------- harassment

    private static final LocalizedText HARASS_PILE_ON = Texts.of(
            "Harassment: a call for a pile-on. The post asks many accounts to flood {handle} with replies by a "
                    + "deadline. The coordination signals (a shared hashtag, a target number, a deadline) are what "
                    + "separate a harassment campaign from one person's criticism.",
            "Harcèlement : un appel au harcèlement en meute. Le message demande à de nombreux comptes d'inonder "
                    + "{handle} de réponses avant une échéance. Les signaux de coordination (mot-dièse commun, "
                    + "objectif chiffré, échéance) distinguent une campagne de harcèlement de la critique d'une "
                    + "seule personne.",
            "Belästigung: ein Aufruf zum gemeinsamen Angriff. Der Beitrag fordert viele Konten auf, "
                    + "{handle} bis zu einer Frist mit Antworten zu überfluten. Die Signale der Koordination (ein "
                    + "gemeinsamer Hashtag, eine Zielzahl, eine Frist) unterscheiden eine Belästigungskampagne von "
                    + "der Kritik einer einzelnen Person.",
            "Molestie: un invito a un attacco di massa. Il post chiede a molti account di sommergere "
                    + "{handle} di risposte entro una scadenza. I segnali di coordinamento (un hashtag comune, un "
                    + "numero obiettivo, una scadenza) distinguono una campagna di molestie dalla critica di una "
                    + "singola persona.",
            "嫌がらせ：集団攻撃の呼びかけです。この投稿は、多くのアカウントに期限までに{handle}へ返信を殺到させるよう求めています。連携の兆候（共通のハッシュタグ、目標の件数、期限）が、嫌がらせキ"
                    + "ャンペーンと1人の人物による批判とを分けるものです。");

    private static final LocalizedText HARASS_PERSISTENT = Texts.of(
            "Harassment: the post announces relentless daily contact with {handle} and boasts of other accounts "
                    + "to get around blocking. Persistence and ban evasion are signals of targeted harassment even "
                    + "when each single message is mild.",
            "Harcèlement : le message annonce un contact quotidien et sans fin avec {handle} et se vante de "
                    + "disposer d'autres comptes pour contourner le blocage. La persistance et le contournement des "
                    + "blocages signalent un harcèlement ciblé, même quand chaque message pris isolément est "
                    + "modéré.",
            "Belästigung: Der Beitrag kündigt unablässigen täglichen Kontakt mit {handle} an und prahlt mit "
                    + "weiteren Konten, um Sperren zu umgehen. Beharrlichkeit und das Umgehen von Sperren sind "
                    + "Signale gezielter Belästigung, auch wenn jede einzelne Nachricht harmlos wirkt.",
            "Molestie: il post annuncia un contatto quotidiano e incessante con {handle} e si vanta di "
                    + "avere altri account per aggirare i blocchi. La persistenza e l’elusione dei blocchi sono "
                    + "segnali di molestie mirate anche quando ogni singolo messaggio è moderato.",
            "嫌がらせ：この投稿は、{handle}に毎日しつこく連絡すると宣言し、ブロックを回避するための別アカウントがあると自慢しています。1つ1つのメッセージが穏やかでも、執拗さとブロックの回避は、"
                    + "標的を定めた嫌がらせの兆候です。");

    private static final LocalizedText HARASS_STALKING = Texts.of(
            "Harassment (stalking): the post tells {handle} she was watched in person and implies she will be "
                    + "again. No address or other private data is published, so it is not doxing; the signal is "
                    + "surveillance made known to the target in order to frighten her.",
            "Harcèlement (traque) : le message fait savoir à {handle} qu'elle a été observée en personne et "
                    + "laisse entendre qu'elle le sera encore. Aucune adresse ni autre donnée privée n'est publiée, "
                    + "ce n'est donc pas du doxing ; le signal est une surveillance révélée à la cible pour "
                    + "l'effrayer.",
            "Belästigung (Stalking): Der Beitrag teilt {handle} mit, dass sie persönlich beobachtet wurde, "
                    + "und deutet an, dass es wieder geschehen wird. Es werden weder Adresse noch andere private "
                    + "Daten veröffentlicht, also ist es kein Doxing; das Signal ist eine Überwachung, die der "
                    + "Zielperson mitgeteilt wird, um ihr Angst zu machen.",
            "Molestie (stalking): il post fa sapere a {handle} che è stata osservata di persona e lascia "
                    + "intendere che lo sarà ancora. Non viene pubblicato alcun indirizzo né altro dato privato, "
                    + "quindi non è doxing; il segnale è una sorveglianza resa nota alla persona presa di mira per "
                    + "spaventarla.",
            "嫌がらせ（ストーキング）：この投稿は{handle}に、直接見張られていたことを伝え、また見張ると暗示しています。住所などの個人情報は公開されていないのでドキシングではありません。兆候は、怖"
                    + "がらせるために標的に知らせる監視です。");

    private static final LocalizedText HARASS_MASS_REPORT = Texts.of(
            "Harassment: a mass-reporting campaign. The post brands {handle} a foreign agent and asks followers to "
                    + "file coordinated, false reports until the account is removed. Abusing platform reporting "
                    + "tools to silence a critic is a recognised digital repression tactic.",
            "Harcèlement : une campagne de signalements massifs. Le message qualifie {handle} d'agent de "
                    + "l'étranger et demande à ses abonnés de déposer des signalements coordonnés et mensongers "
                    + "jusqu'à la suppression du compte. Détourner les outils de signalement des plateformes pour "
                    + "faire taire un critique est une tactique connue de répression numérique.",
            "Belästigung: eine Kampagne massenhafter Meldungen. Der Beitrag brandmarkt {handle} als "
                    + "ausländischen Agenten und fordert die Follower auf, koordinierte, falsche Meldungen "
                    + "einzureichen, bis das Konto entfernt wird. Die Meldefunktionen von Plattformen zu "
                    + "missbrauchen, um Kritiker zum Schweigen zu bringen, ist eine bekannte Taktik digitaler "
                    + "Repression.",
            "Molestie: una campagna di segnalazioni di massa. Il post bolla {handle} come agente straniero "
                    + "e chiede ai follower di presentare segnalazioni coordinate e false finché l’account non viene "
                    + "rimosso. Abusare degli strumenti di segnalazione delle piattaforme per mettere a tacere un "
                    + "critico è una tattica riconosciuta di repressione digitale.",
            "嫌がらせ：大量通報キャンペーンです。この投稿は{handle}を外国の工作員だと決めつけ、アカウントが削除されるまで、連携して虚偽の通報をするようフォロワーに求めています。プラットフォームの"
                    + "通報機能を悪用して批判者を黙らせるのは、よく知られたデジタル弾圧の手口です。");

    private static final LocalizedText HARASS_VEILED_THREAT = Texts.of(
            "Harassment: a veiled threat of harm aimed at {handle} himself. Stressing that living abroad offers no "
                    + "protection is a typical message of transnational repression. The threat concerns the target, "
                    + "not his relatives, so the label is harassment rather than threat to family.",
            "Harcèlement : une menace voilée visant {handle} lui-même. Insister sur le fait que vivre à l'étranger "
                    + "ne protège pas est un message typique de la répression transnationale. La menace vise la "
                    + "cible et non ses proches : l'étiquette est donc harcèlement et non menace contre la famille.",
            "Belästigung: eine verschleierte Drohung, {handle} selbst Schaden zuzufügen. Die Betonung, dass "
                    + "ein Leben im Ausland keinen Schutz bietet, ist eine typische Botschaft transnationaler "
                    + "Repression. Die Drohung betrifft die Zielperson, nicht ihre Angehörigen, daher lautet die "
                    + "Kategorie Belästigung und nicht Bedrohung der Familie.",
            "Molestie: una minaccia velata di fare del male a {handle} in persona. Sottolineare che vivere "
                    + "all’estero non offre protezione è un messaggio tipico della repressione transnazionale. La "
                    + "minaccia riguarda la persona presa di mira, non i suoi parenti, quindi l’etichetta è molestie "
                    + "e non minaccia alla famiglia.",
            "嫌がらせ：{handle}本人に危害を加えるという遠回しの脅迫です。国外に住んでいても身を守れないと強調するのは、国境を越えた弾圧の典型的なメッセージです。脅迫の対象は親族ではなく標的本人な"
                    + "ので、ラベルは家族への脅迫ではなく嫌がらせです。");

    private static List<PostTemplate> harassment() {
        return List.of(
                PostTemplate.of(HARASSMENT, EN, WOMAN,
                        "Everyone tag {handle} and tell her what you think of her \"report\". 100 replies by "
                                + "tonight. #NoPlatformForTraitors",
                        HARASS_PILE_ON),
                PostTemplate.of(HARASSMENT, EN, MAN,
                        "Day 41. I will write to you every single day until you stop, {handle}. Block me if you "
                                + "like, I have plenty of other accounts.",
                        HARASS_PERSISTENT),
                PostTemplate.of(HARASSMENT, EN, WOMAN,
                        "Saw you at the café near your office this morning, {handle}. The blue coat suits you. "
                                + "Same time tomorrow?",
                        HARASS_STALKING),
                PostTemplate.of(HARASSMENT, EN, MAN,
                        "{handle} is a foreign agent paid to smear our country. Report his account for \"hate "
                                + "speech\" until it's gone. Copy-paste text in my bio.",
                        HARASS_MASS_REPORT),
                PostTemplate.of(HARASSMENT, EN, MAN,
                        "You will regret every word, {handle}. People like you don't stay safe forever, not even "
                                + "over there.",
                        HARASS_VEILED_THREAT),
                PostTemplate.of(HARASSMENT, FR, WOMAN,
                        "Taguez tous {handle} et dites-lui ce que vous pensez de son \"rapport\". Objectif : 100 "
                                + "réponses ce soir. #PasDeTribuneAuxTraitres",
                        HARASS_PILE_ON),
                PostTemplate.of(HARASSMENT, FR, MAN,
                        "Jour 41. Je t'écrirai tous les jours jusqu'à ce que tu arrêtes, {handle}. Bloque-moi si "
                                + "tu veux, j'ai d'autres comptes.",
                        HARASS_PERSISTENT),
                PostTemplate.of(HARASSMENT, FR, WOMAN,
                        "Je t'ai vue au café près de ton bureau ce matin, {handle}. Le manteau bleu te va bien. À "
                                + "demain, même heure ?",
                        HARASS_STALKING),
                PostTemplate.of(HARASSMENT, FR, MAN,
                        "{handle} est un agent de l'étranger payé pour salir notre pays. Signalez son compte pour "
                                + "\"discours haineux\" jusqu'à ce qu'il disparaisse. Texte à copier-coller dans ma "
                                + "bio.",
                        HARASS_MASS_REPORT),
                PostTemplate.of(HARASSMENT, FR, MAN,
                        "Tu regretteras chaque mot, {handle}. Les gens comme toi ne restent pas en sécurité "
                                + "éternellement, même là-bas.",
                        HARASS_VEILED_THREAT));
    }

    // ---------------------------------------------------------------- benign, mostly hard negatives

    private static final LocalizedText BENIGN_OFFICE_PHONE = Texts.of(
            "Benign (hard negative): the phone number {officePhone} belongs to a public office and is published "
                    + "so that the public can call it. Contact data is not doxing when it belongs to an institution "
                    + "and is meant to be public.",
            "Bénin (piège) : le numéro {officePhone} est celui d'un service public, publié pour que le public "
                    + "l'appelle. Des coordonnées ne relèvent pas du doxing quand elles appartiennent à une "
                    + "institution et sont destinées à être publiques.",
            "Harmlos (Falle): Die Telefonnummer {officePhone} gehört einer öffentlichen Dienststelle und "
                    + "wird veröffentlicht, damit die Öffentlichkeit dort anrufen kann. Kontaktdaten sind kein "
                    + "Doxing, wenn sie einer Institution gehören und öffentlich sein sollen.",
            "Innocuo (trappola): il numero di telefono {officePhone} appartiene a un ufficio pubblico ed è "
                    + "pubblicato perché il pubblico possa chiamarlo. I recapiti non sono doxing quando appartengono "
                    + "a un’istituzione e sono destinati a essere pubblici.",
            "無害（ひっかけ）：電話番号{officePhone}は公的機関のもので、一般の人が電話をかけられるように公開されています。機関のもので、公開を前提とした連絡先はドキシングではありません。");

    private static final LocalizedText BENIGN_POLICY_CRITICISM = Texts.of(
            "Benign (hard negative): sharp criticism of a public official's policy (Mayor {official}), with a call "
                    + "to speak at a public meeting. Criticising public decisions and mobilising lawful "
                    + "participation is protected expression, not harassment.",
            "Bénin (piège) : une critique vive de la politique d'une élue ({official}), avec un appel à s'exprimer "
                    + "en séance publique. Critiquer des décisions publiques et mobiliser pour une participation "
                    + "légale relève de la liberté d'expression, pas du harcèlement.",
            "Harmlos (Falle): scharfe Kritik an der Politik einer Amtsträgerin (Bürgermeisterin "
                    + "{official}), verbunden mit dem Aufruf, in einer öffentlichen Sitzung das Wort zu ergreifen. "
                    + "Öffentliche Entscheidungen zu kritisieren und zu rechtmäßiger Beteiligung aufzurufen ist "
                    + "geschützte Meinungsäußerung, keine Belästigung.",
            "Innocuo (trappola): una critica aspra alla politica di una carica pubblica (la sindaca "
                    + "{official}), con l’invito a intervenire in una seduta pubblica. Criticare decisioni pubbliche "
                    + "e mobilitare una partecipazione legittima è libertà di espressione tutelata, non molestia.",
            "無害（ひっかけ）：公職者（{official}市長）の政策への厳しい批判で、公開の会合で意見を述べるよう呼びかけています。公的な決定を批判し、合法的な参加を呼びかけることは保護された表現であ"
                    + "り、嫌がらせではありません。");

    private static final LocalizedText BENIGN_FAMILY_PHOTO = Texts.of(
            "Benign (hard negative): the author posts about their own family, naming a sister ({sister}) and a "
                    + "town ({town}). Relatives are mentioned by the person themselves, with no demand and no "
                    + "threat; threat to family needs someone else using relatives as leverage.",
            "Bénin (piège) : l'auteur parle de sa propre famille et cite sa sœur ({sister}) et une ville "
                    + "({town}). Les proches sont mentionnés par la personne elle-même, sans exigence ni menace ; "
                    + "la menace contre la famille suppose qu'un tiers se serve des proches comme moyen de "
                    + "pression.",
            "Harmlos (Falle): Die Person schreibt über ihre eigene Familie und nennt eine Schwester "
                    + "({sister}) und einen Ort ({town}). Die Angehörigen werden von der Person selbst erwähnt, ohne "
                    + "Forderung und ohne Drohung; eine Bedrohung der Familie setzt voraus, dass jemand anderes "
                    + "Angehörige als Druckmittel benutzt.",
            "Innocuo (trappola): l’autore parla della propria famiglia, nominando una sorella ({sister}) e "
                    + "una città ({town}). I parenti sono citati dalla persona stessa, senza richieste né minacce; la "
                    + "minaccia alla famiglia richiede che qualcun altro usi i parenti come leva.",
            "無害（ひっかけ）：投稿者は自分の家族について書いており、姉妹（{sister}）と町（{town}）の名前を挙げています。親族に触れているのは本人であり、要求も脅迫もありません。家族への脅迫"
                    + "とは、他者が親族を圧力の手段として使うことです。");

    private static final LocalizedText BENIGN_OWN_CONTACT = Texts.of(
            "Benign (hard negative): {name} publishes her own professional contact address ({tipsEmail}). Details "
                    + "a person chose to share for a public purpose, such as a journalist's tip line, are not "
                    + "doxing.",
            "Bénin (piège) : {name} publie sa propre adresse de contact professionnelle ({tipsEmail}). Des "
                    + "coordonnées qu'une personne a choisi de partager dans un but public, comme l'adresse de "
                    + "signalement d'une journaliste, ne relèvent pas du doxing.",
            "Harmlos (Falle): {name} veröffentlicht ihre eigene berufliche Kontaktadresse ({tipsEmail}). "
                    + "Angaben, die eine Person für einen öffentlichen Zweck teilen wollte, etwa der Hinweiskanal "
                    + "einer Journalistin, sind kein Doxing.",
            "Innocuo (trappola): {name} pubblica il proprio indirizzo di contatto professionale "
                    + "({tipsEmail}). I dati che una persona ha scelto di condividere per uno scopo pubblico, come il "
                    + "canale per le segnalazioni di una giornalista, non sono doxing.",
            "無害（ひっかけ）：{name}は自分の仕事用の連絡先（{tipsEmail}）を公開しています。ジャーナリストの情報提供窓口のように、本人が公的な目的で共有することを選んだ情報はドキシングで"
                    + "はありません。");

    private static final LocalizedText BENIGN_DENIAL = Texts.of(
            "Benign (hard negative): the target of a smear campaign says the image is fabricated and asks people "
                    + "to report it rather than share it. The post is about a sexualized smear but it is the "
                    + "victim's counter-speech: label the attack, not the response. For an analyst it is also a "
                    + "good lead to the campaign's posts.",
            "Bénin (piège) : la cible d'une campagne de dénigrement affirme que l'image est un faux et demande "
                    + "de la signaler plutôt que de la partager. Le message parle d'un dénigrement sexualisé mais "
                    + "c'est la réponse de la victime : on étiquette l'attaque, pas la riposte. Pour l'analyste, "
                    + "c'est aussi une bonne piste vers les messages de la campagne.",
            "Harmlos (Falle): Die Zielperson einer Verleumdungskampagne erklärt, dass das Bild gefälscht "
                    + "ist, und bittet darum, es zu melden statt zu teilen. Der Beitrag handelt von einer "
                    + "sexualisierten Verleumdung, ist aber die Gegenrede des Opfers: Kategorisieren Sie den Angriff, "
                    + "nicht die Antwort. Für Analysten ist er zudem eine gute Spur zu den Beiträgen der Kampagne.",
            "Innocuo (trappola): la persona presa di mira da una campagna diffamatoria afferma che "
                    + "l’immagine è fabbricata e chiede di segnalarla invece di condividerla. Il post parla di una "
                    + "diffamazione sessualizzata, ma è la risposta della vittima: si etichetta l’attacco, non la "
                    + "replica. Per l’analista è anche una buona pista verso i post della campagna.",
            "無害（ひっかけ）：中傷キャンペーンの標的本人が、画像は捏造だと述べ、共有ではなく通報するよう求めています。投稿は性的な中傷を話題にしていますが、被害者による反論です。ラベルを付けるのは攻撃で"
                    + "あって、応答ではありません。アナリストにとっては、キャンペーンの投稿をたどる良い手がかりにもなります。");

    private static final LocalizedText BENIGN_WORK_CRITICISM = Texts.of(
            "Benign (hard negative): direct, even blunt, criticism of a journalist's work, addressed to {handle}. "
                    + "There is no private data, no sexual content, no threat and no call for others to join in: "
                    + "disagreement is not harassment.",
            "Bénin (piège) : une critique directe, voire rude, du travail d'une journaliste, adressée à {handle}. "
                    + "Il n'y a ni donnée privée, ni contenu sexuel, ni menace, ni appel à d'autres à se joindre : "
                    + "un désaccord n'est pas du harcèlement.",
            "Harmlos (Falle): direkte, sogar schroffe Kritik an der Arbeit einer Journalistin, gerichtet an "
                    + "{handle}. Es gibt keine privaten Daten, keine sexuellen Inhalte, keine Drohung und keinen "
                    + "Aufruf an andere, sich anzuschließen: Widerspruch ist keine Belästigung.",
            "Innocuo (trappola): una critica diretta, persino brusca, al lavoro di una giornalista, rivolta "
                    + "a {handle}. Non ci sono dati privati, contenuti sessuali, minacce né inviti ad altri a unirsi: "
                    + "il disaccordo non è molestia.",
            "無害（ひっかけ）：{handle}に向けた、ジャーナリストの仕事への率直で、ぶしつけとも言える批判です。個人情報も、性的な内容も、脅迫も、他者に加勢を求める呼びかけもありません。意見の相違は"
                    + "嫌がらせではありません。");

    private static final LocalizedText BENIGN_IDIOM = Texts.of(
            "Benign (hard negative): violent words used as figures of speech, about a deadline and typos, with "
                    + "no one targeted. Keyword matching on violent vocabulary would flag it; reading the context "
                    + "shows there is no threat.",
            "Bénin (piège) : des mots violents employés au sens figuré, à propos d'un bouclage et de coquilles, "
                    + "sans personne de visé. Une recherche par mots-clés violents le signalerait ; la lecture du "
                    + "contexte montre qu'il n'y a aucune menace.",
            "Harmlos (Falle): gewaltsame Wörter im übertragenen Sinn, über einen Redaktionsschluss und "
                    + "Tippfehler, ohne dass jemand ins Visier genommen wird. Ein Abgleich von Schlüsselwörtern mit "
                    + "gewaltsamem Vokabular würde anschlagen; erst der Kontext zeigt, dass es keine Drohung gibt.",
            "Innocuo (trappola): parole violente usate in senso figurato, a proposito di una scadenza e di "
                    + "refusi, senza prendere di mira nessuno. Una ricerca per parole chiave violente lo "
                    + "segnalerebbe; la lettura del contesto mostra che non c’è alcuna minaccia.",
            "無害（ひっかけ）：締め切りと誤字について、比喩として使われた暴力的な言葉で、誰も標的にされていません。暴力的な語彙のキーワード照合では検出されてしまいますが、文脈を読めば脅迫がないことが分か"
                    + "ります。");

    private static final LocalizedText BENIGN_VENUE = Texts.of(
            "Benign (hard negative): the address ({venue}) is that of a public venue, given by the organisers of "
                    + "an open event. Addresses of public places, published on purpose, are not private data.",
            "Bénin (piège) : l'adresse ({venue}) est celle d'un lieu public, donnée par les organisateurs d'un "
                    + "événement ouvert. L'adresse d'un lieu public, publiée volontairement, n'est pas une donnée "
                    + "privée.",
            "Harmlos (Falle): Die Adresse ({venue}) ist die eines öffentlichen Veranstaltungsorts, "
                    + "angegeben von den Veranstaltern einer offenen Veranstaltung. Adressen öffentlicher Orte, "
                    + "absichtlich veröffentlicht, sind keine privaten Daten.",
            "Innocuo (trappola): l’indirizzo ({venue}) è quello di un luogo pubblico, fornito dagli "
                    + "organizzatori di un evento aperto. Gli indirizzi di luoghi pubblici, pubblicati di proposito, "
                    + "non sono dati privati.",
            "無害（ひっかけ）：住所（{venue}）は公共の会場のもので、公開イベントの主催者が示したものです。意図して公開された公共の場所の住所は、個人情報ではありません。");

    private static List<PostTemplate> benign() {
        return List.of(
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "The passport desk at {town} Town Hall reopens on Monday after the works. Appointments by "
                                + "phone on {officePhone}, weekdays 9:00 to 16:00.",
                        BENIGN_OFFICE_PHONE),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "Mayor {official}'s plan to cut the night buses is a mistake. Shift workers in {town} will "
                                + "pay for it. Come to the council meeting on Thursday and say so.",
                        BENIGN_POLICY_CRITICISM),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "Sunday lunch with my parents and my little sister {sister} in {town}. First time we have "
                                + "all been together in three years. [photo: a family at a garden table]",
                        BENIGN_FAMILY_PHOTO),
                PostTemplate.byTarget(BENIGN, EN, WOMAN,
                        "Sources can reach me securely at {tipsEmail}. I read everything, and I protect the people "
                                + "who write to me. {name}, {outlet}",
                        BENIGN_OWN_CONTACT),
                PostTemplate.byTarget(BENIGN, EN, WOMAN,
                        "To everyone who messaged me: the \"private photo\" of me going around is fabricated. "
                                + "Please don't share it; report it to the platform instead. Thank you for the "
                                + "support.",
                        BENIGN_DENIAL),
                PostTemplate.of(BENIGN, EN, WOMAN,
                        "Your piece on the port contracts was one-sided, {handle}. You left out the ministry's own "
                                + "figures. I expect better from {outlet}.",
                        BENIGN_WORK_CRITICISM),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "This deadline is killing me. I will hunt down every last typo before the issue goes to "
                                + "print tonight.",
                        BENIGN_IDIOM),
                PostTemplate.of(BENIGN, EN, ANYONE,
                        "Welcome evening for newcomers at {venue}, Saturday from 18:00. Free legal advice on "
                                + "residence permits, and tea. Everyone welcome.",
                        BENIGN_VENUE),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Le guichet passeports de la mairie de {town} rouvre lundi après travaux. Rendez-vous par "
                                + "téléphone au {officePhone}, du lundi au vendredi de 9 h à 16 h.",
                        BENIGN_OFFICE_PHONE),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Le projet de la maire {official} de supprimer les bus de nuit est une erreur. Les "
                                + "travailleurs de nuit de {town} vont en payer le prix. Venez le dire jeudi au "
                                + "conseil municipal.",
                        BENIGN_POLICY_CRITICISM),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Déjeuner du dimanche avec mes parents et ma petite sœur {sister} à {town}. La première "
                                + "fois qu'on est tous réunis depuis trois ans. [photo : une famille autour d'une "
                                + "table de jardin]",
                        BENIGN_FAMILY_PHOTO),
                PostTemplate.byTarget(BENIGN, FR, WOMAN,
                        "Vos sources peuvent me joindre en toute sécurité à {tipsEmail}. Je lis tout, et je protège "
                                + "celles et ceux qui m'écrivent. {name}, {outlet}",
                        BENIGN_OWN_CONTACT),
                PostTemplate.byTarget(BENIGN, FR, WOMAN,
                        "À toutes celles et ceux qui m'ont écrit : la \"photo intime\" de moi qui circule est un "
                                + "faux. Ne la partagez pas, signalez-la à la plateforme. Merci pour votre soutien.",
                        BENIGN_DENIAL),
                PostTemplate.of(BENIGN, FR, WOMAN,
                        "Votre article sur les contrats du port était partial, {handle}. Vous avez ignoré les "
                                + "chiffres du ministère lui-même. J'attends mieux de {outlet}.",
                        BENIGN_WORK_CRITICISM),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Ce bouclage va me tuer. Je vais traquer la moindre coquille avant l'impression de ce soir.",
                        BENIGN_IDIOM),
                PostTemplate.of(BENIGN, FR, ANYONE,
                        "Soirée d'accueil des nouveaux arrivants à {venue}, samedi à partir de 18 h. Conseils "
                                + "juridiques gratuits sur les titres de séjour, et thé. Tout le monde est bienvenu.",
                        BENIGN_VENUE));
    }
}
