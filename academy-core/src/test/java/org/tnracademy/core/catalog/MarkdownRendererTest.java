package org.tnracademy.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void rendersHeadingsListsTablesAndLinks() {
        String html = renderer.toSafeHtml("""
                # Title

                - one
                - **two**

                | a | b |
                |---|---|
                | 1 | 2 |

                [report](https://example.org/report)
                """);
        assertThat(html).contains("<h1>Title</h1>", "<li>one</li>", "<strong>two</strong>", "<table>", "<td>1</td>")
                .contains("href=\"https://example.org/report\"");
    }

    @Test
    void scriptTagsInMarkdownNeverBecomeScripts() {
        String html = renderer.toSafeHtml("Hello <script>alert('x')</script> world");
        assertThat(html).doesNotContain("<script").contains("Hello");
    }

    @Test
    void eventHandlersAreRemoved() {
        String html = renderer.toSafeHtml("<img src=x onerror=alert(1)> <b onclick=\"steal()\">bold</b>");
        // raw HTML is shown as text, never as elements with handlers
        assertThat(html).doesNotContain("<img").doesNotContain("<b onclick").doesNotContainPattern("<[^>]*\\son\\w+=");
    }

    @Test
    void javascriptLinksAreNeutralised() {
        String html = renderer.toSafeHtml("[click](javascript:alert(1)) and [data](data:text/html,hi)");
        assertThat(html).doesNotContain("javascript:").doesNotContain("data:text");
    }

    @Test
    void sqlWithMarkupInItIsShownAsTheAuthorWroteItAndNothingOfItRenders() {
        // tags a browser would render if the renderer let raw HTML through (the sanitiser allows <b>)
        String source = "Robert'); DROP TABLE account;-- <b>bold</b> <a href=\"https://example.org\">link</a>";
        String html = renderer.toSafeHtml(source).strip();

        // one paragraph and no other element: every other '<' of the source arrives as text
        assertThat(html).startsWith("<p>").endsWith("</p>");
        String inside = html.substring("<p>".length(), html.length() - "</p>".length());
        assertThat(inside).doesNotContain("<");
        // and the reader sees exactly what the author wrote
        assertThat(textOf(inside)).isEqualTo(source);
    }

    /** The text a browser shows for HTML without elements: its character references resolved. */
    private static String textOf(String html) {
        var matcher = java.util.regex.Pattern.compile("&(?:#(\\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));")
                .matcher(html);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            String named = matcher.group(3);
            String character = matcher.group(1) != null ? Character.toString(Integer.parseInt(matcher.group(1)))
                    : matcher.group(2) != null ? Character.toString(Integer.parseInt(matcher.group(2), 16))
                    : switch (named) {
                        case "lt" -> "<";
                        case "gt" -> ">";
                        case "amp" -> "&";
                        case "quot" -> "\"";
                        default -> "'";
                    };
            matcher.appendReplacement(text, java.util.regex.Matcher.quoteReplacement(character));
        }
        return matcher.appendTail(text).toString();
    }
}
