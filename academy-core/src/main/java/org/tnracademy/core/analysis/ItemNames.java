package org.tnracademy.core.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.tnracademy.exercises.LocalizedText;
import org.tnracademy.exercises.choice.ChoiceOption;
import org.tnracademy.exercises.choice.ChoiceQuestion;
import org.tnracademy.exercises.choice.ChoiceSpec;
import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.exercises.estimate.EstimateSpec;
import org.tnracademy.exercises.indicators.Indicator;
import org.tnracademy.exercises.indicators.IndicatorsSpec;
import org.tnracademy.exercises.indicators.LogLine;
import org.tnracademy.exercises.shortanswer.Blank;
import org.tnracademy.exercises.shortanswer.ShortAnswerSpec;
import org.tnracademy.exercises.spans.Post;
import org.tnracademy.exercises.spans.SpanCategory;
import org.tnracademy.exercises.spans.SpansSpec;
import org.tnracademy.exercises.tagging.TaggingSpec;
import org.tnracademy.exercises.tagging.Technique;
import org.tnracademy.exercises.timeline.TimelineEvent;
import org.tnracademy.exercises.timeline.TimelineSpec;
import org.tnracademy.exercises.written.Criterion;
import org.tnracademy.exercises.written.WrittenSpec;

/**
 * How people name the items and answers of an exercise, so that an item analysis reads "Question 2:
 * Which account…" and "Harassment" instead of the ids the spec and the stored results use.
 *
 * @param items   by item id as the analysis reports it
 * @param answers by the id a key or an answer holds (a label, an option, a span category, an
 *                indicator, a technique)
 */
public record ItemNames(Map<String, ItemName> items, Map<String, LocalizedText> answers) {

    public static final ItemNames NONE = new ItemNames(Map.of(), Map.of());

    public ItemNames {
        items = Map.copyOf(items);
        answers = Map.copyOf(answers);
    }

    /** What kind of item it is, its place in the exercise (from 1), and its words (may be empty). */
    public record ItemName(Kind kind, int position, LocalizedText text) {
    }

    public enum Kind {
        QUESTION, BLANK, CRITERION, EVENT, LINE, POST, SPAN, TECHNIQUE
    }

    public Optional<ItemName> item(String itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    public Optional<LocalizedText> answer(String id) {
        return Optional.ofNullable(answers.get(id));
    }

    /**
     * The names for the items an analysis found, read from the exercise's spec, its label titles
     * and its dataset's order.
     *
     * @param itemIds     the analysis's item ids
     * @param labels      an item-labelling exercise's label titles by id; empty for other types
     * @param datasetKeys the exercise's dataset item ids in dataset order; empty without a dataset
     */
    static ItemNames of(Object spec, List<String> itemIds, Map<String, LocalizedText> labels,
                        List<String> datasetKeys) {
        Map<String, ItemName> items = new HashMap<>();
        Map<String, LocalizedText> answers = new HashMap<>(labels);
        switch (spec) {
            case ChoiceSpec s -> {
                int n = 0;
                for (ChoiceQuestion q : s.questions()) {
                    items.put(q.id(), new ItemName(Kind.QUESTION, ++n, q.prompt()));
                    for (ChoiceOption o : q.options()) {
                        answers.put(o.id(), o.text());
                    }
                }
            }
            case EstimateSpec s -> {
                int n = 0;
                for (EstimateQuestion q : s.questions()) {
                    items.put(q.id(), new ItemName(Kind.QUESTION, ++n, q.prompt()));
                }
            }
            case ShortAnswerSpec s -> {
                int n = 0;
                for (Blank b : s.blanks()) {
                    items.put(b.id(), new ItemName(Kind.BLANK, ++n, b.prompt()));
                }
            }
            case WrittenSpec s -> {
                int n = 0;
                for (Criterion c : s.criteria()) {
                    items.put(c.id(), new ItemName(Kind.CRITERION, ++n, c.title()));
                }
            }
            case TimelineSpec s -> {
                int n = 0;
                for (TimelineEvent e : s.events()) {
                    items.put(e.id(), new ItemName(Kind.EVENT, ++n, plain(e.text())));
                }
            }
            case IndicatorsSpec s -> {
                int n = 0;
                for (LogLine l : s.lines()) {
                    items.put(l.id(), new ItemName(Kind.LINE, ++n, plain(l.text())));
                }
                for (Indicator i : s.indicators()) {
                    if (i.name() != null && !i.name().isBlank()) {
                        answers.put(i.id(), plain(i.name()));
                    }
                }
            }
            case TaggingSpec s -> {
                for (Technique t : s.catalogue()) {
                    // ATT&CK-style technique ids are what analysts cite: kept beside the name
                    LocalizedText named = named(t);
                    items.put(t.id(), new ItemName(Kind.TECHNIQUE, 0, named));
                    answers.put(t.id(), named);
                }
            }
            case SpansSpec s -> {
                Map<String, Integer> postPosition = new HashMap<>();
                int n = 0;
                for (Post p : s.posts()) {
                    postPosition.put(p.id(), ++n);
                }
                for (SpanCategory c : s.categories()) {
                    answers.put(c.id(), c.title());
                }
                for (String id : itemIds) {
                    // a key span's id is "<post>:<start>-<end> <text>" (see ItemOutcomes)
                    int colon = id.indexOf(':');
                    int space = id.indexOf(' ');
                    if (colon > 0 && space > colon && postPosition.containsKey(id.substring(0, colon))) {
                        items.put(id, new ItemName(Kind.SPAN, postPosition.get(id.substring(0, colon)),
                                plain(id.substring(space + 1))));
                    }
                }
            }
            default -> {
                // labelling and set selection: the dataset's posts, named by their place in it
            }
        }
        Map<String, Integer> position = new LinkedHashMap<>();
        for (String key : datasetKeys) {
            position.putIfAbsent(key, position.size() + 1);
        }
        for (String id : itemIds) {
            if (!items.containsKey(id) && position.containsKey(id)) {
                items.put(id, new ItemName(Kind.POST, position.get(id), plain("")));
            }
        }
        return new ItemNames(items, answers);
    }

    private static LocalizedText named(Technique t) {
        Map<String, String> texts = new LinkedHashMap<>();
        t.name().byLanguage().forEach((lang, name) -> texts.put(lang, t.id() + " · " + name));
        return texts.isEmpty() ? plain(t.id()) : new LocalizedText(texts);
    }

    private static LocalizedText plain(String text) {
        return new LocalizedText(Map.of(LocalizedText.FALLBACK, text == null ? "" : text));
    }

    static List<String> ids(List<ItemStats> stats) {
        List<String> ids = new ArrayList<>(stats.size());
        stats.forEach(s -> ids.add(s.itemId()));
        return ids;
    }
}
