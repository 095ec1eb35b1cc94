package org.tnracademy.ui.exercise.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;

/**
 * Per-item feedback as a lazy list drawn in the browser: each row says ✓ or ✗ (spoken as a word),
 * names the item, gives its facts as "label: value" and the explanation below them. It reads the
 * same at every width, so a phone needs no second layout.
 *
 * <p>Why a list and not a grid: a grid keeps a server-side column, about 7 KB of listeners, for
 * every fact of every learner on the page; this is one component however many facts and items
 * there are, and only the rows in view are sent.
 */
public final class ItemFeedbackList<T> {

    private final Component owner;
    private final Predicate<T> right;
    private final Function<T, String> name;
    private final List<Fact<T>> facts = new ArrayList<>();
    private Function<T, String> explanation = item -> "";

    private record Fact<T>(String label, Function<T, String> value) {
    }

    private ItemFeedbackList(Component owner, Predicate<T> right, Function<T, String> name) {
        this.owner = owner;
        this.right = right;
        this.name = name;
    }

    /**
     * @param owner the component the list is shown in, for its translations
     * @param right whether the learner got the item right
     * @param name  the item as the learner knows it ("Post 12")
     */
    public static <T> ItemFeedbackList<T> of(Component owner, Predicate<T> right, Function<T, String> name) {
        return new ItemFeedbackList<>(owner, right, name);
    }

    /** A fact shown after the item's name, as "label: value" (such as the label given and the one expected). */
    public ItemFeedbackList<T> fact(String label, Function<T, String> value) {
        facts.add(new Fact<>(label, value));
        return this;
    }

    /** The explanation under the facts; blank ones are left out. */
    public ItemFeedbackList<T> explanation(Function<T, String> explanation) {
        this.explanation = explanation;
        return this;
    }

    /** The list of the given items, with its element id and the heading a screen reader names it by. */
    public VirtualList<T> list(String id, String accessibleName, List<T> items) {
        String correct = owner.getTranslation("feedback.item-correct");
        String wrong = owner.getTranslation("feedback.item-wrong");
        StringBuilder template = new StringBuilder("""
                <div class="academy-item-feedback"><div class="academy-item-feedback-head">\
                <span class="${item.right ? 'academy-correct' : 'academy-wrong'}" aria-hidden="true">\
                ${item.right ? '✓' : '✗'}</span>\
                <span class="academy-visually-hidden">${item.outcome}</span>\
                <strong>${item.name}</strong>""");
        for (int i = 0; i < facts.size(); i++) {
            template.append("<span class=\"academy-item-fact\">${item.f").append(i).append("}</span>");
        }
        // an empty explanation leaves an empty div, which the style sheet hides
        template.append("</div><div class=\"academy-explanation\">${item.explanation}</div></div>");

        LitRenderer<T> renderer = LitRenderer.<T>of(template.toString())
                .withProperty("right", right::test)
                .withProperty("outcome", item -> right.test(item) ? correct : wrong)
                .withProperty("name", name::apply)
                .withProperty("explanation", item -> blankToEmpty(explanation.apply(item)));
        for (int i = 0; i < facts.size(); i++) {
            Fact<T> fact = facts.get(i);
            renderer.withProperty("f" + i, item -> owner.getTranslation("phone.stacked.pair", fact.label(),
                    fact.value().apply(item)));
        }

        VirtualList<T> list = new VirtualList<>();
        list.setId(id);
        list.setRenderer(renderer);
        ComponentUtil.setData(list, LitRenderer.class, renderer);
        list.setItems(items);
        list.setHeight("28rem");
        list.addClassName("academy-item-feedback-list");
        // a scrolled region is reached from the keyboard and named for screen readers
        list.getElement().setAttribute("tabindex", "0");
        list.getElement().setAttribute("aria-label", accessibleName);
        return list;
    }

    /**
     * The renderer of a list made here: what each row sends to the browser, for checks that withheld
     * feedback never reaches it; empty for any other list.
     */
    @SuppressWarnings("unchecked")
    public static <T> Optional<LitRenderer<T>> rendererOf(VirtualList<T> list) {
        return Optional.ofNullable((LitRenderer<T>) ComponentUtil.getData(list, LitRenderer.class));
    }

    private static String blankToEmpty(String text) {
        return text == null || text.isBlank() ? "" : text;
    }
}
