package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * One STIX object as a paragraph a learner reads in the dataset grid: what it is and its name, its
 * description, then its other properties as "Label: value." sentences. References to objects of
 * the same bundle are shown by their type and name, so a relationship reads
 * {@code Campaign "Harbor Echo" uses Malware "NightOwl"}.
 */
final class StixText {

    /** Shown in this order when present; any other plain property follows. */
    private static final List<String> ORDER = List.of("aliases", "pattern", "pattern_type", "valid_from",
            "valid_until", "indicator_types", "malware_types", "threat_actor_types", "tool_types",
            "infrastructure_types", "report_types", "is_family", "roles", "goals", "sophistication", "resource_level",
            "primary_motivation", "secondary_motivations", "objective", "first_seen", "last_seen", "identity_class",
            "sectors", "contact_information", "kill_chain_phases", "first_observed", "last_observed",
            "number_observed", "object_refs", "sighting_of_ref", "where_sighted_refs", "observed_data_refs", "count",
            "published", "value", "labels", "confidence", "external_references");
    /** Said elsewhere (item id, author, date, language, the lead sentence) or of no use to a reader. */
    private static final Set<String> SKIPPED = Set.of("type", "id", "spec_version", "created", "modified",
            "created_by_ref", "lang", "name", "description", "object_marking_refs", "granular_markings", "revoked",
            "extensions", "defanged", "source_ref", "target_ref", "relationship_type");

    private StixText() {
    }

    /**
     * @param names how each object of the bundle is named in references, by lower-cased id
     */
    static String render(JsonNode object, Map<String, String> names) {
        List<String> sentences = new ArrayList<>();
        String type = text(object.get("type"));
        if ("relationship".equals(type)) {
            sentences.add("Relationship: " + ref(object.get("source_ref"), names) + " "
                    + words(text(object.get("relationship_type"))) + " " + ref(object.get("target_ref"), names) + ".");
        } else {
            sentences.add(label(object) + ".");
        }
        String description = text(object.get("description"));
        if (description != null && !description.isBlank()) {
            sentences.add(sentence(description.strip()));
        }
        Set<String> fields = new LinkedHashSet<>(ORDER);
        object.propertyNames().forEach(fields::add);
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value == null || value.isNull() || SKIPPED.contains(field) || field.startsWith("x_")) {
                continue;
            }
            String shown = value(field, value, names);
            if (shown != null && !shown.isBlank()) {
                sentences.add(sentence(capitalised(words(field.replaceAll("_refs?$", ""))) + ": " + shown));
            }
        }
        return String.join(" ", sentences);
    }

    /** How an object is named in a sentence: {@code Threat actor "Grey Finch"}, or its type and id. */
    static String label(JsonNode object) {
        String type = capitalised(words(text(object.get("type"))));
        String name = text(object.get("name"));
        if (name == null && object.get("value") != null && object.get("value").isValueNode()) {
            name = object.get("value").asString();
        }
        return name == null || name.isBlank() ? type + " " + text(object.get("id")) : type + " \"" + name.strip() + "\"";
    }

    private static String value(String field, JsonNode value, Map<String, String> names) {
        if (field.endsWith("_ref")) {
            return ref(value, names);
        }
        if (field.endsWith("_refs") && value.isArray()) {
            List<String> refs = new ArrayList<>();
            value.forEach(v -> refs.add(ref(v, names)));
            return String.join(", ", refs);
        }
        if (field.equals("kill_chain_phases") && value.isArray()) {
            List<String> phases = new ArrayList<>();
            value.forEach(v -> phases.add(text(v.get("phase_name")) + " (" + text(v.get("kill_chain_name")) + ")"));
            return String.join(", ", phases);
        }
        if (field.equals("external_references") && value.isArray()) {
            List<String> refs = new ArrayList<>();
            value.forEach(v -> {
                String source = text(v.get("source_name"));
                String id = text(v.get("external_id"));
                refs.add(id == null ? source : source + " " + id);
            });
            return String.join(", ", refs);
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "yes" : "no";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(v -> {
                if (v.isValueNode()) {
                    items.add(v.asString());
                }
            });
            return String.join(", ", items);
        }
        return value.isValueNode() ? value.asString() : null;
    }

    private static String ref(JsonNode ref, Map<String, String> names) {
        String id = text(ref);
        if (id == null) {
            return "(unknown)";
        }
        return names.getOrDefault(id.toLowerCase(Locale.ROOT), id);
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || !node.isValueNode() ? null : node.asString();
    }

    private static String words(String s) {
        return s == null ? "" : s.replace('-', ' ').replace('_', ' ');
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String sentence(String s) {
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }
}
