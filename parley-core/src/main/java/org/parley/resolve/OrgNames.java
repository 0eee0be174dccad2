package org.parley.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.lexicon.NameKey;

/**
 * Organisations named inside titles ("Chairman of the NPC Standing Committee", "Federation Council
 * Speaker", "leader of the A Just Russia — For Truth party") and when two names are one organisation.
 */
final class OrgNames {

    /** A person's role in an organisation as a title states it. */
    record Role(String role, String organisation) {
    }

    private static final String ROLES = "chairman|chairwoman|chairperson|chair|speaker|head|leader|member|director"
            + "|secretary|secretary-general|president|vice-chairman|vice chairman|deputy chairman|deputy head"
            + "|spokesman|spokeswoman|spokesperson|minister|deputy|senator";
    /** Words that make a phrase an organisation; an extra one of these makes a different organisation. */
    static final Set<String> HEADS = Set.of("committee", "council", "duma", "ministry", "party", "assembly", "congress",
            "department", "commission", "parliament", "senate", "kremlin", "chamber", "bureau", "office", "politburo",
            "government", "cabinet", "agency", "administration", "presidium", "faction", "caucus", "group", "yuan");
    private static final Pattern ROLE_OF = Pattern.compile("(?i)\\b(" + ROLES + ")\\s+of\\s+(the\\s+)?(.+)$");
    private static final Pattern ORG_ROLE = Pattern.compile("(?i)^(.+?)\\s+(" + ROLES + ")$");
    private static final Set<String> STOP = Set.of("the", "of", "a", "an", "for", "and", "on", "in", "s");
    private static final Pattern MINISTER = Pattern.compile("(?i)\\b(foreign|defen[cs]e|finance|trade|commerce)\\s+minister\\b");

    private OrgNames() {
    }

    /** The organisation a title places its holder in, with the role, if the title names one. */
    static Optional<Role> fromTitle(String title) {
        String t = title.strip();
        Matcher of = ROLE_OF.matcher(t);
        if (of.find() && hasHead(of.group(3))) {
            return Optional.of(new Role(of.group(1).toLowerCase(Locale.ROOT), trimOrg(of.group(3))));
        }
        Matcher orgRole = ORG_ROLE.matcher(t);
        if (orgRole.find() && hasHead(orgRole.group(1))) {
            return Optional.of(new Role(orgRole.group(2).toLowerCase(Locale.ROOT), trimOrg(orgRole.group(1))));
        }
        Matcher minister = MINISTER.matcher(t);
        if (minister.find()) {
            String field = minister.group(1).toLowerCase(Locale.ROOT);
            String area = field.startsWith("defen") ? "Defence" : Character.toUpperCase(field.charAt(0)) + field.substring(1);
            return Optional.of(new Role("minister", area + " Ministry"));
        }
        return Optional.empty();
    }

    /** One organisation: same words up to acronyms, plurals and words that are not heads. */
    static boolean sameOrganisation(String a, String b) {
        List<String> x = withoutPartyWord(words(a, b));
        List<String> y = withoutPartyWord(words(b, a));
        Set<String> small = new LinkedHashSet<>(x.size() <= y.size() ? x : y);
        Set<String> large = new LinkedHashSet<>(x.size() <= y.size() ? y : x);
        if (small.isEmpty() || !large.containsAll(small)) {
            return false;
        }
        large.removeAll(small);
        return large.stream().noneMatch(HEADS::contains) && (small.size() >= 2 || large.isEmpty());
    }

    /** "United Russia party" is "United Russia": the word adds nothing once the name has two words. */
    private static List<String> withoutPartyWord(List<String> words) {
        List<String> rest = words.stream().filter(w -> !w.equals("party")).toList();
        return rest.size() >= 2 ? rest : words;
    }

    /** The folded words of {@code name}, with an acronym spelled out where {@code other} spells it. */
    static List<String> words(String name, String other) {
        List<String> otherWords = plainWords(other);
        List<String> out = new ArrayList<>();
        for (String raw : name.split("[^\\p{L}\\p{N}'’]+")) {
            if (raw.length() >= 2 && raw.equals(raw.toUpperCase(Locale.ROOT)) && raw.chars().allMatch(Character::isLetter)) {
                List<String> spelled = spelledOut(raw.toLowerCase(Locale.ROOT), otherWords);
                if (spelled != null) {
                    out.addAll(spelled);
                    continue;
                }
            }
            out.addAll(plainWords(raw));
        }
        return out.stream().distinct().toList();
    }

    private static List<String> spelledOut(String acronym, List<String> words) {
        for (int i = 0; i + acronym.length() <= words.size(); i++) {
            boolean all = true;
            for (int j = 0; j < acronym.length() && all; j++) {
                all = words.get(i + j).charAt(0) == acronym.charAt(j);
            }
            if (all) {
                return words.subList(i, i + acronym.length());
            }
        }
        return null;
    }

    private static List<String> plainWords(String text) {
        List<String> out = new ArrayList<>();
        for (String w : NameKey.fold(text).split(" ")) {
            if (w.isEmpty() || STOP.contains(w)) {
                continue;
            }
            out.add(w.length() > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w);
        }
        return out;
    }

    private static boolean hasHead(String phrase) {
        return plainWords(phrase).stream().anyMatch(HEADS::contains);
    }

    /** Drops a trailing relative clause or comma part: "the State Duma, the lower house" → "State Duma". */
    private static String trimOrg(String org) {
        String o = org.split("(?i),| who | which | and (the )?(" + ROLES + ")\\b")[0].strip();
        return o.replaceFirst("(?i)^the\\s+", "");
    }
}
