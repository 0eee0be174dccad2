package org.parley.store;

/**
 * How a source is named to a reader: never by the server's path to the file it was read from, which says
 * nothing to the reader and tells a stranger how the server's disk is laid out.
 */
public final class SourceNames {

    private SourceNames() {
    }

    /** The last part of a file path ("bi-025.txt"); a URL or a bare name as it is; null for null. */
    public static String file(String origin) {
        if (origin == null || origin.contains("://")) {
            return origin;
        }
        int slash = Math.max(origin.lastIndexOf('/'), origin.lastIndexOf('\\'));
        return slash < 0 ? origin : origin.substring(slash + 1);
    }

    /**
     * What to head a source with: its title, else the first line of its text when it reads like a headline
     * (plain-text articles often open with one), else null (the reader then names it by its file).
     */
    public static String headline(String title, String opening) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        if (opening == null) {
            return null;
        }
        for (String line : opening.split("\n")) {
            String candidate = line.strip();
            if (!candidate.isEmpty()) {
                return candidate.length() <= 150 && !candidate.endsWith(".") ? candidate : null;
            }
        }
        return null;
    }
}
