package no.bergen.fellesomradet.model;

/**
 * The municipality every etat belongs to, as the open data names it: the HSDS export's top
 * organisation and the JSON-LD's parent organisation.
 *
 * @param orgNumber the organisation number in Enhetsregisteret (Brønnøysundregistrene)
 */
public record Municipality(String name, String orgNumber, String website) {

    /**
     * Bergen kommune, organisasjonsnummer 964 338 531 (kommunenummer 4601). Not from this
     * repository's sources: read from public code that uses it as Bergen's number, Statistics
     * Norway's barnevern validator (statisticsnorway/barn-barnevern-xsd,
     * BusinessUrbanDistrictNumberAndNameSpec.groovy: «964338531 (Bergen)») and its KOSTRA control
     * programme; the register entry is https://data.brreg.no/enhetsregisteret/api/enheter/964338531
     * (docs/hsds-export.md).
     */
    public static final Municipality BERGEN = new Municipality("Bergen kommune", "964338531", "https://www.bergen.kommune.no/");
}
