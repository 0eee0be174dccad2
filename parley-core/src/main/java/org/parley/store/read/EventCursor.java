package org.parley.store.read;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of the timeline ends: the last event's start day ("" when undated) and id. The timeline
 * is read newest first, so the next page holds what sorts after this key. Clients see an opaque token.
 */
public record EventCursor(String day, long id) {

    public String token() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((day + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when the token was not made by {@link #token()} */
    public static EventCursor parse(String token) {
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a cursor from a previous page");
        }
        int bar = plain.lastIndexOf('|');
        String day = bar < 0 ? "" : plain.substring(0, bar);
        if (bar < 0 || !(day.isEmpty() || day.matches("\\d{4}-\\d{2}-\\d{2}"))) {
            throw new IllegalArgumentException("not a cursor from a previous page");
        }
        try {
            return new EventCursor(day, Long.parseLong(plain.substring(bar + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor from a previous page");
        }
    }
}
