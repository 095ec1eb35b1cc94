package org.tnracademy.core.packs;

import org.tnracademy.exercises.ProblemCode;

/**
 * The problems the pack reader finds in a pack's own files (course, lessons, exercise files, keys,
 * datasets); those of a spec or key's content are the type's ({@code problem.read.*},
 * {@code problem.spec.*}). Arguments in the order of each constant's comment.
 */
public enum PackProblemCode implements ProblemCode {
    /** A lesson's English file is missing. */
    LESSON_MISSING,
    /** A lesson file does not start with front matter. */
    FRONT_MATTER_MISSING,
    /** A lesson's front matter is not valid YAML (the line is the problem's). */
    FRONT_MATTER_YAML,
    /** A lesson has no text after its front matter. */
    LESSON_EMPTY,
    /** A file the pack names is missing, or its path is not allowed. */
    FILE_MISSING,
    /** A YAML file is not a mapping. */
    NOT_A_MAPPING,
    /** A YAML file does not parse (the line is the problem's). */
    YAML_SYNTAX,
    /** A dataset file is missing, or its path is not allowed. */
    DATASET_MISSING,
    /** A dataset has no items. */
    DATASET_EMPTY,
    /** A required field is missing or blank. */
    REQUIRED,
    /** {0} the value: not an id. */
    NOT_AN_ID,
    /** {0} the lowest, {1} the highest whole number accepted. */
    WHOLE_NUMBER,
    /** A text per language is required. */
    LOCALIZED_REQUIRED,
    /** A language's text is empty. */
    TEXT_EMPTY,
    /** The English text is missing. */
    ENGLISH_REQUIRED,
    /** {0} the fields accepted here. */
    UNKNOWN_FIELD,
    /** {0} the value, {1} the values allowed. */
    NOT_ONE_OF,
    /** A list that needs entries is empty or missing. */
    LIST_REQUIRED,
    /** {0} the id used twice. */
    ID_TWICE,
    /** A course item names neither a lesson nor an exercise, or both. */
    ITEM_KIND,
    /** {0} the id declared in the file, {1} the id it is referred to by. */
    ID_MISMATCH,
    /** {0} the type named, {1} the known types. */
    TYPE_UNKNOWN,
    /** The exercise's type labels dataset items: a dataset is required. */
    DATASET_REQUIRED,
    /** {0} the key's expected path. */
    KEY_REQUIRED,
    /** A spec or key is not a mapping. */
    MAPPING_REQUIRED,
    /** A dataset item not marked synthetic: only synthetic data may enter the academy. */
    NOT_SYNTHETIC,
    /** {0} the known forms of TNR. */
    FORMS_REQUIRED,
    /** {0} the form named, {1} the known forms. */
    FORM_UNKNOWN,
    /** {0} the form listed twice. */
    FORM_TWICE,
    /** {0} the most hints. */
    HINTS_LIST,
    /** {0} the highest cost of a hint. */
    HINT_COST,
    /** The type takes a confidence per answer only. */
    CONFIDENCE_PER_ANSWER_ONLY,
    /** {0} the highest weight of the calibration. */
    CONFIDENCE_WEIGHT,
    /** {0} the label, {1} the exercise's labels. */
    KEY_LABEL_UNKNOWN,
    /** {0} the item, {1} the dataset. */
    KEY_ITEM_UNKNOWN,
    /** {0} the item, not in the exercise's dataset. */
    KEY_ITEM_NOT_IN_DATASET,
    /** {0} the item. */
    KEY_ITEM_TWICE,
    /** {0} the item. */
    KEY_ITEM_MISSING,
    /** {0} the path named: not a path inside the pack. */
    PICTURE_PATH,
    /** {0} the path named: not a PNG, JPEG, WebP or SVG file. */
    PICTURE_NOT_AN_IMAGE,
    /** {0} the path named: not in the pack. */
    PICTURE_MISSING,
    /** {@code policy.variants} is not a mapping. */
    VARIANTS_MAPPING,
    /** {0} the value given where the name of a stratum is required. */
    STRATUM_REQUIRED,
    /** {0} the value given where a whole number is required. */
    WHOLE_NUMBER_REQUIRED,
    /** {0} the types that can give learners variants. */
    VARIANTS_NOT_SUPPORTED,
    /** {0} the stratum named, {1} the strata of the type. */
    STRATUM_UNKNOWN,
    /** {0} the items of the pool, {1} the items each learner would get. */
    POOL_TOO_SMALL,
    /** {0} the items each learner would get, {1} the field a variant would lack (such as the key's set). */
    VARIANT_NOT_AN_EXERCISE;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.pack.", this);
    }
}
