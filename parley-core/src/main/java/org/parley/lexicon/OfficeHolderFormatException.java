package org.parley.lexicon;

import java.io.IOException;

/** A row of an office-holder table that cannot be read; the message names the source and the line. */
public final class OfficeHolderFormatException extends IOException {

    private final String source;
    private final int line;

    public OfficeHolderFormatException(String source, int line, String problem) {
        super(source + " line " + line + ": " + problem);
        this.source = source;
        this.line = line;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }
}
