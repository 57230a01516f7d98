package no.bergen.fellesomradet.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcuts (lines of one span, lines of two spans) count what the segment-by-segment count does. */
class ColumnLinesTest {

    @Test
    void countsAsTheFlattenedCurvesCrossOnManyRandomMaps() {
        Random random = new Random(7);
        for (int map = 0; map < 300; map++) {
            int n = 2 + random.nextInt(40);
            // Heights on a coarse grid, so that lines often share a box or cross exactly at a corner.
            int[][] curves = randomMap(random, n, 16, 192);
            double[][] xs = new double[n][Crossings.STEPS + 1];
            double[][] ys = new double[n][Crossings.STEPS + 1];
            for (int i = 0; i < n; i++) ColumnLines.flatten(curves[i], xs[i], ys[i]);
            assertEquals(Crossings.count(xs, ys), new ColumnLines(curves).count(Integer.MAX_VALUE), "map " + map);
        }
    }

    @Test
    void eachPairOfLinesCrossesAsOftenAsTheirFlattenedCurves() {
        Random random = new Random(11);
        Spans spans = new Spans();
        for (int map = 0; map < 200; map++) {
            int n = 2 + random.nextInt(30);
            // Half the maps on a coarse grid (shared boxes, crossings at corners), half on single pixels.
            int grid = map % 2 == 0 ? 16 : 1;
            int[][] curves = randomMap(random, n, grid, 400);
            ColumnLines lines = new ColumnLines(curves, spans);
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double[][] xs = new double[2][Crossings.STEPS + 1];
                    double[][] ys = new double[2][Crossings.STEPS + 1];
                    ColumnLines.flatten(curves[i], xs[0], ys[0]);
                    ColumnLines.flatten(curves[j], xs[1], ys[1]);
                    assertEquals(Crossings.count(xs, ys), lines.between(i, j),
                            "map " + map + ": " + Arrays.toString(curves[i]) + " and " + Arrays.toString(curves[j]));
                }
            }
        }
    }

    /**
     * Lines as {@link NumberedView} draws them, from four columns: one in four loops back into its
     * own column, the others reach one to three columns to the right; heights on a grid below {@code height}.
     */
    private static int[][] randomMap(Random random, int n, int grid, int height) {
        int[][] curves = new int[n][];
        for (int i = 0; i < n; i++) {
            int left = random.nextInt(4);
            int y1 = grid * random.nextInt(height / grid);
            int y2 = grid * random.nextInt(height / grid);
            int x1 = 208 + 236 * left;
            if (random.nextInt(4) == 0) {
                int c = x1 + 8 + random.nextInt(33);
                curves[i] = new int[] {x1, y1, c, c, y2, x1};
            } else {
                int x2 = 8 + 236 * (left + 1 + random.nextInt(3));
                int c = (x1 + x2) / 2;
                curves[i] = new int[] {x1, y1, c, c, y2, x2};
            }
        }
        return curves;
    }

    @Test
    void aLineLeavingBetweenTheEndsOfALoopCrossesItOnce() {
        // A loop from (208, 40) out to the right and back to (208, 200); a line from (208, 110) to the
        // next column leaves between the loop's ends, above its tip, so it crosses the way out once.
        int[] loop = {208, 40, 240, 240, 200, 208};
        int[] line = {208, 110, 226, 226, 110, 244};
        int[] below = {208, 220, 226, 226, 240, 244};
        assertEquals(1, new ColumnLines(new int[][] {loop, line}).count(Integer.MAX_VALUE));
        assertEquals(0, new ColumnLines(new int[][] {loop, below}).count(Integer.MAX_VALUE));
    }

    @Test
    void twoLinesBetweenTheSameColumnsCrossWhenTheirEndsChangeOrder() {
        int[] down = {208, 10, 226, 226, 90, 244};
        int[] up = {208, 90, 226, 226, 10, 244};
        int[] below = {208, 100, 226, 226, 120, 244};
        int[] sameStart = {208, 10, 226, 226, 120, 244};
        assertEquals(1, new ColumnLines(new int[][] {down, up}).count(Integer.MAX_VALUE));
        assertEquals(0, new ColumnLines(new int[][] {down, below}).count(Integer.MAX_VALUE));
        assertEquals(0, new ColumnLines(new int[][] {down, sameStart}).count(Integer.MAX_VALUE), "lines from one box do not cross there");
    }
}
