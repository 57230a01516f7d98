package no.bergen.fellesomradet.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.validate.Findings;

/** Reads the controlled lists in {@code content/data/}. */
public final class CatalogReader {

    private final ContentReader reader;

    public CatalogReader(ContentReader reader) {
        this.reader = reader;
    }

    public Catalog read(Findings findings) throws IOException {
        Path data = reader.contentDir().resolve("data");
        Map<String, Object> etater = load(data.resolve("etater.yaml"), findings);
        Map<String, Object> maal = load(data.resolve("maalgrupper.yaml"), findings);
        Map<String, Object> omr = load(data.resolve("byomrader.yaml"), findings);
        Map<String, Object> lover = load(data.resolve("lover.yaml"), findings);
        Map<String, Object> eiere = load(data.resolve("eiere.yaml"), findings);

        Map<String, String> departments = strings(map(etater.get("byraadsavdelinger")));
        List<Catalog.Agency> agencies = new ArrayList<>();
        for (Object o : list(etater.get("etater"))) {
            Map<String, Object> m = map(o);
            agencies.add(new Catalog.Agency(str(m.get("navn")), str(m.get("kort")), str(m.get("byraadsavdeling"))));
        }
        Map<String, Catalog.Audience> audiences = new LinkedHashMap<>();
        map(maal.get("maalgrupper")).forEach((k, v) -> {
            Map<String, Object> m = map(v);
            audiences.put(k, new Catalog.Audience(k, str(m.get("navn")), integer(m.get("fra")), integer(m.get("til"))));
        });
        Map<String, String> districts = strings(map(omr.get("byomrader")));
        Map<String, Catalog.Law> laws = new LinkedHashMap<>();
        map(lover.get("lover")).forEach((k, v) -> {
            Map<String, Object> m = map(v);
            laws.put(k, new Catalog.Law(k, str(m.get("tittel")), str(m.get("lovdata"))));
        });
        Map<String, Catalog.Owner> owners = new LinkedHashMap<>();
        map(eiere.get("eiere")).forEach((k, v) -> {
            Map<String, Object> m = map(v);
            owners.put(k, new Catalog.Owner(k, str(m.get("rolle")), str(m.get("gjennomgang"))));
        });
        for (Catalog.Agency a : agencies) {
            if (!departments.containsKey(a.department())) {
                findings.error(reader.display(data.resolve("etater.yaml")), 1, "Etaten «" + a.name()
                        + "» hører til byrådsavdelingen «" + a.department() + "», som ikke finnes under «byraadsavdelinger».");
            }
        }
        String shared = str(eiere.get("felles"));
        if (!owners.containsKey(shared)) {
            findings.error(reader.display(data.resolve("eiere.yaml")), 1, "`felles`: «" + shared
                    + "» må være en av etatene under «eiere».");
        }
        return new Catalog(departments, agencies, audiences, districts, laws, owners, shared);
    }

    private Map<String, Object> load(Path file, Findings findings) throws IOException {
        if (!Files.isRegularFile(file)) {
            findings.error(reader.display(file), 1, "Datafilen mangler.");
            return Map.of();
        }
        try {
            // Plain YAML only: no tag in a data file can make SnakeYAML construct a Java object.
            LoaderOptions options = new LoaderOptions();
            DumperOptions unused = new DumperOptions();
            Object o = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new DatesAsText())
                    .load(Files.readString(file));
            return map(o);
        } catch (YAMLException | ClassCastException e) {
            findings.error(reader.display(file), 1, "Datafilen er ikke gyldig YAML.");
            return Map.of();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Map<String, String> strings(Map<String, Object> m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, str(v)));
        return out;
    }

    /**
     * YAML's implicit types, except that what looks like a date stays text: the data files have no
     * dates, but a Lovdata id such as 1967-02-10 (forvaltningsloven) looks like one, and making it a
     * date started java.util's calendar and locale machinery, 15 ms of every build's start-up.
     */
    private static final class DatesAsText extends Resolver {
        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            Tag tag = super.resolve(kind, value, implicit);
            return Tag.TIMESTAMP.equals(tag) ? Tag.STR : tag;
        }
    }

    /** A scalar as written; a date given with an explicit tag as YYYY-MM-DD. */
    private static String str(Object o) {
        if (o == null) return "";
        if (o instanceof Date d) return d.toInstant().atZone(ZoneOffset.UTC).toLocalDate().toString();
        return o.toString();
    }

    private static Integer integer(Object o) {
        return o instanceof Number n ? n.intValue() : null;
    }
}
