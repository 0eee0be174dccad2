package org.parley.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.time.LocalDate;
import org.parley.lexicon.NameWords;
import org.parley.lexicon.OfficeHolders;
import java.util.Set;

import org.parley.model.Person;

/**
 * The people of one article: every mention of a named person, grouped into one cluster per person
 * ("Zhao Leji", "Zhao"; "Valentina Matvienko", "Matviyenko"), each with the titles the article gives
 * and a side voted from those titles, nationality words, institutions and known officials.
 */
final class ArticlePeople {

    /** A person named at tokens [start, end) of a sentence. {@code inTitle}: inside someone's title. */
    record Mention(int sentence, int start, int end, int person, boolean inTitle) {
    }

    private static final Set<String> CREDIT_WORDS = Set.of(
            "photo", "photos", "picture", "credit", "file", "pool", "reuters", "afp", "xinhua", "sputnik",
            "getty", "ap", "tass", "epa", "by", "editor", "reporter", "reporting", "writing", "editing",
            "correspondent", "journalist", "author");

    private final Gazetteer gazetteer = Gazetteer.get();
    final List<PersonCluster> clusters = new ArrayList<>();
    private final Map<Integer, List<Mention>> bySentence = new HashMap<>();
    private final Map<Integer, List<TitleReader.Title>> titleSpans = new HashMap<>();

    private final OfficeHolders holders;
    private final Optional<LocalDate> onDate;

    /**
     * @param holders the office-holder knowledge base ({@link OfficeHolders#none()} to read sides from
     *                the text alone)
     * @param onDate  the article's date, to choose among the terms of a name
     */
    ArticlePeople(List<Words> sentences, OfficeHolders holders, Optional<LocalDate> onDate) {
        this.holders = holders;
        this.onDate = onDate;
        List<Span> spans = new ArrayList<>();
        for (Words w : sentences) {
            spans.addAll(nameSpans(w));
        }
        // full names first, so that "Zhao" later joins "Zhao Leji" wherever it stands
        List<Span> ordered = new ArrayList<>(spans);
        ordered.sort(Comparator.comparingInt((Span s) -> -Math.min(2, PersonCluster.tokens(s.name).size())));
        Map<Span, Integer> personOf = new HashMap<>();
        for (Span s : ordered) {
            personOf.put(s, clusterFor(s));
        }
        for (Span s : spans) {
            addMention(s.w, s.start, s.end, personOf.get(s));
        }
        for (Words w : sentences) {
            addPartialMentions(w);
        }
        for (Words w : sentences) {
            readTitles(w);
        }
        for (PersonCluster c : clusters) {
            Optional<String> known = holders.countryOf(c.canonical, onDate);
            if (known.isEmpty() && !c.canonical.contains(" ") && c.canonical.length() >= 4) {
                known = holders.countryOfNameWord(c.canonical);
            }
            known.ifPresent(iso -> c.vote(iso, 2));
            c.known = known.isPresent();
        }
        for (Words w : sentences) {
            sideFromList(w);
        }
        for (int k = 0; k < sentences.size(); k++) {
            sideOfCompany(sentences.get(k), k == 0 ? null : sentences.get(k - 1));
        }
        markMentionsInsideTitles();
    }

    private ArticlePeople(ArticlePeople from) {
        this.holders = from.holders;
        this.onDate = from.onDate;
        for (PersonCluster c : from.clusters) {
            clusters.add(c.copy());
        }
        // the mentions and title spans are settled by the constructor and never change after it
        bySentence.putAll(from.bySentence);
        titleSpans.putAll(from.titleSpans);
    }

    /** An independent copy: votes added to its people leave this article's people as they were. */
    ArticlePeople copy() {
        return new ArticlePeople(this);
    }

    /** Whether tokens [start, end) of a sentence lie inside a title the article gives someone. */
    boolean insideTitle(int sentence, int start, int end) {
        return titleSpans.getOrDefault(sentence, List.of()).stream()
                .anyMatch(t -> start >= t.start() && end <= t.end());
    }

