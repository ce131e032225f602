package io.parley.user.customer;

import io.parley.kit.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Customers' VIP flag and attributes. Roles per endpoint are enforced by the security chain. */
@RestController
@RequestMapping("/api/v1/customers")
class CustomerController {
    private final CustomerService service;

    CustomerController(CustomerService service) {
        this.service = service;
    }

    @Operation(summary = "A customer's VIP flag and attributes (staff; vip false and no attributes when never set)")
    @GetMapping("/{customerId}")
    Customer one(@PathVariable String customerId) {
        return service.get(checked(customerId));
    }

    @Operation(summary = "Set a customer's VIP flag and, optionally, replace the attributes (supervisors, admins)")
    @PutMapping("/{customerId}")
    Customer update(
            @AuthenticationPrincipal Jwt jwt, @PathVariable String customerId, @RequestBody CustomerRequest request) {
        String id = checked(customerId);
        return service.update(Caller.from(jwt), id, request.validated());
    }

    private static String checked(String customerId) {
        if (!Customer.isValidId(customerId)) {
            throw new CustomerNotFoundException();
        }
        return customerId;
    }
}
