package no.bergen.fellesomradet.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.bergen.fellesomradet.relations.ColumnLayout.Column;
import no.bergen.fellesomradet.relations.ColumnLayout.Group;

/**
 * How {@link ColumnLayout} keys, writes and reads back the layouts a {@link LayoutMemory} keeps: one
 * line per column, group and box ({@code C key}, {@code G key top}, {@code S slug}).
 */
final class RememberedLayouts {

    /** The classes whose code decides a layout: a change to any of them makes every key new. */
    private static final List<Class<?>> LAYOUT_CODE = List.of(ColumnLayout.class, NumberedView.class, SwapTrial.class,
            ColumnLines.class, Spans.class, Spans.Piece.class, SpanPair.class, Polylines.class, Crossings.class);
    private static final byte[] CODE = codeFingerprint();

    private RememberedLayouts() { }

    /** Everything the search reads from a view: its boxes in order with their groups and columns, and its lines. */
    static String key(MapView view, CooperationGraph graph) {
        MessageDigest digest = sha256();
        digest.update(CODE);
        StringBuilder text = new StringBuilder(view.path()).append('\n');
        for (String slug : view.nodes()) {
            CooperationGraph.Group g = graph.group(slug);
            text.append(slug).append('\t').append(g.key()).append('\t').append(g.name()).append('\t').append(g.order())
                    .append('\t').append(g.column()).append('\t').append(g.columnName()).append('\n');
        }
        for (CooperationGraph.Edge e : view.edges()) text.append(e.a()).append('\t').append(e.b()).append('\n');
        return HexFormat.of().formatHex(digest.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> encode(List<Column> columns) {
        List<String> lines = new ArrayList<>();
        for (Column c : columns) {
            lines.add("C " + c.key());
            for (Group g : c.groups()) {
                lines.add("G " + g.group().key() + " " + g.top());
                for (String slug : g.slugs()) lines.add("S " + slug);
            }
        }
        return lines;
    }

    /**
     * The remembered state rebuilt from the view's own columns and groups; empty when it does not
     * hold exactly the view's columns, groups and boxes (a damaged or foreign file).
     */
    static Optional<List<Column>> decode(List<String> lines, List<Column> start) {
        Map<String, Column> columns = new HashMap<>();
        Map<String, Group> groups = new HashMap<>();
        Set<String> slugs = new HashSet<>();
        for (Column c : start) {
            columns.put(c.key(), c);
            for (Group g : c.groups()) {
                groups.put(g.group().key(), g);
                slugs.addAll(g.slugs());
            }
        }
        List<Column> out = new ArrayList<>();
        List<Group> currentGroups = null;
        List<String> currentSlugs = null;
        Set<String> seenSlugs = new HashSet<>();
        Set<String> seenGroups = new HashSet<>();
        try {
            for (String line : lines) {
                String[] p = line.split(" ");
                switch (p[0]) {
                    case "C" -> {
                        Column c = columns.remove(p[1]);
                        if (c == null) return Optional.empty();
                        currentGroups = new ArrayList<>();
                        out.add(new Column(c.key(), c.name(), c.headed(), currentGroups));
                        currentSlugs = null;
                    }
                    case "G" -> {
                        Group g = groups.get(p[1]);
                        if (g == null || currentGroups == null || !seenGroups.add(p[1])
                                || !g.group().column().equals(out.get(out.size() - 1).key())) return Optional.empty();
                        currentSlugs = new ArrayList<>();
                        currentGroups.add(new Group(g.group(), currentSlugs, Integer.parseInt(p[2])));
                    }
                    case "S" -> {
                        if (currentSlugs == null || !slugs.contains(p[1]) || !seenSlugs.add(p[1])) return Optional.empty();
                        if (!groups.get(currentGroups.get(currentGroups.size() - 1).group().key()).slugs().contains(p[1])) {
                            return Optional.empty();
                        }
                        currentSlugs.add(p[1]);
                    }
                    default -> {
                        return Optional.empty();
                    }
                }
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if (!columns.isEmpty() || seenGroups.size() != groups.size() || !seenSlugs.equals(slugs)) return Optional.empty();
        return Optional.of(out);
    }

    private static byte[] codeFingerprint() {
        MessageDigest digest = sha256();
        for (Class<?> c : LAYOUT_CODE) {
            // The binary name: a nested class's file is Outer$Inner.class.
            try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getPackageName().length() + 1) + ".class")) {
                if (in == null) throw new IllegalStateException("no class file for " + c.getName());
                digest.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
