import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../electron/core/ingest/decode.ts';

const ENGLISH = 'Pr-Nd oxide closed at 452,000 yuan/mt — the “highest” since March.';
const CHINESE = '北方稀土第一季度营业收入为九十二亿元，同比增长百分之六十一。氧化镨钕价格持续上涨，市场需求旺盛。';
const JAPANESE = '本日のレアアース市況は堅調で、酸化プラセオジム・ネオジムの価格は三パーセント上昇しました。需要は安定しています。';

describe('decodeBytes', () => {
  it('honours BOMs for UTF-8, UTF-16LE and UTF-16BE', () => {
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(ENGLISH)]))).toEqual({ text: ENGLISH, encoding: 'utf-8' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ENGLISH, 'utf-16le')]);
    expect(decodeBytes(le)).toEqual({ text: ENGLISH, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ENGLISH, 'utf-16be')]);
    expect(decodeBytes(be)).toEqual({ text: ENGLISH, encoding: 'utf-16be' });
  });

  it('recognises UTF-16 without a BOM', () => {
    expect(decodeBytes(iconv.encode(ENGLISH, 'utf-16le')).encoding).toBe('utf-16le');
    expect(decodeBytes(iconv.encode(ENGLISH, 'utf-16be')).text).toBe(ENGLISH);
  });

  it('reads plain UTF-8', () => {
    expect(decodeBytes(Buffer.from(CHINESE))).toEqual({ text: CHINESE, encoding: 'utf-8' });
  });

  it('detects legacy code pages: Windows-1252, GB18030/GBK, Shift-JIS', () => {
    expect(decodeBytes(iconv.encode(ENGLISH, 'windows-1252'))).toEqual({ text: ENGLISH, encoding: 'windows-1252' });
    expect(decodeBytes(iconv.encode(CHINESE, 'gbk'))).toEqual({ text: CHINESE, encoding: 'gb18030' });
    expect(decodeBytes(iconv.encode(JAPANESE, 'shift_jis'))).toEqual({ text: JAPANESE, encoding: 'shift_jis' });
  });

  it('prefers the charset an HTML page declares', () => {
    const html = `<html><head><meta charset="gbk"></head><body>${CHINESE}</body></html>`;
    expect(decodeBytes(iconv.encode(html, 'gbk'), 'gbk').text).toBe(html);
  });

  it('refuses binary data', () => {
    expect(() => decodeBytes(Uint8Array.from([0x41, 0x00, 0x00, 0x00, 0x12, 0x00, 0x00, 0x00, 0x99]))).toThrow(/not text/);
  });
});
