package no.bergen.fellesomradet.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.LosVocabulary;

/**
 * The LOS terms the tool uses, one line each, written from {@code source.xml} when the tool is
 * built (the build's process-classes step runs {@link #main}). Reading them takes a few
 * milliseconds; reading the half megabyte of XML took 35–40 ms of every run and as much again of
 * the JIT's time for the XML parser (docs/PERFORMANCE.md). A line is the path, the labels, the
 * note, the broader theme and then the hidden labels, separated by tabs; a tab, a line break or a
 * backslash inside a value is written as \t, \n or \\.
 */
public final class LosDigest {

    static final String RESOURCE = "/no/bergen/fellesomradet/los/terms.tsv";

    private LosDigest() { }

    /** Writes the digest of the XML at {@code args[0]} to {@code args[1]}. */
    public static void main(String[] args) throws IOException {
        LosVocabulary vocabulary;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            vocabulary = LosReader.read(in);
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            write(vocabulary, w);
        }
    }

    static void write(LosVocabulary vocabulary, Writer out) throws IOException {
        for (LosTerm t : vocabulary.byPath().values()) {
            List<String> fields = new ArrayList<>(List.of(t.path(), t.label(), t.labelNn(), t.note(), t.broader()));
            fields.addAll(t.hiddenLabels());
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) out.write('\t');
                out.write(escape(fields.get(i)));
            }
            out.write('\n');
        }
    }

    static LosVocabulary read(InputStream in) throws IOException {
        Map<String, LosTerm> terms = new LinkedHashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split("\t", -1);
                List<String> hidden = new ArrayList<>();
                for (int i = 5; i < f.length; i++) hidden.add(unescape(f[i]));
                LosTerm t = new LosTerm(unescape(f[0]), unescape(f[1]), unescape(f[2]), hidden, unescape(f[3]), unescape(f[4]));
                terms.put(t.path(), t);
            }
        }
        return new LosVocabulary(terms);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char next = s.charAt(++i);
            sb.append(switch (next) {
                case 't' -> '\t';
                case 'n' -> '\n';
                case 'r' -> '\r';
                default -> next;
            });
        }
        return sb.toString();
    }
}
