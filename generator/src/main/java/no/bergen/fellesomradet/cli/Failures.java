package no.bergen.fellesomradet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Optional;

import no.bergen.fellesomradet.publish.BuildRefused;
import no.bergen.fellesomradet.render.TemplateError;

/**
 * Turns a failure into the one sentence a user reads. Mistakes the user can cause (a refused
 * output folder, a file without permission, a full disk) name the path and what to do; anything
 * else is a bug in the tool and says how to report it.
 */
final class Failures {

    static final int BUG = 70;

    private Failures() { }

    /** The sentence for a failure the user can do something about, if this is one. */
    static Optional<String> userCaused(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UserError || c instanceof BuildRefused || c instanceof TemplateError) return Optional.of(c.getMessage());
            if (c instanceof UncheckedIOException u) c = u.getCause();
            if (c instanceof FileSystemException f) return Optional.of(fileProblem(f));
            if (c instanceof IOException io && io.getMessage() != null && io.getMessage().contains("No space left")) {
                return Optional.of("Disken er full, så bygget kunne ikke skrives ferdig. Frigjør plass og prøv igjen; forrige nettsted er urørt.");
            }
        }
        return Optional.empty();
    }

    /** The sentence for any failure: the user's own, or how to report a bug. */
    static String describe(Throwable t) {
        return userCaused(t).orElseGet(() -> "uventet feil (" + t.getClass().getSimpleName() + ": " + t.getMessage()
                + "). Dette er en feil i verktøyet: meld fra til utviklerne med kommandoen du kjørte og utskriften "
                + "du får når du kjører den igjen med --verbose.");
    }

    private static String fileProblem(FileSystemException f) {
        String path = f.getFile() == null ? "" : "«" + f.getFile() + "»";
        String reason = f.getReason() == null ? "" : f.getReason();
        if (f instanceof AccessDeniedException) {
            return "Mangler tilgang til " + path + ". Gi brukeren din lese- og skrivetilgang, eller velg en annen mappe.";
        }
        if (f instanceof NoSuchFileException) return "Fant ikke " + path + "; ble den flyttet eller slettet mens kommandoen kjørte?";
        if (f instanceof NotDirectoryException) return path + " er en fil, men skulle vært en mappe.";
        if (f instanceof FileAlreadyExistsException) return path + " finnes fra før og er ikke fra et bygg; flytt den eller gi den et annet navn.";
        if (f instanceof DirectoryNotEmptyException) return path + " er ikke tom; en annen bygging kan ha skrevet dit samtidig. Prøv igjen.";
        if (reason.contains("No space left")) {
            return "Disken er full ved skriving til " + path + ". Frigjør plass og prøv igjen; forrige nettsted er urørt.";
        }
        if (reason.contains("Is a directory")) return path + " er en mappe, men skulle vært en fil.";
        if (reason.contains("Read-only file system")) return path + " ligger på en disk som bare kan leses. Velg en annen mappe.";
        return "Kunne ikke lese eller skrive " + path + (reason.isEmpty() ? "" : " (" + reason + ")") + ".";
    }
}
