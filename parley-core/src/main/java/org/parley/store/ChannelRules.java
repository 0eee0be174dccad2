package org.parley.store;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.parley.model.Channel;

/**
 * The channel of one reported exchange, from the offices its participants hold (their titles, which name the
 * institution too: "Chairman of the State Duma") and the standing body it meets in ("Inter-Parliamentary
 * Commission"). A body's name decides when it names a channel; else the most specific channel any participant's
 * office names ({@link Channel}'s order); an exchange whose offices name none is {@link Channel#OTHER}.
 */
public final class ChannelRules {

    /** Each channel's words, checked in the channel's order; whole words, lower case. */
    private record Rule(Channel channel, Pattern words) {
    }

    private static final List<Rule> RULES = List.of(
            rule(Channel.PARTY, "party", "communist", "cpc", "politburo", "political bureau", "central committee",
                    "general secretary", "united russia", "international department"),
            rule(Channel.PARLIAMENT, "parliament\\w*", "parliamentar\\w*", "speaker", "duma", "federation council",
                    "senate", "senator", "national assembly", "legislat\\w*", "lok sabha", "rajya sabha", "congress",
                    "congressman", "congresswoman", "lawmakers?", "mps?", "deputies", "npc", "knesset", "bundestag",
                    "majlis", "inter-parliamentary"),
            rule(Channel.DEFENCE, "defen[cs]e", "military", "army", "navy", "naval", "air force", "armed forces",
                    "chief of (the )?general staff", "general staff", "admiral", "commander\\w*", "marshal"),
            rule(Channel.REGIONAL, "governor", "mayor", "province", "provincial", "regions", "oblast",
                    "krai", "state government", "prefecture", "municipal\\w*", "city", "sub-national"),
            rule(Channel.FOREIGN_MINISTRY, "foreign", "external affairs", "secretary of state", "ambassadors?",
                    "envoys?", "diplomats?", "consul\\w*", "chargé d'affaires", "foreign ministry", "mfa"),
            rule(Channel.HEAD_OF_STATE, "president", "king", "queen", "emir", "sultan", "supreme leader",
                    "head of state", "crown prince", "monarch"),
            rule(Channel.GOVERNMENT, "prime minister", "premier", "minister\\w*", "chancellor", "vice president",
                    "government", "cabinet", "secretary", "commissioner", "intergovernmental", "state council"));

    private ChannelRules() {
    }

    private static Rule rule(Channel channel, String... words) {
        return new Rule(channel, Pattern.compile("\\b(" + String.join("|", words) + ")\\b"));
    }

    /**
     * @param mechanism the standing body's name as the article gives it, or null
     * @param offices   every title the participants hold (nulls are skipped)
     */
    public static Channel of(String mechanism, Collection<String> offices) {
        if (mechanism != null) {
            Channel body = first(mechanism);
            if (body != Channel.OTHER) {
                return body;
            }
        }
        Channel best = Channel.OTHER;
        for (String office : offices) {
            if (office != null) {
                Channel c = first(office);
                if (c.compareTo(best) < 0) {
                    best = c;
                }
            }
        }
        return best;
    }

    /** The first channel whose words occur in the text. "Vice President" is a government's office. */
    private static Channel first(String text) {
        String t = text.toLowerCase(Locale.ROOT).replace("vice-president", "vice president");
        for (Rule r : RULES) {
            if (r.channel() == Channel.HEAD_OF_STATE && t.contains("vice president")) {
                continue;
            }
            if (r.words().matcher(t).find()) {
                return r.channel();
            }
        }
        return Channel.OTHER;
    }
}
