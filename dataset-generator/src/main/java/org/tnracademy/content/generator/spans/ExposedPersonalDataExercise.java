package org.tnracademy.content.generator.spans;

import static org.tnracademy.content.generator.YamlText.localized;
import static org.tnracademy.content.generator.YamlText.q;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.tnracademy.content.generator.CurriculumExercise;
import org.tnracademy.content.generator.DoxingPost;
import org.tnracademy.content.generator.DoxingSpanGenerator;
import org.tnracademy.content.generator.ExerciseFileWriter;
import org.tnracademy.content.generator.ExerciseFileWriter.Hint;
import org.tnracademy.content.generator.ExposedSpan;
import org.tnracademy.content.generator.Texts;

/** The curriculum's {@code mark-exposed-personal-data} exercise, of type {@code spans}: its files, from the type's generators. */
public final class ExposedPersonalDataExercise implements CurriculumExercise {

    public static final int DOXING_POSTS = 12;

    @Override
    public String typeId() {
        return "spans";
    }

    @Override
    public Map<String, String> files(long seed) {
        String id = "mark-exposed-personal-data";
        List<DoxingPost> posts = new ArrayList<>();
        new DoxingSpanGenerator(seed).generate(DOXING_POSTS, posts::add);
        StringBuilder ex = ExerciseFileWriter.head(id, typeId(),
                Texts.of("Mark the exposed personal data", "Repérer les données personnelles exposées",
                        "Offengelegte personenbezogene Daten markieren", "Segnare i dati personali esposti",
                        "さらされた個人情報に印を付ける"),
                Texts.of("""
                        These %d posts were reported as doxing. In each, **select every piece of personal data it exposes** and give it its category: home address, private phone number, private e-mail address, workplace, relative's name, identity document number, date of birth.

                        Select the data itself, not the words around it ("lives at" is not part of the address). Some posts only give public contact details (an office's phone line, a public venue): mark nothing in them. A mark counts when it overlaps the expected span by at least half. Everything here is synthetic."""
                        .formatted(DOXING_POSTS), """
                        Ces %d publications ont été signalées comme du doxing. Dans chacune, **sélectionnez chaque donnée personnelle exposée** et attribuez-lui sa catégorie : adresse du domicile, numéro de téléphone privé, adresse électronique privée, lieu de travail, nom d’un proche, numéro de pièce d’identité, date de naissance.

                        Sélectionnez la donnée elle-même, pas les mots qui l’entourent (« habite au » ne fait pas partie de l’adresse). Certaines publications ne donnent que des coordonnées publiques (la ligne d’un service, un lieu public) : n’y marquez rien. Une sélection compte si elle recouvre au moins la moitié de la donnée attendue. Tout est synthétique."""
                        .formatted(DOXING_POSTS), """
                        Diese %d Beiträge wurden als Doxing gemeldet. **Markieren Sie in jedem Beitrag alle personenbezogenen Daten, die er offenlegt**, und geben Sie jeweils die Kategorie an: Wohnadresse, private Telefonnummer, private E-Mail-Adresse, Arbeitsort, Name einer angehörigen Person, Nummer eines Ausweisdokuments, Geburtsdatum.

                        Markieren Sie die Angabe selbst, nicht die Wörter darum herum („wohnt in“ gehört nicht zur Adresse). Manche Beiträge nennen nur öffentliche Kontaktdaten (die Leitung einer Dienststelle, einen öffentlichen Ort): Markieren Sie darin nichts. Eine Markierung zählt, wenn sie mindestens die Hälfte der erwarteten Stelle überdeckt. Alles hier ist synthetisch."""
                        .formatted(DOXING_POSTS), """
                        Questi %d post sono stati segnalati come doxing. In ciascuno, **selezioni ogni dato personale esposto** e gli assegni la sua categoria: indirizzo di casa, numero di telefono privato, indirizzo e-mail privato, luogo di lavoro, nome di un parente, numero di un documento d’identità, data di nascita.

                        Selezioni il dato stesso, non le parole intorno («abita in» non fa parte dell’indirizzo). Alcuni post riportano solo recapiti pubblici (la linea di un ufficio, un luogo pubblico): non vi segni nulla. Una selezione conta se copre almeno metà del dato atteso. Tutto qui è sintetico."""
                        .formatted(DOXING_POSTS), """
                        これら%d件の投稿はドキシングとして報告されたものです。それぞれの投稿で、**さらされている個人情報をすべて選択**し、カテゴリーを付けてください：自宅の住所、個人の電話番号、個人のメールアドレス、勤務先、親族の名前、身分証明書の番号、生年月日。

                        周囲の言葉ではなく、情報そのものを選択してください（「〜に住んでいる」は住所に含まれません）。公開の連絡先（役所の電話番号や公共の場所）だけを載せている投稿もあります。その場合は何も選択しないでください。選択は、期待される範囲の半分以上と重なれば正解になります。ここにあるものはすべて合成データです。"""
                        .formatted(DOXING_POSTS)),
                "beginner", List.of("doxing"), null, 3, null,
                List.of(new Hint(Texts.of("An office's public number or a public venue's address is not personal "
                        + "data: a post may have nothing to mark.", "Le numéro public d’un service ou l’adresse d’un lieu "
                        + "public ne sont pas des données personnelles : une publication peut n’avoir rien à marquer.",
                        "Die öffentliche Nummer einer Dienststelle oder die Adresse eines öffentlichen Ortes sind keine "
                                + "personenbezogenen Daten: Ein Beitrag kann nichts zu markieren enthalten.",
                        "Il numero pubblico di un ufficio o l’indirizzo di un luogo pubblico non sono dati personali: "
                                + "un post può non avere nulla da segnare.",
                        "役所の公開電話番号や公共の場所の住所は個人情報ではありません。印を付けるものが何もない投稿もあります。"),
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
        return ExerciseFileWriter.files(null, null, id, ex, key);
    }
}
