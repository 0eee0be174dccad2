package org.parley.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.store.read.EventDetail;
import org.parley.store.read.SourceView;

/** One occasion with every source that reports it, what each says of its date and status, and where they disagree. */
final class ReadOccasion {

    private final Connection c;

    ReadOccasion(Connection c) {
        this.c = c;
    }

    Optional<EventDetail> detail(long id) throws SQLException {
        OccasionParts parts = new OccasionParts(c);
        OccasionParts.Occasion o = parts.occasions(List.of(id)).get(id);
        if (o == null) {
            return Optional.empty();
        }
        List<OccasionParts.Source> sources = parts.sources(List.of(id)).getOrDefault(id, List.of());
        OccasionParts.Source main = OccasionParts.main(o, sources);
        String mechanism = o.mechanism() != null ? o.mechanism() : sources.stream()
                .map(OccasionParts.Source::mechanismText).filter(m -> m != null).findFirst().orElse(null);
        double confidence = sources.stream().mapToDouble(OccasionParts.Source::confidence).max().orElse(0);
        List<SourceView> views = sources.stream().map(OccasionParts.Source::view).toList();
        return Optional.of(new EventDetail(id, o.type(), o.status(), OccasionParts.date(o, main), o.location(),
                mechanism, o.ordinal(), o.cameo(), confidence, o.planFulfilled(),
                o.dateConflict() ? conflict(views) : null,
                parts.participants(List.of(id)).getOrDefault(id, List.of()), views,
                parts.sides(List.of(id)).getOrDefault(id, List.of()), parts.channels(List.of(id)).get(id)));
    }

    /** "“A” says 2023-07-10, “B” and “C” say 2023-07-11": each date given, with the sources giving it. */
    static String conflict(List<SourceView> sources) {
        Map<String, List<String>> byDate = new LinkedHashMap<>();
        for (SourceView s : sources) {
            if (s.date().start() != null) {
                String label = s.title() != null && !s.title().isBlank() ? "“" + s.title() + "”" : s.sourceId();
                byDate.computeIfAbsent(s.date().start(), k -> new ArrayList<>()).add(label);
            }
        }
        if (byDate.size() < 2) {
            return null;
        }
        List<String> claims = new ArrayList<>();
        byDate.forEach((date, who) -> claims.add(String.join(" and ", who) + (who.size() == 1 ? " says " : " say ") + date));
        return String.join(", ", claims);
    }
}
