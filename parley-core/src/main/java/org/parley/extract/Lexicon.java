package org.parley.extract;

import java.util.Set;

/** Word lists the rules share. Lower case; matched against single tokens. (Trigger words are in patterns/triggers.tokensregex.) */
final class Lexicon {

    private Lexicon() {
    }

    /** Words that head a title of office: "minister", "chairman", "counterpart"... */
    static final Set<String> TITLE_HEADS = Set.of(
            "president", "vice-president", "president-elect", "premier", "chancellor", "minister", "ministers",
            "secretary", "secretary-general", "chairman", "chairwoman", "chairperson", "chair", "speaker",
            "head", "leader", "chief", "director", "director-general", "governor", "mayor", "ambassador",
            "envoy", "consul", "consul-general", "spokesman", "spokeswoman", "spokesperson", "general", "gen",
            "gen.", "admiral", "commander", "king", "queen", "prince", "crown", "emir", "sultan", "monarch",
            "councilor", "councillor", "adviser", "advisor", "aide", "official", "diplomat", "legislator",
            "lawmaker", "deputy", "member", "senator", "counterpart", "delegate", "commissioner", "marshal",
            "colonel", "officer", "dignitary", "coas", "fm", "pm", "vp", "mp", "vice-chairman",
            "vice-chairwoman", "vice-premier", "vice-chair", "emperor", "sheikh", "representative", "attache",
            "negotiator");

    /** Lower-case words that may stand inside a title without being heads ("top", "then"). */
    static final Set<String> TITLE_MODIFIERS = Set.of(
            "top", "then", "former", "acting", "first", "deputy", "vice", "senior", "chief", "number", "two",
            "three", "four", "newly-elected", "new", "incoming", "outgoing", "state", "prime", "supreme",
            "permanent", "special", "executive", "standing", "federal", "national", "affairs", "external",
            "international", "cabinet", "army", "staff", "military", "party", "policy", "security", "council",
            "committee", "department", "central", "political", "bureau", "foreign", "defense", "defence",
            "upper", "lower", "house", "parliament", "parliament's", "assembly", "people", "union", "trade",
            "industry", "economy", "finance", "interior", "justice", "culture", "commerce", "general",
            "province", "provincial", "region", "regional", "northernmost", "southernmost", "easternmost",
            "westernmost", "municipal", "autonomous", "county", "district", "prefecture", "oblast", "republic",
            "territory");

    /** Words joining parts of a title ("Minister of Foreign Affairs", "Chairman of the ..."). */
    static final Set<String> TITLE_JOINERS = Set.of(
            "of", "the", "for", "and", "'s", "-", "&", "on");

    /** Honorifics that may precede a name and are not part of it. */
    static final Set<String> HONORIFICS = Set.of(
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "gen", "gen.", "sir", "madam", "h.e.",
            "comrade");

    /** Words for the spouse an official travels with ("his wife, ..."). */
    static final Set<String> SPOUSE_WORDS = Set.of(
            "wife", "husband", "spouse", "consort");

    /** Words that make congratulations something sent rather than spoken ("in a message", "a letter"). */
    static final Set<String> SENT_WORDS = Set.of(
            "message", "messages", "letter", "letters", "cable", "cables", "telegram", "telegrams", "wrote",
            "sent", "post", "posted", "tweet", "tweeted");

    /** Nouns that head the name of a standing body or recurring format. */
    static final Set<String> MECHANISM_HEADS = Set.of(
            "committee", "commission", "council", "forum", "summit", "dialogue", "consultations",
            "consultation", "conference", "roundtable", "round-table", "mechanism", "session", "meeting",
            "talks", "congress", "assembly", "expo", "exposition", "symposium");

    /** Words that announce that an exchange lies ahead. */
    static final Set<String> FUTURE_CUES = Set.of(
            "will", "would", "shall", "'ll", "upcoming", "expected", "scheduled", "due", "plans", "plan",
            "planned", "planning", "preparing", "prepare", "set", "intends", "intend", "hopes", "hope",
            "hoped", "invited", "invites", "agreed", "ahead", "forthcoming", "next", "going", "to-be-held",
            "proposed", "propose", "looks", "expects", "expect");

    /** Collective references to the people of an exchange already named ("the two leaders"). */
    static final Set<String> COLLECTIVE_HEADS = Set.of(
            "leaders", "sides", "heads", "presidents", "ministers", "two", "parties", "counterparts",
            "officials", "delegations", "chancellors", "premiers", "speakers", "chairs", "chairmen",
            "secretaries", "envoys");
}
