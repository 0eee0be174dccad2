package org.parley.ingest;

/**
 * A record that cannot be read, naming where it is: the typed form of a {@link ReadProblem},
 * thrown inside a reader and turned into a problem at the record boundary.
 */
public class RecordException extends Exception {

    private final String origin;
    private final String where;

    public RecordException(String origin, String where, String reason) {
        super(reason);
        this.origin = origin;
        this.where = where;
    }

    public String origin() {
        return origin;
    }

    public String where() {
        return where;
    }

    public ReadProblem toProblem() {
        return new ReadProblem(origin, where, getMessage());
    }
}
