package org.parley.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small invented articles written for these tests (no news text is copied into the repository). */
final class Articles {

    private Articles() {
    }

    static final String OSLO = """
            Ministers meet in Oslo
            Anna Berg of NOR met Tomas Lind of FIN in Oslo on 2024-03-05.
            The two sides agreed to talk again, said a spokesperson, "soon".
            """;

    static final String MADRID = """
            A phone call and a visit
            Lucia Sanchez of ESP called Anna Berg of NOR on 2024-01-20.
            Tomas Lind of FIN visited Lucia Sanchez of ESP in Madrid on 2024-06-11.
            """;

    static final String NO_DATE = """
            Undated letter
            Tomas Lind of FIN wrote to Lucia Sanchez of ESP.
            """;

    /** Article number {@code i} of a numbered batch: one meeting on day {@code i} of May 2024. */
    static String numbered(int i) {
        return "Round " + i + "\nPeter Holm" + (char) ('a' + i % 26) + " of DNK met Maria Kask of EST in Tallinn on 2024-05-"
                + String.format("%02d", 1 + i % 28) + ".\nAnother line " + i + ".\n";
    }

    static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
