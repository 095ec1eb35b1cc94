package org.tnracademy.exercises.choice;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.LocalizedText;

/** A three-question exercise about a doxing case, and a way to write answers briefly. */
final class ChoiceFixtures {

    static final List<ChoiceQuestion> QUESTIONS = List.of(
            // which platform feature exposed the address? one right option: b
            new ChoiceQuestion("q1", false, List.of("a", "b", "c")),
            // which posts are part of the campaign? right: a and c
            new ChoiceQuestion("q2", true, List.of("a", "b", "c", "d")),
            // which data were exposed? right: a, b and c
            new ChoiceQuestion("q3", true, List.of("a", "b", "c", "d")));

    private ChoiceFixtures() {
    }

    static ChoiceSpec spec(ChoiceScoring scoring) {
        return ChoiceSpec.of(QUESTIONS, scoring);
    }

    static ChoiceKey key(ChoiceSpec spec) {
        Map<String, QuestionKey> keys = new LinkedHashMap<>();
        keys.put("q1", new QuestionKey(List.of("b"), Map.of(
                "a", LocalizedText.of("The profile hides the city.", "Le profil masque la ville."),
                "b", LocalizedText.of("The photo metadata gives the street.", "Les métadonnées donnent la rue."))));
        keys.put("q2", new QuestionKey(List.of("a", "c"), Map.of()));
        keys.put("q3", new QuestionKey(List.of("a", "b", "c"), Map.of()));
        return ChoiceKey.validated(spec, keys);
    }

    /** "q1", "b", "q2", "a,c": question, comma-separated options ("" for an empty selection). */
    static ChoiceAnswer answer(String... questionOptionPairs) {
        Map<String, List<String>> selected = new LinkedHashMap<>();
        for (int i = 0; i < questionOptionPairs.length; i += 2) {
            String options = questionOptionPairs[i + 1];
            selected.put(questionOptionPairs[i], options.isEmpty() ? List.of() : List.of(options.split(",")));
        }
        return new ChoiceAnswer(selected);
    }
}
