/**
 * The system tests, one class per theme, each driving the running fleet through the gateway only: the core
 * conversation story, bad input, other customers' conversations, missing, expired or forged tokens, and (last)
 * the browser tests of {@code e2e/} in Chromium.
 * {@link io.parley.systemtest.ServedConversation} and {@link io.parley.systemtest.Frames} are the shared
 * steps and readings.
 */
package io.parley.systemtest;
