package io.parley.chat.support;

import io.parley.testsupport.TestBroker;
import io.parley.testsupport.TestNames;
import java.util.Map;

/**
 * Names unique to this test run, so tests never collide with the local run or another test run: a Mongo
 * database on the in-process server, a Redis channel prefix, and a RabbitMQ exchange and queue
 * ({@link #BROKER}).
 */
public final class TestRun {
    public static final String ID = TestNames.unique();
    public static final TestBroker BROKER = TestBroker.forConsumer("chat-service");
    /** Where tests read what chat-service published. */
    public static final String TAP = "chat-test-tap.t" + ID;

    private TestRun() {}

    /** The settings of one chat-service instance of this run. */
    public static Map<String, Object> properties(String instanceId) {
        Map<String, Object> properties = BROKER.properties();
        properties.put("spring.mongodb.uri", TestMongo.uri("parley_chat_t" + ID));
        properties.put("parley.redis.prefix", "parley-t" + ID);
        properties.put("parley.instance-id", instanceId);
        properties.put("parley.stomp.connect-timeout", "2s");
        properties.put("parley.outbox.poll-millis", "200");
        properties.put("parley.files.url", FileServiceStub.url());
        properties.put("logging.structured.format.console", "");
        return properties;
    }
}
