package org.tnracademy.core.packs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.tnracademy.exercises.ProblemMessage;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an SVG or XML file of a pack with a parser that cannot be turned against the server:
 * DOCTYPEs are refused outright (so no entity, internal or external, is ever declared or expanded:
 * no XXE, no billion laughs), and no DTD or schema is ever fetched. Then everything that would run
 * code or load from outside the pack when the file is shown is refused, each on its line.
 * SAX rather than DOM: it streams, and it knows the line of every element.
 */
final class SafeXmlCheck {

    static final String SVG_NS = "http://www.w3.org/2000/svg";
    static final String XHTML_NS = "http://www.w3.org/1999/xhtml";
    private static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl";
    /** Elements that run code or embed HTML, which could. */
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object");
    /** Attributes whose value is a reference to something. */
    private static final Set<String> REFERENCE_ATTRIBUTES = Set.of("href", "src");
    /** SVG animation can set an href to a value given in these attributes. */
    private static final Set<String> ANIMATION_VALUES = Set.of("to", "from", "values", "by");
    private static final Pattern EVENT_HANDLER = Pattern.compile("on[a-z]+");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern CSS_IMPORT = Pattern.compile("@import", Pattern.CASE_INSENSITIVE);
    private static final Pattern PI_HREF = Pattern.compile("href\\s*=\\s*(['\"])(.*?)\\1", Pattern.DOTALL);

    private final SAXParserFactory factory;

    SafeXmlCheck() {
        try {
            factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(DISALLOW_DOCTYPE, true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
    }

    /** Every problem of the file, each with its line; empty when the file is safe. */
    List<PackProblem> check(String file, byte[] bytes, Set<String> packFiles) {
        Handler handler = new Handler(file, packFiles);
        try {
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            InputSource input = new InputSource(new ByteArrayInputStream(bytes));
            input.setSystemId(file);
            parser.parse(input, handler);
        } catch (SAXParseException e) {
            handler.problems.add(parseFailure(file, e, bytes));
        } catch (SAXException | IOException e) {
            handler.problems.add(new PackProblem(file, 0, "not well-formed XML: " + e.getMessage(), null,
                    ProblemMessage.of(PackFileProblem.XML_MALFORMED)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
        }
        return handler.problems;
    }

    private static PackProblem parseFailure(String file, SAXParseException e, byte[] bytes) {
        int line = Math.max(0, e.getLineNumber());
        String message = String.valueOf(e.getMessage());
        if (message.contains("DOCTYPE") || message.contains("disallow-doctype-decl")) {
            boolean entities = new String(bytes, StandardCharsets.ISO_8859_1).contains("<!ENTITY");
            return new PackProblem(file, line, "DOCTYPE declaration" + (entities ? " with ENTITY declarations" : "")
                    + " refused: DTDs and entities are not allowed in pack files (they are how external-entity (XXE) "
                    + "and billion-laughs attacks work)", null,
                    ProblemMessage.of(entities ? PackFileProblem.XML_ENTITIES : PackFileProblem.XML_DOCTYPE));
        }
        return new PackProblem(file, line, "not well-formed XML: " + message, null,
                ProblemMessage.of(PackFileProblem.XML_MALFORMED));
    }

    /** Walks the elements once, noting each problem on the line the parser is at. */
    private static final class Handler extends DefaultHandler {
        private final String file;
        private final Set<String> packFiles;
        private final boolean svgFile;
        private final List<PackProblem> problems = new ArrayList<>();
        private Locator locator;
        private StringBuilder styleText;
        private int styleLine;

        Handler(String file, Set<String> packFiles) {
            this.file = file;
            this.packFiles = packFiles;
            this.svgFile = file.toLowerCase(Locale.ROOT).endsWith(".svg");
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String element = localName.toLowerCase(Locale.ROOT);
            if (ACTIVE_ELEMENTS.contains(element)) {
                problem("<" + qName + "> is not allowed: it runs code or embeds HTML, which could",
                        ProblemMessage.of(PackFileProblem.XML_ACTIVE_ELEMENT, qName));
            }
            // in other XML an attribute such as "onset" is plain data; handlers only run in SVG and HTML
            boolean markup = svgFile || SVG_NS.equals(uri) || XHTML_NS.equals(uri);
            boolean animation = element.equals("set") || element.startsWith("animate");
            String animated = animation ? attributes.getValue("attributeName") : null;
            boolean animatesReference = animated != null
                    && REFERENCE_ATTRIBUTES.contains(localPart(animated).toLowerCase(Locale.ROOT));
            for (int i = 0; i < attributes.getLength(); i++) {
                String name = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = attributes.getValue(i);
                String shown = attributes.getQName(i);
                if (markup && EVENT_HANDLER.matcher(name).matches()) {
                    problem("<" + qName + " " + shown + "=...>: event-handler attributes run code and are not allowed",
                            ProblemMessage.of(PackFileProblem.XML_EVENT_HANDLER, qName, shown));
                } else if (REFERENCE_ATTRIBUTES.contains(name) || animatesReference && ANIMATION_VALUES.contains(name)) {
                    for (String ref : name.equals("values") ? value.split(";") : new String[] {value}) {
                        reference("<" + qName + " " + shown + ">", ref);
                    }
                } else if (name.equals("style")) {
                    css("<" + qName + " style>", value);
                }
            }
            if (element.equals("style")) {
                styleText = new StringBuilder();
                styleLine = line();
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (styleText != null) {
                styleText.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (styleText != null && localName.equalsIgnoreCase("style")) {
                css("<" + qName + ">", styleText.toString(), styleLine);
                styleText = null;
            }
        }

        @Override
        public void processingInstruction(String target, String data) {
            Matcher href = PI_HREF.matcher(data);
            if (target.equalsIgnoreCase("xml-stylesheet") && href.find()) {
                reference("<?xml-stylesheet?>", href.group(2));
            }
        }

        private void css(String where, String css) {
            css(where, css, line());
        }

        private void css(String where, String css, int line) {
            if (CSS_IMPORT.matcher(css).find()) {
                problems.add(new PackProblem(file, line, where + ": CSS @import is not allowed: it loads style "
                        + "from elsewhere", null, ProblemMessage.of(PackFileProblem.CSS_IMPORT, where)));
            }
            Matcher url = CSS_URL.matcher(css);
            while (url.find()) {
                PackReferences.Refusal refusal = PackReferences.refusal(file, url.group(2), PackReferences.Use.LOAD,
                        packFiles);
                if (refusal != null) {
                    problems.add(new PackProblem(file, line, where + " url(): " + refusal.reason(), null,
                            refusal.message()));
                }
            }
        }

        private void reference(String where, String value) {
            PackReferences.Refusal refusal = PackReferences.refusal(file, value, PackReferences.Use.LOAD, packFiles);
            if (refusal != null) {
                problem(where + ": " + refusal.reason(), refusal.message());
            }
        }

        private void problem(String reason, ProblemMessage message) {
            problems.add(new PackProblem(file, line(), reason, null, message));
        }

        private int line() {
            return locator == null ? 0 : Math.max(0, locator.getLineNumber());
        }

        private static String localPart(String qName) {
            return qName.substring(qName.indexOf(':') + 1);
        }
    }
}
