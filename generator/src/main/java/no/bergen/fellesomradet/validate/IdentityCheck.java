package no.bergen.fellesomradet.validate;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import no.bergen.fellesomradet.model.Entry;

/**
 * An entry's {@code id} is its identity in the open data (the HSDS export): unique across the
 * site, and never changed once committed, so a consumer sees a renamed entry as the same service.
 */
final class IdentityCheck {

    private final Map<String, String> committed;

    /** @param committed file path relative to content/ → the id it has in git (CommittedIds) */
    IdentityCheck(Map<String, String> committed) {
        this.committed = committed;
    }

    void check(List<Entry> entries, Function<Entry, Path> display, Findings findings) {
        Map<UUID, Entry> byId = new HashMap<>();
        for (Entry e : entries) {
            Entry other = byId.putIfAbsent(e.id(), e);
            if (other != null) {
                findings.error(display.apply(e), e.lineOf("id"), duplicate(e, other));
                findings.error(display.apply(other), other.lineOf("id"), duplicate(other, e));
            }
            changed(e).ifPresent(message -> findings.error(display.apply(e), e.lineOf("id"), message));
        }
    }

    private static String duplicate(Entry e, Entry other) {
        return "`id`: «" + e.id() + "» er også id-en til content/" + other.source().toString().replace('\\', '/')
                + ". Hver oppføring har sin egen id; en kopi av en fil trenger en ny (lag oppføringen med «./fellesomrade new»).";
    }

    /** The id at the same path in git, or at the path of a former slug (a rename keeps the id). */
    private Optional<String> changed(Entry e) {
        String own = e.source().toString().replace('\\', '/');
        String was = committed.get(own);
        String where = own;
        for (String old : e.formerSlugs()) {
            if (was != null) break;
            where = e.type().folder() + "/" + old + ".md";
            was = committed.get(where);
        }
        if (was == null || was.equals(e.id().toString())) return Optional.empty();
        return Optional.of("`id`: id-en er endret fra «" + was + "» (content/" + where + " i git) til «" + e.id()
                + "». En oppføring beholder id-en sin, også når den får nytt navn, slik at de som bruker de åpne dataene "
                + "kjenner den igjen. Sett tilbake «" + was + "».");
    }
}
