package no.bergen.fellesomradet.publish;

import java.util.List;

import no.bergen.fellesomradet.model.Catalog;
import no.bergen.fellesomradet.model.Entry;
import no.bergen.fellesomradet.model.Site;

/**
 * The forge's CODEOWNERS file, derived from content/data/eiere.yaml and each entry's {@code eier}:
 * a pull request that changes an entry asks its etat to review it. Generated, never edited by hand.
 */
public final class CodeOwners {

    private CodeOwners() { }

    public static String of(Site site) {
        Catalog c = site.catalog();
        String shared = c.owners().get(c.sharedOwner()).reviewers();
        StringBuilder sb = new StringBuilder();
        sb.append("# Laget av «./fellesomrade codeowners» fra content/data/eiere.yaml og feltet «eier» i hver oppføring.\n");
        sb.append("# Ikke rediger denne filen for hånd: endre eiere.yaml eller oppføringen og kjør kommandoen igjen.\n\n");
        sb.append("# Det som hører til hele Fellesområdet (").append(c.sharedOwner()).append(")\n");
        for (String path : List.of("/content/data/", "/content/synonymer.txt", "/content/situasjoner.txt", "/content/bekymringsord.txt", "/content/jbake.properties")) {
            sb.append(path).append(' ').append(shared).append('\n');
        }
        sb.append("\n# Hver oppføring: etaten som eier den\n");
        for (Entry e : site.entries()) {
            sb.append("/content/").append(e.source().toString().replace('\\', '/')).append(' ')
                    .append(c.owners().get(e.owner()).reviewers()).append('\n');
        }
        return sb.toString();
    }
}
