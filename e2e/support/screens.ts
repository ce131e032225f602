import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where every screen of every test is saved (besides the HTML report's copy). */
export const SCREENS_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../test-output/screens',
);
