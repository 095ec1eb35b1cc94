package org.tnracademy.core.packs;

import org.tnracademy.exercises.ProblemCode;

/**
 * The problems of a pack's files as files, before their content is read: names, kinds, sizes, the
 * zip they came in, text encoding, JSON syntax, and what XML, SVG and Markdown may hold or refer
 * to. Arguments in the order of each constant's comment; the file and line are the problem's.
 */
public enum PackFileProblem implements ProblemCode {
    /** A path part that does not start with a letter, digit or '_', or uses other characters. */
    NAME_NOT_ALLOWED,
    /** {0} the extensions a pack may hold. */
    NO_EXTENSION,
    /** {0} the extension, {1} the extensions a pack may hold. */
    EXTENSION_NOT_ALLOWED,
    /** A link or special file. */
    NOT_A_FILE,
    /** {0} the file's bytes, {1} the most bytes such a file may have, {2} its extension. */
    TOO_LARGE,
    /** {0} the extension, {1} the kind of image the extension names. */
    IMAGE_CONTENT,
    /** {0} the byte's position: not UTF-8 text. */
    NOT_UTF8,
    /** A NUL byte in a text file. */
    NUL_BYTE,
    /** {0} the column (the line is the problem's): not valid JSON. */
    JSON_SYNTAX,
    /** A JSON Lines line that is not one JSON object. */
    JSON_LINE_NOT_OBJECT,
    /** {0} the most entries a zip may hold. */
    ZIP_TOO_MANY_ENTRIES,
    /** An absolute path in a zip. */
    ZIP_ABSOLUTE_PATH,
    /** A path in a zip that climbs out ('..'). */
    ZIP_CLIMBS_OUT,
    /** A link in a zip. */
    ZIP_LINK,
    /** {0} the most bytes an entry may have. */
    ZIP_ENTRY_TOO_LARGE,
    /** {0} how many times the entry inflates, {1} the limit. */
    ZIP_BOMB,
    /** {0} the most bytes of all entries together. */
    ZIP_TOO_LARGE,
    /** The file is not a readable zip. */
    ZIP_UNREADABLE,
    /** A DOCTYPE declaration (DTDs are refused). */
    XML_DOCTYPE,
    /** A DOCTYPE with ENTITY declarations. */
    XML_ENTITIES,
    /** Not well-formed XML (the line is the problem's). */
    XML_MALFORMED,
    /** {0} the element: one that runs code or embeds HTML. */
    XML_ACTIVE_ELEMENT,
    /** {0} the element, {1} the event-handler attribute. */
    XML_EVENT_HANDLER,
    /** {0} where: an element or attribute whose style imports CSS. */
    CSS_IMPORT,
    /** {0} the reference, which loads from another site (//host). */
    REF_OTHER_SITE,
    /** {0} the reference, an absolute path; {1} the file it should be relative to. */
    REF_ABSOLUTE,
    /** {0} the reference, which points outside the pack. */
    REF_OUTSIDE,
    /** {0} the reference, {1} the pack path it leads to, not in the pack. */
    REF_MISSING,
    /** {0} the reference, {1} the scheme, which runs code. */
    REF_RUNS_CODE,
    /** {0} the reference: a data: URL other than an embedded picture. */
    REF_DATA,
    /** {0} the reference: a file: URL. */
    REF_FILE,
    /** {0} the reference, which would load from another site when shown. */
    REF_EXTERNAL,
    /** {0} the reference, {1} the scheme, not allowed. */
    REF_SCHEME,
    /** {0} the image named, not a PNG, JPEG, WebP or SVG file. */
    MARKDOWN_IMAGE_KIND,
    /** {0} the start of the HTML: a script, an event handler, a frame or a javascript: link. */
    MARKDOWN_ACTIVE_HTML,
    /** YAML that does not parse (the line is given beside it; the parser's words are English only). */
    YAML_SYNTAX,
    /** YAML anchors and aliases, refused. */
    YAML_ALIAS,
    /** A YAML text that is empty where a mapping is required. */
    YAML_EMPTY;

    @Override
    public String key() {
        return ProblemCode.keyOf("problem.pack-file.", this);
    }
}
