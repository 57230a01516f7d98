package no.bergen.fellesomradet.cli;

import java.time.LocalDate;
import java.util.UUID;

import no.bergen.fellesomradet.model.EntryType;

/**
 * The text of a new entry. Values to replace are written as [[fyll inn: …]], which {@code check}
 * refuses until they are answered, so a scaffold can never be published by accident.
 */
final class Scaffold {

    private Scaffold() { }

    /** @param id the new entry's identity in the open data, fresh for every scaffold */
    static String of(EntryType type, LocalDate today, UUID id) {
        StringBuilder sb = new StringBuilder("---\n");
        sb.append("type: ").append(type.key()).append('\n');
        sb.append("id: ").append(id).append('\n');
        sb.append("tittel: \"[[fyll inn: Hva heter den?]]\"\n");
        sb.append("sammendrag: \"[[fyll inn: Én eller to setninger om hva dette er og for hvem.]]\"\n");
        sb.append("stikkord:\n  - \"[[fyll inn: ord en ansatt ville søke på]]\"\n");
        sb.append("eier: \"[[fyll inn: Etaten som eier siden, nøyaktig som i content/data/etater.yaml]]\"\n");
        sb.append("innholdseier:\n  rolle: \"[[fyll inn: Rolle, etat – ikke et navn]]\"\n");
        sb.append("sist_kontrollert: ").append(today).append('\n');
        sb.append("kilder:\n  - \"[[fyll inn: Hvor opplysningene kommer fra: dokument og side, lov og paragraf]]\"\n");
        sb.append("maalgruppe:\n  - \"[[fyll inn: nøkkel fra content/data/maalgrupper.yaml]]\"\n");
        sb.append("los:\n  - \"[[fyll inn: LOS-tema eller -ord, for eksempel ord/helsestasjon (se https://psi.norge.no/los/)]]\"\n");
        switch (type) {
            case TJENESTE -> sb.append("""
                    # alder: slett hvis ingen kilde oppgir alder
                    alder:
                      fra: "[[fyll inn: laveste alder]]"
                      til: "[[fyll inn: høyeste alder]]"
                    henvisning:
                      - "[[fyll inn: selvhenvisning, via-tjeneste eller vedtak]]"
                    kontakt:
                      fylles_inn_av_eier: [telefon, adresse, apningstider]
                    samarbeider_med:
                      - "[[fyll inn: slug til en tjeneste eller samarbeidsstruktur]]"
                    lovgrunnlag:
                      - "[[fyll inn: lovnavn § N-N]]"
                    ---

                    ## Hva tjenesten gjør

                    [[fyll inn: Oppdraget, kort.]]

                    ## Hvem kan få hjelp

                    [[fyll inn: Målgruppe og alder.]]

                    ## Slik tar du kontakt

                    [[fyll inn: Direkte, via en annen tjeneste eller etter vedtak.]]

                    ## Når du er bekymret for et barn

                    [[fyll inn: Hva tjenesten gjør, og hvordan andre samarbeider med den.]] Se [Bekymret for et barn](bekymret-for-et-barn.md).
                    """);
            case VEILEDER -> sb.append("""
                    lovgrunnlag:
                      - "[[fyll inn: lovnavn § N-N]]"
                    ---

                    ## Slik gjør du det

                    1. [[fyll inn: Det viktigste først.]]
                    2. [[fyll inn: Neste steg.]]
                    """);
            case SAMARBEID -> sb.append("""
                    deltakere:
                      - "[[fyll inn: slug til en tjeneste som deltar]]"
                    ---

                    ## Hvem deltar

                    [[fyll inn: Tjenester og roller.]]

                    ## Hvilke saker

                    [[fyll inn: Hva teamet tar opp.]]

                    ## Slik melder du inn en sak

                    [[fyll inn: Steg for steg.]]
                    """);
            case STI -> sb.append("""
                    steg:
                      - slug: bekymret-for-et-barn
                        hvorfor: "[[fyll inn: Hvorfor dette steget er viktig for en nyansatt.]]"
                    ---

                    [[fyll inn: Hvem stien er for.]]
                    """);
        }
        return sb.toString();
    }
}
