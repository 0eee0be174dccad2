package org.parley.store.read;

/**
 * What the network's nodes are. Until the knowledge base links people to institutions, the
 * institution a participant acts for is known only as its side, its country.
 */
public enum NetworkLevel {
    PEOPLE, COUNTRIES
}
