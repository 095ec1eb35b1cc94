package org.tnracademy.ui.exercise;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.tnracademy.core.grading.HintOffer;
import org.tnracademy.core.grading.HintService;
import org.tnracademy.ui.i18n.Formats;

/**
 * The exercise's hints with their price. A hint's text comes from the server only once the learner
 * confirms taking it, and from then on costs a share of every later attempt's score.
 */
class HintsPanel extends Details {

    private final HintService hints;
    private final long exerciseId;
    private final VerticalLayout list = new VerticalLayout();

    HintsPanel(HintService hints, long exerciseId) {
        this.hints = hints;
        this.exerciseId = exerciseId;
        setId("hints");
        list.setPadding(false);
        add(list);
        refresh();
    }

    private void refresh() {
        List<HintOffer> offers = hints.hints(exerciseId);
        setVisible(!offers.isEmpty());
        long taken = offers.stream().filter(HintOffer::taken).count();
        setSummaryText(getTranslation("hints.summary", offers.size(), taken));
        list.removeAll();
        for (HintOffer offer : offers) {
            list.add(offer.taken() ? takenHint(offer) : offeredHint(offer));
        }
    }

    private Div takenHint(HintOffer offer) {
        Div hint = new Div(new Paragraph(getTranslation("hints.taken", offer.index() + 1,
                Formats.percent(offer.cost(), getLocale()))), new Paragraph(offer.text().in(getLocale())));
        hint.setId("hint-" + offer.index());
        hint.addClassName("academy-hint");
        return hint;
    }

    private Button offeredHint(HintOffer offer) {
        String cost = Formats.percent(offer.cost(), getLocale());
        Button take = new Button(getTranslation("hints.take", offer.index() + 1, cost));
        take.setId("take-hint-" + offer.index());
        take.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        take.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("hints.confirm.title"),
                    getTranslation("hints.confirm.text", cost), getTranslation("hints.confirm.take"), ok -> {
                        hints.takeHint(exerciseId, offer.index());
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        return take;
    }
}
