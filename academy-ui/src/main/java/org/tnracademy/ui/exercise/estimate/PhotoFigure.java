package org.tnracademy.ui.exercise.estimate;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.exercises.estimate.Picture;

/**
 * A question's photo with its alt text and caption, scaled to the width available (a phone's
 * 360 px too). When the course does not have the picture, its alt text is shown instead.
 */
@Tag("figure")
class PhotoFigure extends Component implements HasComponents {

    PhotoFigure(String id, Picture picture, ImageLinks pictures, Locale locale) {
        setId(id);
        getStyle().set("margin", "0").set("max-width", "40rem");
        String alt = picture.alt().in(locale);
        String url = pictures.urlOfFile(picture.file()).orElse(null);
        if (url == null) {
            Paragraph missing = new Paragraph(getTranslation("geo.photo.missing", alt));
            missing.addClassName("academy-explanation");
            add(missing);
        } else {
            Image image = new Image(url, alt);
            image.getStyle().set("width", "100%").set("height", "auto").set("display", "block")
                    .set("border-radius", "var(--lumo-border-radius-m)");
            add(image);
        }
        if (picture.caption() != null) {
            Element caption = new Element("figcaption");
            caption.setText(picture.caption().in(locale));
            caption.getStyle().set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)");
            getElement().appendChild(caption);
        }
    }
}
