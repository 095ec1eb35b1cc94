package org.tnracademy.ui.exercise.estimate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.tnracademy.core.support.Json;
import org.tnracademy.exercises.estimate.MapArea;
import tools.jackson.databind.JsonNode;

/**
 * A Leaflet map through our own thin element ({@code frontend/academy-geo-map.js}), working
 * offline: no tile layer, only the exercise's basemap picture, served by the academy and stretched
 * over its bounds in Web Mercator. A click, a drag or the arrow keys (the map focused) place the
 * pin; the latitude and longitude fields beside it remain the accessible path and move the pin
 * when typed. The map is an aid: the answer is what those fields hold.
 * <p>
 * The npm package forces a Vite build, kept in the committed {@code src/main/bundles/prod.bundle}:
 * after changing this element or its package, rebuild the bundle as {@code ChartJs} says.
 */
@Tag("academy-geo-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./academy-geo-map.js")
public class GeoMap extends Component implements HasSize {

    /** The largest coordinate the element may send: a latitude beyond is refused before it is read. */
    private static final double LIMIT = 180;

    /**
     * @param basemapUrl where the academy serves the basemap picture
     * @param texts      label (the map's accessible name), basemapAlt, pinAt (with {lat} and {lon}),
     *                   noPin, expected, distance, lang: translated by the caller
     */
    public GeoMap(String id, MapArea area, String basemapUrl, Map<String, String> texts) {
        setId(id);
        getElement().setAttribute("basemap", basemapUrl);
        getElement().setAttribute("bounds", Json.write(List.of(area.south(), area.west(), area.north(), area.east())));
        getElement().setAttribute("i18n", Json.write(new LinkedHashMap<>(texts)));
        setWidth("min(100%, 40rem)");
        setMapHeight("26rem");
    }

    /** The height of the map itself; the coordinates read out below it come on top. */
    public void setMapHeight(String height) {
        getStyle().set("--academy-geo-map-height", height);
    }

    /** Called with latitude and longitude each time the learner places the pin on the map. */
    public void addPinListener(BiConsumer<Double, Double> listener) {
        getElement().addEventListener("pin-moved", e -> {
            // bound before use: the browser may send anything
            JsonNode latitude = e.getEventData().get("event.detail.latitude");
            JsonNode longitude = e.getEventData().get("event.detail.longitude");
            if (latitude != null && longitude != null && latitude.isNumber() && longitude.isNumber()
                    && Math.abs(latitude.doubleValue()) <= 90 && Math.abs(longitude.doubleValue()) <= LIMIT) {
                listener.accept(latitude.doubleValue(), longitude.doubleValue());
            }
        }).addEventData("event.detail.latitude").addEventData("event.detail.longitude");
    }

    /** Puts the pin there; null removes it. */
    public void setPin(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            getElement().removeAttribute("pin");
        } else {
            getElement().setAttribute("pin", Json.write(List.of(latitude, longitude)));
        }
    }

    /** Shows the expected place (only once the result may show it); null removes it. */
    public void setExpected(Double latitude, Double longitude) {
        if (latitude == null || longitude == null) {
            getElement().removeAttribute("expected");
        } else {
            getElement().setAttribute("expected", Json.write(List.of(latitude, longitude)));
        }
    }

    public void setReadOnly(boolean readOnly) {
        getElement().setAttribute("readonly", readOnly);
    }

    /** The pin as sent to the browser, "[lat,lon]" JSON; null without a pin. */
    public String pin() {
        return getElement().getAttribute("pin");
    }

    /** The expected place as sent to the browser; null while hidden. */
    public String expected() {
        return getElement().getAttribute("expected");
    }
}
