/**
 * The browser apps served from the gateway's own origin, so they call {@code /api} and {@code /ws} without
 * CORS: the customer widget and its loader under {@code /widget/}, the agent and admin dashboard under
 * {@code /dashboard/}. Each is a built folder (Vite {@code dist/}) named by configuration; an app whose
 * folder is not set is simply not served.
 */
package io.parley.gateway.webapps;
