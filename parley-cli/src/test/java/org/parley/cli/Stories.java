package org.parley.cli;

/**
 * Invented news stories long enough for near-duplicate detection (over 50 words), each with one
 * sentence {@link FakePipeline} reads as an event. Written for these tests; no news text is copied.
 */
final class Stories {

    private Stories() {
    }

    static final String FISHERIES = """
            Nordic ministers agree to keep talking about fish
            Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.
            The two foreign ministers spent most of the afternoon on quotas for the northern fishing grounds,
            a subject that has divided their coastal towns for years and that neither government wants to
            leave to the courts. Officials on both sides described the talks as frank but friendly, and said
            that experts would meet again before the summer to compare their counts of the herring stock.
            A joint statement is expected once the experts have finished their work.
            """;

    /** {@link #FISHERIES} as another site ran it: another headline, the last sentence cut short. */
    static final String FISHERIES_SYNDICATED = """
            Berg and Lind hold fishing talks in Oslo
            Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.
            The two foreign ministers spent most of the afternoon on quotas for the northern fishing grounds,
            a subject that has divided their coastal towns for years and that neither government wants to
            leave to the courts. Officials on both sides described the talks as frank but friendly, and said
            that experts would meet again before the summer to compare their counts of the herring stock.
            A joint statement is expected.
            """;

    static final String RAIL = """
            A phone call about a railway
            Lucia Sanchez of ESP called Anna Berg of NOR on 2024-01-20.
            The call, which lasted almost an hour according to the Spanish side, was about a plan for a night
            train between the two capitals that has been discussed since the pandemic. Engineers from both
            national rail companies have drawn up three possible routes, and the ministers want a decision by
            the end of the year so that tickets could be sold for the following winter. Nothing was signed.
            """;

    static final String VISIT = """
            Finnish minister visits Madrid
            Tomas Lind of FIN visited Lucia Sanchez of ESP in Madrid on 2024-06-11.
            It was the first visit by a Finnish foreign minister to Spain in six years, and the programme
            included a lunch with business leaders, a walk through an exhibition of northern design and a
            short press conference at which both ministers praised the other country's football team. The
            visit ended with a promise to open a new consulate in the south of Spain next spring.
            """;

    static final String FRENCH = """
            Les ministres se retrouvent à Paris
            La ministre des affaires étrangères a reçu son homologue dans la capitale pour une longue
            discussion sur la pêche et sur les quotas. Les deux pays ont des positions très différentes, mais
            les diplomates disent que le dialogue est utile et qu'il doit continuer. Une nouvelle réunion est
            prévue pour le mois de juin, avec des experts des deux côtés, dans une ville qui n'est pas encore connue.
            """;
}
