package io.parley.systemtest.fleet;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives every test class the one {@link Fleet} of the run. The fleet lives in the root context's store, so
 * JUnit closes it (stops the processes, cleans up) once, after the last class, whatever the results. A fleet
 * that failed to start is not retried: every class fails with the same reason.
 */
public final class FleetExtension implements BeforeAllCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(FleetExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        startup(context).fleet();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Fleet.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return startup(context).fleet();
    }

    private static Startup startup(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(Startup.class, key -> Startup.run(), Startup.class);
    }

    /** The fleet, or why it could not start. */
    private record Startup(Fleet started, RuntimeException failure) implements AutoCloseable {

        static Startup run() {
            try {
                return new Startup(Fleet.start(), null);
            } catch (RuntimeException e) {
                return new Startup(null, e);
            }
        }

        Fleet fleet() {
            if (failure != null) {
                throw new IllegalStateException("the fleet did not start: " + failure.getMessage(), failure);
            }
            return started;
        }

        @Override
        public void close() {
            if (started != null) {
                started.close();
            }
        }
    }
}
