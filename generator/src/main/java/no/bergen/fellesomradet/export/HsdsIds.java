package no.bergen.fellesomradet.export;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids for the HSDS objects that have no id of their own in the content (organisations, phones,
 * areas, taxonomy terms …): name-based UUIDs of what they are, so every build gives the same ids
 * and a consumer can follow an object from one export to the next. A service's id is its entry's
 * {@code id}, which the editor keeps.
 */
final class HsdsIds {

    private HsdsIds() { }

    static String of(String kind, String key) {
        return UUID.nameUUIDFromBytes(("fellesomradet:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
