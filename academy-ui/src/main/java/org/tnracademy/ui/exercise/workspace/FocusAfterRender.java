package org.tnracademy.ui.exercise.workspace;

import com.vaadin.flow.component.Component;

/**
 * Gives keyboard focus back after a grid row or a list is drawn again. A control inside a
 * re-rendered row is a new element: the one the learner was on is gone and focus falls to the page
 * body, so a keyboard user would start again from the top. This puts focus on the new control with
 * the given element id, once the browser has it, and only when focus was lost meanwhile (a learner
 * who moved on is not pulled back).
 */
public final class FocusAfterRender {

    /**
     * Waits up to about a second of frames: the old control may still hold focus until the grid
     * draws the row again, and grids attach row components late.
     */
    private static final String FOCUS_WHEN_DRAWN = """
            const ids = $0.split(' ');
            // the elements there before the new ones are drawn: the old control may keep focus a moment
            const old = new Set(ids.map(id => document.getElementById(id)).filter(el => el));
            let frames = 0;
            const attempt = () => {
              const active = document.activeElement;
              const lost = !active || active === document.body || !active.isConnected;
              for (const id of ids) {
                const el = document.getElementById(id);
                // a grid keeps the rows it no longer needs, hidden, with their old content
                const shown = el && el.isConnected && (!el.checkVisibility || el.checkVisibility());
                if (shown && !el.disabled && !el.hasAttribute('disabled')) {
                  const fresh = !old.has(el) || frames > 10;
                  if (lost && fresh) { el.focus(); return; }
                  if (!lost && fresh && (active === el || el.contains(active))) { return; }
                  break;
                }
              }
              if (++frames < 60) { requestAnimationFrame(attempt); }
            };
            requestAnimationFrame(attempt);
            """;

    private FocusAfterRender() {
    }

    /**
     * Focuses the first enabled element among {@code elementIds} (ids without spaces) that is drawn anew after this
     * round trip, if focus was lost.
     *
     * @param anchor an attached component of the same page, which runs the script
     */
    public static void focus(Component anchor, String... elementIds) {
        anchor.getElement().getNode().runWhenAttached(ui -> ui.beforeClientResponse(anchor,
                context -> anchor.getElement().executeJs(FOCUS_WHEN_DRAWN, String.join(" ", elementIds))));
    }
}
