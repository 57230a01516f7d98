package no.bergen.fellesomradet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.LosVocabulary;

/** The digest a run reads holds the same terms, in the same order, as the XML it was made from. */
class LosDigestTest {

    @Test
    void theBundledDigestIsTheXml() throws IOException {
        LosVocabulary fromXml;
        try (InputStream in = LosReader.class.getResourceAsStream(LosReader.RESOURCE)) {
            fromXml = LosReader.read(in);
        }
        assertNotNull(LosReader.class.getResource(LosDigest.RESOURCE), "the build writes the digest (exec-maven-plugin in generator/pom.xml)");
        assertEquals(List.copyOf(fromXml.byPath().values()), List.copyOf(LosReader.bundled().byPath().values()));
    }

    @Test
    void valuesWithTabsLineBreaksAndBackslashesComeBackAsWritten() throws IOException {
        LosTerm odd = new LosTerm("ord/x", "A\tB", "C\\nD", List.of("e\nf", "", "g\\"), "note\r\nwith lines", "");
        LosTerm plain = new LosTerm("tema/y", "Y", "Y", List.of(), "", "");
        StringWriter out = new StringWriter();
        LosDigest.write(new LosVocabulary(Map.of("ord/x", odd)), out);
        LosDigest.write(new LosVocabulary(Map.of("tema/y", plain)), out);
        LosVocabulary back = LosDigest.read(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(odd, plain), List.copyOf(back.byPath().values()));
    }
}
