package org.tnracademy.content.generator.multilingual.labelling;

import static org.tnracademy.content.generator.YamlText.q;
import static org.tnracademy.content.generator.multilingual.FiveLanguages.of;

import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.DatasetWriter;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.Label;
import org.tnracademy.content.generator.YamlText;
import org.tnracademy.content.generator.multilingual.FiveLanguages;
import org.tnracademy.content.generator.multilingual.MultilingualPost;
import org.tnracademy.content.generator.multilingual.MultilingualPostGenerator;
import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.curriculum.CourseLevel;
import org.tnracademy.exercises.curriculum.RepressionForm;

/**
 * The curriculum's {@code label-multilingual-posts} exercise, of type {@code item-labelling} (so in a
 * package named after the type, TypeIdsStayInTheirTypesTest): 25
 * posts in Chinese, Russian, Persian, Arabic and Turkish ({@code datasets/posts-multilingual.jsonl},
 * each line with its English working translation in {@code gloss}), the key, and the exercise file
 * with every learner-facing text in English, French, German, Italian and Japanese.
 */
public final class MultilingualPostsExercise implements CurriculumExercise {

    public static final String ID = "label-multilingual-posts";
    public static final String DATASET = "datasets/posts-multilingual.jsonl";

    private static final LocalizedText TITLE = of(
            "Label posts in five languages: Chinese, Russian, Persian, Arabic, Turkish",
            "Étiqueter des publications en cinq langues : chinois, russe, persan, arabe, turc",
            "Beiträge in fünf Sprachen einordnen: Chinesisch, Russisch, Persisch, Arabisch, Türkisch",
            "Etichettare post in cinque lingue: cinese, russo, persiano, arabo, turco",
            "5言語の投稿を分類する：中国語・ロシア語・ペルシア語・アラビア語・トルコ語");

