/**
 * Estimated wait: a pure function of a waiting conversation's position and its lane's agents and recent
 * handling times ({@link io.parley.queue.estimate.WaitEstimator}); its accuracy is measured by replaying a
 * simulated day (WaitEstimateReplayTest).
 */
package io.parley.queue.estimate;
