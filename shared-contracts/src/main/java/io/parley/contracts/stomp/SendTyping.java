package io.parley.contracts.stomp;

/** The sender started ({@code true}) or stopped typing. */
public record SendTyping(boolean typing) {}
