import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../renderer/markdown.ts';

const html = (text: string) => renderToStaticMarkup(renderMarkdown(text) as never);

describe('notes as Markdown', () => {
  it('renders emphasis, code, lists and safe links', () => {
    expect(html('Checked **May** sheet, *twice*, see `p. 4`.'))
      .toBe('<div class="md"><p>Checked <strong>May</strong> sheet, <em>twice</em>, see <code>p. 4</code>.</p>\n</div>');
    expect(html('- one\n- two')).toBe('<div class="md"><ul>\n<li>one</li>\n<li>two</li>\n</ul>\n</div>');
    expect(html('[SMM](https://example.com/prices)'))
      .toBe('<div class="md"><p><a href="https://example.com/prices" rel="noreferrer noopener" target="_blank">SMM</a></p>\n</div>');
  });

  it('renders tables, block quotes, nested and ordered lists', () => {
    const out = html('| Metric | Q1 |\n|---|--:|\n| Revenue | 9.3 |\n\n> Spot.\n\n1. one\n   1. one.one\n2. two');
    expect(out).toContain('<th style="text-align:right">Q1</th>');
    expect(out).toContain('<blockquote>\n<p>Spot.</p>\n</blockquote>');
    expect(out).toContain('<ol>\n<li>one\n<ol>\n<li>one.one</li>\n</ol>\n</li>\n<li>two</li>\n</ol>');
  });

  it('never turns a note into markup, scripts or remote loads', () => {
    const evil = html('<script>alert(1)</script> <img src=x onerror=alert(1)> <svg onload=alert(1)> '
      + '[click](javascript:alert(1)) [x](JaVaScRiPt:alert(1)) [y](&#106;avascript:alert(1)) <javascript:alert(1)> '
      + '![chart](https://evil.example/x.png)');
    expect(evil).not.toMatch(/<(script|img|svg)\b/u);
    expect(evil).not.toContain('href');
    expect(evil).toContain('&lt;script&gt;');
    expect(evil).toContain('[image: chart]');
    expect(evil).toContain('[click](javascript:alert(1))');
  });
});
