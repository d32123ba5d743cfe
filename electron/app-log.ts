import fs from 'node:fs';
import path from 'node:path';

/**
 * A small rotating log in the application-data folder: assay.log, rolled to assay.1.log
 * (and so on, three kept) past 1 MB. Plain Node, so it is testable without Electron.
 */
export class AppLog {
  readonly file: string;
  private readonly maxBytes: number;
  private readonly keep: number;

  constructor(dir: string, maxBytes = 1024 * 1024, keep = 3) {
    fs.mkdirSync(dir, { recursive: true });
    this.file = path.join(dir, 'assay.log');
    this.maxBytes = maxBytes;
    this.keep = keep;
  }

  write(level: 'info' | 'warn' | 'error', message: string): void {
    try {
      if (fs.existsSync(this.file) && fs.statSync(this.file).size > this.maxBytes) this.rotate();
      fs.appendFileSync(this.file, `${new Date().toISOString()} ${level.toUpperCase()} ${message}\n`);
    } catch {
      // Logging must never take the app down.
    }
  }

  private rotate(): void {
    for (let i = this.keep - 1; i >= 1; i--) {
      const from = path.join(path.dirname(this.file), `assay.${i}.log`);
      if (fs.existsSync(from)) fs.renameSync(from, path.join(path.dirname(this.file), `assay.${i + 1}.log`));
    }
    fs.renameSync(this.file, path.join(path.dirname(this.file), 'assay.1.log'));
    fs.rmSync(path.join(path.dirname(this.file), `assay.${this.keep + 1}.log`), { force: true });
  }
}
