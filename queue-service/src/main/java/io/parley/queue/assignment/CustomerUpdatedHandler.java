package io.parley.queue.assignment;

import io.parley.contracts.events.CustomerUpdated;
import io.parley.contracts.events.EventTypes;
import io.parley.kit.events.EventHandler;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@code customer.updated}: the customer's VIP flag, for their waiting and future conversations. */
@Component
class CustomerUpdatedHandler implements EventHandler<CustomerUpdated> {
    private final QueueService queue;

    CustomerUpdatedHandler(QueueService queue) {
        this.queue = queue;
    }

    @Override
    public String type() {
        return EventTypes.CUSTOMER_UPDATED;
    }

    @Override
    public void handle(UUID eventId, CustomerUpdated updated) {
        Require.present(updated.customerId(), "customerId", eventId);
        queue.customerUpdated(updated);
    }
}