    List<Mention> mentionsIn(int sentence) {
        return bySentence.getOrDefault(sentence, List.of());
    }

    PersonCluster person(int id) {
        return clusters.get(id);
    }

    List<Person> persons() {
        List<Person> out = new ArrayList<>();
        for (PersonCluster c : clusters) {
            out.add(new Person(c.canonical, c.side(), List.copyOf(c.titles), c.aliases()));
        }
        return out;
    }

    /** The most-mentioned person of a side, for "met with officials of the Russian party". */
    Optional<PersonCluster> mostSalient(String side, Set<Integer> except) {
        return clusters.stream()
                .filter(c -> side.equals(c.side()) && !except.contains(c.id))
                .max(Comparator.comparingInt((PersonCluster c) -> c.mentions).thenComparingInt(c -> -c.firstSentence));
    }

    /** People whose titles hold {@code head} ("president") and whose side is {@code side} (or any, if null). */
    List<PersonCluster> withTitle(String head, String side) {
        List<PersonCluster> out = new ArrayList<>();
        for (PersonCluster c : clusters) {
            if ((side == null || side.equals(c.side())) && c.hasTitleWord(head)) {
                out.add(c);
            }
        }
        return out;
    }

    private record Span(Words w, int start, int end, String name) {
    }

    private List<Span> nameSpans(Words w) {
        List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < w.size()) {
            if (!w.nerIs(i, "PERSON")) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            while (end < w.size() && w.nerIs(end, "PERSON")) {
                end++;
            }
            // an initial before the name: "S Jaishankar", "S. Jaishankar"
            if (start > 0 && w.word[start - 1].matches("[A-Z]\\.?") && !w.nerIs(start - 1, "PERSON")) {
                start--;
            }
            while (start < end && (Lexicon.HONORIFICS.contains(w.lower[start]) || gazetteer.isPlace(w.word[start]))) {
                start++; // "Ambassador to Russia Zhang Hanhui": the country ran into the name
            }
            if (start < end && !isCredit(w, start, end) && !gazetteer.isPlace(w.text(start, end))) {
                out.add(new Span(w, start, end, w.text(start, end)));
            }
            i = end;
        }
        out.addAll(knownOfficials(w, out));
        out.addAll(pinyinNames(w, out));
        return out;
    }

    private static final Set<String> CHINESE_SURNAMES = NameWords.wordList("pinyin-surnames");
    private static final java.util.regex.Pattern PINYIN = java.util.regex.Pattern.compile(
            "(?i)((zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|e|i|o|u|v)(?=$|[^aeiouv])){1,3}");

    /**
     * "Governor of ... Heilongjiang Liang Huiling" where the NER took the name for part of a place:
     * a Chinese surname and a pinyin given name right after a title are a person.
     */
    private List<Span> pinyinNames(Words w, List<Span> found) {
        List<Span> out = new ArrayList<>();
        for (int i = 1; i + 1 < w.size(); i++) {
            int at = i;
            if (found.stream().anyMatch(s -> at + 1 >= s.start && at < s.end) || w.nerIs(i, "PERSON")
                    || !w.isCapitalised(i) || !w.isCapitalised(i + 1)
                    || !CHINESE_SURNAMES.contains(w.lower[i]) || !PINYIN.matcher(w.word[i + 1]).matches()
                    || gazetteer.isPlace(w.word[i + 1]) || gazetteer.isPlace(w.text(i, i + 2)) || w.isCapitalised(i + 2)) {
                continue;
            }
            boolean afterTitle = false;
            for (int j = Math.max(0, i - 10); j < i; j++) {
                if (TitleReader.isHead(w, j)) {
                    afterTitle = true;
                }
            }
            if (afterTitle) {
                out.add(new Span(w, i, i + 2, w.text(i, i + 2)));
                i++;
            }
        }
        return out;
    }

    /** Well-known officials the NER missed ("... of China Zhao Leji" tagged as part of an organisation). */
    private List<Span> knownOfficials(Words w, List<Span> found) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i + 1 < w.size(); i++) {
            int at = i;
            if (found.stream().anyMatch(s -> at >= s.start && at < s.end) || !w.isCapitalised(i)) {
                continue;
            }
            for (int len = 3; len >= 2; len--) {
                if (i + len <= w.size() && w.isCapitalised(i + len - 1) && holders.knowsName(w.text(i, i + len))) {
                    out.add(new Span(w, i, i + len, w.text(i, i + len)));
                    i += len - 1;
                    break;
                }
            }
        }
        return out;
    }

    /**
     * "his wife, Brigitte", "First Lady Jill Biden", "and his wife, Mrs. Yuko": a spouse who comes along
     * acts for no side, so is no participant (a first lady is still one of the article's persons).
     */
    private static boolean isSpouse(Words w, int start) {
        for (int j = start - 1; j >= Math.max(0, start - 4); j--) {
            if (Lexicon.SPOUSE_WORDS.contains(w.lower[j])
                    || w.is(j, "lady", "gentleman") && w.is(j - 1, "first", "First")) {
                return true;
            }
            if (!w.is(j, ",", "his", "her", "the") && !Lexicon.HONORIFICS.contains(w.lower[j])) {
                return false;
            }
        }
        return false;
    }

    /** Photographers, reporters and bylines are not officials. */
    private static boolean isCredit(Words w, int start, int end) {
        if (w.is(start - 1, "/") || w.is(end, "/") || w.is(start - 1, "by") && start <= 2) {
            return true;
        }
        if (end - start == 1 && w.word[start].equals(w.word[start].toUpperCase(Locale.ROOT))) {
            return true; // "XINHUA" tagged as a person
        }
        for (int i = Math.max(0, start - 4); i < start; i++) {
            if (w.is(i, "photo", "picture", "credit", "reporting", "editing", "writing", "byline")
                    || w.is(i, ":") && CREDIT_WORDS.contains(w.lower[Math.max(0, i - 1)])) {
                return true;
            }
        }
        return false;
    }

    private int clusterFor(Span s) {
        List<String> tokens = PersonCluster.tokens(s.name);
        boolean spouse = isSpouse(s.w, s.start);
        PersonCluster best = null;
        for (PersonCluster c : clusters) {
            // "Biden" after "First Lady Jill Biden" and "President Joe Biden" is the official
            boolean spouseMismatch = tokens.size() == 1 && c.spouse != spouse
                    && clusters.stream().anyMatch(o -> o.spouse == spouse && PersonCluster.sameName(tokens, PersonCluster.tokens(o.canonical)));
            if (!spouseMismatch && PersonCluster.sameName(tokens, PersonCluster.tokens(c.canonical))
                    && (tokens.size() > 1 || best == null || c.mentions > best.mentions)) {
                best = c;
                if (tokens.size() > 1) {
                    break;
                }
            }
        }
        if (best == null) {
            best = new PersonCluster(clusters.size(), s.name, s.w.sentence.index());
            best.spouse = spouse;
            clusters.add(best);
        } else {
            best.addName(s.name);
        }
        return best.id;
    }

    private void addMention(Words w, int start, int end, int person) {
        clusters.get(person).mentions++;
        bySentence.computeIfAbsent(w.sentence.index(), k -> new ArrayList<>())
                .add(new Mention(w.sentence.index(), start, end, person, false));
    }

    /** "Xi", "xi's", "Matviyenko" where the NER missed them: single words of a full name already seen. */
    private void addPartialMentions(Words w) {
        List<Mention> existing = bySentence.getOrDefault(w.sentence.index(), List.of());
        for (int i = 0; i < w.size(); i++) {
            int at = i;
            if (existing.stream().anyMatch(m -> at >= m.start() && at < m.end())) {
                continue;
            }
            if (w.nerIs(i, "CITY", "COUNTRY", "NATIONALITY", "STATE_OR_PROVINCE") || w.lower[i].length() < 2
                    || w.nerIs(i + 1, "PERSON") || w.nerIs(i - 1, "PERSON")) {
                continue;
            }
            if (!w.isCapitalised(i) && !w.word[i].equals(w.lower[i])) {
                continue;
            }
            PersonCluster match = null;
            for (PersonCluster c : clusters) {
                if (PersonCluster.tokens(c.canonical).size() > 1 && c.nameTokens().contains(w.lower[i])
                        && (w.isCapitalised(i) || w.lower[i].length() >= 2)) {
                    if (match != null && match.id != c.id) {
                        match = nearest(match, c, w.sentence.index());
                    } else {
                        match = c;
                    }
                }
            }
            if (match != null) {
                addMention(w, i, i + 1, match.id);
            }
        }
        bySentence.getOrDefault(w.sentence.index(), new ArrayList<>()).sort(Comparator.comparingInt(Mention::start));
    }

    private PersonCluster nearest(PersonCluster a, PersonCluster b, int sentence) {
        int da = lastMentionBefore(a.id, sentence);
        int db = lastMentionBefore(b.id, sentence);
        return db > da ? b : a;
    }

    private int lastMentionBefore(int person, int sentence) {
        int last = -1;
        for (var e : bySentence.entrySet()) {
            if (e.getKey() <= sentence && e.getValue().stream().anyMatch(m -> m.person() == person)) {
                last = Math.max(last, e.getKey());
            }
        }
        return last;
    }

    private void readTitles(Words w) {
        for (Mention m : bySentence.getOrDefault(w.sentence.index(), List.of())) {
            PersonCluster c = clusters.get(m.person());
            Optional<TitleReader.Title> before = TitleReader.before(w, m.start());
            before.ifPresent(t -> addTitle(w, c, t, t.counterpart() ? 4 : 3));
            // "his Spanish counterpart, Prime Minister Elena Ibarra": the counterpart set off before the title
            before.filter(t -> w.is(t.start() - 1, ","))
                    .flatMap(t -> TitleReader.before(w, t.start())).filter(TitleReader.Title::counterpart)
                    .ifPresent(t -> addTitle(w, c, t, 4));
            TitleReader.after(w, m.end()).ifPresent(t -> addTitle(w, c, t, 3));
            aliasInParentheses(w, m, c);
            delegationSide(w, m.start()).ifPresent(iso -> c.vote(iso, 2));
            countryAfterName(w, m.end()).ifPresent(iso -> c.vote(iso, 3));
        }
    }

    /** "Presidents Shavkat Mirziyoyev of Uzbekistan and Ilham Aliyev of Azerbaijan": "of" and a country. */
    private Optional<String> countryAfterName(Words w, int nameEnd) {
        if (!w.is(nameEnd, "of")) {
            return Optional.empty();
        }
        int at = w.is(nameEnd + 1, "the") ? nameEnd + 2 : nameEnd + 1;
        if (at >= w.size()) {
            return Optional.empty();
        }
        return gazetteer.longestAt(w.wordList, at, w.size())
                .filter(h -> h.kind() == Gazetteer.Kind.COUNTRY)
                .map(Gazetteer.Hit::iso3);
    }

    private void addTitle(Words w, PersonCluster c, TitleReader.Title t, int weight) {
        c.titles.add(t.text().replaceAll("^(?i)(his|her|the) ", ""));
        titleSpans.computeIfAbsent(w.sentence.index(), k -> new ArrayList<>()).add(t);
        List<String> words = w.wordList.subList(t.start(), t.end());
        for (Gazetteer.Hit h : gazetteer.allSides(words, 0, words.size())) {
            c.vote(h.iso3(), h.kind() == Gazetteer.Kind.CITY ? 1 : weight);
            if (h.kind() != Gazetteer.Kind.CITY) {
                break; // the first named country speaks for the title ("Special Envoy of Chinese President ...")
            }
        }
    }

    /** "Joko Widodo (Jokowi)": a one-word name in brackets right after a name is an alias. */
    private static void aliasInParentheses(Words w, Mention m, PersonCluster c) {
        int i = m.end();
        if (w.is(i, "(") && w.is(i + 2, ")") && w.isCapitalised(i + 1)
                && !w.is(i + 1, "Left", "Right", "Center", "Centre", "L", "R", "C")) {
            c.names.add(w.word[i + 1]);
        }
    }

    /** "a delegation of the United Russia Party led by NAME": the delegation names the leader's side. */
    private Optional<String> delegationSide(Words w, int nameStart) {
        int i = nameStart - 1;
        while (i >= 0 && (w.nerIs(i, "TITLE", "NATIONALITY", "COUNTRY", "ORGANIZATION") || w.isCapitalised(i))) {
            i--;
        }
        if (!(w.is(i, "by") && w.is(i - 1, "led", "headed"))) {
            return Optional.empty();
        }
        for (int j = i - 2; j >= Math.max(0, i - 16); j--) {
            if (w.is(j, "delegation", "delegations")) {
                return gazetteer.sideOf(w.wordList.subList(j + 1, i - 1));
            }
        }
        return Optional.empty();
    }

    /**
     * "Syrian Foreign Minister A, Defense Minister B and Intelligence Chief C": people listed after
     * one whose side is known share it, when nothing else names theirs.
     */
    private void sideFromList(Words w) {
        List<Mention> ms = bySentence.getOrDefault(w.sentence.index(), List.of());
        for (int k = 1; k < ms.size(); k++) {
            PersonCluster c = clusters.get(ms.get(k).person());
            PersonCluster prev = clusters.get(ms.get(k - 1).person());
            if (c.side() != null || prev.side() == null || c.id == prev.id) {
                continue;
            }
            int start = TitleReader.before(w, ms.get(k).start()).map(TitleReader.Title::start).orElse(ms.get(k).start());
            if (w.is(start - 1, ",", "and") && start - ms.get(k - 1).end() <= 2) {
                c.vote(prev.side(), 1);
            }
        }
    }

    /**
     * "He will be accompanied by Minister for Foreign Affairs Leena Ahonen", "together with Defence Minister
     * X": the people who come with an official act for the same side, when nothing else names theirs.
     * The official is the nearest person before the cue, else the first person of the sentence before.
     */
    private void sideOfCompany(Words w, Words previous) {
        List<Mention> ms = bySentence.getOrDefault(w.sentence.index(), List.of());
        for (int i = 0; i + 1 < w.size(); i++) {
            boolean cue = w.is(i, "accompanied", "joined") && w.is(i + 1, "by") || w.is(i, "together") && w.is(i + 1, "with");
            if (!cue) {
                continue;
            }
            PersonCluster lead = null;
            for (Mention m : ms) {
                if (m.end() <= i) {
                    lead = clusters.get(m.person());
                }
            }
            if (lead == null && previous != null) {
                List<Mention> before = bySentence.getOrDefault(previous.sentence.index(), List.of());
                lead = before.isEmpty() ? null : clusters.get(before.get(0).person());
            }
            if (lead == null || lead.side() == null) {
                continue;
            }
            for (Mention m : ms) {
                PersonCluster c = clusters.get(m.person());
                if (m.start() > i && m.start() - i <= 25 && c.side() == null && c != lead) {
                    c.vote(lead.side(), 1);
                }
            }
        }
    }

    /**
     * The officials whose side nothing in the text names: where the story was filed (its dateline) is
     * the best guess left, as the people an outlet introduces by office alone are usually its own.
     */
    void sideFromDateline(String country) {
        if (country == null) {
            return;
        }
        for (PersonCluster c : clusters) {
            if (c.side() == null && !c.titles.isEmpty() && !c.spouse) {
                c.vote(country, 1);
            }
        }
    }

    private void markMentionsInsideTitles() {
        for (var e : bySentence.entrySet()) {
            List<TitleReader.Title> titles = titleSpans.getOrDefault(e.getKey(), List.of());
            List<Mention> marked = new ArrayList<>();
            for (Mention m : e.getValue()) {
                boolean inside = titles.stream().anyMatch(t -> m.start() >= t.start() && m.end() <= t.end());
                marked.add(inside ? new Mention(m.sentence(), m.start(), m.end(), m.person(), true) : m);
            }
            e.setValue(marked);
        }
    }
}
