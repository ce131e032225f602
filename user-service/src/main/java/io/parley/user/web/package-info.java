/**
 * HTTP plumbing shared by every endpoint: the resource-server security chain (roles from the JWT, problem+json
 * for 401 and 403) and the mapping of bad input and missing objects to RFC 9457 problem responses.
 */
package io.parley.user.web;
