package io.parley.analytics.search;

import java.util.List;

/** The conversations one customer or agent was ever part of, as stored in the participants index. */
record ParticipantDocument(List<String> conversationIds) {}
