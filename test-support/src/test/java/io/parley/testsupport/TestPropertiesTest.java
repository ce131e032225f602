package io.parley.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TestPropertiesTest {

    @Test
    void aLaterPartWinsAndArgumentsAreCommandLineSettings() {
        Map<String, Object> merged = TestProperties.merge(Map.of("a", "1", "b", "2"), Map.of("b", "3"));

        assertThat(merged).containsOnly(Map.entry("a", "1"), Map.entry("b", "3"));
        merged.put("c", 4);
        assertThat(TestProperties.arguments(Map.of("server.port", 0))).containsExactly("--server.port=0");
    }
}
