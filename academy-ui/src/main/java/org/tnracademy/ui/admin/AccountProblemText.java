package org.tnracademy.ui.admin;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.account.AccountProblem;

/** An account problem in the user's language. */
final class AccountProblemText {

    private AccountProblemText() {
    }

    static String of(Component c, AccountProblem p) {
        String reason = c.getTranslation("account.problem." + p.reason().name());
        return p.value() == null ? reason : reason + " (" + p.value() + ")";
    }
}
