package org.tnracademy.ui.exercise.estimate;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import org.tnracademy.core.media.ImageLinks;
import org.tnracademy.exercises.estimate.MapArea;

/** The maps of an estimate exercise, in the learner's language: one per location question. */
final class GeoMaps {

    private GeoMaps() {
    }

    /**
     * The map a question's place is pinned on; empty when the spec has no map or the course does
     * not have its basemap (the fields alone then take the answer).
     */
    static Optional<GeoMap> create(Component owner, Locale locale, String questionId, MapArea area,
                                   ImageLinks pictures, String labelKey) {
        return create(owner, locale, "map-" + questionId, area, pictures, labelKey, null);
    }

    /** @param distance the distance from the pin to the expected place, said on the line between them; null for none */
    static Optional<GeoMap> create(Component owner, Locale locale, String id, MapArea area, ImageLinks pictures,
                                   String labelKey, String distance) {
        if (area == null) {
            return Optional.empty();
        }
        return pictures.urlOfFile(area.basemap()).map(url -> {
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("label", owner.getTranslation(labelKey));
            texts.put("basemapAlt", area.alt().in(locale));
            // {lat} and {lon} are filled in by the browser as the pin moves
            texts.put("pinAt", owner.getTranslation("geo.map.pin-at", "{lat}", "{lon}"));
            texts.put("noPin", owner.getTranslation("geo.map.no-pin"));
            texts.put("expected", owner.getTranslation("geo.map.expected"));
            texts.put("lang", locale.toLanguageTag());
            if (distance != null) {
                texts.put("distance", distance);
            }
            return new GeoMap(id, area, url, texts);
        });
    }
}
