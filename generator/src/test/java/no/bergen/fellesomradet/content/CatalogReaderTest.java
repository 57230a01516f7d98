package no.bergen.fellesomradet.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.validate.Findings;

/** The data files as the pages use them. */
class CatalogReaderTest {

    @Test
    void aLovdataIdThatLooksLikeADateStaysAsWritten() throws IOException {
        Path content = TestProject.REPO.resolve("content");
        Findings findings = new Findings();
        Catalog catalog = new CatalogReader(new ContentReader(content, content)).read(findings);
        assertEquals(0, findings.errorCount());
        // forvaltningsloven: LOV-1967-02-10, unquoted in lover.yaml, which YAML would read as a date.
        assertEquals("1967-02-10", catalog.laws().get("forvaltningsloven").lovdataId());
        assertEquals("2021-06-18-97", catalog.laws().get("barnevernsloven").lovdataId());
    }
}
