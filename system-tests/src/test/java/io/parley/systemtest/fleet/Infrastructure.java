package io.parley.systemtest.fleet;

import java.util.Map;

/**
 * Where the servers are (PostgreSQL, Redis, RabbitMQ). Read from the same environment variables
 * the services use, with the local defaults of docs/architecture.md; PostgreSQL's host and port come from
 * {@code PARLEY_ST_PG_HOST} / {@code PARLEY_ST_PG_PORT}.
 */
record Infrastructure(
        String pgHost,
        int pgPort,
        String pgUser,
        String pgPassword,
        String redisHost,
        int redisPort,
        String rabbitHost,
        int rabbitPort,
        String rabbitUser,
        String rabbitPassword) {

    static Infrastructure fromEnvironment(Map<String, String> env) {
        return new Infrastructure(
                env.getOrDefault("PARLEY_ST_PG_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("PARLEY_ST_PG_PORT", "5432")),
                env.getOrDefault("PARLEY_DB_USER", "postgres"),
                env.getOrDefault("PARLEY_DB_PASSWORD", ""),
                env.getOrDefault("PARLEY_REDIS_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("PARLEY_REDIS_PORT", "6379")),
                env.getOrDefault("PARLEY_RABBIT_HOST", "localhost"),
                Integer.parseInt(env.getOrDefault("PARLEY_RABBIT_PORT", "5672")),
                env.getOrDefault("PARLEY_RABBIT_USER", "guest"),
                env.getOrDefault("PARLEY_RABBIT_PASSWORD", "guest"));
    }

    /** The same PostgreSQL, with the fleet's own Redis and RabbitMQ on localhost (default credentials). */
    Infrastructure withPrivate(int privateRedisPort, int privateRabbitPort) {
        return new Infrastructure(pgHost, pgPort, pgUser, pgPassword, "localhost", privateRedisPort, "localhost",
                privateRabbitPort, "guest", "guest");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + database;
    }
}
