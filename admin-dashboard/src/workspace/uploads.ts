import type { FileView } from '@parley/client-sdk';

/** A file being uploaded for the next message, uploaded (with `file`), or refused (with `error`). */
export interface Upload {
  key: string;
  name: string;
  loaded: number;
  total: number;
  file: FileView | null;
  error: string | null;
}

/** The files a message would carry now: uploaded ones, in the order they were added. */
export function readyFiles(uploads: readonly Upload[]): FileView[] {
  return uploads.flatMap((u) => (u.file ? [u.file] : []));
}

export function uploading(uploads: readonly Upload[]): boolean {
  return uploads.some((u) => u.file === null && u.error === null);
}

/** Whole percent of an upload's bytes sent (0 while the size is unknown). */
export function percent(upload: Pick<Upload, 'loaded' | 'total'>): number {
  return upload.total > 0 ? Math.min(100, Math.round((upload.loaded / upload.total) * 100)) : 0;
}

/** Files still allowed in one message next to the ones kept (refused ones do not count). */
export function room(uploads: readonly Upload[], max: number): number {
  return Math.max(0, max - uploads.filter((u) => u.error === null).length);
}
