package org.parley.store.read;

/**
 * A person's role in an organisation, as titles state it ("Chairman" of "State Duma"), seen from first to
 * last date. On a person's page {@code actorId} is the organisation; on an organisation's page, the member.
 */
public record Membership(long actorId, String name, String role, String first, String last, String evidence) {
}
