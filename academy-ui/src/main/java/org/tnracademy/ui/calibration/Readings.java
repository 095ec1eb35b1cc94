package org.tnracademy.ui.calibration;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.tnracademy.exercises.calibration.OverClaiming;
import org.tnracademy.ui.i18n.Formats;

/** A plain-language reading of a gap between confidence and accuracy. */
final class Readings {

    /** Within this gap either way, confidence and accuracy are read as matching (half the flag's threshold). */
    static final double MATCHING = OverClaiming.THRESHOLD / 2;

    private Readings() {
    }

    static String of(Component c, double overClaim) {
        String gap = Formats.percent(Math.abs(overClaim), UI.getCurrent().getLocale());
        if (overClaim > MATCHING) {
            return c.getTranslation("calibration.reading.over", gap);
        }
        if (overClaim < -MATCHING) {
            return c.getTranslation("calibration.reading.under", gap);
        }
        return c.getTranslation("calibration.reading.matching");
    }
}
