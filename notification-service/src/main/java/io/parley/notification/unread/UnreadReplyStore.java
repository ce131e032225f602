package io.parley.notification.unread;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL on {@code conversations} and {@code agent_replies} in the service's schema. */
@Repository
class UnreadReplyStore {
    private final JdbcClient jdbc;

    UnreadReplyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addAgentReply(UUID conversationId, long seq, String messageId, String agentId, Instant sentAt) {
        jdbc.sql("""
                insert into agent_replies (conversation_id, seq, message_id, agent_id, sent_at)
                select cast(:conversation as uuid), cast(:seq as bigint), :message, :agent, cast(:sentAt as timestamptz)
                where not exists (select 1 from conversations
                                  where conversation_id = :conversation and last_customer_seq >= :seq)
                on conflict (conversation_id, seq) do nothing
                """)
                .param("conversation", conversationId)
                .param("seq", seq)
                .param("message", messageId)
                .param("agent", agentId)
                .param("sentAt", Timestamp.from(sentAt))
                .update();
    }

    /** Records that the customer wrote message {@code seq}; replies before it are read and dropped. */
    void customerWrote(UUID conversationId, String customerId, long seq) {
        jdbc.sql("""
                insert into conversations (conversation_id, customer_id, last_customer_seq)
                values (:conversation, :customer, :seq)
                on conflict (conversation_id) do update
                set customer_id = excluded.customer_id,
                    last_customer_seq = greatest(conversations.last_customer_seq, excluded.last_customer_seq)
                """)
                .param("conversation", conversationId)
                .param("customer", customerId)
                .param("seq", seq)
                .update();
        jdbc.sql("""
                delete from agent_replies r using conversations c
                where r.conversation_id = :conversation and c.conversation_id = r.conversation_id
                  and r.seq <= c.last_customer_seq
                """)
                .param("conversation", conversationId)
                .update();
    }

    void ended(UUID conversationId, String customerId, Instant endedAt) {
        jdbc.sql("""
                insert into conversations (conversation_id, customer_id, ended_at)
                values (:conversation, :customer, :endedAt)
                on conflict (conversation_id) do update
                set customer_id = coalesce(excluded.customer_id, conversations.customer_id),
                    ended_at = excluded.ended_at
                """)
                .param("conversation", conversationId)
                .param("customer", customerId)
                .param("endedAt", Timestamp.from(endedAt))
                .update();
    }

    int countUnread(String customerId) {
        return jdbc.sql("""
                select count(*) from agent_replies r
                join conversations c on c.conversation_id = r.conversation_id
                where c.customer_id = :customer and r.seq > c.last_customer_seq
                """)
                .param("customer", customerId)
                .query(Integer.class)
                .single();
    }
}
