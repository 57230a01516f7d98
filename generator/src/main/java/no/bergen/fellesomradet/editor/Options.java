package no.bergen.fellesomradet.editor;

import java.util.ArrayList;
import java.util.List;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Field;

/** The values (and what the editor shows for them) of a controlled list, read from content/data/. */
record Options(List<String> values, List<String> labels) {

    Options {
        values = List.copyOf(values);
        labels = List.copyOf(labels);
    }

    static Options of(Field.CatalogList list, Catalog catalog) {
        List<String> values = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        switch (list) {
            case ETATER -> catalog.agencies().forEach(a -> {
                values.add(a.name());
                labels.add(a.name());
            });
            case MAALGRUPPER -> catalog.audiences().values().forEach(a -> {
                values.add(a.key());
                labels.add(a.name());
            });
            case BYOMRADER -> catalog.districts().forEach((key, name) -> {
                values.add(key);
                labels.add(name);
            });
        }
        return new Options(values, labels);
    }
}
