package no.bergen.fellesomradet.relations;

import java.util.Arrays;

/**
 * The state of {@link ColumnLayout}'s swap search: the current lines and how often each pair of
 * them crosses. A swap moves few lines, so a trial counts only the pairs with a moved line, and
 * the swap is kept only when they cross less than before.
 */
final class SwapTrial {

    private final ColumnLines lines;
    private final int n;
    /** Crossings of lines i and j at {@code i * n + j} and {@code j * n + i}. */
    private final int[] pairs;
    private int crossings;

    SwapTrial(int[][] curves, Spans spans) {
        this.lines = new ColumnLines(curves, spans);
        this.n = curves.length;
        this.pairs = new int[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int c = lines.between(i, j);
                pairs[i * n + j] = c;
                pairs[j * n + i] = c;
                crossings += c;
            }
        }
    }

    int crossings() {
        return crossings;
    }

    /** Takes the lines after a swap if they cross less than before; the caller undoes the swap otherwise. */
    boolean keeps(int[][] next) {
        boolean[] isMoved = new boolean[n];
        int[] moved = new int[n];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!Arrays.equals(lines.curve(i), next[i])) {
                isMoved[i] = true;
                moved[m++] = i;
            }
        }
        if (m == 0) return false;
        int before = 0;
        for (int k = 0; k < m; k++) {
            int i = moved[k];
            for (int j = 0; j < n; j++) if (counted(i, j, isMoved)) before += pairs[i * n + j];
        }
        int[][] old = new int[m][];
        for (int k = 0; k < m; k++) {
            old[k] = lines.curve(moved[k]);
            lines.set(moved[k], next[moved[k]]);
        }
        int[] fresh = new int[m * n];
        int after = 0;
        for (int k = 0; k < m; k++) {
            int i = moved[k];
            for (int j = 0; j < n; j++) {
                if (!counted(i, j, isMoved)) continue;
                fresh[k * n + j] = lines.between(i, j);
                after += fresh[k * n + j];
            }
        }
        if (after >= before) {
            for (int k = 0; k < m; k++) lines.set(moved[k], old[k]);
            return false;
        }
        for (int k = 0; k < m; k++) {
            int i = moved[k];
            for (int j = 0; j < n; j++) {
                if (!counted(i, j, isMoved)) continue;
                pairs[i * n + j] = fresh[k * n + j];
                pairs[j * n + i] = fresh[k * n + j];
            }
        }
        crossings -= before - after;
        return true;
    }

    /** Each pair with a moved line once: from the moved line, and between two moved lines from the first. */
    private static boolean counted(int i, int j, boolean[] isMoved) {
        return j != i && (!isMoved[j] || j > i);
    }
}
