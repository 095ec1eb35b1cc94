package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tnracademy.core.packs.CoursePack;
import org.tnracademy.core.packs.DatasetItemRules;
import org.tnracademy.core.packs.PackFileProblem;
import org.tnracademy.core.packs.PackProblemCode;
import org.tnracademy.core.support.Mappers;
import org.tnracademy.exercises.ProblemMessage;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dataset from a STIX 2.1 bundle ({@code {"type": "bundle", "objects": [...]}}): one item per
 * object, in the bundle's order. The item's id is the STIX id lower-cased, its platform
 * {@code STIX <type>}, its author the {@code created_by_ref}, its date {@code created}, its
 * language {@code lang}, and its text a readable paragraph ({@link StixText}). Every object must
 * carry the academy's synthetic marker, the custom property {@code "x_synthetic": true}.
 */
final class StixBundleDataset {

    static final String SYNTHETIC_MARKER = "x_synthetic";

    /** Reads one object's property at a time from the running parser: what follows is not "trailing". */
    private static final JsonMapper JSON = Mappers.jsonValueByValue();
    private static final Pattern FIELD = Pattern.compile("^objects\\[\\d+]\\.([a-z_]+):");

    private StixBundleDataset() {
    }

    /** An object of the bundle and the lines it and its properties start on. */
    private record Located(JsonNode node, int line, Map<String, Integer> fieldLines) {
    }

