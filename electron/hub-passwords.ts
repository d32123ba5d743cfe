import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/** The part of Electron's safeStorage this store uses (the OS keychain's key encrypts, the file holds ciphertext). */
export interface Keychain {
  isEncryptionAvailable(): boolean;
  encryptString(plain: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The file: hub address (never with a password) → the password encrypted by the keychain, base64. */
const Stored = z.record(z.string(), z.string());

/**
 * Hub passwords the desktop app remembers between launches, one per hub address, in a file
 * in the user-data folder encrypted with the OS keychain's key (Electron's safeStorage: the
 * macOS Keychain, Windows DPAPI, libsecret or kwallet on Linux). Never in the workspace file,
 * which travels. Where the OS offers no keychain (Linux without a secret service, where
 * safeStorage would fall back to a hard-coded key) nothing is remembered: the analyst types
 * it at each launch, or uses ~/.pgpass.
 */
export class HubPasswords {
  private readonly file: string;
  private readonly keychain: Keychain;

  constructor(file: string, keychain: Keychain) {
    this.file = file;
    this.keychain = keychain;
  }

  /** Keeps the password for this hub; false when the OS offers no keychain to encrypt it with. */
  remember(hubUrl: string, password: string): boolean {
    if (!this.keychain.isEncryptionAvailable()) return false;
    const all = this.read();
    all[hubUrl] = this.keychain.encryptString(password).toString('base64');
    this.write(all);
    return true;
  }

  /** The remembered password, or null (none, no keychain, or one the keychain can no longer open). */
  recall(hubUrl: string): string | null {
    const stored = this.read()[hubUrl];
    if (stored === undefined || !this.keychain.isEncryptionAvailable()) return null;
    try {
      return this.keychain.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // Encrypted under another OS account or a reset keychain: ask again rather than fail.
      return null;
    }
  }

  forget(hubUrl: string): void {
    const all = this.read();
    if (!(hubUrl in all)) return;
    delete all[hubUrl];
    this.write(all);
  }

  private read(): Record<string, string> {
    try {
      return Stored.parse(JSON.parse(fs.readFileSync(this.file, 'utf8')));
    } catch {
      return {};
    }
  }

  private write(all: Record<string, string>): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.tmp`;
    fs.writeFileSync(temp, JSON.stringify(all), { mode: 0o600 });
    fs.renameSync(temp, this.file);
  }
}
