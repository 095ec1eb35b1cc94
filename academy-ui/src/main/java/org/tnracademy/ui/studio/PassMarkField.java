package org.tnracademy.ui.studio;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import org.tnracademy.core.catalog.CourseCertification;
import org.tnracademy.core.catalog.PassMarkRefusedException;

/**
 * The course's certificate pass mark in the course editor: saved on its own and at once, since it
 * is a rule for certificates issued from now on rather than course content learners read.
 */
class PassMarkField extends HorizontalLayout {

    private final CourseCertification certification;
    private final IntegerField percent = new IntegerField();
    private long courseId;

    PassMarkField(CourseCertification certification) {
        this.certification = certification;
        percent.setLabel(getTranslation("passmark.label"));
        percent.setHelperText(getTranslation("passmark.help"));
        percent.setId("course-pass-mark");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setWidth("18rem");
        Button save = new Button(getTranslation("passmark.save"), e -> save());
        save.setId("save-pass-mark");
        setAlignItems(Alignment.BASELINE);
        add(percent, save);
    }

    void show(long course) {
        this.courseId = course;
        percent.setValue(certification.passMark(course));
        percent.setInvalid(false);
    }

    private void save() {
        Integer value = percent.getValue();
        if (value == null || percent.isInvalid() || value < 0 || value > 100) {
            percent.setErrorMessage(getTranslation("passmark.invalid"));
            percent.setInvalid(true);
            return;
        }
        try {
            certification.setPassMark(courseId, value);
            percent.setInvalid(false);
            Notification.show(getTranslation("passmark.saved", value));
        } catch (PassMarkRefusedException e) {
            percent.setErrorMessage(getTranslation("passmark.invalid"));
            percent.setInvalid(true);
        }
    }
}
