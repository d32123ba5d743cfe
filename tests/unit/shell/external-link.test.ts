import { describe, expect, it } from 'vitest';
import { isExternalLink } from '../../../electron/external-link.ts';

describe('links that leave the desktop app', () => {
  it('lets http(s) and mailto links open in the system browser or mail client', () => {
    expect(isExternalLink('https://www.example.com/report?id=3')).toBe(true);
    expect(isExternalLink('http://example.com')).toBe(true);
    expect(isExternalLink('mailto:desk@example.com')).toBe(true);
  });

  it('refuses every other scheme and links that hide credentials', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'assay://app/index.html', 'vbscript:x', 'data:text/html,<b>x</b>', 'ms-msdt:/id',
      'https://user:pass@example.com/', 'not a url', '', 'mailto:']) {
      expect(isExternalLink(url), url).toBe(false);
    }
  });
});
