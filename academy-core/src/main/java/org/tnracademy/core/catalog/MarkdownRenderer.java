package org.tnracademy.core.catalog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;
import org.tnracademy.core.media.ImageLinks;

/**
 * Lesson Markdown to HTML that is safe to show: raw HTML in the source is escaped, and the output
 * is sanitised again so no script, event handler or javascript: link can reach a browser. Images
 * show only when they are pictures of the course ({@link ImageLinks}): their pack path becomes the
 * academy's address for them, and the sanitiser lets no other image source through, so a lesson
 * never makes a browser fetch from another site. An image the course does not have shows its alt text.
 */
@Component
public class MarkdownRenderer {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();
    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();
    private final PolicyFactory policy = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "thead", "tbody", "tfoot")
                    .allowElements("img")
                    .allowAttributes("alt", "title").onElements("img")
                    .allowAttributes("src").matching(ImageLinks.URL).onElements("img")
                    .toFactory());

    /**
     * The texts rendered last, by source: every learner who opens a lesson or an exercise reads the
     * same HTML, which parsing and sanitising again cost each opening. A few hundred texts of at
     * most 32,000 characters: the texts of the courses in use, in the languages read.
     */
    private static final int KEPT_TEXTS = 256;
    private static final int MAX_KEPT_CHARS = 32_000;

    private record Source(String markdown, ImageLinks images) {
    }

    private final Map<Source, String> rendered = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Source, String> eldest) {
            return size() > KEPT_TEXTS;
        }
    };

    /** Markdown without pictures of a course: every image shows as its alt text. */
    public String toSafeHtml(String markdown) {
        return toSafeHtml(markdown, ImageLinks.NONE);
    }

    /** A lesson's Markdown, its images shown from the course's pictures {@code images}. */
    public String toSafeHtml(String markdown, ImageLinks images) {
        String source = markdown == null ? "" : markdown;
        if (source.length() > MAX_KEPT_CHARS) {
            return render(source, images);
        }
        Source key = new Source(source, images);
        synchronized (rendered) {
            String html = rendered.get(key);
            if (html != null) {
                return html;
            }
        }
        String html = render(source, images);
        synchronized (rendered) {
            rendered.put(key, html);
        }
        return html;
    }

    private String render(String markdown, ImageLinks images) {
        Node document = parser.parse(markdown);
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                var url = images.urlFor(image.getDestination());
                if (url.isPresent()) {
                    image.setDestination(url.get());
                    return;
                }
                // not a picture of the course: keep what the image says, drop what it would load
                Node child = image.getFirstChild();
                while (child != null) {
                    Node next = child.getNext();
                    image.insertBefore(child);
                    child = next;
                }
                image.unlink();
            }
        });
        return policy.sanitize(renderer.render(document));
    }
}
