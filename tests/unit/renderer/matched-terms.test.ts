import { describe, expect, it } from 'vitest';
import { matchedTerms } from '../../../renderer/app/reader/matched-terms.ts';

describe('the words a search result marks', () => {
  it('are the snippet\'s matched parts, once each, in lower case', () => {
    const snippet = [
      { text: '…the ', match: false }, { text: 'Kiln', match: true }, { text: ' relining at ', match: false },
      { text: 'kiln', match: true }, { text: ' two; ', match: false }, { text: 'relining', match: true },
    ];
    expect(matchedTerms(snippet)).toEqual(['kiln', 'relining']);
    expect(matchedTerms([{ text: 'no match here', match: false }])).toEqual([]);
  });
});
