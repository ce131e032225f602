package io.parley.user.agent;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The departments agents work in (what a customer may pick when starting a conversation). */
@RestController
class DepartmentController {
    private final AgentService service;

    DepartmentController(AgentService service) {
        this.service = service;
    }

    @Operation(summary = "The distinct departments of all agents, sorted")
    @GetMapping("/api/v1/departments")
    List<String> departments() {
        return service.departments();
    }
}
