import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml, markdownTokens } from '../../../shared/markdown.ts';

/** Links, autolinks and raw HTML an attacker might plant in a shared workspace's notes. */
const HOSTILE_LINKS = [
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](&#x6A;avascript&colon;alert(1))',
  '[x](java%73cript:alert(1))',
  '[x](\\javascript:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](VBScript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](file:///etc/passwd)',
  '[x](//evil.example/x)',
  '<javascript:alert(1)>',
  '<JAVASCRIPT:alert(1)>',
  '<data:text/html,<script>alert(1)</script>>',
  '<vbscript:msgbox(1)>',
  '[x][r]\n\n[r]: javascript:alert(1)',
  'javascript:alert(1) ftp://files.example',
];

const RAW_HTML = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '**<img src=x onerror=alert(1)>**',
  '<div>\n\n<img src=x onerror=alert(1)>\n\n</div>',
  '<style>body{display:none}</style>',
];

describe('the shared Markdown engine', () => {
  it.each(HOSTILE_LINKS)('makes no link of %j', (text) => {
    const html = markdownToSafeHtml(text);
    expect(html).not.toMatch(/<a\b/u);
    expect(html).not.toMatch(/href/iu);
  });

  it.each(RAW_HTML)('escapes raw HTML %j to text', (text) => {
    const html = markdownToSafeHtml(text);
    expect(html).not.toMatch(/<(script|img|svg|iframe|style|div|a)\b/iu);
    expect(html).toContain('&lt;');
  });

  it('never loads an image, whatever its address: it becomes its words', () => {
    const images = ['![chart](https://evil.example/x.png)', '![chart](<https://evil.example/x.png> "t")',
      '![chart][c]\n\n[c]: https://evil.example/x.png', '[![chart](https://evil.example/x.png)](https://ok.example)'];
    for (const text of images) {
      const html = markdownToSafeHtml(text);
      expect(html).not.toMatch(/<img\b|evil\.example/u);
      expect(html).toContain('[image: chart]');
    }
    expect(markdownToSafeHtml('![](https://evil.example/x.png)')).toContain('[image: no description]');
  });

  it('keeps http(s) and mailto links, written out or autolinked, and linkifies only what has a scheme', () => {
    expect(markdownToSafeHtml('[SMM](https://example.com/p) <mailto:desk@example.com> see http://example.org now'))
      .toBe('<p><a href="https://example.com/p">SMM</a> <a href="mailto:desk@example.com">mailto:desk@example.com</a> '
        + 'see <a href="http://example.org">http://example.org</a> now</p>\n');
    expect(markdownToSafeHtml('revenue.cn and desk@example.com')).toBe('<p>revenue.cn and desk@example.com</p>\n');
    expect(markdownToSafeHtml('[x](https://example.com)', { linksInNewWindow: true }))
      .toContain('<a href="https://example.com" rel="noreferrer noopener" target="_blank">x</a>');
  });

  it('renders tables, block quotes, nested and ordered lists, code and demoted headings', () => {
    const html = markdownToSafeHtml('# Beat\n\n| Metric | Q1 |\n|---|--:|\n| Revenue | 9.3 |\n\n> Spot, not contract.\n\n'
      + '3. three\n   - nested *one*\n4. four\n\n```\nx < 1\n```\n\nno "smart" -- quotes');
    expect(html).toContain('<h3>Beat</h3>');
    expect(html).toContain('<table>\n<thead>\n<tr>\n<th>Metric</th>\n<th style="text-align:right">Q1</th>');
    expect(html).toContain('<td>Revenue</td>\n<td style="text-align:right">9.3</td>');
    expect(html).toContain('<blockquote>\n<p>Spot, not contract.</p>\n</blockquote>');
    expect(html).toContain('<ol start="3">\n<li>three\n<ul>\n<li>nested <em>one</em></li>\n</ul>\n</li>\n<li>four</li>\n</ol>');
    expect(html).toContain('<pre><code>x &lt; 1\n</code></pre>');
    expect(html).toContain('no &quot;smart&quot; -- quotes');
  });

  it('hands renderers other than HTML the same safe tokens', () => {
    const [, paragraph] = markdownTokens('**Beat** ![c](https://evil.example/c.png) [x](javascript:alert(1))');
    const inline = paragraph!.children!;
    expect(inline.map((t) => t.type)).not.toContain('image');
    expect(inline.map((t) => t.type)).not.toContain('link_open');
    expect(inline.filter((t) => t.type === 'text').map((t) => t.content).join('')).toContain('[image: c]');
  });
});
