package io.parley.chat.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.parley.chat.support.TestMongo;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** One relay at a time: the lease on the in-process MongoDB. */
class RelayLeaseTest {
    private static MongoClient client;
    private MongoTemplate mongo;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(TestMongo.uri("lease"));
    }

    @AfterAll
    static void close() {
        client.close();
    }

    private MongoTemplate freshDatabase() {
        return new MongoTemplate(client, "lease_t" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void whileOneInstanceHoldsTheLeaseAnotherCannotTakeIt() {
        mongo = freshDatabase();
        RelayLease first = new RelayLease(mongo, "instance-1", Duration.ofSeconds(30));
        RelayLease second = new RelayLease(mongo, "instance-2", Duration.ofSeconds(30));

        assertThat(first.tryAcquire()).isTrue();
        assertThat(second.tryAcquire()).isFalse();
        assertThat(first.tryAcquire()).as("the holder renews it").isTrue();
    }

    @Test
    void aReleasedLeaseCanBeTakenByAnotherInstance() {
        mongo = freshDatabase();
        RelayLease first = new RelayLease(mongo, "instance-1", Duration.ofSeconds(30));
        RelayLease second = new RelayLease(mongo, "instance-2", Duration.ofSeconds(30));
        first.tryAcquire();

        first.release();

        assertThat(second.tryAcquire()).isTrue();
        assertThat(first.tryAcquire()).isFalse();
    }

    @Test
    void theLeaseOfAnInstanceThatDiedExpiresAndIsTakenOver() throws InterruptedException {
        mongo = freshDatabase();
        RelayLease dying = new RelayLease(mongo, "instance-1", Duration.ofMillis(200));
        RelayLease survivor = new RelayLease(mongo, "instance-2", Duration.ofSeconds(30));
        dying.tryAcquire();

        Thread.sleep(400);

        assertThat(survivor.tryAcquire()).isTrue();
    }
}
