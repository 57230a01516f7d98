package no.bergen.fellesomradet.relations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.LosTerm;

/**
 * One kind of evidence that two entries belong together, for «Se også» ({@link RelatedEntries}):
 * entries that share a key are related, by {@link #weight()} for each key they share, more for a
 * rare key than for a common one. A new signal is one more implementation.
 */
public interface RelationSignal {

    /** What one shared key counts before it is weighed by how rare it is. */
    double weight();

    /** The keys of an entry. */
    Collection<String> keys(Entry e);

    /** The signals «Se også» uses, strongest first. */
    static List<RelationSignal> defaults(CooperationGraph graph) {
        return List.of(new SharedStructures(graph, 3), new Mentions(2), new SharedLosSubject(1.5), new SharedAudience(1),
                new SameAgency(0.5));
    }

    /** Entries joined to the same cooperation structure (a structure is joined to itself). */
    record SharedStructures(CooperationGraph graph, double weight) implements RelationSignal {
        @Override
        public Collection<String> keys(Entry e) {
            return graph.structuresOf(e.slug());
        }
    }

    /**
     * One entry names the other in its front matter, or both name the same page: the front-matter
     * links the editors typed, seen from both ends.
     */
    record Mentions(double weight) implements RelationSignal {
        @Override
        public Collection<String> keys(Entry e) {
            List<String> keys = new ArrayList<>(e.referencedSlugs());
            keys.add(e.slug());
            return Set.copyOf(keys);
        }
    }

    /** Entries about the same LOS theme or word (Digdir's vocabulary of public services). */
    record SharedLosSubject(double weight) implements RelationSignal {
        @Override
        public Collection<String> keys(Entry e) {
            return e.los().stream().map(LosTerm::path).toList();
        }
    }

    /** Entries for the same målgruppe. */
    record SharedAudience(double weight) implements RelationSignal {
        @Override
        public Collection<String> keys(Entry e) {
            return e.audiences();
        }
    }

    /** Entries owned by the same etat. */
    record SameAgency(double weight) implements RelationSignal {
        @Override
        public Collection<String> keys(Entry e) {
            return List.of(e.owner());
        }
    }
}
