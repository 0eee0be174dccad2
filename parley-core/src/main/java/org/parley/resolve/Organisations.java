package org.parley.resolve;

import java.sql.SQLException;

/** Finds or creates the organisation actor a name stands for, within one country. */
final class Organisations {

    private final ActorTables actors;
    private final Sql sql;

    Organisations(ActorTables actors, Sql sql) {
        this.actors = actors;
        this.sql = sql;
    }

    long resolve(String name, String country) throws SQLException {
        for (Object[] row : sql.list("SELECT a.id, al.alias FROM actors a JOIN actor_aliases al ON al.actor_id = a.id"
                        + " WHERE a.kind = ? AND (a.country = ? OR a.country IS NULL OR CAST(? AS TEXT) IS NULL) ORDER BY a.id",
                rs -> new Object[] {rs.getLong(1), rs.getString(2)}, ActorTables.ORGANISATION, country, country)) {
            if (OrgNames.sameOrganisation((String) row[1], name)) {
                long id = (Long) row[0];
                actors.addAlias(id, name);
                actors.setCountryIfUnknown(id, country);
                return id;
            }
        }
        return actors.create(ActorTables.ORGANISATION, name, country, null, "article");
    }
}
