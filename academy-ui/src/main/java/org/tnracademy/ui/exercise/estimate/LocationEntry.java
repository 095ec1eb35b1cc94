package org.tnracademy.ui.exercise.estimate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.tnracademy.exercises.estimate.EstimateQuestion;
import org.tnracademy.ui.exercise.workspace.AnswerWorkspace;

/**
 * Latitude and longitude fields in decimal degrees. A "lat, lon" pair pasted into either fills
 * both, as analysts copy coordinates from their tools in one piece. A value that cannot be read
 * or is out of range is marked at its field when the learner leaves it.
 */
class LocationEntry extends Composite<Div> implements QuestionEntry {

    private final TextField latitude = new TextField();
    private final TextField longitude = new TextField();
    /** Set while a pasted pair is spread over the two fields, so that doing so is not read as typing. */
    private boolean spreading;
    /** Where the place may also be pinned; null when the exercise has no map. */
    private final GeoMap map;

    /** @param changed called after each value the learner enters (a pasted pair: once) */
    LocationEntry(EstimateQuestion question, Runnable changed) {
        this(question, changed, null);
    }

    /**
     * @param changed called after each value the learner enters (a pasted pair or a pin placed: once)
     * @param map     the map the place may be pinned on, which this entry keeps in step with the fields; null for none
     */
    LocationEntry(EstimateQuestion question, Runnable changed, GeoMap map) {
        this.map = map;
        configure(latitude, question, "latitude", "estimate.latitude", "estimate.latitude-help", changed);
        configure(longitude, question, "longitude", "estimate.longitude", "estimate.longitude-help",
                changed);
        FlexLayout fields = new FlexLayout(latitude, longitude);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.getStyle().set("gap", "var(--lumo-space-m)");
        getContent().add(fields);
        if (map != null) {
            getContent().add(map);
            map.addPinListener((lat, lon) -> {
                fill(lat, lon);
                changed.run();
            });
        }
    }

    /** Both fields from a pin placed on the map. */
    private void fill(double lat, double lon) {
        spreading = true;
        try {
            latitude.setValue(EstimateFormats.coordinate(lat, getLocale()));
            longitude.setValue(EstimateFormats.coordinate(lon, getLocale()));
        } finally {
            spreading = false;
        }
        check(latitude, CoordinateText.Axis.LATITUDE);
        check(longitude, CoordinateText.Axis.LONGITUDE);
    }

    /** The pin where the fields say, or none while they do not read as a place. */
    private void movePin() {
        if (map == null) {
            return;
        }
        Double lat = CoordinateText.one(latitude.getValue(), CoordinateText.Axis.LATITUDE).value();
        Double lon = CoordinateText.one(longitude.getValue(), CoordinateText.Axis.LONGITUDE).value();
        map.setPin(lat, lon);
    }

    private void configure(TextField field, EstimateQuestion question, String axis, String labelKey, String helpKey,
                           Runnable changed) {
        field.setLabel(getTranslation(labelKey));
        field.setHelperText(getTranslation(helpKey));
        field.setId(axis + "-" + question.id());
        field.getElement().setAttribute(AnswerWorkspace.DRAFT_TEXT_ATTRIBUTE, true);
        field.setWidth("14rem");
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.ON_CHANGE);
        field.addValueChangeListener(e -> {
            if (!spreading) {
                changed(field);
                movePin();
                changed.run();
            }
        });
    }

    private void changed(TextField field) {
        InputReading<CoordinateText.Pair> pair = CoordinateText.pair(field.getValue());
        if (pair != null && pair.value() != null) {
            spreading = true;
            try {
                latitude.setValue(EstimateFormats.coordinate(pair.value().latitude(), getLocale()));
                longitude.setValue(EstimateFormats.coordinate(pair.value().longitude(), getLocale()));
            } finally {
                spreading = false;
            }
            check(latitude, CoordinateText.Axis.LATITUDE);
            check(longitude, CoordinateText.Axis.LONGITUDE);
        } else if (pair != null) {
            show(field, pair);
        } else {
            check(field, field == latitude ? CoordinateText.Axis.LATITUDE : CoordinateText.Axis.LONGITUDE);
        }
    }

    private InputReading<Double> check(TextField field, CoordinateText.Axis axis) {
        InputReading<Double> reading = CoordinateText.one(field.getValue(), axis);
        show(field, reading);
        return reading;
    }

    private void show(TextField field, InputReading<?> reading) {
        field.setInvalid(reading.hasProblem());
        field.setErrorMessage(reading.hasProblem()
                ? getTranslation(reading.problemKey(), reading.problemParams().toArray()) : null);
    }

    @Override
    public Component component() {
        return this;
    }

    @Override
    public boolean isBlank() {
        return latitude.getValue().isBlank() && longitude.getValue().isBlank();
    }

    @Override
    public Object treeValue() {
        InputReading<Double> lat = CoordinateText.one(latitude.getValue(), CoordinateText.Axis.LATITUDE);
        InputReading<Double> lon = CoordinateText.one(longitude.getValue(), CoordinateText.Axis.LONGITUDE);
        if (lat.value() == null || lon.value() == null) {
            return null;
        }
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("latitude", lat.value());
        place.put("longitude", lon.value());
        return place;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (isBlank()) {
            show(latitude, InputReading.blank());
            show(longitude, InputReading.blank());
            return problems;
        }
        for (TextField field : List.of(latitude, longitude)) {
            CoordinateText.Axis axis = field == latitude ? CoordinateText.Axis.LATITUDE : CoordinateText.Axis.LONGITUDE;
            InputReading<Double> reading = check(field, axis);
            if (reading.isBlank()) {
                reading = InputReading.problem("estimate.error.other-coordinate-missing");
                show(field, reading);
            }
            if (reading.hasProblem()) {
                problems.add(field.getLabel() + ": " + field.getErrorMessage());
            }
        }
        return problems;
    }

    @Override
    public void restore(Object treeValue) {
        Map<?, ?> place = treeValue instanceof Map<?, ?> m ? m : Map.of();
        spreading = true;
        try {
            latitude.setValue(place.get("latitude") instanceof Number n ? EstimateFormats.exact(n.doubleValue(), getLocale()) : "");
            longitude.setValue(place.get("longitude") instanceof Number n ? EstimateFormats.exact(n.doubleValue(), getLocale()) : "");
        } finally {
            spreading = false;
        }
        if (!isBlank()) {
            check(latitude, CoordinateText.Axis.LATITUDE);
            check(longitude, CoordinateText.Axis.LONGITUDE);
        }
        movePin();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        latitude.setReadOnly(readOnly);
        longitude.setReadOnly(readOnly);
        if (map != null) {
            map.setReadOnly(readOnly);
        }
    }
}
