package org.parley.store.read;

/**
 * What the network's nodes are: people (knowledge-base actors), institutions (the organisation a person
 * belongs to where the knowledge base knows it, the person's country otherwise), or countries.
 */
public enum NetworkLevel {
    PEOPLE, INSTITUTIONS, COUNTRIES
}
