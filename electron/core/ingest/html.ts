import { parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import type { PassageKind } from '../../../shared/passages.ts';
import { capTagDepth } from './html-depth.ts';
import { checkPassageCount } from './limits.ts';
import type { Block, DocumentMeta } from './types.ts';

/*
 * HTML to blocks: the readable content of a page. The article (or main element, or body)
 * is read; scripts, styles, navigation, forms and page furniture are dropped; headings,
 * paragraphs, list items, block quotes and tables become passages of those kinds.
 */

const DROPPED = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'form',
  'button', 'input', 'select', 'textarea', 'nav', 'aside', 'menu', 'dialog', 'head', 'link', 'meta',
]);
/** Dropped only outside the chosen content root: an article's own header holds its title. */
const PAGE_FURNITURE_TAGS = new Set(['header', 'footer']);
const FURNITURE_ROLES = /^(?:navigation|banner|contentinfo|complementary|search|menu|menubar|dialog|alert)$/iu;
const FURNITURE_NAMES = /(?:^|[\s_-])(?:nav|navbar|menu|breadcrumbs?|sidebar|footer|masthead|cookie|consent|share|sharing|social|advert|ads?|promo|related|newsletter|subscribe|comments?|popup|modal|skip|sr-only|visually-hidden|screen-reader-text)(?:$|[\s_-])/iu;
const HEADINGS = new Map(Object.entries({ h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }));
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'li', 'ul', 'ol', 'dl', 'dt', 'dd',
  'blockquote', 'table', 'pre', 'figure', 'figcaption', 'address', 'hr', 'body', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary']);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function elements(node: Document | Element, name: string): Element[] {
  const found: Element[] = [];
  const walk = (n: Document | Element) => {
    for (const child of n.children) {
      if (!isElement(child)) continue;
      if (child.name === name) found.push(child);
      walk(child);
    }
  };
  walk(node);
  return found;
}

function isHidden(el: Element): boolean {
  const a = el.attribs;
  return a.hidden !== undefined || a['aria-hidden'] === 'true' || /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(a.style ?? '');
}

function isFurniture(el: Element, root: Element | null): boolean {
  if (el === root) return false;
  if (DROPPED.has(el.name) || isHidden(el)) return true;
  if (FURNITURE_ROLES.test(el.attribs.role ?? '')) return true;
  if (PAGE_FURNITURE_TAGS.has(el.name) && !insideArticle(el, root)) return true;
  return FURNITURE_NAMES.test(`${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`);
}

function insideArticle(el: Element, root: Element | null): boolean {
  if (!root) return false;
  return root.name === 'article' || root.name === 'main' || el.parent !== root;
}

/** Text of an inline subtree, white space collapsed as a browser would, <br> kept. */
function inlineText(node: ChildNode, root: Element | null): string {
  if (node.type === 'text') return node.data.replace(/[ \t\n\r\f]+/gu, ' ');
  if (!isElement(node) || isFurniture(node, root)) return '';
  if (node.name === 'br') return '\n';
  if (node.name === 'img') return node.attribs.alt ?? '';
  return node.children.map((c) => inlineText(c, root)).join('');
}

function tidy(text: string): string {
  return text.split('\n').map((l) => l.replace(/ +/gu, ' ').trim()).filter(Boolean).join('\n');
}

class BlockReader {
  readonly blocks: Block[] = [];
  private pending = '';
  private readonly root: Element | null;

  constructor(root: Element | null) {
    this.root = root;
  }

  read(node: ChildNode, listDepth: number, inQuote: boolean): void {
    // White space collapsed as a browser would: a line break in the source is a space, not a line of its own.
    if (node.type === 'text') { this.pending += node.data.replace(/[ \t\n\r\f]+/gu, ' '); return; }
    if (!isElement(node) || isFurniture(node, this.root)) return;
    const name = node.name;
    if (!BLOCKS.has(name)) { this.pending += inlineText(node, this.root); return; }
    this.flush(inQuote ? 'quote' : 'paragraph', 0);
    const heading = HEADINGS.get(name);
    if (heading) this.push('heading', heading, inlineText(node, this.root));
    else if (name === 'table') this.readTable(node);
    else if (name === 'pre') this.push('paragraph', 0, node.children.map((c) => inlineText(c, this.root)).join(''));
    else if (name === 'li') this.readChildren(node, listDepth + 1, inQuote, 'list_item', listDepth);
    else if (name === 'ul' || name === 'ol') this.readChildren(node, listDepth, inQuote);
    else if (name === 'blockquote') this.readChildren(node, listDepth, true, 'quote', 0);
    else this.readChildren(node, listDepth, inQuote, inQuote ? 'quote' : 'paragraph', 0);
  }

  private readChildren(el: Element, listDepth: number, inQuote: boolean, kind?: PassageKind, depth = 0): void {
    for (const child of el.children) this.read(child, listDepth, inQuote);
    if (kind) this.flush(kind, depth);
  }

