package org.tnracademy.ui.exercise.workspace;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer-change listeners of a workspace, quiet while a draft is being restored so that putting
 * a draft back is not taken for new work.
 */
public final class AnswerChanges {

    private final List<Runnable> listeners = new ArrayList<>();
    private boolean restoring;

    public void add(Runnable listener) {
        listeners.add(listener);
    }

    /** Tells the listeners the answer changed, unless a draft is being restored. */
    public void fire() {
        if (!restoring) {
            listeners.forEach(Runnable::run);
        }
    }

    /** Runs the restoring of a draft with the listeners quiet. */
    public void restoring(Runnable restore) {
        boolean was = restoring;
        restoring = true;
        try {
            restore.run();
        } finally {
            restoring = was;
        }
    }
}
