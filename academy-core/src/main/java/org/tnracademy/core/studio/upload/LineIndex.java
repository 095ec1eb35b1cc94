package org.tnracademy.core.studio.upload;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Character offsets to 1-based line numbers, for CSV records that span lines. */
final class LineIndex {

    private final int[] starts;

    LineIndex(String text) {
        List<Integer> s = new ArrayList<>();
        s.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s.add(i + 1);
            }
        }
        starts = s.stream().mapToInt(Integer::intValue).toArray();
    }

    int lineOf(long offset) {
        int i = Arrays.binarySearch(starts, (int) Math.min(Integer.MAX_VALUE, offset));
        return i >= 0 ? i + 1 : -i - 1;
    }
}
