package io.parley.gateway.websocket;

import org.reactivestreams.Subscription;
import reactor.core.CoreSubscriber;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Operators;
import reactor.util.context.Context;

/**
 * Passes a session's {@code receive()} on, but a cancel from downstream does not reach it: from then on the
 * remaining frames are requested and dropped (Reactor Netty releases a frame once delivered) until the session
 * ends by itself.
 *
 * <p>Why: a relay's {@code send} cancels its source when its own channel closes, and a cancelled Reactor Netty
 * WebSocket inbound answers by sending an empty close frame (status 1005) at once. When the backend closes, that
 * would overtake the relay's own close of the client, which carries the backend's status and waits for the
 * frames still being written.
 */
final class KeepReceiving<T> implements CoreSubscriber<T>, Subscription {
    private final CoreSubscriber<? super T> downstream;
    private Subscription upstream;
    private volatile boolean cancelled;

    private KeepReceiving(CoreSubscriber<? super T> downstream) {
        this.downstream = downstream;
    }

    static <T> Flux<T> keepReceiving(Flux<T> frames) {
        return frames.transform(Operators.<T, T>lift((scannable, downstream) -> new KeepReceiving<>(downstream)));
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        if (Operators.validate(upstream, subscription)) {
            upstream = subscription;
            downstream.onSubscribe(this);
        }
    }

    @Override
    public void onNext(T frame) {
        if (!cancelled) {
            downstream.onNext(frame);
        }
    }

    @Override
    public void onError(Throwable error) {
        if (!cancelled) {
            downstream.onError(error);
        }
    }

    @Override
    public void onComplete() {
        if (!cancelled) {
            downstream.onComplete();
        }
    }

    @Override
    public void request(long n) {
        upstream.request(n);
    }

    @Override
    public void cancel() {
        if (!cancelled) {
            cancelled = true;
            upstream.request(Long.MAX_VALUE);
        }
    }

    @Override
    public Context currentContext() {
        return downstream.currentContext();
    }
}
