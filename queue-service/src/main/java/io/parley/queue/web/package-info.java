/**
 * HTTP plumbing shared by the endpoints: the stateless resource-server security chain (which role may call
 * which path; problem+json for 401 and 403).
 */
package io.parley.queue.web;
