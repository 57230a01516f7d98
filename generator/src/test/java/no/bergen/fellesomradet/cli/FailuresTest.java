package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.List;

import org.jbake.app.Asset;
import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.template.RenderingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.render.Bakery;

/**
 * The failures a user can cause but a test cannot stage as root (no permission, a full disk) read
 * as one sentence with the path; anything else says it is a bug and how to report it.
 */
class FailuresTest {

    @Test
    void noPermissionNamesThePath() {
        String s = Failures.describe(new AccessDeniedException("/srv/site/index.html"));
        assertTrue(s.startsWith("Mangler tilgang til «/srv/site/index.html»"), s);
    }

    @Test
    void aFullDiskSaysSoAndThatThePreviousSiteStays() {
        String s = Failures.describe(new UncheckedIOException(new FileSystemException("/srv/.site.tmp/a.html", null, "No space left on device")));
        assertTrue(s.startsWith("Disken er full ved skriving til «/srv/.site.tmp/a.html»"), s);
        assertTrue(s.contains("forrige nettsted er urørt"), s);
    }

    @Test
    void aFailureInsideJBakeIsTracedToItsCause() {
        String s = Failures.describe(new RuntimeException("rendering", new IOException(new AccessDeniedException("/srv/site"))));
        assertTrue(s.startsWith("Mangler tilgang til «/srv/site»"), s);
    }

    @Test
    void aFullDiskWhileCopyingTheSiteFilesSaysSo(@TempDir Path dir) {
        DefaultJBakeConfiguration config = new Project(dir.resolve("content")).jbakeConfiguration(dir.resolve("site"));
        Utensils utensils = new Utensils();
        utensils.setConfiguration(config);
        utensils.setCrawler(new Crawler(null, config) {
            @Override
            public void crawl() { }
        });
        // JBake's Asset collects what failed while copying css/, js/ and the like.
        utensils.setAsset(new Asset(config) {
            @Override
            public void copy() { }

            @Override
            public List<Throwable> getErrors() {
                return List.of(new FileSystemException("/srv/favicon.svg", "/srv/.site.tmp/favicon.svg", "No space left on device"));
            }
        });
        RenderingException e = assertThrows(RenderingException.class, () -> new Bakery(utensils, List.of()).bake());
        String s = Failures.describe(e);
        assertTrue(s.startsWith("Disken er full ved skriving til «/srv/favicon.svg»"), s);
    }

    @Test
    void aBugTellsHowToReportIt() {
        String s = Failures.describe(new IllegalStateException("index out of step"));
        assertTrue(s.startsWith("uventet feil (IllegalStateException: index out of step)"), s);
        assertTrue(s.contains("meld fra til utviklerne") && s.contains("--verbose"), s);
        assertEquals(1, s.lines().count());
    }
}
