import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HubPasswords, type Keychain } from '../../../electron/hub-passwords.ts';

/**
 * Electron's safeStorage cannot run here (no runtime): a keychain with the same three calls,
 * AES-GCM under a key held in memory, the way safeStorage encrypts under the OS keychain's key.
 */
function keychain(available = true, key = randomBytes(32)): Keychain {
  return {
    isEncryptionAvailable: () => available,
    encryptString(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(encrypted) {
      const decipher = createDecipheriv('aes-256-gcm', key, encrypted.subarray(0, 12));
      decipher.setAuthTag(encrypted.subarray(12, 28));
      return Buffer.concat([decipher.update(encrypted.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}

const hub = 'postgresql://ann@db.example.com/team';
const file = () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'assay-pw-')), 'hub-passwords.json');

describe('hub passwords in the desktop keychain', () => {
  it('are kept per hub, encrypted: the file never holds the password', () => {
    const where = file();
    const passwords = new HubPasswords(where, keychain());
    expect(passwords.remember(hub, 'correct horse')).toBe(true);
    expect(passwords.remember('postgresql://bo@db.example.com/team', 'battery staple')).toBe(true);
    expect(passwords.recall(hub)).toBe('correct horse');
    expect(fs.readFileSync(where, 'utf8')).not.toMatch(/horse|staple/u);
    expect(passwords.recall('postgresql://ann@other.example.com/team')).toBeNull();
    passwords.forget(hub);
    expect(passwords.recall(hub)).toBeNull();
    expect(passwords.recall('postgresql://bo@db.example.com/team')).toBe('battery staple');
  });

  it('are not remembered where the OS offers no keychain, and one the keychain cannot open is asked for again', () => {
    const where = file();
    expect(new HubPasswords(where, keychain(false)).remember(hub, 'correct horse')).toBe(false);
    expect(fs.existsSync(where)).toBe(false);
    new HubPasswords(where, keychain()).remember(hub, 'correct horse');
    // Another OS account, or a reset keychain: another key.
    expect(new HubPasswords(where, keychain()).recall(hub)).toBeNull();
    fs.writeFileSync(where, '{ not json');
    expect(new HubPasswords(where, keychain()).recall(hub)).toBeNull();
  });
});
