package no.bergen.fellesomradet.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

import picocli.CommandLine.Option;

import no.bergen.fellesomradet.publish.Project;

/** The {@code --content} and {@code --templates} options shared by the commands that read entries. */
final class ContentOptions {

    @Option(names = "--content", paramLabel = "MAPPE", defaultValue = "content",
            description = "Mappen med oppføringene (standard: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "MAPPE",
            description = "Malene nettstedet bygges med (standard: templates/ ved siden av innholdsmappen, ellers verktøyets egne maler).")
    Path templates;

    @Option(names = {"-v", "--verbose"}, description = "Vis mer om hva som skjer.")
    void verbose(boolean on) {
        Verbosity.set(on);
    }

    Path contentDir() {
        if (!Files.isDirectory(content)) {
            throw new UserError("Fant ikke innholdsmappen «" + content + "». Kjør kommandoen fra prosjektmappen, eller oppgi --content MAPPE.");
        }
        if (!Files.isRegularFile(content.resolve("jbake.properties"))) {
            throw new UserError("«" + content + "» mangler jbake.properties og ser ikke ut som innholdsmappen til Fellesområdet.");
        }
        return content;
    }

    /**
     * The content folder with its templates: those given, those beside the content, or, for a content
     * folder elsewhere, the ones this tool was built with.
     */
    Project project() {
        Path contentDir = contentDir();
        if (templates != null) {
            if (!Files.isDirectory(templates)) throw new UserError("Fant ikke malmappen «" + templates + "» (--templates).");
            return new Project(contentDir, templates);
        }
        Path beside = contentDir.toAbsolutePath().normalize().resolveSibling("templates");
        if (Files.isDirectory(beside)) return new Project(contentDir, beside);
        return new Project(contentDir, installedTemplates().orElse(beside));
    }

    /** The templates folder of the checkout the tool's jar (or classes) was built in. */
    private static Optional<Path> installedTemplates() {
        CodeSource code = ContentOptions.class.getProtectionDomain().getCodeSource();
        if (code == null) return Optional.empty();
        try {
            for (Path p = Path.of(code.getLocation().toURI()); p != null; p = p.getParent()) {
                if (Files.isRegularFile(p.resolve("templates").resolve("layout.ftl"))) return Optional.of(p.resolve("templates"));
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a file on disk (an unusual class loader): the caller names the folder it tried.
        }
        return Optional.empty();
    }
}
