package no.bergen.fellesomradet.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CrossingsTest {

    private static Drawing.Line line(double... xy) {
        List<Drawing.Point> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) points.add(new Drawing.Point(xy[i], xy[i + 1]));
        return new Drawing.Line(new CooperationGraph.Edge("a", "b", CooperationGraph.Kind.SAMARBEIDER), "", points);
    }

    @Test
    void anXCrossesOnce() {
        assertEquals(1, Crossings.count(List.of(line(0, 0, 10, 10), line(0, 10, 10, 0))));
    }

    @Test
    void linesThatOnlyMeetAtAnEndDoNotCross() {
        assertEquals(0, Crossings.count(List.of(line(0, 0, 10, 10), line(10, 10, 20, 0))));
        assertEquals(0, Crossings.count(List.of(line(0, 0, 10, 0), line(0, 0, 10, 10))), "a fan from one box");
        assertEquals(0, Crossings.count(List.of(line(0, 0, 10, 0), line(5, 0, 5, 10))), "one ends on the other");
    }

    @Test
    void aCrossingAtACornerOfOneLineCountsOnce() {
        assertEquals(1, Crossings.count(List.of(line(0, 0, 5, 5, 10, 0), line(5, 0, 5, 10))));
        assertEquals(0, Crossings.count(List.of(line(0, 0, 5, 5, 10, 0), line(0, 5, 5, 5))), "ends on the corner");
    }

    @Test
    void branchingOffASharedSpineOrTouchingIsNoCrossing() {
        assertEquals(0, Crossings.count(List.of(line(12, 100, 12, 40, 28, 40), line(12, 100, 12, 10, 28, 10))), "two lines up one spine");
        assertEquals(0, Crossings.count(List.of(line(0, 10, 5, 5, 10, 10), line(0, 5, 10, 5))), "a V touching a line from below");
    }

    @Test
    void parallelAndOverlappingLinesDoNotCross() {
        assertEquals(0, Crossings.count(List.of(line(0, 0, 10, 0), line(0, 5, 10, 5))));
        assertEquals(0, Crossings.count(List.of(line(0, 0, 10, 0), line(2, 0, 8, 0))));
    }

    @Test
    void aPolylineCanCrossAnotherTwice() {
        assertEquals(2, Crossings.count(List.of(line(0, 5, 20, 5), line(2, 0, 5, 10, 10, 0))));
    }

    @Test
    void curvesBetweenTwoColumnsCrossOnceWhenTheirOrderIsSwapped() {
        Drawing.Line down = new Drawing.Line(null, "", Crossings.cubic(0, 0, 50, 0, 50, 100, 100, 100));
        Drawing.Line up = new Drawing.Line(null, "", Crossings.cubic(0, 100, 50, 100, 50, 0, 100, 0));
        Drawing.Line level = new Drawing.Line(null, "", Crossings.cubic(0, 150, 50, 150, 50, 150, 100, 150));
        assertEquals(1, Crossings.count(List.of(down, up)), "they cross where both have a corner, once");
        assertEquals(0, Crossings.count(List.of(down, level)));
        assertEquals(Crossings.STEPS + 1, down.points().size());
    }
}
