package io.parley.queue.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.queue.assignment.QueueLock;
import io.parley.queue.rules.RuleSet.Mode;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What activation guarantees the line: one version in force, the queue lock, every instance agreeing at once. */
class RuleSetActivationTest extends RulesContext {

    @Autowired
    ActiveRules activeRules;

    @Autowired
    RuleSetStore store;

    @Autowired
    QueueLock lock;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theActiveRulesAreTheBuiltInDefaultUntilAVersionIsActivatedAndThenThatVersion() throws Exception {
        assertThat(activeRules.current()).isEqualTo(new ActiveRules.Versioned(0, RuleSet.DEFAULT));
        long version = create("{\"departments\": {\"sales\": {\"mode\": \"MANUAL\"}}}", "manual sales");

        post("/api/v1/queue/rules/" + version + "/activate", admin(), "", 200);

        ActiveRules.Versioned current = activeRules.current();
        assertThat(current.version()).isEqualTo(version);
        assertThat(current.rules().policyOf("sales").mode()).isEqualTo(Mode.MANUAL);
    }

    @Test
    void twoInstancesAgreeOnTheActiveVersionAsSoonAsAnActivationCommits() throws Exception {
        ActiveRules other = new JdbcActiveRules(store);
        long first = create("{\"vipPriority\": \"HIGH\"}", "first");
        long second = create("{\"vipPriority\": \"LOW\"}", "second");

        post("/api/v1/queue/rules/" + first + "/activate", admin(), "", 200);
        assertThat(other.current().version()).isEqualTo(first);
        assertThat(activeRules.current().version()).isEqualTo(first);

        post("/api/v1/queue/rules/" + second + "/activate", admin(), "", 200);
        assertThat(other.current().version()).isEqualTo(second);
        assertThat(other.current().rules().vipPriority().name()).isEqualTo("LOW");
        assertThat(activeRules.current()).isEqualTo(other.current());
    }

    @Test
    void activationWaitsWhileAnAssignmentHoldsTheQueueLock() throws Exception {
        long version = create("{}", "waits for the lock");
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread assignment = Thread.ofPlatform().start(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            lock.acquire();
            locked.countDown();
            awaitQuietly(release);
        }));
        assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Response> activation = CompletableFuture.supplyAsync(() -> {
            try {
                return post("/api/v1/queue/rules/" + version + "/activate", admin(), "");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(Duration.ofMillis(700));
        assertThat(activation).isNotDone();
        assertThat(store.activeVersion()).isEmpty();

        release.countDown();
        assignment.join(10_000);
        assertThat(activation.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(store.activeVersion()).hasValue(version);
    }

    @Test
    void theDatabaseAllowsOnlyOneActiveVersion() throws Exception {
        long first = create("{}", "one");
        long second = create("{}", "two");
        jdbc.update("update rule_sets set status = 'ACTIVE', activated_at = now() where version = ?", first);

        assertThatThrownBy(() -> jdbc.update(
                        "update rule_sets set status = 'ACTIVE', activated_at = now() where version = ?", second))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
