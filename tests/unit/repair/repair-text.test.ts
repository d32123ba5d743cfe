import { describe, expect, it } from 'vitest';
import { repairLatinMojibake } from '../../../electron/core/repair/mojibake-latin.ts';
import { repairText } from '../../../electron/core/repair/repair-text.ts';
import { latinMojibake } from '../../helpers/mojibake.ts';

describe('Windows-1252 / Latin-1 mojibake repair', () => {
  it('restores smart punctuation and accents', () => {
    const original = 'The trader’s “résumé” of the café talks — déjà vu — cost €5.';
    expect(repairLatinMojibake(latinMojibake(original)).text).toBe(original);
  });

  it('repairs the classic sequences', () => {
    expect(repairLatinMojibake('Itâ€™s').text).toBe('It’s');
    expect(repairLatinMojibake('Ã©tude').text).toBe('étude');
    expect(repairLatinMojibake('Â£5').text).toBe('£5');
  });

  it('repairs text damaged twice', () => {
    const twice = latinMojibake(latinMojibake('It’s done'));
    expect(repairLatinMojibake(twice).text).toBe('It’s done');
  });

  it('leaves correct accented text alone', () => {
    for (const clean of ['café naïve façade', 'Ångström über', 'São Paulo à la carte', 'Ö-Norm Ærø', '100 °C and 5 µm']) {
      expect(repairLatinMojibake(clean).text).toBe(clean);
    }
  });
});

describe('repairText', () => {
  it('normalizes line endings, strips control characters and composes to NFC', () => {
    const { text, repairs } = repairText('Line one\r\nLine\u0007 two\rcafe\u0301\u200b');
    expect(text).toBe('Line one\nLine two\ncafé');
    expect(repairs.map((r) => r.kind).sort()).toEqual(['control-characters', 'line-endings', 'unicode-normalization']);
  });

  it('removes "(opens in a new tab)" and records it', () => {
    const { text, repairs } = repairText('See the filing (opens in a new tab) for details.');
    expect(text).toBe('See the filing for details.');
    expect(repairs[0]).toMatchObject({ kind: 'web-debris', count: 1 });
  });

  it('returns clean text unchanged with no repairs', () => {
    const clean = 'Revenue rose 12% to ¥3.2 billion — a record.\nสวัสดี';
    expect(repairText(clean)).toEqual({ text: clean, repairs: [] });
  });
});