    static List<CoursePack.Post> read(String text, ProblemList problems) {
        String body = !text.isEmpty() && text.charAt(0) == Utf8Text.BOM ? text.substring(1) : text;
        List<Located> objects = new ArrayList<>();
        String bundleType = null;
        boolean hasObjects = false;
        try (JsonParser p = JSON.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                problems.add(1, "not a STIX 2.1 bundle: the file must be one JSON object"
                        + " {\"type\": \"bundle\", \"objects\": [...]}", UploadProblemCode.NOT_ONE_JSON_OBJECT);
                return List.of();
            }
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                JsonToken value = p.nextToken();
                if (name.equals("type")) {
                    bundleType = value.isScalarValue() ? p.getString() : null;
                } else if (name.equals("objects")) {
                    hasObjects = true;
                    if (value != JsonToken.START_ARRAY) {
                        problems.add(line, "objects", "must be a list of STIX objects",
                                ProblemMessage.of(UploadProblemCode.OBJECTS_NOT_A_LIST));
                        p.skipChildren();
                        continue;
                    }
                    readObjects(p, objects, problems);
                } else {
                    p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                problems.add(p.currentTokenLocation().getLineNr(), "more after the bundle's closing '}':"
                        + " a file holds one bundle", UploadProblemCode.MORE_AFTER_BUNDLE);
            }
        } catch (JacksonException e) {
            problems.add(e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    (e.getLocation() == null ? "" : "column " + e.getLocation().getColumnNr() + ": ")
                            + "not valid JSON: " + e.getOriginalMessage(), PackFileProblem.JSON_SYNTAX,
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr());
            return List.of();
        }
        if (!"bundle".equals(bundleType)) {
            problems.add(1, "not a STIX 2.1 bundle: type must be \"bundle\" (was "
                    + (bundleType == null ? "missing" : "\"" + bundleType + "\"") + ")", UploadProblemCode.NOT_A_BUNDLE,
                    bundleType);
            return List.of();
        }
        if (!hasObjects) {
            problems.add(1, "objects", "the bundle has no list of objects",
                    ProblemMessage.of(UploadProblemCode.NO_OBJECTS));
            return List.of();
        }
        return posts(objects, problems);
    }

    private static void readObjects(JsonParser p, List<Located> objects, ProblemList problems) {
        int index = 0;
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            int line = p.currentTokenLocation().getLineNr();
            if (t != JsonToken.START_OBJECT) {
                problems.add(line, "objects[" + index + "]", "must be a STIX object {\"type\": ..., \"id\": ...}",
                        ProblemMessage.of(UploadProblemCode.NOT_A_STIX_OBJECT));
                p.skipChildren();
            } else {
                ObjectNode node = JSON.createObjectNode();
                Map<String, Integer> fieldLines = new HashMap<>();
                while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                    String field = p.currentName();
                    fieldLines.putIfAbsent(field, p.currentTokenLocation().getLineNr());
                    p.nextToken();
                    node.set(field, JSON.readTree(p));
                }
                objects.add(new Located(node, line, fieldLines));
            }
            index++;
        }
    }

    private static List<CoursePack.Post> posts(List<Located> objects, ProblemList problems) {
        Map<String, String> names = new HashMap<>();
        for (Located o : objects) {
            JsonNode id = o.node().get("id");
            if (id != null && id.isString()) {
                names.putIfAbsent(id.stringValue().toLowerCase(Locale.ROOT), StixText.label(o.node()));
            }
        }
        List<CoursePack.Post> posts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            Located o = objects.get(i);
            String where = "objects[" + i + "]";
            JsonNode node = o.node();
            String type = string(node, "type");
            String stixId = string(node, "id");
            if (type == null) {
                problems.add(o.line(), where + ".type", "required (a STIX object names its type)",
                        ProblemMessage.of(UploadProblemCode.STIX_TYPE_REQUIRED));
            }
            JsonNode marker = node.get(SYNTHETIC_MARKER);
            if (marker == null || !marker.isBoolean() || !marker.booleanValue()) {
                problems.add(lineOf(o, SYNTHETIC_MARKER), where + "." + SYNTHETIC_MARKER, "must be true on every"
                        + " object (only synthetic data may enter the academy)", ProblemMessage.of(PackProblemCode.NOT_SYNTHETIC));
            }
            if (stixId == null) {
                problems.add(o.line(), where + ".id", "required (a STIX id such as indicator--<uuid>)",
                        ProblemMessage.of(UploadProblemCode.STIX_ID_REQUIRED));
                continue;
            }
            if (type != null && !stixId.toLowerCase(Locale.ROOT).startsWith(type.toLowerCase(Locale.ROOT) + "--")) {
                problems.add(lineOf(o, "id"), where + ".id", "'" + stixId + "' does not start with its type '"
                        + type + "--'", ProblemMessage.of(UploadProblemCode.STIX_ID_TYPE, stixId, type + "--"));
            }
            String id = stixId.toLowerCase(Locale.ROOT);
            if (!DatasetItemRules.isItemId(id)) {
                problems.add(lineOf(o, "id"), where + ".id", "'" + stixId + "' cannot be an item id once lower-cased"
                        + " (item ids are lower-case letters, digits and '-', at most 100 characters)",
                        ProblemMessage.of(UploadProblemCode.STIX_ID_NOT_AN_ITEM, stixId));
                continue;
            }
            if (type == null) {
                continue;
            }
            CoursePack.Post post = DatasetItemRules.post(new DatasetItemRules.Fields(id, "STIX " + type,
                            string(node, "created_by_ref"), string(node, "lang"), string(node, "created"),
                            StixText.render(node, names)),
                    ids, field -> where + "." + stixName(field),
                    (field, english, message) -> problems.add(lineOf(o, field + ": " + english), field, english,
                            message));
            if (post != null) {
                posts.add(post);
            }
        }
        return posts;
    }

    /** The STIX property an item field comes from, to name it in problems. */
    private static String stixName(String field) {
        return switch (field) {
            case "platform" -> "type";
            case "author" -> "created_by_ref";
            case "postedAt" -> "created";
            default -> field;
        };
    }

    /** The line of the property a problem names ({@code objects[2].created: ...}), else of the object. */
    private static int lineOf(Located o, String fieldOrReason) {
        Matcher m = FIELD.matcher(fieldOrReason);
        String field = m.find() ? m.group(1) : fieldOrReason;
        return o.fieldLines().getOrDefault(field, o.line());
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asString();
    }
}
