package io.parley.systemtest.fleet;

import java.util.Map;

/** One process to start: its log name, the module whose jar it runs, its port and its environment. */
record ServiceSpec(String name, String module, int port, ReadinessProbe probe, Map<String, String> env) {}