    private static final LocalizedText INSTRUCTIONS = of("""
            These %d posts target women of the Arvenne diaspora in the languages analysts meet in transnational repression cases: Chinese, Russian, Persian, Arabic and Turkish. Persian and Arabic read right to left. Give each post one label, as in the first labelling exercise:

            - **Doxing**: exposes private information that identifies or locates a person.
            - **Sexualized smear**: attacks a person's reputation with sexual content or allegations.
            - **Threat to family**: threatens the target's relatives, or uses them as leverage.
            - **Harassment**: intimidation, stalking, relentless contact or a call for a pile-on, aimed at the person.
            - **Benign**: none of these, including hard negatives that look harmful at first sight.

            Choose the most specific label, in this order: threat to family, sexualized smear, doxing, harassment, benign. Some signals read the same in every script: handles, phone numbers, house numbers, bracketed notes. The language filter shows one language at a time. Each explanation gives an English working translation of the post. All posts, people, accounts, numbers and places are synthetic; sexualized smears are described, never shown.""",
            """
            Ces %d publications visent des femmes de la diaspora d’Arvenne, dans les langues que les analystes rencontrent dans les affaires de répression transnationale : chinois, russe, persan, arabe et turc. Le persan et l’arabe se lisent de droite à gauche. Attribuez une étiquette à chaque publication, comme dans le premier exercice d’étiquetage :

            - **Doxing** : expose des informations privées qui identifient ou localisent une personne.
            - **Dénigrement sexualisé** : attaque la réputation d’une personne par un contenu ou des allégations sexuels.
            - **Menace contre la famille** : menace les proches de la cible, ou s’en sert comme moyen de pression.
            - **Harcèlement** : intimidation, traque, contacts incessants ou appel au harcèlement en meute, visant la personne.
            - **Bénin** : aucun de ces cas, y compris des cas trompeurs qui semblent nuisibles au premier abord.

            Choisissez l’étiquette la plus spécifique, dans cet ordre : menace contre la famille, dénigrement sexualisé, doxing, harcèlement, bénin. Certains signaux se lisent de la même façon dans toutes les écritures : comptes, numéros de téléphone, numéros de rue, notes entre crochets. Le filtre de langue montre une langue à la fois. Chaque justification donne une traduction de travail de la publication en anglais. Publications, personnes, comptes, numéros et lieux sont synthétiques ; les dénigrements sexualisés sont décrits, jamais montrés.""",
            """
            Diese %d Beiträge richten sich gegen Frauen der Diaspora aus Arvenne, in Sprachen, denen Analystinnen und Analysten in Fällen transnationaler Repression begegnen: Chinesisch, Russisch, Persisch, Arabisch und Türkisch. Persisch und Arabisch werden von rechts nach links gelesen. Geben Sie jedem Beitrag eine Kategorie, wie in der ersten Einordnungsübung:

            - **Doxing**: legt private Angaben offen, die eine Person identifizieren oder auffindbar machen.
            - **Sexualisierte Diffamierung**: greift den Ruf einer Person mit sexuellen Inhalten oder Unterstellungen an.
            - **Drohung gegen Angehörige**: bedroht Angehörige der Zielperson oder nutzt sie als Druckmittel.
            - **Belästigung**: Einschüchterung, Nachstellung, unablässige Kontakte oder ein Aufruf zu Massenangriffen gegen die Person.
            - **Unbedenklich**: nichts davon, auch nicht die irreführenden Fälle, die zunächst schädlich wirken.

            Wählen Sie die spezifischste Kategorie, in dieser Reihenfolge: Drohung gegen Angehörige, sexualisierte Diffamierung, Doxing, Belästigung, unbedenklich. Manche Signale lesen sich in jeder Schrift gleich: Konten, Telefonnummern, Hausnummern, Vermerke in eckigen Klammern. Der Sprachfilter zeigt jeweils eine Sprache. Jede Erklärung enthält eine englische Arbeitsübersetzung des Beitrags. Alle Beiträge, Personen, Konten, Nummern und Orte sind synthetisch; sexualisierte Diffamierungen werden beschrieben, nie gezeigt.""",
            """
            Questi %d post prendono di mira donne della diaspora di Arvenne, nelle lingue che gli analisti incontrano nei casi di repressione transnazionale: cinese, russo, persiano, arabo e turco. Il persiano e l’arabo si leggono da destra a sinistra. Assegnate a ogni post un’etichetta, come nel primo esercizio di etichettatura:

            - **Doxing**: espone informazioni private che identificano o localizzano una persona.
            - **Diffamazione sessualizzata**: attacca la reputazione di una persona con contenuti o accuse sessuali.
            - **Minaccia ai familiari**: minaccia i familiari della persona presa di mira, o li usa come leva.
            - **Molestie**: intimidazione, pedinamento, contatti incessanti o un invito all’attacco in massa, rivolti alla persona.
            - **Innocuo**: nessuno di questi casi, compresi i casi ingannevoli che a prima vista sembrano dannosi.

            Scegliete l’etichetta più specifica, in quest’ordine: minaccia ai familiari, diffamazione sessualizzata, doxing, molestie, innocuo. Alcuni segnali si leggono allo stesso modo in ogni scrittura: account, numeri di telefono, numeri civici, note tra parentesi quadre. Il filtro della lingua mostra una lingua alla volta. Ogni spiegazione riporta una traduzione di lavoro del post in inglese. Post, persone, account, numeri e luoghi sono sintetici; le diffamazioni sessualizzate sono descritte, mai mostrate.""",
            """
            この%d件の投稿は、アルヴェンヌのディアスポラの女性を標的にしたもので、国境を越えた抑圧の事案で分析官が出会う言語（中国語・ロシア語・ペルシア語・アラビア語・トルコ語）で書かれています。ペルシア語とアラビア語は右から左に読みます。最初の分類演習と同じように、各投稿にラベルを1つ付けてください。

            - **ドキシング**：個人を特定または所在を示す私的な情報をさらす。
            - **性的な中傷**：性的な内容や主張で人の評判を攻撃する。
            - **家族への脅迫**：標的の家族を脅す、または圧力の材料にする。
            - **ハラスメント**：本人に向けた威圧、つきまとい、執拗な接触、集団攻撃の呼びかけ。
            - **無害**：いずれにも当たらないもの。一見有害に見える紛らわしい投稿も含みます。

            最も具体的なラベルを、家族への脅迫、性的な中傷、ドキシング、ハラスメント、無害の順に確認して選んでください。アカウント名、電話番号、番地、角括弧の注記など、どの文字体系でも同じように読める手がかりがあります。言語フィルターで1言語ずつ表示できます。各解説には投稿の英語の作業用訳が付いています。投稿、人物、アカウント、番号、地名はすべて架空のものです。性的な中傷は説明のみで、画像は表示しません。""");

    private static final LocalizedText HINT = of(
            "Start from what every script writes alike (a handle, a phone number, a house number, a bracketed "
                    + "note), then ask whom the post is about and who wrote it.",
            "Partez de ce que toutes les écritures notent de la même façon (un compte, un numéro de téléphone, un "
                    + "numéro de rue, une note entre crochets), puis demandez-vous de qui parle la publication et qui "
                    + "l’a écrite.",
            "Beginnen Sie mit dem, was jede Schrift gleich schreibt (ein Konto, eine Telefonnummer, eine "
                    + "Hausnummer, ein Vermerk in Klammern), und fragen Sie dann, um wen es geht und wer schreibt.",
            "Partite da ciò che ogni scrittura scrive allo stesso modo (un account, un numero di telefono, un "
                    + "numero civico, una nota tra parentesi), poi chiedetevi di chi parla il post e chi l’ha scritto.",
            "どの文字体系でも同じ形で書かれるもの（アカウント名、電話番号、番地、角括弧の注記）から始め、投稿が誰について"
                    + "書かれ、誰が書いたのかを考えてください。");

