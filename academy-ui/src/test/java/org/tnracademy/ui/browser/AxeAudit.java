package org.tnracademy.ui.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;

/**
 * axe-core (Deque) run on pages of the academy against WCAG 2.0 and 2.1, levels A and AA, and
 * axe's rules on landmarks and heading order ({@link #STRUCTURE}): every
 * violating node is kept with its rule, impact, target and page, less the few {@link #EXCEPTIONS}
 * written down with their reasons, so that a red run says what to fix and where. The totals by
 * rule go to target/accessibility (the figures docs/accessibility.md records).
 */
final class AxeAudit {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    /**
     * axe's best-practice rules on page structure, run besides WCAG's: one {@code main} landmark at the
     * top level, headings that do not skip a level.
     */
    static final List<String> STRUCTURE = List.of("landmark-one-main", "landmark-no-duplicate-main",
            "landmark-main-is-top-level", "heading-order");

    /** A violation left on purpose: the rule, a part of the node's target that picks it out, and why. */
    record Exception(String rule, String targetPart, String reason) {
    }

    /** Kept as short as honest fixes allow; docs/accessibility.md repeats each with its reason. */
    static final List<Exception> EXCEPTIONS = List.of();

    /** One violating node. */
    record Finding(String page, String rule, String impact, String target, String summary) {
        @Override
        public String toString() {
            return rule + " (" + impact + ") at " + target + " on " + page + ": " + summary;
        }
    }

    private final String name;
    private final List<Finding> findings = new ArrayList<>();
    private final List<String> pages = new ArrayList<>();
    /** What axe does not check: each page's own title and its language. */
    private final List<String> pageProblems = new ArrayList<>();

    AxeAudit(String name) {
        this.name = name;
    }

    /** Runs axe on the page as it is now; call once the page has settled. */
    void check(Page page, String pageName) {
        pages.add(pageName);
        List<Rule> violations = new ArrayList<>(new AxeBuilder(page).withTags(WCAG_21_AA).analyze().getViolations());
        violations.addAll(new AxeBuilder(page).withRules(STRUCTURE).analyze().getViolations());
        for (Rule rule : violations) {
            for (CheckedNode node : rule.getNodes()) {
                String target = String.valueOf(node.getTarget());
                if (excepted(rule.getId(), target)) {
                    continue;
                }
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                String summary = node.getFailureSummary() == null ? rule.getHelp()
                        : node.getFailureSummary().replace('\n', ' ');
                findings.add(new Finding(pageName, rule.getId(), impact, target, summary));
            }
        }
    }

    private static boolean excepted(String rule, String target) {
        return EXCEPTIONS.stream().anyMatch(e -> e.rule().equals(rule) && target.contains(e.targetPart()));
    }

    /** A problem of a page found by the test itself (its title, its language). */
    void pageProblem(String problem) {
        pageProblems.add(problem);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    List<String> pageProblems() {
        return List.copyOf(pageProblems);
    }

    /** Rule to its violating nodes and the pages they are on: the figures of the audit. */
    String totals() {
        Map<String, List<Finding>> byRule = new TreeMap<>(findings.stream()
                .collect(Collectors.groupingBy(Finding::rule)));
        StringBuilder out = new StringBuilder("axe audit '" + name + "': " + pages.size() + " pages, "
                + findings.size() + " violating nodes, " + byRule.size() + " rules\n");
        out.append(String.format("%-32s %-9s %6s %6s%n", "rule", "impact", "nodes", "pages"));
        byRule.forEach((rule, list) -> out.append(String.format("%-32s %-9s %6d %6d%n", rule,
                list.getFirst().impact(), list.size(), list.stream().map(Finding::page).distinct().count())));
        return out.toString();
    }

    /** The totals and every finding, written to target/accessibility/axe-NAME.txt and returned. */
    String report() {
        String report = totals() + "page problems (title, language): " + pageProblems.size() + "\n  "
                + String.join("\n  ", pageProblems) + "\n\npages audited:\n  " + String.join("\n  ", pages)
                + "\n\nfindings:\n" + findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
        try {
            Path dir = Path.of("target", "accessibility");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("axe-" + name + ".txt"), report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    /** Waits until Vaadin has no request under way and nothing left to render. */
    static void settle(Page page) {
        page.waitForFunction("""
                () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                  && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""",
                null, new Page.WaitForFunctionOptions().setTimeout(60_000));
    }
}
