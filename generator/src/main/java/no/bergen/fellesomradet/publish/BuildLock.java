package no.bergen.fellesomradet.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per output folder: a build, or serve while it writes, holds an operating-system lock
 * on a file beside the folder ({@code .site.lock} for {@code site}), so a second build into the
 * same folder is told so instead of mixing two sites. The lock goes with the process, so a killed
 * build leaves no stale lock behind.
 */
public final class BuildLock implements AutoCloseable {

    /** Folders locked by this process: the OS lock does not exclude threads of the same JVM. */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private BuildLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock for {@code target}, or throws {@link BuildRefused} if another build has it. */
    public static BuildLock acquire(Path target) throws IOException {
        Path folder = OutputFolder.canonical(target);
        if (!HELD.add(folder)) throw busy(target);
        try {
            Path file = folder.resolveSibling("." + folder.getFileName() + ".lock");
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw busy(target);
            }
            return new BuildLock(folder, channel, lock);
        } catch (IOException | RuntimeException e) {
            HELD.remove(folder);
            throw e;
        }
    }

    private static BuildRefused busy(Path target) {
        return new BuildRefused("En annen bygging pågår i «" + target + "» (eller «serve» skriver dit). "
                + "Vent til den er ferdig, og prøv igjen.");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            HELD.remove(folder);
        }
    }
}
