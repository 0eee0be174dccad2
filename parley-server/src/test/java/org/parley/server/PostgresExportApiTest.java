package org.parley.server;

/** {@link ExportApiTest} against PostgreSQL. */
class PostgresExportApiTest extends ExportApiTest {

    private String schema;

    @Override
    String database() throws Exception {
        TestPostgres.url();
        schema = TestPostgres.createSchema();
        return fill(TestPostgres.urlFor(schema));
    }

    @Override
    void dropDatabase() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }
}
