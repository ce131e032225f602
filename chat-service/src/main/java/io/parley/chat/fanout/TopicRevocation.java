package io.parley.chat.fanout;

import io.parley.contracts.stomp.Destinations;
import io.parley.kit.security.Caller;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessageType;
import org.springframework.messaging.simp.user.SimpSession;
import org.springframework.messaging.simp.user.SimpSubscription;
import org.springframework.messaging.simp.user.SimpUser;
import org.springframework.messaging.simp.user.SimpUserRegistry;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;

/**
 * Cancels, on this instance, the subscriptions of users who lost a conversation to its topic
 * ({@code /topic/conversations/{id}}), by handing the broker an UNSUBSCRIBE for each: an agent whose
 * conversation went to someone else gets nothing more on it. Supervisors and admins keep theirs (they see every
 * conversation). The client is not told; a later SUBSCRIBE is checked like any other.
 */
@Component
class TopicRevocation {
    private final SimpUserRegistry users;
    private final MessageChannel broker;

    TopicRevocation(SimpUserRegistry users, @Qualifier("brokerChannel") MessageChannel broker) {
        this.users = users;
        this.broker = broker;
    }

    void revoke(UUID conversationId, List<String> userIds) {
        String topic = Destinations.conversationTopic(conversationId);
        for (String userId : userIds) {
            SimpUser user = users.getUser(userId);
            if (user == null || isSupervisor(user.getPrincipal())) {
                continue;
            }
            for (SimpSession session : user.getSessions()) {
                for (SimpSubscription subscription : session.getSubscriptions()) {
                    if (topic.equals(subscription.getDestination())) {
                        unsubscribe(session.getId(), subscription.getId(), topic);
                    }
                }
            }
        }
    }

    private void unsubscribe(String sessionId, String subscriptionId, String topic) {
        SimpMessageHeaderAccessor headers = SimpMessageHeaderAccessor.create(SimpMessageType.UNSUBSCRIBE);
        headers.setSessionId(sessionId);
        headers.setSubscriptionId(subscriptionId);
        headers.setDestination(topic);
        broker.send(MessageBuilder.createMessage(new byte[0], headers.getMessageHeaders()));
    }

    private static boolean isSupervisor(Principal principal) {
        return principal instanceof JwtAuthenticationToken token && Caller.from(token.getToken()).isSupervisor();
    }
}
