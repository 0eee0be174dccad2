-- Parley schema, version 104: search by word forms. The FTS5 tables of 100 are made again with the porter
-- tokenizer over unicode61 ("visits" and "visited" are one word; accents still folded), and filled again from
-- their tables; the triggers of 100 and 101 that keep them name them only, so they stay as they are. The desk
-- queries each word as a prefix ("rail" finds "railway"; FtsQuery).

DROP TABLE article_search;
CREATE VIRTUAL TABLE article_search USING fts5 (
    article_id UNINDEXED, title, text, tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO article_search (article_id, title, text) SELECT id, title, text FROM articles;

DROP TABLE evidence_search;
CREATE VIRTUAL TABLE evidence_search USING fts5 (
    evidence, content = 'events', content_rowid = 'id', tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO evidence_search (evidence_search) VALUES ('rebuild');
