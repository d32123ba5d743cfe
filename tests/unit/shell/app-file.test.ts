import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appFileUrl } from '../../../electron/app-file.ts';

const ROOT = path.resolve('/opt/assay/renderer');
const served = (url: string) => { const file = appFileUrl(ROOT, url); return file === null ? null : fileURLToPath(file); };

describe('the assay://app/ file handler', () => {
  it('serves files inside the renderer folder, index.html for the root', () => {
    expect(served('assay://app/')).toBe(path.join(ROOT, 'index.html'));
    expect(served('assay://app/assets/index-abc.js')).toBe(path.join(ROOT, 'assets', 'index-abc.js'));
    expect(served('assay://app/assets/pdf%20worker.mjs')).toBe(path.join(ROOT, 'assets', 'pdf worker.mjs'));
  });

  it('refuses every way out of the folder: plain, single, double and mixed encodings', () => {
    // The URL parser folds literal and single-encoded dot segments itself, so these stay inside (and find no file there).
    for (const url of ['assay://app/../../etc/passwd', 'assay://app/%2e%2e/%2e%2e/etc/passwd']) expect(served(url)).toBe(path.join(ROOT, 'etc', 'passwd'));
    // What survives the parser and the one decoding is refused: a second encoding, encoded separators, NUL, bad escapes.
    for (const url of [
      'assay://app/%252e%252e/%252e%252e/etc/passwd', 'assay://app/.%2e/.%252e/etc/passwd', 'assay://app/assets/..%2f..%2f..%2fetc/passwd',
      'assay://app/assets/%2e%2e%5c%2e%2e%5cwin.ini', 'assay://app/%00index.html', 'assay://app/%E0%A4%A', 'assay://other/index.html',
      'file:///etc/passwd', 'not a url',
    ]) {
      expect(served(url), url).toBeNull();
    }
  });
});
