package no.bergen.fellesomradet.content;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

import no.bergen.fellesomradet.validate.Findings;

/**
 * Splits a source file into YAML front matter and Markdown body, and parses the front matter into
 * a {@link YamlNode} tree whose every node knows its line in the file.
 */
public final class FrontMatter {

    /** A source file split in two. {@code bodyLine} is the 1-based line where the body starts. */
    public record Parsed(SourceFile source, YamlNode.Mapping fields, String body, int bodyLine) { }

    private FrontMatter() { }

    public static Optional<Parsed> parse(SourceFile file, Findings findings) {
        String text = file.text();
        if (!text.startsWith("---\n") && !text.equals("---")) {
            findings.error(file.path(), 1,
                    "Filen må begynne med front matter: første linje skal være «---», så feltene, så «---».");
            return Optional.empty();
        }
        int end = findClosing(text);
        if (end < 0) {
            findings.error(file.path(), 1, "Front matter er ikke avsluttet: legg til en linje med «---» etter feltene.");
            return Optional.empty();
        }
        String yaml = end <= 4 ? "" : text.substring(4, end);
        int bodyStart = text.indexOf('\n', end + 1);
        String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
        int bodyLine = countLines(text, bodyStart < 0 ? text.length() : bodyStart + 1) + 1;
        if (yaml.isBlank()) {
            findings.error(file.path(), 2, "Front matter er tom: feltene «type», «tittel», «sammendrag» osv. mangler.");
            return Optional.empty();
        }
        Optional<YamlNode> root = compose(file, yaml, findings);
        if (root.isEmpty()) return Optional.empty();
        if (!(root.get() instanceof YamlNode.Mapping mapping)) {
            findings.error(file.path(), root.get().line(),
                    "Front matter må være en liste med felt på formen «navn: verdi».");
            return Optional.empty();
        }
        return Optional.of(new Parsed(file, mapping, body, bodyLine));
    }

    /** Index of the newline before the closing "---" line, or -1. */
    private static int findClosing(String text) {
        int pos = 4;
        while (pos <= text.length()) {
            int nl = text.indexOf('\n', pos);
            String line = text.substring(pos, nl < 0 ? text.length() : nl);
            if (line.equals("---") || line.equals("...")) return pos - 1;
            if (nl < 0) return -1;
            pos = nl + 1;
        }
        return -1;
    }

    private static int countLines(String text, int upTo) {
        int n = 0;
        for (int i = 0; i < upTo; i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    /** Front matter starts on line 2 of the file (after the opening "---"). */
    private static final int LINE_OFFSET = 2;

    /**
     * Every scalar stays a string: the fields are read and checked by the model's own rules, so
     * SnakeYAML's type guessing (regular expressions on every value) is skipped. That, and not
     * building a whole {@code Yaml} per file, made composing about a quarter faster warm and three
     * times faster cold (10,000 generated front matters).
     */
    private static final Resolver PLAIN_SCALARS = new Resolver() {
        @Override
        protected void addImplicitResolvers() { }
    };

    private static Optional<YamlNode> compose(SourceFile file, String yaml, Findings findings) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(true); // we report duplicates ourselves, with both lines
        try {
            Node node = new Composer(new ParserImpl(new StreamReader(new StringReader(yaml)), options), PLAIN_SCALARS, options)
                    .getSingleNode();
            if (node == null) {
                findings.error(file.path(), LINE_OFFSET, "Front matter er tom.");
                return Optional.empty();
            }
            long before = findings.errorCount();
            YamlNode converted = convert(file, node, findings);
            return findings.errorCount() > before ? Optional.empty() : Optional.of(converted);
        } catch (MarkedYAMLException e) {
            int unclosed = unclosedQuoteLine(yaml);
            if (unclosed >= 0) {
                findings.error(file.path(), unclosed + LINE_OFFSET, "Et anførselstegn er ikke lukket: sett «\"» også på slutten av verdien.");
                return Optional.empty();
            }
            int line = (e.getProblemMark() != null ? e.getProblemMark().getLine() : 0) + LINE_OFFSET;
            findings.error(file.path(), line, explain(e, yaml));
            return Optional.empty();
        } catch (YAMLException e) {
            findings.error(file.path(), LINE_OFFSET, "Front matter er ikke gyldig YAML (" + firstLine(e.getMessage()) + ").");
            return Optional.empty();
        }
    }

    /**
     * A double-quoted YAML value may run over several lines, so the parser notices a missing closing
     * quote only much later. The line an editor needs is the one with an odd number of quotes.
     */
    static int unclosedQuoteLine(String yaml) {
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            int colon = l.indexOf(": \"");
            int dash = l.stripLeading().startsWith("- \"") ? l.indexOf("- \"") : -1;
            int start = colon >= 0 ? colon + 2 : dash >= 0 ? dash + 2 : -1;
            if (start < 0) continue;
            int quotes = 0;
            for (int j = start; j < l.length(); j++) {
                if (l.charAt(j) == '\\') j++;
                else if (l.charAt(j) == '"') quotes++;
            }
            if (quotes % 2 == 1) return i;
        }
        return -1;
    }

    private static String explain(MarkedYAMLException e, String yaml) {
        String problem = String.valueOf(e.getProblem());
        int line = e.getProblemMark() == null ? -1 : e.getProblemMark().getLine();
        String text = line >= 0 ? yaml.lines().skip(line).findFirst().orElse("") : "";
        if (problem.contains("\\t") || problem.contains("tab") || text.contains("\t")) {
            return "Tabulator i front matter: bruk mellomrom til innrykk, ikke tabulator.";
        }
        if (String.valueOf(e.getContext()).contains("quoted")) {
            return "Et anførselstegn er ikke lukket: sett «\"» også på slutten av verdien.";
        }
        if (problem.contains("aliases")) {
            return "YAML-ankere og -aliaser (& og *) er ikke tillatt i front matter.";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "Verdien inneholder «:». Sett verdien i anførselstegn: felt: \"tekst: mer tekst\".";
        }
        return "Front matter er ikke gyldig YAML: " + problem + ".";
    }

    private static String firstLine(String s) {
        if (s == null) return "ukjent feil";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static YamlNode convert(SourceFile file, Node node, Findings findings) {
        int line = node.getStartMark().getLine() + LINE_OFFSET;
        if (node instanceof ScalarNode s) {
            boolean quoted = s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
            return new YamlNode.Scalar(s.getValue(), line, quoted);
        }
        if (node instanceof SequenceNode seq) {
            List<YamlNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) items.add(convert(file, item, findings));
            return new YamlNode.Sequence(items, line);
        }
        MappingNode map = (MappingNode) node;
        Map<String, YamlNode.Field> fields = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyLine = keyNode.getStartMark().getLine() + LINE_OFFSET;
            if (!(keyNode instanceof ScalarNode key)) {
                findings.error(file.path(), keyLine, "Et feltnavn må være et ord, ikke en liste eller et oppslag.");
                continue;
            }
            YamlNode.Field previous = fields.get(key.getValue());
            if (previous != null) {
                findings.error(file.path(), keyLine, "Feltet «" + key.getValue() + "» står to ganger (også på linje "
                        + previous.keyLine() + "). Slett det ene.");
                continue;
            }
            fields.put(key.getValue(), new YamlNode.Field(key.getValue(), keyLine, convert(file, tuple.getValueNode(), findings)));
        }
        return new YamlNode.Mapping(fields, line);
    }
}
