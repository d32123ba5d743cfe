import { describe, expect, it } from 'vitest';
import { seriesKey, seriesLabel } from '../../../shared/series-key.ts';

describe('series identity', () => {
  it('makes one series of wordings of one measure', () => {
    expect(seriesLabel('SMM Pr-Nd oxide average prices')).toBe(seriesLabel('Pr-Nd oxide average price'));
    expect(seriesLabel('NEVs production')).toBe(seriesLabel('NEV production'));
    expect(seriesLabel('Rare earth oxide production volume')).toBe(seriesLabel('rare earth oxide output'));
    expect(seriesLabel('Magnet sales volume')).toBe(seriesLabel('magnet sales'));
    expect(seriesKey('Revenue', 'SMM')).toBe(seriesKey('revenue', 'market'));
  });

  it('keeps different measures apart', () => {
    expect(seriesLabel('gross margin')).not.toBe(seriesLabel('net margin'));
    expect(seriesLabel('output')).not.toBe(seriesLabel('output target'));
    expect(seriesLabel('glass exports')).not.toBe(seriesLabel('gas exports'));
    expect(seriesLabel('营业收入')).toBe('营业收入');
  });
});
