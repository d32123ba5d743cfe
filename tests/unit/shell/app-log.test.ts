import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppLog } from '../../../electron/app-log.ts';
import { tempDir } from '../../helpers/temp-workspace.ts';

describe('the app log', () => {
  it('appends timestamped lines and rotates past its size, keeping three old files', () => {
    const dir = tempDir();
    const log = new AppLog(dir, 200, 3);
    for (let i = 0; i < 40; i++) log.write(i % 2 ? 'error' : 'info', `line ${i} ${'x'.repeat(20)}`);
    const files = fs.readdirSync(dir).sort();
    expect(files).toEqual(['assay.1.log', 'assay.2.log', 'assay.3.log', 'assay.log']);
    const current = fs.readFileSync(path.join(dir, 'assay.log'), 'utf8');
    expect(current).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z (?:INFO|ERROR) line \d+/mu);
    expect(current).toContain('line 39');
  });
});
