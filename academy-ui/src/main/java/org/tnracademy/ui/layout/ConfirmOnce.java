package org.tnracademy.ui.layout;

import java.util.concurrent.atomic.AtomicBoolean;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A confirmation acts once. A double tap on a phone, or a click on a dialog that is already
 * closing, reaches the server as a second confirm event; on a submission that would record a
 * second attempt, since the first one's grading has already renewed the page's submission token.
 */
public final class ConfirmOnce {

    private ConfirmOnce() {
    }

    public static ComponentEventListener<ConfirmDialog.ConfirmEvent> of(SerializableRunnable action) {
        AtomicBoolean confirmed = new AtomicBoolean();
        return event -> {
            if (confirmed.compareAndSet(false, true)) {
                action.run();
            }
        };
    }
}
