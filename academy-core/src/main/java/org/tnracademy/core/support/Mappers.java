package org.tnracademy.core.support;

import org.snakeyaml.engine.v2.api.LoadSettings;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * The one place the core configures its JSON and YAML mappers. Each kind of text gets a named
 * mapper whose settings are spelled out here, so a reader of untrusted input cannot silently differ
 * from its siblings. Mappers are thread-safe: callers keep the one they get.
 */
public final class Mappers {

    private Mappers() {
    }

    /** Strict JSON, Jackson's defaults: pack and draft files, answer keys, datasets, uploads. */
    public static JsonMapper json() {
        return JsonMapper.builder().build();
    }

    /**
     * JSON read one value at a time from a running parser (a STIX bundle read object by object):
     * what follows the value just read is the rest of the document, not an error.
     */
    public static JsonMapper jsonValueByValue() {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
    }

    /**
     * The builder of JSON the core stores in its own columns: a field written by an older or newer
     * version of a record is skipped rather than failing a read of learners' work.
     */
    public static JsonMapper.Builder storedColumns() {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * YAML from authors and uploads, bounded before it is read: anchors and aliases at most
     * {@code maxAliases} (0 refuses them), no recursive keys, at most {@code maxCodePoints}
     * characters, and nesting at most {@code maxNestingDepth} deep (0: Jackson's default limit).
     * Writing (when the same mapper writes back) leaves out the {@code ---} document marker.
     */
    public static YAMLMapper boundedYaml(int maxAliases, int maxCodePoints, int maxNestingDepth) {
        var factory = YAMLFactory.builder()
                .loadSettings(LoadSettings.builder()
                        .setMaxAliasesForCollections(maxAliases)
                        .setAllowRecursiveKeys(false)
                        .setCodePointLimit(maxCodePoints)
                        .build());
        if (maxNestingDepth > 0) {
            factory.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth).build());
        }
        return YAMLMapper.builder(factory.build())
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .build();
    }

    /**
     * YAML the core writes for people to read and diff: no {@code ---} marker, long lines kept whole,
     * and multi-line texts as literal blocks ({@code literalBlocks}, pack files) or with quotes
     * only where YAML needs them (otherwise, the studio's editor).
     */
    public static YAMLMapper writtenYaml(boolean literalBlocks) {
        YAMLMapper.Builder builder = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES);
        if (literalBlocks) {
            builder.enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE);
        } else {
            builder.enable(YAMLWriteFeature.MINIMIZE_QUOTES);
        }
        return builder.build();
    }
}
