package org.tnracademy.ui.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

/**
 * A learner on a keyboard: Tab, arrows, Enter, Space and typing, never a click or a value set by
 * script. Scripts here only read where focus is and whether it shows; the shadow roots of Vaadin's
 * components are followed down to the element that really has focus.
 */
final class KeyboardOnly {

    /** True when the element with focus, followed through shadow roots, is inside what $0 selects. */
    private static final String FOCUS_WITHIN = """
            selector => {
              let e = document.activeElement;
              while (e) {
                if (e.closest && e.closest(selector)) { return true; }
                e = e.shadowRoot ? e.shadowRoot.activeElement : null;
              }
              return false;
            }""";

    /**
     * How focus shows, or why it does not: the deepest focused element draws an outline or a
     * shadow (itself or a ::before, as Lumo's grid cells), or it or a near ancestor carries
     * {@code focus-ring}, the attribute on which Lumo draws its ring around a component.
     */
    private static final String FOCUS_SHOWN = """
            () => {
              const chain = [];
              for (let e = document.activeElement; e; e = e.shadowRoot ? e.shadowRoot.activeElement : null) {
                chain.push(e);
              }
              if (chain.length === 0 || chain[0] === document.body) { return 'nothing has focus'; }
              const drawn = x => [null, '::before', '::after'].some(pseudo => {
                const s = getComputedStyle(x, pseudo);
                return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
                    || (s.boxShadow && s.boxShadow !== 'none');
              });
              const deepest = chain[chain.length - 1];
              if (drawn(deepest)) { return 'shown'; }
              for (const start of chain) {
                let x = start;
                for (let up = 0; x && up < 4; up++) {
                  if (x.hasAttribute && x.hasAttribute('focus-ring')) { return 'shown'; }
                  x = x.parentElement || (x.getRootNode() && x.getRootNode().host);
                }
              }
              return 'no focus indicator on ' + deepest.tagName.toLowerCase() + (deepest.id ? '#' + deepest.id : '');
            }""";

    private static final int MAX_TABS = 120;

    private final Page page;

    KeyboardOnly(Page page) {
        this.page = page;
    }

    Page page() {
        return page;
    }

    void press(String... keys) {
        for (String key : keys) {
            page.keyboard().press(key);
        }
    }

    /**
     * In the picker that is open, moves down {@code steps} items and picks it. The list takes focus
     * a frame after it opens, and arrows pressed before that are lost: this waits for it first.
     */
    void pickInOpenSelect(int steps) {
        Locator items = page.locator("vaadin-select[opened] vaadin-select-item");
        PlaywrightAssertions.assertThat(page.locator("vaadin-select[opened] vaadin-select-item[focused]")).hasCount(1);
        int from = ((Number) items.evaluateAll("all => all.findIndex(i => i.hasAttribute('focused'))")).intValue();
        for (int i = 0; i < steps; i++) {
            press("ArrowDown");
        }
        PlaywrightAssertions.assertThat(items.nth(from + steps)).hasAttribute("focused", "");
        press("Enter");
    }

    void type(String text) {
        page.keyboard().type(text);
    }

    /** Presses Tab (Shift+Tab when {@code backwards}) until focus is inside {@code selector}. */
    void tabTo(String selector, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (focusIsIn(selector)) {
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("Tab never reached " + selector + "; focus is on " + describeFocus());
    }

    void tabTo(String selector) {
        tabTo(selector, false);
    }

    /**
     * Tabs into a grid: Tab stops first on its header row, and Tab again moves to the first body
     * row (the arrow keys stay within the header).
     */
    void tabIntoGrid(String gridSelector) {
        tabTo(gridSelector);
        press("Tab");
        assertFocusOn(gridSelector);
    }

    boolean focusIsIn(String selector) {
        return Boolean.TRUE.equals(page.evaluate(FOCUS_WITHIN, selector));
    }

    /** Waits until focus is inside {@code selector} (a server round trip may move it), and checks it shows. */
    void assertFocusOn(String selector) {
        try {
            page.waitForFunction(FOCUS_WITHIN, selector, new Page.WaitForFunctionOptions().setTimeout(20_000));
        } catch (RuntimeException e) {
            throw new AssertionError("focus is not in " + selector + " but on " + describeFocus(), e);
        }
        assertThat(page.evaluate(FOCUS_SHOWN)).as("focus indicator in %s", selector).isEqualTo("shown");
    }

    private String describeFocus() {
        return String.valueOf(page.evaluate("""
                () => {
                  const parts = [];
                  for (let e = document.activeElement; e; e = e.shadowRoot ? e.shadowRoot.activeElement : null) {
                    parts.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
                  }
                  return parts.join(' > ');
                }"""));
    }
}
