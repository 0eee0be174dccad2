package org.parley.resolve;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Links one stored article into the knowledge base: its persons and participants to actors (with
 * aliases, titles over time and organisations), its events to occasions. Runs inside the caller's
 * transaction, right after the article's rows are written. Deterministic: the same articles in the
 * same order, with the same curation and imports, give the same knowledge base; {@link #rebuild}
 * replays them all.
 */
public final class Resolver {

    private final Sql sql;
    private final ActorTables actors;

    public Resolver(Connection connection) {
        this.sql = new Sql(connection);
        this.actors = new ActorTables(sql);
    }

    /** Resolves the rows of one article (its id is its content hash). */
    public void resolveArticle(String articleId) throws SQLException {
        Curation curation = Curation.load(sql);
        PersonMatcher matcher = new PersonMatcher(actors, curation);
        // titles are dated by the article; without its date, by the latest day it reports
        String published = sql.one("SELECT COALESCE(published, (SELECT MAX(date_start) FROM events"
                + " WHERE article_id = ? AND date_precision = 'day')) FROM articles WHERE id = ?", articleId, articleId);
        LocalDate date = published == null ? null : LocalDate.parse(published);
        String text = sql.one("SELECT COALESCE(cleaned_text, text) FROM articles WHERE id = ?", articleId);
        Map<String, Long> byName = new HashMap<>();
        for (Object[] p : sql.list("SELECT id, name, country FROM persons WHERE article_id = ? ORDER BY position",
                rs -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3)}, articleId)) {
            long personId = (Long) p[0];
            String name = (String) p[1];
            String country = (String) p[2];
            List<String> titles = sql.list("SELECT title FROM person_titles WHERE person_id = ? ORDER BY position",
                    rs -> rs.getString(1), personId);
            long actor = matcher.resolve(new PersonMatcher.Mention(name, country, titles, date));
            for (String alias : sql.list("SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY position",
                    rs -> rs.getString(1), personId)) {
                actors.addAlias(actor, alias);
            }
            recordTitles(actor, country, titles, published, text, articleId);
            sql.update("UPDATE persons SET actor_id = ? WHERE id = ?", actor, personId);
            byName.put(name, actor);
        }
        for (Object[] p : sql.list("SELECT p.event_id, p.position, p.name, p.country, p.title FROM event_participants p"
                        + " JOIN events e ON e.id = p.event_id WHERE e.article_id = ? ORDER BY e.position, p.position",
                rs -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)},
                articleId)) {
            String name = (String) p[2];
            Long actor = byName.get(name);
            if (actor == null) {
                List<String> titles = p[4] == null ? List.of() : List.of((String) p[4]);
                actor = matcher.resolve(new PersonMatcher.Mention(name, (String) p[3], titles, date));
                byName.put(name, actor);
            }
            sql.update("UPDATE event_participants SET actor_id = ? WHERE event_id = ? AND position = ?", actor, p[0], p[1]);
        }
        new Occasions(sql).resolveArticle(articleId);
    }

    private void recordTitles(long actor, String country, List<String> titles, String date, String text,
                              String articleId) throws SQLException {
        for (String raw : titles) {
            String title = Titles.clean(raw);
            if (title.isEmpty() || Titles.past(title) || Titles.counterpart(title)) {
                continue;
            }
            String evidence = Titles.sentenceWith(text, raw);
            actors.seeTitle(actor, title, date, evidence, articleId);
            Optional<OrgNames.Role> role = OrgNames.fromTitle(title);
            if (role.isPresent()) {
                long org = new Organisations(actors, sql).resolve(role.get().organisation(), country);
                actors.seeMembership(actor, org, role.get().role(), date, evidence);
            }
        }
    }

    /** Drops everything derived and replays every stored article in the order it was stored. */
    public void rebuild() throws SQLException {
        for (String table : List.of("occasion_events", "mechanism_sessions", "occasions", "mechanisms",
                "actor_memberships", "actor_codes", "actor_titles", "actor_aliases")) {
            sql.update("DELETE FROM " + table);
        }
        sql.update("UPDATE event_participants SET actor_id = NULL");
        sql.update("UPDATE persons SET actor_id = NULL");
        sql.update("DELETE FROM actors");
        new KbImport(sql, actors).seedAll();
        for (String articleId : sql.list("SELECT id FROM articles ORDER BY rowid", rs -> rs.getString(1))) {
            resolveArticle(articleId);
        }
    }

    /** Records an analyst's decision and applies it to everything stored. */
    public void decide(Curation.Decision decision) throws SQLException {
        Curation.record(sql, decision);
        rebuild();
    }

    /** Stores imported actors (kept as input for rebuilds) and adds them to the knowledge base. */
    public int importEntries(List<KbEntry> entries) throws SQLException {
        return new KbImport(sql, actors).add(entries);
    }

    /** Every actor of the knowledge base as an entry, for export. */
    public List<KbEntry> exportEntries() throws SQLException {
        return new KbImport(sql, actors).export();
    }
}
