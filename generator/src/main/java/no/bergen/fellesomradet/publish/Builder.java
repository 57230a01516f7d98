package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

import org.jbake.template.RenderingException;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.validate.ContentLoader;
import no.bergen.fellesomradet.validate.Findings;

/**
 * The whole pipeline for {@code build}: load and validate, render into a temporary folder with the
 * search index beside it, then swap both in. Nothing is published when anything fails.
 */
public final class Builder {

    /** The findings, and what was built when there were no errors. */
    public record Result(Findings findings, Optional<SiteBuild.Output> output) { }

    private final Project project;
    private final Path displayBase;
    private final Markdown markdown = new Markdown();

    public Builder(Path contentDir, Path displayBase) {
        this.project = new Project(contentDir);
        this.displayBase = displayBase;
    }

    public Result build(Path out, LocalDate today) throws IOException, RenderingException {
        AtomicDirectory siteDir = new AtomicDirectory(out);
        AtomicDirectory luceneDir = new AtomicDirectory(project.luceneDir());
        // A build killed between the swap's two renames left the previous site in .site.old; put it
        // back first, so that a build that then stops on a content error still leaves a site.
        siteDir.recover();
        luceneDir.recover();
        ContentLoader.Result loaded = new ContentLoader(project.contentDir(), displayBase, today, markdown)
                .load(project.settings());
        if (loaded.site().isEmpty()) return new Result(loaded.findings(), Optional.empty());
        Site site = loaded.site().get();

        Path siteTmp = siteDir.begin();
        Path luceneTmp = luceneDir.begin();
        try {
            SiteBuild.Output output = new SiteBuild(project, markdown).render(site, siteTmp, luceneTmp);
            siteDir.commit(siteTmp);
            luceneDir.commit(luceneTmp);
            return new Result(loaded.findings(), Optional.of(output));
        } catch (IOException | RenderingException | RuntimeException e) {
            siteDir.abort(siteTmp);
            luceneDir.abort(luceneTmp);
            throw e;
        }
    }
}
