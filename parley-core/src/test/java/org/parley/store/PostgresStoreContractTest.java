package org.parley.store;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.parley.testing.Prerequisite;

/** The store contract on PostgreSQL: a new schema per test on the server of {@link TestPostgres}. */
class PostgresStoreContractTest extends StoreContract {

    private String schema;

    @BeforeEach
    void createSchema() throws Exception {
        Prerequisite.require(TestPostgres.available(), TestPostgres.SKIPPED);
        schema = TestPostgres.createSchema();
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema != null) {
            TestPostgres.dropSchema(schema);
        }
    }

    @Override
    Store open() {
        return Stores.open(TestPostgres.urlFor(schema));
    }

    @Override
    void execute(String sql) throws Exception {
        TestPostgres.execute(TestPostgres.urlFor(schema), sql);
    }
}