    private static final Map<Label, LocalizedText> LABEL_TITLES = Map.of(
            Label.DOXING, of("Doxing", "Divulgation de données personnelles (doxing)", "Doxing",
                    "Doxing", "ドキシング（個人情報の暴露）"),
            Label.SEXUALIZED_SMEAR, of("Sexualized smear", "Dénigrement sexualisé", "Sexualisierte Diffamierung",
                    "Diffamazione sessualizzata", "性的な中傷"),
            Label.THREAT_TO_FAMILY, of("Threat to family", "Menace contre la famille", "Drohung gegen Angehörige",
                    "Minaccia ai familiari", "家族への脅迫"),
            Label.HARASSMENT, of("Harassment", "Harcèlement", "Belästigung", "Molestie", "ハラスメント"),
            Label.BENIGN, of("Benign", "Bénin", "Unbedenklich", "Innocuo", "無害"));

    @Override
    public String typeId() {
        return "item-labelling";
    }

    @Override
    public Map<String, String> files(long seed) {
        List<MultilingualPost> posts = new MultilingualPostGenerator(seed).generate();
        StringBuilder ex = head(seed, posts.size());
        // the share of posts labelled right, as in label-posts-basics (docs/exercise-types/labelling.md)
        ex.append("spec:\n  scoring: accuracy\n  labels:\n");
        for (Label l : Label.values()) {
            ex.append("    - id: ").append(l.id()).append("\n      title: ")
                    .append(FiveLanguages.flow(LABEL_TITLES.get(l))).append('\n');
        }
        StringBuilder data = new StringBuilder();
        StringBuilder key = ExerciseFileWriter.keyHead(ID, seed);
        key.append("items:\n");
        for (MultilingualPost p : posts) {
            data.append(jsonLine(p));
            key.append("  - item: ").append(q(p.id())).append("\n    label: ").append(q(p.label().id()))
                    .append("\n    explanation:\n");
            FiveLanguages.lines(key, "      ", p.explanation());
        }
        return ExerciseFileWriter.files(DATASET, data.toString(), ID, ex, key);
    }

    /** The pack format's fields in their order, then the gloss (readers that do not know it skip it). */
    static String jsonLine(MultilingualPost p) {
        return "{\"id\":" + DatasetWriter.quote(p.id())
                + ",\"platform\":" + DatasetWriter.quote(p.platform())
                + ",\"author\":" + DatasetWriter.quote(p.author())
                + ",\"lang\":" + DatasetWriter.quote(p.lang().code())
                + ",\"postedAt\":" + DatasetWriter.quote(p.postedAt())
                + ",\"text\":" + DatasetWriter.quote(p.text())
                + ",\"gloss\":" + DatasetWriter.quote(p.gloss())
                + ",\"synthetic\":true}\n";
    }

    /** Everything above the spec, as ExerciseFileWriter writes it, with the texts in five languages. */
    private static StringBuilder head(long seed, int count) {
        StringBuilder out = new StringBuilder(16384);
        out.append(YamlText.header(("Exercise %s: generated by org.tnracademy.content.generator.GenerateDatasets "
                + "(seed %d).\nDo not edit: regenerate (see datasets/README.md). Every person, account, number, "
                + "address,\nplace and text in it is synthetic.").formatted(ID, seed)));
        out.append("id: ").append(ID).append('\n');
        out.append("type: item-labelling\n");
        out.append("version: 1\n");
        out.append("title: ").append(FiveLanguages.flow(TITLE)).append('\n');
        out.append("instructions:\n");
        Map<String, String> filled = new java.util.LinkedHashMap<>();
        INSTRUCTIONS.byLanguage().forEach((code, text) -> filled.put(code, text.formatted(count)));
        FiveLanguages.blocks(out, "  ", new LocalizedText(filled));
        out.append("level: ").append(CourseLevel.INTERMEDIATE.id()).append('\n');
        out.append("forms: [").append(String.join(", ", List.of(RepressionForm.DOXING.id(),
                RepressionForm.SEXUALIZED_SMEAR.id(), RepressionForm.THREATS_TO_FAMILY.id(),
                RepressionForm.HARASSMENT.id()))).append("]\n");
        out.append("dataset: ").append(DATASET).append('\n');
        out.append("key: keys/").append(ID).append(".key.yaml\n");
        out.append("policy:\n  maxAttempts: 3\n  scoring: best\n  hints:\n");
        out.append("    - text: ").append(FiveLanguages.flow(HINT)).append('\n');
        out.append("      cost: 0.1\n");
        return out;
    }
}
