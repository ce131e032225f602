package io.parley.testsupport;

import java.util.UUID;

/** Random suffixes for the names of one test run (schemas, exchanges, queues, Redis prefixes, databases). */
public final class TestNames {

    private TestNames() {}

    /** Twelve random lower-case hex characters: valid in PostgreSQL identifiers, RabbitMQ names and Redis keys. */
    public static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
