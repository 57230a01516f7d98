package no.bergen.fellesomradet.search;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Tuple;

/**
 * Text nobody should type but someone will paste into the search box or an entry: any UTF-16 unit
 * (lone surrogates, controls, noncharacters, private use), long strings up to 5000 characters,
 * punctuation only, right-to-left scripts with bidi controls, emoji sequences, and real search
 * words mixed with all of that so the stemmer, synonyms, typo and prefix paths are reached too.
 * Use as {@code @ForAll(supplier = NastyText.class) String text}.
 */
public final class NastyText implements ArbitrarySupplier<String> {

    /** Words that reach the interesting paths: synonyms, compounds, nynorsk, stop words, triggers. */
    static final List<String> WORDS = List.of("barnevern", "Barnevernstenesta", "helsesøster", "helsesykepleier",
            "familievold", "bekymret", "vold", "PPT", "pedagogisk-psykologisk", "tjeneste", "tjenesten", "skule",
            "meldeplikt", "meldepikt", "for", "et", "og", "i", "ÆØÅ", "æøå", "İstanbul", "ß", "ﬁ", "ǅ", "Σ",
            "𝐀𝐁𝐂", "١٢٣", "Ⅻ", "2026", "x");

    static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»–—…‘’“”„¡¿§¶•·‹›";

    @Override
    public Arbitrary<String> get() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(200)),
                Tuple.of(1, Arbitraries.strings().all().ofMinLength(1000).ofMaxLength(5000)),
                Tuple.of(1, Arbitraries.strings().withChars(WORDS.get(0) + " ").ofMinLength(4000).ofMaxLength(5000)),
                Tuple.of(2, Arbitraries.strings().withChars(PUNCTUATION + " ").ofMaxLength(100)),
                Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001F')
                        .withChars('\u007F', '\u0085', '\u00AD', '\u200B', '\u2028', '\u2029', '\uFEFF', '\uFFFE', '\uFFFF')
                        .ofMaxLength(50)),
                Tuple.of(2, rightToLeft()),
                Tuple.of(2, emoji()),
                Tuple.of(4, mixed()),
                Tuple.of(1, Arbitraries.of("", " ", "\u0000", "\uD800", "\uDFFF", "\uDC00\uD800", "barn\uD800vern",
                        "barn\u0000vern", "\u202Ebarnevern", "a".repeat(5000), "ø".repeat(5000), "🙂".repeat(2500))));
    }

    private static Arbitrary<String> rightToLeft() {
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('\u0590', '\u05FF').withCharRange('\u0600', '\u06FF')
                .withChars('\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067',
                        '\u2068', '\u2069', '\u061C', ' ', '1', '2')
                .ofMaxLength(30);
        return Arbitraries.oneOf(letters, Arbitraries.of(WORDS)).list().ofMaxSize(10).map(l -> String.join(" ", l));
    }

    private static Arbitrary<String> emoji() {
        Arbitrary<String> single = Arbitraries.oneOf(
                Arbitraries.integers().between(0x1F300, 0x1F6FF),
                Arbitraries.integers().between(0x1F900, 0x1FAFF),
                Arbitraries.integers().between(0x1F1E6, 0x1F1FF), // regional indicators (flags)
                Arbitraries.integers().between(0x1F3FB, 0x1F3FF), // skin tones
                Arbitraries.of(0x200D, 0xFE0F, 0x20E3, 0xE0067, 0xE007F)) // joiner, variation, keycap, tags
                .map(Character::toString);
        return Arbitraries.oneOf(single, single, Arbitraries.of(WORDS)).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    /** Real words glued together by odd separators and noise, in random case. */
    private static Arbitrary<String> mixed() {
        Arbitrary<String> word = Arbitraries.of(WORDS).flatMap(w -> Arbitraries.of(w, w.toUpperCase(), w.toLowerCase(),
                w.length() > 1 ? w.substring(1) : w, w + w.charAt(w.length() - 1)));
        Arbitrary<String> noise = Arbitraries.strings().all().ofMaxLength(3);
        Arbitrary<String> separator = Arbitraries.of(" ", "", "\t", "\n", "-", "\u00A0", "\u200B", "\u0301", ", ", "=>",
                "#", "\"", "*", "\uD83D", "\u0000");
        return Arbitraries.oneOf(word, word, noise, separator).list().ofMaxSize(60).map(l -> String.join("", l));
    }
}
