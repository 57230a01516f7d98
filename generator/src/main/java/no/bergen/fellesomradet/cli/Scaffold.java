package no.bergen.fellesomradet.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import no.bergen.fellesomradet.model.ContentModel;
import no.bergen.fellesomradet.model.EntryType;
import no.bergen.fellesomradet.model.Field;

/**
 * The text of a new entry, derived from the content model: every required field, the optional ones
 * the model asks for, and the body's required sections. Values to replace are written as
 * [[fyll inn: …]], which {@code check} refuses until they are answered, so a scaffold can never be
 * published by accident.
 */
final class Scaffold {

    private Scaffold() { }

    /** @param id the new entry's identity in the open data, fresh for every scaffold */
    static String of(EntryType type, LocalDate today, UUID id) {
        ContentModel.Type model = ContentModel.of(type);
        StringBuilder sb = new StringBuilder("---\n");
        for (Field f : model.fields()) {
            if (!f.required() && !f.scaffold()) continue;
            if (f.key().equals("alder")) sb.append("# alder: slett hvis ingen kilde oppgir alder\n");
            String value = f.kind() == Field.Kind.IDENTIFIER ? " " + id : value(f, type, today, "  ");
            sb.append(f.key()).append(':').append(value).append('\n');
        }
        sb.append("---\n\n").append(model.bodyTemplate());
        return sb.toString();
    }

    private static String value(Field f, EntryType type, LocalDate today, String indent) {
        if (!f.example().isEmpty()) return f.example().replace("\n", "\n" + indent.substring(2));
        return switch (f.kind()) {
            case TYPE -> " " + type.key();
            case DATE -> " " + today;
            case MAPPING -> {
                StringBuilder sb = new StringBuilder();
                for (Field sub : f.fields()) {
                    if (sub.required()) sb.append('\n').append(indent).append(sub.key()).append(':')
                            .append(value(sub, type, today, indent + "  "));
                }
                yield sb.toString();
            }
            case MAPPING_LIST -> {
                StringBuilder sb = new StringBuilder();
                String dash = "\n" + indent + "- ";
                for (Field sub : f.fields()) {
                    if (!sub.required()) continue;
                    sb.append(sb.isEmpty() ? dash : "\n" + indent + "  ").append(sub.key()).append(':')
                            .append(value(sub, type, today, indent + "    "));
                }
                yield sb.toString();
            }
            default -> f.kind().isList()
                    ? "\n" + indent + "- " + placeholder(f)
                    : " " + placeholder(f);
        };
    }

    private static String placeholder(Field f) {
        String what = switch (f.kind()) {
            case CATALOG, CATALOG_LIST -> switch (f.list()) {
                case ETATER -> "Etaten som eier siden, nøyaktig som i content/data/etater.yaml";
                case MAALGRUPPER -> "nøkkel fra content/data/maalgrupper.yaml";
                case BYOMRADER -> "nøkkel fra content/data/byomrader.yaml";
            };
            case CHOICE, CHOICE_LIST -> either(f.values());
            case REFERENCE, REFERENCE_LIST -> "slug til en " + either(f.targets().stream()
                    .sorted().map(t -> t.key()).toList()) + " (filnavnet uten .md)";
            default -> f.hint();
        };
        return "\"[[fyll inn: " + what.replace("\\", "\\\\").replace("\"", "\\\"") + "]]\"";
    }

    private static String either(List<String> values) {
        if (values.size() < 2) return String.join("", values);
        return String.join(", ", values.subList(0, values.size() - 1)) + " eller " + values.get(values.size() - 1);
    }
}
