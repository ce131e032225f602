package io.parley.systemtest.fleet;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/** The names one test run owns on the shared servers, all starting with {@code parley_st_<random>}. */
record RunNames(String id) {

    static RunNames random() {
        byte[] bytes = new byte[5];
        ThreadLocalRandom.current().nextBytes(bytes);
        return new RunNames(HexFormat.of().formatHex(bytes));
    }

    private String base() {
        return "parley_st_" + id;
    }

    /** PostgreSQL database (the services create their schemas in it with Flyway). */
    String database() {
        return base();
    }

    /** PARLEY_REDIS_PREFIX: every key and channel of the run starts with it. */
    String redisPrefix() {
        return base();
    }

    /** PARLEY_EVENTS_EXCHANGE (the kit derives {@code <exchange>.dlx} from it). */
    String exchange() {
        return base() + ".events";
    }

    /** PARLEY_EVENTS_QUEUE of one consuming service (the kit derives {@code <queue>.dlq} from it). */
    String queue(String service) {
        return base() + "." + service + ".events";
    }
}
