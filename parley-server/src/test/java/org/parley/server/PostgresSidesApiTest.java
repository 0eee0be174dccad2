package org.parley.server;

/** {@link SidesApiTest} against PostgreSQL, where the sides, pairs and channels of occasions are views. */
class PostgresSidesApiTest extends SidesApiTest {

    private String schema;

    @Override
    String database() throws Exception {
        TestPostgres.url();
        schema = TestPostgres.createSchema();
        return SideArticles.fill(TestPostgres.urlFor(schema));
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
