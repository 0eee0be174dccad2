-- Parley schema, version 104, PostgreSQL dialect: search by word forms and prefixes, accents folded. The search
-- columns of 100 are made again over text whose accented Latin letters are folded to their base letters
-- (translate, which is immutable, as a generated column needs: the unaccent extension is not, and needs rights a
-- desk's database user may not have), so "Sanchez" finds "Sánchez"; the 'english' configuration stems, and the
-- desk queries each word as a prefix ("rail:*" finds "railway"; PostgresDialect).

DROP INDEX articles_search;
ALTER TABLE articles DROP COLUMN search;
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english', translate(COALESCE(title, ''), 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćĐđŁłŃńŚśŹźŻżĘęĄąĞğİıŞşŢţȘșȚțŘřĚěŮůŇňĎďŤťĽľŐőŰűĀāĒēĪīŌōŪū', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcDdLlNnSsZzZzEeAaGgIiSsTtSsTtRrEeUuNnDdTtLlOoUuAaEeIiOoUu')), 'A')
    || setweight(to_tsvector('english', translate(text, 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćĐđŁłŃńŚśŹźŻżĘęĄąĞğİıŞşŢţȘșȚțŘřĚěŮůŇňĎďŤťĽľŐőŰűĀāĒēĪīŌōŪū', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcDdLlNnSsZzZzEeAaGgIiSsTtSsTtRrEeUuNnDdTtLlOoUuAaEeIiOoUu')), 'B')
) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);

DROP INDEX events_search;
ALTER TABLE events DROP COLUMN search;
ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (
    to_tsvector('english', translate(evidence, 'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝýÿŠšŽžČčĆćĐđŁłŃńŚśŹźŻżĘęĄąĞğİıŞşŢţȘșȚțŘřĚěŮůŇňĎďŤťĽľŐőŰűĀāĒēĪīŌōŪū', 'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYyySsZzCcCcDdLlNnSsZzZzEeAaGgIiSsTtSsTtRrEeUuNnDdTtLlOoUuAaEeIiOoUu'))
) STORED;
CREATE INDEX events_search ON events USING GIN (search);
