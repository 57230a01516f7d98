package no.bergen.fellesomradet.relations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import no.bergen.fellesomradet.model.Entry;

class RelatedEntriesTest {

    static final CooperationGraph GRAPH = new CooperationGraph(RealContent.SITE);
    static final Entry PPT = RealContent.SITE.entry("ppt").orElseThrow();

    @Test
    void relatedEntriesAreRankedCappedAndLeaveOutWhatThePageAlreadyLinks() {
        RelatedEntries related = new RelatedEntries(RealContent.SITE, RelationSignal.defaults(GRAPH));
        List<String> shown = new ArrayList<>(PPT.seeAlso());
        GRAPH.partners("ppt").forEach(p -> shown.add(p.slug()));
        List<RelatedEntries.Scored> top = related.scored(PPT, shown, RelatedEntries.LIMIT);
        assertEquals(RelatedEntries.LIMIT, top.size());
        for (int i = 0; i < top.size(); i++) {
            assertFalse(shown.contains(top.get(i).entry().slug()), top.get(i).entry().slug());
            assertFalse(top.get(i).entry().slug().equals("ppt"));
            if (i > 0) assertTrue(top.get(i - 1).score() >= top.get(i).score());
        }
    }

    @Test
    void twoEntriesThatShareACooperationStructureAreRelated() {
        RelatedEntries related = new RelatedEntries(RealContent.SITE, List.of(new RelationSignal.SharedStructures(GRAPH, 1)));
        List<String> structures = List.copyOf(GRAPH.structuresOf("ppt"));
        assertFalse(structures.isEmpty());
        for (Entry e : related.related(PPT, List.of(), 100)) {
            assertTrue(GRAPH.structuresOf(e.slug()).stream().anyMatch(structures::contains), e.slug());
        }
    }

    /** How the LOS subjects will come in: one more signal, no change elsewhere. */
    @Test
    void aNewSignalChangesTheRankingWithoutOtherChanges() {
        RelationSignal los = new RelationSignal() {
            @Override
            public double weight() {
                return 10;
            }

            @Override
            public Collection<String> keys(Entry e) {
                return Set.of("ppt", "bibliotek").contains(e.slug()) ? Set.of("los:spraak-og-leseutvikling") : Set.of();
            }
        };
        List<RelationSignal> signals = new ArrayList<>(RelationSignal.defaults(GRAPH));
        RelatedEntries before = new RelatedEntries(RealContent.SITE, signals);
        signals.add(los);
        RelatedEntries after = new RelatedEntries(RealContent.SITE, signals);
        List<String> shown = new ArrayList<>(PPT.seeAlso());
        GRAPH.partners("ppt").forEach(p -> shown.add(p.slug()));
        assertFalse(before.related(PPT, shown, 1).get(0).slug().equals("bibliotek"));
        assertEquals("bibliotek", after.related(PPT, shown, 1).get(0).slug());
    }

    @Test
    void rareKeysCountMoreThanCommonOnes() {
        RelatedEntries audience = new RelatedEntries(RealContent.SITE, List.of(new RelationSignal.SharedAudience(1)));
        Entry helsestasjon = RealContent.SITE.entry("helsestasjon").orElseThrow();
        // Helsestasjonen is for gravide, which few entries are: those come before the many for small children.
        Entry first = audience.related(helsestasjon, List.of(), 1).get(0);
        assertTrue(first.audiences().contains("gravide"), first.slug());
    }
}
