package org.tnracademy.ui.badge;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.tnracademy.core.badge.BadgeService;
import org.tnracademy.ui.certificate.PublicAddress;

/**
 * Checks a badge someone pastes (the content of a downloaded {@code .jwt} file) the way the
 * verification page checks a certificate's badge. The core bounds the text's size; the field only
 * stops a browser from sending more.
 */
public class BadgePasteCheck extends Details {

    public BadgePasteCheck(BadgeService badges) {
        setSummaryText(getTranslation("badges.paste"));
        setId("badge-paste");
        TextArea token = new TextArea(getTranslation("badges.paste.label"));
        token.setId("badge-paste-text");
        token.setHelperText(getTranslation("badges.paste.help"));
        token.setMaxLength(BadgeService.MAX_TOKEN_CHARS);
        token.setWidthFull();
        // a badge is about 2,500 characters of one word: it scrolls in the field rather than lengthening the page
        token.setMaxHeight("10rem");
        Div result = new Div();
        result.setId("badge-paste-result");
        result.getElement().setAttribute("role", "status");
        result.getElement().setAttribute("aria-live", "polite");
        String academy = PublicAddress.of("");
        Button check = new Button(getTranslation("badges.paste.check"), e -> {
            result.removeAll();
            BadgeCheckReport report = new BadgeCheckReport();
            report.setId("badge-paste-report");
            report.show(badges.check(token.getValue(), academy));
            result.add(report);
        });
        check.setId("badge-paste-check");
        add(token, check, result);
    }
}
