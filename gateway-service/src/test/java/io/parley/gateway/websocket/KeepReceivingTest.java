package io.parley.gateway.websocket;

import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;
import reactor.test.publisher.TestPublisher;

class KeepReceivingTest {

    @Test
    void framesPassThroughUntilTheSourceCompletes() {
        TestPublisher<String> source = TestPublisher.create();

        StepVerifier.create(KeepReceiving.keepReceiving(source.flux()))
                .then(() -> source.next("a", "b").complete())
                .expectNext("a", "b")
                .verifyComplete();
    }

    @Test
    void aCancelDrainsTheSourceInsteadOfCancellingIt() {
        TestPublisher<String> source = TestPublisher.create();

        StepVerifier.create(KeepReceiving.keepReceiving(source.flux()), 1)
                .then(() -> source.next("a"))
                .expectNext("a")
                .thenCancel()
                .verify();

        source.assertNotCancelled();
        source.assertMinRequested(Long.MAX_VALUE / 2); // unbounded: the rest is read and dropped
    }
}
