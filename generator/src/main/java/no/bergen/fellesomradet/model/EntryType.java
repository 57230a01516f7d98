package no.bergen.fellesomradet.model;

import java.util.Arrays;
import java.util.Optional;

/** The four kinds of entry, each with its content folder, URL section and Norwegian label. */
public enum EntryType {
    TJENESTE("tjeneste", "tjenester", "Tjeneste", "Tjenester"),
    VEILEDER("veileder", "veiledere", "Veileder", "Veiledere"),
    SAMARBEID("samarbeid", "samarbeid", "Samarbeid", "Samarbeidsstrukturer"),
    STI("sti", "stier", "Opplæringssti", "Opplæringsstier");

    private final String key;
    private final String folder;
    private final String label;
    private final String pluralLabel;

    EntryType(String key, String folder, String label, String pluralLabel) {
        this.key = key;
        this.folder = folder;
        this.label = label;
        this.pluralLabel = pluralLabel;
    }

    public String key() { return key; }

    /** Folder under {@code content/} and URL section of the site. */
    public String folder() { return folder; }

    public String label() { return label; }

    public String pluralLabel() { return pluralLabel; }

    public static Optional<EntryType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }

    public static String keys() {
        return String.join(", ", Arrays.stream(values()).map(EntryType::key).toList());
    }
}
