package no.bergen.fellesomradet.search.analysis;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Nynorsk word forms common in child-welfare texts, mapped to bokmål. Parts are ordered longest
 * so that the longest match wins.
 */
public final class NynorskForms {

    private NynorskForms() { }

    public static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("ikkje", "ikke"), Map.entry("heim", "hjem"), Map.entry("heime", "hjemme"),
            Map.entry("vald", "vold"), Map.entry("skule", "skole"), Map.entry("skulen", "skolen"),
            Map.entry("skular", "skoler"), Map.entry("teneste", "tjeneste"), Map.entry("tenesta", "tjenesten"),
            Map.entry("tenester", "tjenester"), Map.entry("tenestene", "tjenestene"), Map.entry("tidleg", "tidlig"),
            Map.entry("førebygging", "forebygging"), Map.entry("førebyggjande", "forebyggende"),
            Map.entry("uro", "uro"), Map.entry("eit", "et"), Map.entry("ein", "en"), Map.entry("kva", "hva"),
            Map.entry("kven", "hvem"), Map.entry("korleis", "hvordan"), Map.entry("born", "barn"),
            Map.entry("barnevernstenesta", "barneverntjenesten"), Map.entry("barnevernet", "barnevernet"),
            Map.entry("hjelpa", "hjelpen"), Map.entry("foreldra", "foreldrene"), Map.entry("ungdomar", "ungdommer"),
            Map.entry("tilsette", "ansatte"), Map.entry("melding", "melding"), Map.entry("bekymringsmelding", "bekymringsmelding"),
            Map.entry("omsorgssvikt", "omsorgssvikt"), Map.entry("rusmiddel", "rusmidler"), Map.entry("fråvær", "fravær"),
            Map.entry("pengar", "penger"), Map.entry("flyktningar", "flyktninger"), Map.entry("heilt", "helt"),
            Map.entry("mykje", "mye"), Map.entry("berre", "bare"), Map.entry("ulike", "ulike"), Map.entry("sjukt", "sykt"),
            Map.entry("sjuk", "syk"), Map.entry("familiar", "familier"), Map.entry("elevar", "elever"));

    public static final Map<String, String> PARTS = new LinkedHashMap<>();

    static {
        PARTS.put("tenest", "tjenest");
        PARTS.put("skule", "skole");
        PARTS.put("førebygg", "forebygg");
        PARTS.put("vald", "vold");
    }
}
