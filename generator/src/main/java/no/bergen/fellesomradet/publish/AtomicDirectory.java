package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Publishes a folder all at once: work happens in a sibling temporary folder, which replaces the
 * target only when complete. A build that fails or is killed leaves the previous folder in place;
 * a kill between the two renames is repaired by the next build ({@link #recover()}).
 *
 * <p>Every work folder carries {@link OutputFolder#MARKER}, and only marked folders are ever
 * deleted here: whether the target itself may be replaced is {@link OutputFolder}'s decision,
 * made before a build starts.
 */
public final class AtomicDirectory {

    private final Path target;

    public AtomicDirectory(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    private Path sibling(String suffix) {
        return target.resolveSibling("." + target.getFileName() + suffix);
    }

    /** Restores the previous folder if a swap was interrupted, and removes stale work folders. */
    public void recover() throws IOException {
        Path old = sibling(".old");
        if (!Files.exists(target) && Files.isDirectory(old) && OutputFolder.isBuild(old)) {
            Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
        }
        deleteIfBuild(old);
        deleteIfBuild(sibling(".tmp"));
    }

    /** A fresh, empty work folder next to the target. */
    public Path begin() throws IOException {
        recover();
        Path tmp = sibling(".tmp");
        if (Files.exists(tmp, LinkOption.NOFOLLOW_LINKS)) {
            throw new BuildRefused("«" + tmp + "» finnes fra før og er ikke fra et bygg; flytt den eller gi den et annet navn.");
        }
        Files.createDirectories(tmp);
        OutputFolder.mark(tmp);
        return tmp;
    }

    /** Replaces the target with the work folder. */
    public void commit(Path tmp) throws IOException {
        Path old = sibling(".old");
        if (Files.exists(target)) Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(old);
    }

    /** Throws the work away. */
    public void abort(Path tmp) throws IOException {
        deleteIfBuild(tmp);
    }

    private static void deleteIfBuild(Path dir) throws IOException {
        if (Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS) && OutputFolder.isBuild(dir)) deleteTree(dir);
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return;
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
