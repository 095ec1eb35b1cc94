package org.tnracademy.exercises.shortanswer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.tnracademy.exercises.LocalizedText;

/** Four questions about a synthetic doxing case: a handle, a domain, a date and a phone number. */
final class ShortAnswerFixtures {

    static final ShortAnswerSpec SPEC = ShortAnswerSpec.of(List.of("handle", "domain", "date", "phone"));

    private ShortAnswerFixtures() {
    }

    static ShortAnswerKey key() {
        Map<String, AcceptedAnswers> key = new LinkedHashMap<>();
        key.put("handle", new AcceptedAnswers(List.of("@nadia_k_writes", "nadia_k_writes"), List.of(),
                LocalizedText.of("The account that posted the address.", "Le compte qui a publié l'adresse.")));
        key.put("domain", new AcceptedAnswers(List.of("example-leaks.net"),
                List.of("(https?://)?(www\\.)?example-leaks\\.net/?"), null));
        key.put("date", new AcceptedAnswers(List.of("2025-03-14"), List.of(), null));
        key.put("phone", new AcceptedAnswers(List.of(), List.of("\\+?33 ?6( ?\\d{2}){4}"), null));
        return ShortAnswerKey.validated(SPEC, key);
    }

    static ShortAnswerResponse response(String... questionTextPairs) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i < questionTextPairs.length; i += 2) {
            texts.put(questionTextPairs[i], questionTextPairs[i + 1]);
        }
        return new ShortAnswerResponse(texts);
    }
}
