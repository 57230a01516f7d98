package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jbake.template.RenderingException;

import no.bergen.fellesomradet.markdown.Markdown;
import no.bergen.fellesomradet.model.EditorialStatus;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;
import no.bergen.fellesomradet.validate.ContentLoader;
import no.bergen.fellesomradet.validate.Finding;
import no.bergen.fellesomradet.validate.Findings;

/**
 * The whole pipeline for {@code build}: load and validate, render into a temporary folder with the
 * search index beside it, then swap both in. Nothing is published when anything fails.
 */
public final class Builder {

    /** The findings, and what was built (with the site and its status) when there were no errors. */
    public record Result(Findings findings, Optional<SiteBuild.Output> output, Site site, EditorialStatus status) { }

    private final Project project;
    private final Path displayBase;
    private final Markdown markdown = Markdown.forBuild();
    private final Progress progress;

    public Builder(Path contentDir, Path displayBase) {
        this(contentDir, displayBase, Progress.QUIET);
    }

    public Builder(Path contentDir, Path displayBase, Progress progress) {
        this(new Project(contentDir), displayBase, progress);
    }

    public Builder(Project project, Path displayBase, Progress progress) {
        this.project = project;
        this.displayBase = displayBase;
        this.progress = progress;
    }

    /** Warnings per entry and change dates, as of the content's last commit (see {@link ContentHistory}). */
    public EditorialStatus status(Site site, Findings findings, LocalDate today) {
        ContentHistory history = ContentHistory.read(project.contentDir());
        Map<Path, List<String>> byFile = new HashMap<>();
        for (Finding f : findings.sorted()) {
            if (!f.isError()) byFile.computeIfAbsent(f.file().normalize(), k -> new ArrayList<>()).add(f.message());
        }
        Map<String, List<String>> warnings = new HashMap<>();
        Map<String, LocalDate> changed = new HashMap<>();
        LocalDate newest = LocalDate.MIN;
        for (Entry e : site.entries()) {
            List<String> w = byFile.get(displayed(e));
            if (w != null) warnings.put(e.slug(), w);
            LocalDate date = e.lastChecked();
            LocalDate commit = history.lastChange(e.source().toString().replace('\\', '/')).orElse(date);
            if (commit.isAfter(date)) date = commit;
            changed.put(e.slug(), date);
            if (date.isAfter(newest)) newest = date;
        }
        return new EditorialStatus(warnings, changed, history.asOf(newest.equals(LocalDate.MIN) ? today : newest));
    }

    /** The path findings use for an entry's file (see ContentReader.display). */
    Path displayed(Entry e) {
        Path abs = project.contentDir().resolve(e.source()).toAbsolutePath().normalize();
        Path base = displayBase.toAbsolutePath().normalize();
        return abs.startsWith(base) ? base.relativize(abs) : abs;
    }

    /**
     * Builds into {@code out}, replacing it whole.
     *
     * @throws BuildRefused before anything is touched, when {@code out} is not a folder a build may
     *                      replace, the templates are missing, or another build is writing there
     */
    public Result build(Path out, LocalDate today) throws IOException, RenderingException {
        OutputFolder.checkReplaceable(out, project);
        OutputFolder.checkReplaceable(project.luceneDir(), project);
        List<String> missing = project.missingTemplates();
        if (!missing.isEmpty()) {
            throw new BuildRefused(Files.isDirectory(project.templatesDir())
                    ? "Malmappen «" + project.templatesDir() + "» mangler " + String.join(", ", missing)
                            + ". Oppgi riktig mappe med --templates MAPPE."
                    : "Fant ikke malmappen «" + project.templatesDir() + "». Oppgi den med --templates MAPPE.");
        }
        // Builds into different folders still share the Lucene folder, so both are locked.
        try (BuildLock site = BuildLock.acquire(out); BuildLock lucene = BuildLock.acquire(project.luceneDir())) {
            return buildLocked(out, today);
        }
    }

    private Result buildLocked(Path out, LocalDate today) throws IOException, RenderingException {
        AtomicDirectory siteDir = new AtomicDirectory(out);
        AtomicDirectory luceneDir = new AtomicDirectory(project.luceneDir());
        // A build killed between the swap's two renames left the previous site in .site.old; put it
        // back first, so that a build that then stops on a content error still leaves a site.
        siteDir.recover();
        luceneDir.recover();
        ContentLoader.Result loaded = new ContentLoader(project.contentDir(), displayBase, today, markdown)
                .load(project.settings());
        progress.done("lese og kontrollere " + loaded.files() + " filer");
        if (loaded.site().isEmpty()) return new Result(loaded.findings(), Optional.empty(), null, null);
        Site site = loaded.site().get();
        EditorialStatus status = status(site, loaded.findings(), today);
        progress.done("innholdsstatus og historikk");

        Path siteTmp = siteDir.begin();
        Path luceneTmp = luceneDir.begin();
        try {
            SiteBuild.Output output = new SiteBuild(project, markdown, progress).render(site, status, siteTmp, luceneTmp);
            siteDir.commit(siteTmp);
            luceneDir.commit(luceneTmp);
            progress.done("bytte inn det nye nettstedet");
            return new Result(loaded.findings(), Optional.of(output), site, status);
        } catch (IOException | RenderingException | RuntimeException e) {
            siteDir.abort(siteTmp);
            luceneDir.abort(luceneTmp);
            throw e;
        }
    }
}
