/**
 * Where waiting conversations stand: positions within their lanes with estimated waits and the
 * leave-a-message offer ({@link io.parley.queue.position.Standings}, pure), and publishing them to customers
 * when they change enough ({@link io.parley.queue.position.PositionPublisher}).
 */
package io.parley.queue.position;
