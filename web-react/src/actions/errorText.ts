import { isApiError } from '@parley/client-sdk';

/** A sentence for the customer about a failed REST call. */
export function errorText(error: unknown): string {
  if (isApiError(error)) {
    if (error.isNetworkError) {
      return 'We could not reach the chat service. Check your connection and try again.';
    }
    if (error.status === 429) {
      return 'Too many tries at once. Please wait a moment and try again.';
    }
    if (error.status >= 500) {
      return 'The chat service is having trouble. Please try again in a moment.';
    }
    return `Something went wrong: ${error.detail}`;
  }
  return error instanceof Error ? `Something went wrong: ${error.message}` : 'Something went wrong.';
}
