package org.tnracademy.core.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.tnracademy.exercises.ProblemMessage;

/**
 * Checks the links, images and raw HTML of a pack's Markdown before import. The renderer already
 * drops anything dangerous when a lesson is shown; refusing it here tells the author, with the
 * line, instead of the link silently losing its target.
 */
final class MarkdownReferenceCheck {

    /** Raw HTML is escaped when shown, but these only ever appear in a lesson to attack it. */
    private static final Pattern ACTIVE_HTML = Pattern.compile(
            "<\\s*(script|iframe|object|embed|foreignobject)\\b|\\son[a-z]+\\s*=|javascript:|vbscript:|data:text/html",
            Pattern.CASE_INSENSITIVE);

    private final Parser parser = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    /** Every problem of the file, each with its line; empty when the file is safe. */
    List<PackProblem> check(String file, String markdown, Set<String> packFiles) {
        List<PackProblem> problems = new ArrayList<>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                reference(link, "link", link.getDestination(), PackReferences.Use.LINK);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                PackReferences.Refusal refusal = reference(image, "image", image.getDestination(),
                        PackReferences.Use.LOAD);
                String target = image.getDestination();
                if (refusal == null && !target.startsWith("data:") && !PackFileType.of(target)
                        .map(PackFileType::isImage).orElse(false)) {
                    problems.add(new PackProblem(file, line(image), "image '" + target
                            + "' is not a PNG, JPEG, WebP or SVG file", null,
                            ProblemMessage.of(PackFileProblem.MARKDOWN_IMAGE_KIND, PackReferences.shorten(target))));
                }
                visitChildren(image);
            }

            @Override
            public void visit(LinkReferenceDefinition definition) {
                reference(definition, "link definition [" + definition.getLabel() + "]",
                        definition.getDestination(), PackReferences.Use.LINK);
            }

            @Override
            public void visit(HtmlInline html) {
                html(html, html.getLiteral());
            }

            @Override
            public void visit(HtmlBlock html) {
                html(html, html.getLiteral());
            }

            private PackReferences.Refusal reference(Node node, String what, String destination,
                                                     PackReferences.Use use) {
                PackReferences.Refusal refusal = PackReferences.refusal(file, destination == null ? "" : destination,
                        use, packFiles);
                if (refusal != null) {
                    problems.add(new PackProblem(file, line(node), what + " " + refusal.reason(), null,
                            refusal.message()));
                }
                return refusal;
            }

            private void html(Node node, String literal) {
                if (ACTIVE_HTML.matcher(literal).find()) {
                    problems.add(new PackProblem(file, line(node), "raw HTML with a script, an event handler, an "
                            + "embedded frame or a javascript: link is not allowed: '"
                            + PackReferences.shorten(literal.strip()) + "'", null,
                            ProblemMessage.of(PackFileProblem.MARKDOWN_ACTIVE_HTML, PackReferences.shorten(literal.strip()))));
                }
            }
        });
        return problems;
    }

    private static int line(Node node) {
        return node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().getFirst().getLineIndex() + 1;
    }
}
