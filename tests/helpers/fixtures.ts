import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function fixture(name: string): Buffer {
  return fs.readFileSync(fixturePath(name));
}

/**
 * Three short notes of our own that disagree on purpose (for cross-source checks); kept
 * apart from fixtures/ so that importing that folder stays the four documents tests expect.
 */
export function checkNote(name: string): Buffer {
  return fs.readFileSync(path.join(FIXTURES, '..', 'check-notes', name));
}

/** ../shared beside the checkout, where CI puts the corpus and eval sets. */
export const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared');
