package org.parley.server;

/** {@link WordsFilterApiTest} against PostgreSQL: the same answers from the same articles. */
class PostgresWordsFilterApiTest extends WordsFilterApiTest {

    private String schema;

    @Override
    String database() throws Exception {
        TestPostgres.url();
        schema = TestPostgres.createSchema();
        return RailwayArticles.fill(TestPostgres.urlFor(schema));
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
