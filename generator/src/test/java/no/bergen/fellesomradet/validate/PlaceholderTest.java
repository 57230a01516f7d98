package no.bergen.fellesomradet.validate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The quick test before the expression that finds placeholder text: it must never miss one. */
class PlaceholderTest {

    /** The expression of SiteValidator's check. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)\\b(lorem ipsum|lorem|todo|xxx|fixme|tbd)\\b");

    @Test
    void everyPlaceholderTheExpressionFindsPassesTheQuickTest() {
        List<String> bodies = List.of("TODO", "Skriv mer her (todo).", "Lorem ipsum dolor", "FIXME: telefon", "ring XXX",
                "Åpningstider: TBD", "æøå\nfiXme", "«ToDo»", "– tbd –");
        for (String body : bodies) {
            assertTrue(PLACEHOLDER.matcher(body).find(), body);
            assertTrue(SiteValidator.mayHavePlaceholder(body), body);
        }
    }

    @Test
    void ordinaryTextDoesNotPass() {
        for (String body : List.of("Barnevernet tar imot bekymringsmeldinger.", "Tlf. 55 56 00 00", "", "lore todd xx fix tb")) {
            assertFalse(SiteValidator.mayHavePlaceholder(body), body);
        }
    }
}
