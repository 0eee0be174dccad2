package org.parley.store.read;

import java.util.List;

/**
 * Exchanges per month ("2023-07"), by type and by country pair. Events dated only to a year are left
 * out, since their month is unknown.
 *
 * @param pairs     the pairs counted in {@code byPair}: the busiest ones, most events first
 * @param byChannel the same months by channel (occasions stored before channels were known are not counted)
 * @param undated   occasions passing the filter that no month counts: undated, or dated only to a year
 * @param total     every occasion passing the filter: those counted by month and the undated
 */
public record MonthlyStats(List<Count> byType, List<Count> byPair, List<String> pairs, List<Count> byChannel,
                           int undated, int total) {

    public MonthlyStats(List<Count> byType, List<Count> byPair, List<String> pairs, List<Count> byChannel, int undated) {
        this(byType, byPair, pairs, byChannel, undated, undated + byType.stream().mapToInt(Count::count).sum());
    }

    public MonthlyStats {
        byType = List.copyOf(byType);
        byPair = List.copyOf(byPair);
        pairs = List.copyOf(pairs);
        byChannel = List.copyOf(byChannel);
    }

    /** Events of one month with one key (a type, or a pair "CHN-RUS"). */
    public record Count(String month, String key, int count) {
    }
}
