package no.bergen.fellesomradet.relations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;

import no.bergen.fellesomradet.TestProject;
import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.publish.Project;
import no.bergen.fellesomradet.validate.ContentLoader;

/** The repository's own entries, loaded once for the tests of this package. */
final class RealContent {

    static final Site SITE = load();

    private RealContent() { }

    private static Site load() {
        try {
            Project project = new Project(TestProject.REPO.resolve("content"));
            return new ContentLoader(project.contentDir(), TestProject.REPO, LocalDate.now(), new Markdown())
                    .load(project.settings()).site().orElseThrow(() -> new AssertionError("the real content does not load"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
