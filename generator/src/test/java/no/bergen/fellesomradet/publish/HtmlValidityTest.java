package no.bergen.fellesomradet.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import nu.validator.validation.SimpleDocumentValidator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import no.bergen.fellesomradet.TestProject;

/** The Nu Html Checker (the W3C's validator) finds no errors in any page of the built site. */
class HtmlValidityTest {

    @TempDir
    Path dir;

    @Test
    void everyPageIsValidHtml() throws Exception {
        TestProject project = TestProject.real(dir.resolve("repo"));
        Path site = dir.resolve("site");
        assertEquals(0, project.run("build", "--content", project.content.toString(), "--out", site.toString()).code());

        List<String> errors = new ArrayList<>();
        Path[] current = new Path[1];
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) { /* warnings are advice, not errors */ }

            @Override
            public void error(SAXParseException e) {
                errors.add(site.relativize(current[0]) + ":" + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
        validator.setUpValidatorAndParsers(handler, true, false);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
        for (Path page : pages) {
            current[0] = page;
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertTrue(pages.size() > 70, pages.size() + " pages");
        assertEquals(List.of(), errors);
    }
}
