package no.bergen.fellesomradet.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import no.bergen.fellesomradet.model.LosTerm;
import no.bergen.fellesomradet.model.LosVocabulary;

/**
 * Reads LOS (the XML source Digdir publishes, a resource of this tool: los/README.md) into the
 * themes and words entries may name. Livshendelser and the schemes themselves are left out: an
 * entry is about a tema or an ord. Read with StAX when the tool is built, into the digest a run
 * reads ({@link LosDigest}): the file is half a megabyte and {@code check} should stay fast.
 */
public final class LosReader {

    static final String RESOURCE = "/no/bergen/fellesomradet/los/source.xml";

    private LosReader() { }

    /** The vocabulary shipped with the tool, read on first use. */
    public static LosVocabulary bundled() {
        return Bundled.VOCABULARY;
    }

    private static final class Bundled {
        static final LosVocabulary VOCABULARY = readResource();

        /** The digest the build wrote from the XML ({@link LosDigest}), or the XML where there is none. */
        private static LosVocabulary readResource() {
            try (InputStream digest = LosReader.class.getResourceAsStream(LosDigest.RESOURCE)) {
                if (digest != null) return LosDigest.read(digest);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try (InputStream in = LosReader.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("LOS resource missing: " + RESOURCE);
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static LosVocabulary read(InputStream in) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // The file is ours, but a reader of XML never resolves external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, LosTerm> terms = new LinkedHashMap<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
            Concept concept = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("Concept")) {
                        concept = new Concept(xml.getAttributeValue(null, "path"));
                    } else if (concept != null) {
                        String lang = xml.getAttributeValue(null, "lang");
                        concept.add(name, lang == null ? "" : lang, xml.getElementText().strip());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("Concept")) {
                    if (concept != null && concept.wanted()) terms.put(concept.path, concept.term());
                    concept = null;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException("LOS could not be read: " + e.getMessage(), e);
        }
        return new LosVocabulary(terms);
    }

    /** What one {@code <Concept>} has said so far. */
    private static final class Concept {
        final String path;
        String label = "";
        String labelNn = "";
        String note = "";
        String broader = "";
        final List<String> hidden = new ArrayList<>();

        Concept(String path) {
            this.path = path == null ? "" : path;
        }

        void add(String element, String lang, String text) {
            switch (element) {
                case "PrefLabel" -> {
                    if (lang.equals("nb")) label = text;
                    if (lang.equals("nn")) labelNn = text;
                }
                case "HiddenLabel", "AltLabel" -> {
                    if ((lang.equals("nb") || lang.equals("nn")) && !hidden.contains(text)) hidden.add(text);
                }
                case "Note" -> {
                    if (lang.equals("nb")) note = text;
                }
                case "Broader" -> {
                    if (broader.isEmpty()) broader = text;
                }
                default -> { }
            }
        }

        boolean wanted() {
            return (path.startsWith("tema/") || path.startsWith("ord/")) && !label.isEmpty();
        }

        LosTerm term() {
            return new LosTerm(path, label, labelNn.isEmpty() ? label : labelNn, hidden, note, broader);
        }
    }
}
