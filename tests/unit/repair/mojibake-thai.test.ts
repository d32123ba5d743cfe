import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repairThaiMojibake } from '../../../electron/core/repair/mojibake-thai.ts';
import { repairText } from '../../../electron/core/repair/repair-text.ts';
import { thaiMojibake } from '../../helpers/mojibake.ts';

/** Sentences written for these tests, with the punctuation the corpus damage destroys. */
const ORIGINALS = [
  'Baotou Steel’s separation plant ran at full load in 2023–2024.',
  'The smelter (BSRE)—the region’s largest—added a second kiln.',
  'Analysts called it a “once-in-a-decade expansion.”',
  'The mine isn’t for sale, and it’s not the group’s only asset.',
  '© 2024 Lanthanide Weekly',
  'Reported by Lanthanide Weekly™ on Monday.',
  'The board’s plan—approved in March—covers 2025–2027.',
  'Prices rose 4% week on week; traders said “tight” was the word.',
  'They’re confident the quota will rise, and we’ve heard the same.',
];

describe('Windows-874 mojibake repair', () => {
  it('restores each damaged sentence exactly', () => {
    for (const original of ORIGINALS) {
      const damaged = thaiMojibake(original);
      expect(damaged).not.toBe(original);
      expect(repairThaiMojibake(damaged).text).toBe(original);
    }
  });

  it('chooses punctuation from context, as the corpus examples need', () => {
    const cases: Array<[string, string]> = [
      ['Chinaโs', 'China’s'],
      ['ยฉ 2025', '© 2025'],
      ['Exchangesโข', 'Exchanges™'],
      ['2024โ2025', '2024–2025'],
      ['(CNRE)โthe', '(CNRE)—the'],
      ['as a โworld-class rare earth champion.โ', 'as a “world-class rare earth champion.”'],
      ['memoโitโs', 'memo—it’s'],
    ];
    for (const [damaged, repaired] of cases) expect(repairThaiMojibake(damaged).text).toBe(repaired);
  });

  it('reads a bullet at the start of a line and ™ after a word', () => {
    expect(repairThaiMojibake('โข first point').text).toBe('• first point');
  });

  it('records what it repaired with examples', () => {
    const { repair } = repairThaiMojibake(thaiMojibake(ORIGINALS[0]!));
    expect(repair?.kind).toBe('mojibake');
    expect(repair?.count).toBeGreaterThan(0);
    expect(repair?.examples[0]?.after).toContain('’');
  });

  it('leaves genuine Thai alone, alone or mixed with English', () => {
    const thai = 'ภาษาไทยเป็นภาษาที่สวยงาม โรงเรียนของเราอยู่ใกล้แม่น้ำโขง ราคาแร่หายากเพิ่มขึ้น';
    expect(repairThaiMojibake(thai).text).toBe(thai);
    const mixed = 'The Bangkok office (สำนักงานกรุงเทพ) reported that ราคา rose sharply.';
    expect(repairThaiMojibake(mixed).text).toBe(mixed);
  });

  it('never changes clean text (property)', () => {
    const words = [
      'Revenue', 'rose', '12%', 'to', '¥3.2', 'billion', 'the', 'group’s', '“record”', 'year', '—', '2024–2025',
      'café', 'naïve', '©', 'Exchanges™', '•', '€40', 'ภาษาไทย', 'สวัสดี', 'โรงเรียน', 'แม่น้ำโขง', 'ราคา', 'แร่หายาก',
      '稀土', '価格', '(BSRE)', 'isn’t', '…', '5,700', 'mt', 'Q1',
    ];
    const sentence = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 30 })
      .chain((ws) => fc.constantFrom(' ', '\n', ', ').map((sep) => ws.join(sep)));
    fc.assert(fc.property(sentence, (text) => {
      expect(repairText(text).text).toBe(text);
    }), { numRuns: 1000 });
  });
});
