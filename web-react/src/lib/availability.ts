import type { Availability } from '@parley/client-sdk';

/** The pre-chat form's line about who is online and how soon a reply comes. */
export function availabilityText(availability: Availability): string {
  if (!availability.available) {
    return "Nobody is online right now; leave a message and we'll get back to you.";
  }
  const seconds = availability.estimatedWaitSeconds;
  if (seconds === null) {
    return "We're online.";
  }
  if (seconds < 60) {
    return "We're online — usually a reply in under a minute.";
  }
  return `We're online — usually a reply in about ${Math.round(seconds / 60)} min.`;
}
