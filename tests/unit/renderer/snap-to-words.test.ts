import { describe, expect, it } from 'vitest';
import { snapToWords } from '../../../renderer/app/reader/snap-to-words.ts';

const text = 'Operating revenue was 2.31 billion yuan, up 12.4% YoY. 营业收入同比增长61.19%。';
const snapped = (part: string, from = 0) => {
  const at = text.indexOf(part, from);
  const r = snapToWords(text, at, at + part.length);
  return text.slice(r.start, r.end);
};

describe('a reader selection snapped to words', () => {
  it('grows to the words a drag cuts through, numbers with their decimals', () => {
    expect(snapped('perating revenue was 2.3')).toBe('Operating revenue was 2.31');
    expect(snapped('31 billi')).toBe('2.31 billion');
    expect(snapped('2.4')).toBe('12.4');
  });

  it('trims the spaces at its ends and keeps punctuation outside words as selected', () => {
    expect(snapped(' revenue was ')).toBe('revenue was');
    expect(snapped('yuan, up')).toBe('yuan, up');
  });

  it('leaves Chinese characters as selected and a selection of spaces as it was', () => {
    expect(snapped('收入同比')).toBe('收入同比');
    expect(snapped('增长61')).toBe('增长61.19');
    const at = text.indexOf(' ');
    expect(snapToWords(text, at, at + 1)).toEqual({ start: at, end: at + 1 });
  });
});
