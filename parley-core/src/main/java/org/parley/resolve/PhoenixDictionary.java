package org.parley.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.NameKey;

/**
 * The Phoenix/TABARI actor dictionary format (petrarch2 {@code *.actors.txt}): a primary phrase with
 * words joined by {@code _}, {@code +} synonym lines, and {@code [CODE]} or date-restricted
 * {@code [CODE YYMMDD-YYMMDD]} / {@code [CODE >YYMMDD]} / {@code [CODE <YYMMDD]} lines; a comment after a
 * role names the office ("# Foreign Minister"). Countries and places ({@code [AFG]}) are not actors here.
 */
public final class PhoenixDictionary {

    private static final Pattern CODE = Pattern.compile("\\[([A-Z~]+)(?:\\s+([<>]?)(\\d{6,8})(?:-(\\d{6,8}))?)?\\]");

    private PhoenixDictionary() {
    }

    public static List<KbEntry> parse(List<String> lines) {
        List<KbEntry> out = new ArrayList<>();
        Builder current = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            String comment = line.contains("#") ? line.substring(line.indexOf('#') + 1).strip() : null;
            String body = line.contains("#") ? line.substring(0, line.indexOf('#')).strip() : line;
            if (body.startsWith("+")) {
                if (current != null) {
                    current.synonym(phrase(body.substring(1)));
                }
            } else if (body.startsWith("[")) {
                if (current != null) {
                    current.role(body, comment);
                }
            } else {
                if (current != null) {
                    current.build().ifPresent(out::add);
                }
                int bracket = body.indexOf('[');
                current = new Builder(phrase(bracket < 0 ? body : body.substring(0, bracket)));
                if (bracket >= 0) {
                    current.role(body.substring(bracket), comment);
                }
            }
        }
        if (current != null) {
            current.build().ifPresent(out::add);
        }
        return out;
    }

    /** Writes entries back in the format: name, synonyms, then one role line per code. */
    public static List<String> write(List<KbEntry> entries) {
        List<String> out = new ArrayList<>();
        for (KbEntry e : entries) {
            out.add(underscored(e.name()) + (e.code() == null ? "" : "  [" + e.code() + "]"));
            e.aliases().forEach(a -> out.add("+" + underscored(a)));
            for (KbEntry.Role r : e.roles()) {
                String code = r.code() != null ? r.code() : e.code();
                if (code == null) {
                    continue;
                }
                String range = r.from() == null && r.to() == null ? ""
                        : r.to() == null ? " >" + compact(r.from())
                        : r.from() == null ? " <" + compact(r.to()) : " " + compact(r.from()) + "-" + compact(r.to());
                out.add("\t[" + code + range + "]" + (r.title() == null ? "" : "  # " + r.title()));
            }
        }
        return out;
    }

    private static String underscored(String name) {
        return name.toUpperCase(Locale.ROOT).replace(' ', '_') + "_";
    }

    private static String compact(String iso) {
        return iso.replace("-", "");
    }

    /** "SERGEY_V._LAVROV_" → "Sergey V. Lavrov". */
    static String phrase(String text) {
        StringBuilder out = new StringBuilder();
        for (String w : text.strip().split("_+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1).toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** YYMMDD (20th or 21st century by a 1940 pivot) or YYYYMMDD to ISO. */
    static String date(String digits) {
        if (digits == null) {
            return null;
        }
        String full = digits.length() == 8 ? digits
                : (Integer.parseInt(digits.substring(0, 2)) <= 40 ? "20" : "19") + digits;
        return full.substring(0, 4) + "-" + full.substring(4, 6) + "-" + full.substring(6, 8);
    }

    private static final class Builder {
        private final String name;
        private final List<String> aliases = new ArrayList<>();
        private final List<KbEntry.Role> roles = new ArrayList<>();
        private String plainCode;

        Builder(String name) {
            this.name = name;
        }

        /** Only names of the same person: "Sergei Lavrov", not "Russian Foreign Minister Sergey Lavrov". */
        void synonym(String s) {
            if (!s.isEmpty() && NameKey.compatible(s, name) && NameKey.tokens(s).size() <= NameKey.tokens(name).size() + 1) {
                aliases.add(s);
            }
        }

        void role(String text, String comment) {
            Matcher m = CODE.matcher(text);
            if (!m.find()) {
                return;
            }
            String code = m.group(1);
            if (m.group(3) == null) {
                plainCode = code;
                return;
            }
            String first = date(m.group(3));
            String second = date(m.group(4));
            String from = "<".equals(m.group(2)) ? null : first;
            String to = "<".equals(m.group(2)) ? first : second;
            roles.add(new KbEntry.Role(comment, code, from, to));
        }

        java.util.Optional<KbEntry> build() {
            String code = plainCode != null ? plainCode : roles.isEmpty() ? null : roles.get(roles.size() - 1).code();
            if (code == null || code.startsWith("~") || plainCode != null && plainCode.length() == 3 && roles.isEmpty()) {
                return java.util.Optional.empty(); // a country, a place or an agent noun, not an actor
            }
            boolean organisation = code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("MNC")
                    || NameKey.tokens(name).stream().anyMatch(OrgNames.HEADS::contains);
            String country = code.length() >= 3 && !organisation ? code.substring(0, 3) : null;
            return java.util.Optional.of(new KbEntry(organisation ? "organisation" : "person", name, country, code,
                    aliases, roles));
        }
    }
}
