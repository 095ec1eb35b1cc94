package org.tnracademy.core.packs;

/**
 * One thing wrong in a pack: the file, the line when known (0 when not), and the reason.
 */
public record PackProblem(String file, int line, String reason) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + reason : file + ": " + reason;
    }
}
