/**
 * Live delivery to sockets on every chat-service instance. {@link io.parley.chat.fanout.RecipientsPolicy} is
 * the one place that decides who receives what; {@link io.parley.chat.fanout.Fanout} publishes the decision
 * and payload on the deployment's single Redis pub/sub channel, and every instance (the sender too: one path)
 * delivers what it hears to its own sockets through Spring's in-process broker. An item may also name users who
 * lost the conversation; each instance then cancels their subscriptions to its topic
 * ({@link io.parley.chat.fanout.TopicRevocation}). Redis pub/sub may drop an item; sequence numbers and the
 * events API let clients repair that.
 */
package io.parley.chat.fanout;
