package io.parley.user.customer;

import io.parley.contracts.events.CustomerUpdated;
import io.parley.kit.outbox.Outbox;
import io.parley.kit.security.Caller;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads customers, and is the one place that changes one (and announces it with {@code customer.updated}). */
@Service
class CustomerService {
    private final CustomerRepository customers;
    private final Outbox outbox;
    private final Clock clock;

    CustomerService(CustomerRepository customers, Outbox outbox) {
        this.customers = customers;
        this.outbox = outbox;
        this.clock = Clock.systemUTC();
    }

    /** The stored customer, or the default view of one nobody has set. */
    @Transactional(readOnly = true)
    public Customer get(String customerId) {
        return customers.find(customerId).orElseGet(() -> Customer.unset(customerId));
    }

    /**
     * Stores the VIP flag and, when given, the attributes, and adds {@code customer.updated} with the stored
     * full state to the outbox in the same transaction.
     */
    @Transactional
    public Customer update(Caller caller, String customerId, CustomerRequest.CustomerChange change) {
        Customer saved = customers.save(
                customerId,
                change.vip(),
                change.attributes(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                caller.id());
        outbox.add(new CustomerUpdated(saved.customerId(), saved.vip(), saved.attributes(), saved.updatedAt()));
        return saved;
    }
}
