import { isApiError } from '@parley/client-sdk';
import { errorText } from '../actions/errorText.ts';

/** `1.5 MB`, `320 KB`, `12 bytes`. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  }
  if (bytes >= 1024) {
    return `${Math.round(bytes / 1024)} KB`;
  }
  return `${bytes} bytes`;
}

/** A sentence about a failed upload: file-service's 413 and 415 in plain words, anything else as usual. */
export function uploadErrorText(name: string, error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 413) {
      return `“${name}” is too large to send (at most 25 MB).`;
    }
    if (error.status === 415) {
      return `“${name}” cannot be sent: only images, PDF, office documents, text and video are allowed (${error.detail}).`;
    }
    if (error.status === 409) {
      return `“${name}” was not sent: this chat has ended.`;
    }
  }
  return `“${name}” was not sent. ${errorText(error)}`;
}

/** A pasted screenshot is called `image.png` by browsers: give it a name the agent can tell apart. */
export function pastedName(file: File, now = new Date()): string {
  if (file.name && file.name !== 'image.png') {
    return file.name;
  }
  const stamp = now.toISOString().slice(0, 19).replace(/[T:]/g, '-');
  return `screenshot-${stamp}.${file.type.split('/')[1] ?? 'png'}`;
}