  flush(kind: PassageKind, depth: number): void {
    const text = tidy(this.pending);
    this.pending = '';
    if (text) this.blocks.push({ kind, depth, text });
    checkPassageCount(this.blocks.length);
  }

  private push(kind: PassageKind, depth: number, text: string): void {
    const body = kind === 'table' ? text : tidy(text);
    if (body) this.blocks.push({ kind, depth, text: body });
  }

  /**
   * A table, with its caption as the passage before it ("Key figures (in € million)", which says what its figures
   * are in) and its footnotes (a footer row of one cell) as the passage after it.
   */
  private readTable(table: Element): void {
    const caption = elements(table, 'caption')[0];
    if (caption) this.push('paragraph', 0, inlineText(caption, this.root));
    const notes = elements(table, 'tr').filter((row) => row.parent && isElement(row.parent) && row.parent.name === 'tfoot'
      && row.children.filter((c) => isElement(c) && (c.name === 'td' || c.name === 'th')).length === 1);
    this.push('table', 0, this.tableText(table, new Set(notes)));
    for (const note of notes) this.push('paragraph', 0, inlineText(note, this.root));
  }

  /**
   * A table's rows, a cell per column of its grid: a cell spanning columns or rows (colspan, rowspan) is written once
   * and leaves the places it covers empty, so every figure stays under its own heading.
   */
  private tableText(table: Element, skipped: Set<Element>): string {
    const covered: number[] = []; // per column, how many more rows a cell above still covers
    return elements(table, 'tr')
      .filter((row) => !skipped.has(row))
      .map((row) => {
        const out: string[] = [];
        const skipCovered = () => { while ((covered[out.length] ?? 0) > 0) { covered[out.length]!--; out.push(''); } };
        for (const cell of row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'))) {
          skipCovered();
          const [across, down] = [span(cell.attribs.colspan), span(cell.attribs.rowspan)];
          for (let k = 0; k < across; k++) {
            if (down > 1) covered[out.length] = down - 1;
            out.push(k ? '' : tidy(inlineText(cell, this.root)).replace(/[\t\n]+/gu, ' '));
          }
        }
        while (covered.slice(out.length).some((n) => n > 0)) { if (covered[out.length]) covered[out.length]!--; out.push(''); }
        return out.join('\t');
      })
      .filter((row) => row.replace(/\t/gu, '').trim() !== '')
      .join('\n');
  }
}

/** A colspan or rowspan attribute as a count of 1 to 64 (0, missing or nonsense is 1). */
function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, 64) : 1;
}

function metaContent(doc: Document, attr: 'name' | 'property', value: string): string | null {
  const el = elements(doc, 'meta').find((m) => (m.attribs[attr] ?? '').toLowerCase() === value);
  return el?.attribs.content?.trim() || null;
}

function declaredMeta(doc: Document): Partial<DocumentMeta> {
  const title = elements(doc, 'title')[0];
  const canonical = elements(doc, 'link').find((l) => (l.attribs.rel ?? '').toLowerCase() === 'canonical');
  const time = elements(doc, 'time').find((t) => t.attribs.datetime);
  const published = metaContent(doc, 'property', 'article:published_time') ?? metaContent(doc, 'name', 'date')
    ?? metaContent(doc, 'name', 'pubdate') ?? metaContent(doc, 'name', 'dc.date') ?? time?.attribs.datetime ?? null;
  return {
    title: metaContent(doc, 'property', 'og:title') ?? (title ? tidy(inlineText(title, title)) : null),
    publisher: metaContent(doc, 'property', 'og:site_name') ?? metaContent(doc, 'name', 'publisher'),
    source: metaContent(doc, 'name', 'source') ?? metaContent(doc, 'name', 'author'),
    url: canonical?.attribs.href ?? metaContent(doc, 'property', 'og:url'),
    published: published ? /^\d{4}(-\d{2}){0,2}/u.exec(published)?.[0] ?? null : null,
  };
}

/** The element holding the readable content: the longest article, else main, else body. */
function contentRoot(doc: Document): Element | null {
  const textLength = (el: Element) => inlineText(el, el).length;
  const articles = elements(doc, 'article').sort((a, b) => textLength(b) - textLength(a));
  return articles[0] ?? elements(doc, 'main')[0] ?? elements(doc, 'body')[0] ?? elements(doc, 'html')[0] ?? null;
}

/** Blocks of an HTML page's readable content and the metadata its head declares. */
export function parseHtml(source: string): { blocks: Block[]; meta: Partial<DocumentMeta> } {
  // Nesting is capped first: parsers are quadratic in depth, and every walk below recurses.
  const doc = parseDocument(capTagDepth(source), { decodeEntities: true, lowerCaseTags: true });
  const meta = declaredMeta(doc);
  const root = contentRoot(doc);
  const reader = new BlockReader(root);
  for (const child of (root ?? doc).children) reader.read(child, 0, false);
  reader.flush('paragraph', 0);
  return { blocks: reader.blocks, meta };
}

/** The charset a page declares in its first bytes, for decoding before parsing. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/iu.exec(head)?.[1] ?? null;
}
