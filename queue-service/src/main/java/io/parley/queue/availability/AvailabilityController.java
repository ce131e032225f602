package io.parley.queue.availability;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/queue/availability?department=}: any valid token, guests included. */
@RestController
class AvailabilityController {
    private final Availabilities availabilities;

    AvailabilityController(Availabilities availabilities) {
        this.availabilities = availabilities;
    }

    @Operation(summary = "Whether an agent of the department is online now, how many, and the estimated wait of a "
            + "conversation started now (any valid token)")
    @GetMapping("/api/v1/queue/availability")
    Availability availability(@RequestParam(required = false) String department) {
        return availabilities.of(department);
    }
}
