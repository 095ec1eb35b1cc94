package org.tnracademy.ui.exercise.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;
import org.tnracademy.core.account.AccountProvisioning;
import org.tnracademy.core.account.Role;
import org.tnracademy.core.answerdraft.AnswerDrafts;
import org.tnracademy.core.catalog.CatalogService;
import org.tnracademy.ui.catalog.CatalogView;
import org.tnracademy.ui.exercise.ExerciseView;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The starter geolocation exercise shows each photo with its alt text and caption, and a map on
 * the academy's own basemap: a pin placed on it fills the coordinates (kept as the draft), typed
 * coordinates move it, and after an attempt the true place shows on the map only where the true
 * answer may be shown.
 */
@SpringBootTest
class GeolocationWorkspaceTest extends SpringBrowserlessTest {

    private static final String PLACE = "q-photo-001";

    @Autowired
    CatalogService catalog;
    @Autowired
    AnswerDrafts drafts;
    @Autowired
    AccountProvisioning provisioning;

    @BeforeEach
    void learner() {
        provisioning.ensure("geolocating-analyst", "Geolocating Analyst", "geolocating-password",
                EnumSet.of(Role.LEARNER));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    @WithMockUser(username = "geolocating-analyst", roles = "LEARNER")
    void aPinPlacedOnTheMapFillsTheFieldsIsKeptAsADraftAndTheTruePlaceWaitsForTheKey() {
        long id = exercise("geolocate-the-photos");
        navigate("exercises/" + id, ExerciseView.class);
        test($(Button.class).id("start-attempt")).click();

        Image photo = $(Image.class).all().stream().filter(i -> i.getAlt().orElse("").startsWith("Synthetic picture."))
                .findFirst().orElseThrow();
        assertThat(photo.getSrc()).matches("/course-images/[0-9]+/[0-9a-f]{64}");
        assertThat($(Image.class).all().stream().filter(i -> i.getSrc().startsWith("/course-images/"))).hasSize(4);
        assertThat($(PhotoFigure.class).id("photo-" + PLACE).getElement().getChildren()
                .anyMatch(c -> c.getTag().equals("figcaption") && c.getText().contains("synthetic picture"))).isTrue();
        GeoMap map = $(GeoMap.class).id("map-" + PLACE);
        assertThat(map.getElement().getAttribute("basemap")).matches("/course-images/[0-9]+/[0-9a-f]{64}");
        assertThat(map.getElement().getAttribute("i18n")).contains("Arrow keys");
        assertThat($(GeoMap.class).all()).as("one map per location question").hasSize(2);

        pinMoved(map, -41.9, -23.88);
        assertThat($(TextField.class).id("latitude-" + PLACE).getValue()).isEqualTo("-41.9");
        assertThat($(TextField.class).id("longitude-" + PLACE).getValue()).isEqualTo("-23.88");
        assertThat(drafts.load(id).orElseThrow().answer()).isEqualTo(Map.of("answers",
                Map.of(PLACE, Map.of("latitude", -41.9, "longitude", -23.88))));

        test($(TextField.class).id("latitude-" + PLACE)).setValue("-41.95");
        assertThat(map.pin()).isEqualTo("[-41.95,-23.88]");

        navigate(CatalogView.class);
        navigate("exercises/" + id, ExerciseView.class);
        assertThat($(GeoMap.class).id("map-" + PLACE).pin()).as("the draft puts the pin back")
                .isEqualTo("[-41.95,-23.88]");

        // far from the truth: the first of three attempts shows neither the true place nor the distance
        pinMoved($(GeoMap.class).id("map-" + PLACE), -42.6, -25.4);
        test($(Button.class).id("submit-answer")).click();
        test($(ConfirmDialog.class).id("confirm-submit")).confirm();
        GeoMap feedback = $(GeoMap.class).id("feedback-map-" + PLACE);
        assertThat(feedback.pin()).isEqualTo("[-42.6,-25.4]");
        assertThat(feedback.expected()).isNull();
        assertThat(feedback.getElement().getAttribute("i18n")).doesNotContain("from the true place");
        assertThat(feedback.getElement().getAttribute("readonly")).isNotNull();
    }

    private static void pinMoved(GeoMap map, double latitude, double longitude) {
        ObjectNode data = JsonMapper.builder().build().createObjectNode();
        data.put("event.detail.latitude", latitude);
        data.put("event.detail.longitude", longitude);
        map.getElement().getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(map.getElement(), "pin-moved", data));
    }

    private long exercise(String slug) {
        return catalog.outlines().stream().flatMap(o -> o.steps().stream())
                .filter(s -> s.slug().equals(slug)).findFirst().orElseThrow().id();
    }

}
