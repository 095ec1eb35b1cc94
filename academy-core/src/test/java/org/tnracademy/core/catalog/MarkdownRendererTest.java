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
    void sqlFragmentsAreShownAsText() {
        String html = renderer.toSafeHtml("Robert'); DROP TABLE account;--");
        assertThat(html).contains("DROP TABLE account;");
    }
}
