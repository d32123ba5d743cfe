import { describe, expect, it } from 'vitest';
import { extractFromText } from '../../../electron/core/extract/extract.ts';

/*
 * Issue #12: a fifth round of probes in other hands (market wraps, ASX quarterlies, banks, airlines, REITs, bond
 * desks; 业绩预告, 研报, 周报, 统计公报, 公告 and financial news in Chinese) found these misread. Sentences written for
 * this file.
 */

const read = (text: string) => extractFromText(text, { date: '2025-11-20', subject: null });

describe('market wraps', () => {
  it('reads the level of every major index a wrap names, labelled by the index', () => {
    const [nasdaq, dow] = read('The Nasdaq Composite rose 1.2% to 19,210.4, while the Dow Jones Industrial Average fell 0.3% to 43,870.');
    expect(nasdaq).toMatchObject({ value: 19210.4, unit: 'points', label: 'Nasdaq Composite' });
    expect(nasdaq!.change).toMatchObject({ value: 1.2, direction: 'up' });
    expect(dow).toMatchObject({ value: 43870, unit: 'points', label: 'Dow Jones Industrial Average' });
    expect(read('The Stoxx 600 closed at 512.3, and Japan’s Nikkei 225 ended at 38,950.').map((m) => [m.label, m.value]))
      .toEqual([['Stoxx 600', 512.3], ['Nikkei 225', 38950]]);
    expect(read('The S&P 500 added 0.7% to 5,900.')[0]).toMatchObject({ value: 5900, unit: 'points', label: 'S&P 500' });
    expect(read('India’s Nifty 50 slipped 0.4% to 24,310.')[0]).toMatchObject({ value: 24310, label: 'Nifty 50' });
    expect(read('The DAX 40 closed at 19,500.')[0]).toMatchObject({ value: 19500, label: 'DAX 40' });
  });
});
