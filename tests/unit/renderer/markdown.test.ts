import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../renderer/markdown.ts';

const html = (text: string) => renderToStaticMarkup(renderMarkdown(text) as never);

describe('notes as Markdown', () => {
  it('renders emphasis, code, lists and safe links', () => {
    expect(html('Checked **May** sheet, *twice*, see `p. 4`.')).toBe('<p>Checked <strong>May</strong> sheet, <em>twice</em>, see <code>p. 4</code>.</p>');
    expect(html('- one\n- two')).toBe('<ul><li>one</li><li>two</li></ul>');
    expect(html('[SMM](https://example.com/prices)')).toBe('<p><a href="https://example.com/prices" rel="noreferrer noopener" target="_blank">SMM</a></p>');
  });

  it('never turns a note into markup, scripts or remote loads', () => {
    const evil = html('<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) ![chart](https://evil.example/x.png)');
    expect(evil).not.toContain('<script');
    expect(evil).not.toContain('<img');
    expect(evil).not.toContain('href="javascript:');
    expect(evil).toContain('&lt;script&gt;');
    expect(evil).toContain('[image: chart]');
    expect(evil).toContain('click (javascript:alert(1))');
  });
});
