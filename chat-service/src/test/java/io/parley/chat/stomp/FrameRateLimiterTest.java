package io.parley.chat.stomp;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.chat.stomp.FrameRateLimiter.TokenBucket;
import org.junit.jupiter.api.Test;

class FrameRateLimiterTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void aBurstUpToTheCapacityPassesAndTheNextFrameIsRefused() {
        TokenBucket bucket = new TokenBucket(20, 40);
        for (int i = 0; i < 40; i++) {
            assertThat(bucket.tryTake(0)).isTrue();
        }
        assertThat(bucket.tryTake(0)).isFalse();
    }

    @Test
    void twentyFramesPerSecondCanBeSustainedForever() {
        TokenBucket bucket = new TokenBucket(20, 40);
        for (int second = 0; second < 60; second++) {
            for (int frame = 0; frame < 20; frame++) {
                assertThat(bucket.tryTake(second * SECOND + frame * (SECOND / 20))).isTrue();
            }
        }
    }

    @Test
    void moreThanTheSustainedRateIsRefusedOnceTheBurstIsSpent() {
        TokenBucket bucket = new TokenBucket(20, 40);
        int accepted = 0;
        for (int frame = 0; frame < 100; frame++) {
            if (bucket.tryTake(frame * (SECOND / 50))) {
                accepted++;
            }
        }
        assertThat(accepted).isLessThan(100).isBetween(70, 82);
    }
}
