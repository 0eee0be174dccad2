package org.parley.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the office-holder TSV: {@code country office body name aliases from to [note]}, tab-separated,
 * {@code #} lines and blank lines ignored. Strict: the first bad row stops the read with its line number.
 */
final class OfficeHolderTable {

    static final String COLUMNS = "country, office, body, name, aliases, from, to, [note]";
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    private OfficeHolderTable() {
    }

    static List<OfficeHolder> read(Reader reader, String source) throws IOException {
        BufferedReader lines = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        List<OfficeHolder> out = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                out.add(row(line));
            } catch (IllegalArgumentException e) {
                throw new OfficeHolderFormatException(source, number, e.getMessage());
            }
        }
        return List.copyOf(out);
    }

    private static OfficeHolder row(String line) {
        String[] f = line.split("\t", -1);
        if (f.length < 7 || f.length > 8) {
            throw new IllegalArgumentException("expected 7 or 8 tab-separated columns (" + COLUMNS + "), found " + f.length);
        }
        String country = f[0].strip();
        if (!COUNTRIES.contains(country)) {
            throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166 alpha-3 code");
        }
        Office office = Office.fromCode(f[1].strip()).orElseThrow(() ->
                new IllegalArgumentException("office '" + f[1].strip() + "' is not one of " + Office.codes()));
        String name = f[3].strip();
        if (NameKey.tokens(name).isEmpty()) {
            throw new IllegalArgumentException("no name");
        }
        List<String> aliases = f[4].isBlank() ? List.of()
                : Arrays.stream(f[4].split(",")).map(String::strip).toList();
        for (String alias : aliases) {
            checkAlias(alias, name);
        }
        return new OfficeHolder(country, office, f[2].strip(), name, aliases, new Term(f[5].strip(), f[6].strip()),
                f.length > 7 ? f[7].strip() : "");
    }

    /** An alias is another form of the whole name: "Lavrov" for Sergey Lavrov is left to the caller's surname rules. */
    private static void checkAlias(String alias, String name) {
        List<String> words = NameKey.tokens(alias);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty alias of " + name);
        }
        if (words.size() == 1 && NameKey.tokens(name).contains(words.get(0))) {
            throw new IllegalArgumentException("alias '" + alias + "' is one word of the name " + name + ", not a whole name");
        }
    }
}
