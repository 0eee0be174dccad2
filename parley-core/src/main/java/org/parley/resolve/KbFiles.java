package org.parley.resolve;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parley.lexicon.NameKey;
import org.parley.lexicon.OfficeHolder;
import org.parley.lexicon.OfficeHolders;

/**
 * Actor lists on disk, by extension: {@code .json} (an array of {@link KbEntry}), {@code .csv} (one row per
 * role: name,kind,country,code,aliases,title,from,to; aliases separated by ';'), {@code .tsv} an
 * office-holder table in the format of {@code org/parley/lexicon/office-holders.tsv} (read only),
 * anything else the Phoenix dictionary format ({@code .txt}, {@code .actors}).
 */
public final class KbFiles {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String HEADER = "name,kind,country,code,aliases,title,from,to";

    private KbFiles() {
    }

    public static List<KbEntry> read(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return JSON.readValue(file.toFile(), new TypeReference<List<KbEntry>>() { });
        }
        if (name.endsWith(".tsv")) {
            return officeHolders(OfficeHolders.read(file).all());
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return name.endsWith(".csv") ? csv(lines, file) : PhoenixDictionary.parse(lines);
    }

    public static void write(List<KbEntry> entries, Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".tsv")) {
            // an actor list does not know offices and exact terms: a .tsv written here could not be read back
            throw new IllegalArgumentException(file + ": office-holder tables (.tsv) are only read; write .csv, .json or .txt");
        }
        if (name.endsWith(".json")) {
            JSON.writeValue(file.toFile(), entries);
            return;
        }
        Files.write(file, name.endsWith(".csv") ? csv(entries) : PhoenixDictionary.write(entries), StandardCharsets.UTF_8);
    }

    /** One person per name and country, with every term as a dated title. */
    static List<KbEntry> officeHolders(List<OfficeHolder> rows) {
        Map<String, KbEntry> byPerson = new LinkedHashMap<>();
        for (OfficeHolder h : rows) {
            String key = NameKey.key(h.name()) + "|" + h.country();
            KbEntry known = byPerson.get(key);
            List<String> aliases = new ArrayList<>(known == null ? List.of() : known.aliases());
            h.aliases().stream().filter(a -> !aliases.contains(a)).forEach(aliases::add);
            List<KbEntry.Role> roles = new ArrayList<>(known == null ? List.of() : known.roles());
            roles.add(new KbEntry.Role(h.title(), null, h.term().start().toString(),
                    h.term().end().map(LocalDate::toString).orElse(null)));
            byPerson.put(key, new KbEntry("person", known == null ? h.name() : known.name(), h.country(), null, aliases, roles));
        }
        return List.copyOf(byPerson.values());
    }

    private static List<KbEntry> csv(List<String> lines, Path file) throws IOException {
        Map<String, KbEntry> byName = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> f = fields(lines.get(i));
            if (f.size() < 3) {
                throw new IOException(file + " line " + (i + 1) + ": expected " + HEADER);
            }
            String key = f.get(0) + "|" + f.get(2);
            KbEntry known = byName.get(key);
            List<String> aliases = new ArrayList<>(known == null ? List.of() : known.aliases());
            if (f.size() > 4 && !f.get(4).isBlank()) {
                Arrays.stream(f.get(4).split(";")).map(String::strip).filter(s -> !aliases.contains(s)).forEach(aliases::add);
            }
            List<KbEntry.Role> roles = new ArrayList<>(known == null ? List.of() : known.roles());
            if (f.size() > 5 && !f.get(5).isBlank()) {
                roles.add(new KbEntry.Role(f.get(5), null, blank(f, 6), blank(f, 7)));
            }
            byName.put(key, new KbEntry(blank(f, 1), f.get(0), blank(f, 2), blank(f, 3), aliases, roles));
        }
        return List.copyOf(byName.values());
    }

    private static List<String> csv(List<KbEntry> entries) {
        List<String> out = new ArrayList<>(List.of(HEADER));
        for (KbEntry e : entries) {
            String start = String.join(",", quote(e.name()), quote(e.kind()), quote(e.country()), quote(e.code()),
                    quote(String.join(";", e.aliases())));
            List<KbEntry.Role> titled = e.roles().stream().filter(r -> r.title() != null).toList();
            if (titled.isEmpty()) {
                out.add(start + ",,,");
            }
            titled.forEach(r -> out.add(start + "," + quote(r.title()) + "," + quote(r.from()) + "," + quote(r.to())));
        }
        return out;
    }

    private static String blank(List<String> f, int i) {
        return i < f.size() && !f.get(i).isBlank() ? f.get(i).strip() : null;
    }

    private static String quote(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** RFC 4180 fields of one line. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
