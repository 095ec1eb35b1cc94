package org.tnracademy.core.studio.upload;

import org.tnracademy.exercises.ProblemCode;

/**
 * The problems of a dataset or key uploaded in the studio, beyond those a pack import shares
 * ({@code problem.pack.*}) and those of the type ({@code problem.read.*}, {@code problem.spec.*}).
 */
public enum UploadProblemCode implements ProblemCode {
    /** The file's name says no dataset format. */
    NOT_A_DATASET_FILE,
    /** The file's name says no key format; {0} whether a CSV key is accepted too ("csv" or "yaml"). */
    NOT_A_KEY_FILE,
    /** The file is empty. */
    EMPTY_FILE,
    /** {0} the file's bytes, {1} the most accepted. */
    TOO_LARGE,
    /** {0} the items read, {1} the most accepted. */
    TOO_MANY_ITEMS,
    /** The dataset has no items. */
    NO_ITEMS,
    /** A JSON Lines file starts with a byte-order mark. */
    BYTE_ORDER_MARK,
    /** {0} the problems found beyond those listed. */
    MORE_PROBLEMS,
    /** {0} the type named. */
    UNKNOWN_TYPE,
    /** An item-labelling key before the exercise has a dataset. */
    NO_DATASET_YET,
    /** A key before the exercise has a spec. */
    NO_SPEC_YET,
    /** A key entry that is not a mapping of item, label and explanation. */
    ENTRY_SHAPE,
    /** {0} the fields a CSV row has, {1} the header's. */
    CSV_FIELD_COUNT,
    /** A CSV file that cannot be parsed (quotes). */
    CSV_SYNTAX,
    /** {0} the columns expected. */
    CSV_NO_HEADER,
    /** {0} the column's place, {1} its name, {2} the columns known. */
    CSV_UNKNOWN_COLUMN,
    /** {0} the column's place, {1} its name. */
    CSV_COLUMN_TWICE,
    /** {0} the column missing, {1} the columns required. */
    CSV_COLUMN_MISSING,
    /** The file's name says no indicator bundle (.json or .stix2). */
    NOT_A_BUNDLE_FILE,
    /** The source of published indicators is missing. */
    SOURCE_REQUIRED,
    /** The licence of published indicators is missing. */
    LICENCE_REQUIRED,
    /** A STIX file that is not one JSON object. */
    NOT_ONE_JSON_OBJECT,
    /** More after the bundle's closing brace. */
    MORE_AFTER_BUNDLE,
    /** A bundle's {@code objects} that is not a list. */
    OBJECTS_NOT_A_LIST,
    /** A bundle without a list of objects. */
    NO_OBJECTS,
    /** {0} the type found instead of "bundle" ("null" when none). */
    NOT_A_BUNDLE,
    /** An entry of a bundle's objects that is not a STIX object. */
    NOT_A_STIX_OBJECT,
    /** A STIX object without its type. */
    STIX_TYPE_REQUIRED,
    /** A STIX object without its id. */
    STIX_ID_REQUIRED,
    /** {0} the STIX id, {1} the type it must start with. */
    STIX_ID_TYPE,
    /** {0} the STIX id, which lower-cased is no item id. */
    STIX_ID_NOT_AN_ITEM,
    /** {0} the byte's place (from 1): not UTF-8 text. */
    NOT_UTF8,
    /** A NUL character: a binary file. */
    NUL_CHARACTER;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.upload.", this);
    }
}
