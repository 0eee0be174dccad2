package org.parley.server;

/** {@link EventsApiTest} against PostgreSQL: the same answers from the same articles. */
class PostgresEventsApiTest extends EventsApiTest {

    private String schema;

    @Override
    String database() throws Exception {
        TestPostgres.url();
        schema = TestPostgres.createSchema();
        return DeskArticles.fill(TestPostgres.urlFor(schema));
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
