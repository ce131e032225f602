package io.parley.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Test settings kept as maps (for example {@link TestSchema#properties()} and {@link TestBroker#properties()}),
 * handed either to a {@code @DynamicPropertySource} or, as command-line arguments, to a service started with
 * {@code SpringApplicationBuilder}.
 */
public final class TestProperties {

    private TestProperties() {}

    /** All settings of {@code parts} in one map the caller may change further; a later part wins. */
    @SafeVarargs
    public static Map<String, Object> merge(Map<String, ?>... parts) {
        Map<String, Object> merged = new LinkedHashMap<>();
        for (Map<String, ?> part : parts) {
            merged.putAll(part);
        }
        return merged;
    }

    /** Adds all settings of {@code parts} to a test context's environment; a later part wins. */
    @SafeVarargs
    public static void register(DynamicPropertyRegistry registry, Map<String, ?>... parts) {
        merge(parts).forEach((name, value) -> registry.add(name, () -> value));
    }

    /** The settings as {@code --name=value} arguments, which win over application.yml and the environment. */
    public static String[] arguments(Map<String, ?> properties) {
        return properties.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue())
                .toArray(String[]::new);
    }
}
