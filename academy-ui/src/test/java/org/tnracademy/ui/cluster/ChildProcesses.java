package org.tnracademy.ui.cluster;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** What the cluster test's own processes (academy nodes, HAProxy) share. */
final class ChildProcesses {

    private ChildProcesses() {
    }

    /** Waits for the process to end, at most {@code wait}: a wait on a condition, never a fixed pause. */
    static boolean exitedWithin(Process process, Duration wait) {
        try {
            process.onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
