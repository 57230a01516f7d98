package no.bergen.fellesomradet.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a paragraph of a Norwegian law, written {@code lovnavn § N}, {@code lovnavn § N-N}
 * or {@code lovnavn § N a} (e.g. "barnevernsloven § 13-2", "helse- og omsorgstjenesteloven § 7-2 a").
 */
public record LegalRef(String law, String section) {

    private static final Pattern FORM =
            Pattern.compile("^(\\p{L}[\\p{L}\\- ]*?) § (\\d+(?:-\\d+)?(?: [a-z])?)$");

    public static Optional<LegalRef> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        return m.matches() ? Optional.of(new LegalRef(m.group(1).toLowerCase(Locale.ROOT), m.group(2)))
                : Optional.empty();
    }

    /** Lovdata's anchor for the section: "7-2 a" → "7-2a". */
    public String lovdataSection() {
        return section.replace(" ", "");
    }

    @Override
    public String toString() {
        return law + " § " + section;
    }
}
