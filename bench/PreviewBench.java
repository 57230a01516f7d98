import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import no.bergen.fellesomradet.publish.Preview;

/**
 * How long `serve` takes to show an edited entry: a full build of the corpus (not timed), then
 * RUNS edits of one service's summary, each timed from the change to its page being written
 * (the list pages and the search follow in the background in `serve`, and are not included).
 * Run by bench/run as `java -cp fellesomrade.jar bench/PreviewBench.java CONTENT SITE RUNS`;
 * prints the median in milliseconds and the number of pages written.
 */
public class PreviewBench {

    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path site = Path.of(args[1]);
        int runs = Integer.parseInt(args[2]);
        LocalDate today = LocalDate.of(2026, 11, 22);
        Preview preview = new Preview(content, site);
        if (preview.full(today).pages() == 0) throw new IllegalStateException("the full build failed");
        Path file;
        try (Stream<Path> files = Files.list(content.resolve("tjenester"))) {
            file = files.sorted().findFirst().orElseThrow();
        }
        String original = Files.readString(file);
        List<Double> times = new ArrayList<>();
        int pages = 0;
        for (int r = 0; r < runs; r++) {
            int at = original.indexOf("sammendrag:") + "sammendrag:".length();
            Files.writeString(file, original.substring(0, at) + " Endring " + r + "." + original.substring(at));
            long start = System.nanoTime();
            Preview.Update u = preview.changed(file, today);
            times.add((System.nanoTime() - start) / 1e6);
            if (u.findings().hasErrors() || u.full()) throw new IllegalStateException("the edit was not applied incrementally");
            pages = u.pages();
        }
        Files.writeString(file, original);
        times.sort(null);
        System.out.printf(java.util.Locale.ROOT, "%.0f %d%n", times.get(times.size() / 2), pages);
    }
}
