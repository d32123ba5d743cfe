/*
 * HTML parsers keep a stack of open elements and search it on many tags, so a page of a
 * million unclosed <div>s takes minutes (quadratic) before any of our code runs. Browsers
 * cap nesting (Chromium at 512); Assay does the same before parsing, in one linear pass:
 * tags that would open past the cap are left out, with the closing tags that match them,
 * and their text joins the element at the cap. Pages nested less deeply pass unchanged.
 */

/** Nesting kept before tags are left out. */
export const MAX_TAG_DEPTH = 256;

/** Elements a parser closes by itself (a new <p> ends the last), so they never nest deeply in real pages. */
const SELF_ENDING = new Set([
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'tbody', 'thead', 'tfoot', 'rt', 'rp', 'colgroup', 'caption',
]);
/** Elements that never have content, so never nest. */
const VOID = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'basefont', 'frame', 'keygen',
]);
/** Elements whose content is text, not markup: skipped whole so a '<' inside them is not a tag. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

const isLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  /** Index just past the tag's '>'. */
  end: number;
}

/** The tag that starts at `at` (a '<'), or null when what follows is not a tag. */
function tagAt(html: string, at: number): Tag | null {
  let i = at + 1;
  const closing = html.charCodeAt(i) === 47; // '/'
  if (closing) i++;
  if (!isLetter(html.charCodeAt(i))) return null;
  const nameStart = i;
  while (i < html.length && /[\w:-]/u.test(html[i]!)) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  const close = html.indexOf('>', i);
  const end = close < 0 ? html.length : close + 1;
  return { name, closing, selfClosing: close > 0 && html.charCodeAt(close - 1) === 47, end };
}

/** Where the markup after a tag resumes: past a comment, or past the end of a raw-text element. */
function skipRaw(html: string, tag: Tag): number {
  if (tag.closing || !RAW_TEXT.has(tag.name)) return tag.end;
  for (let at = html.indexOf('</', tag.end); at >= 0; at = html.indexOf('</', at + 2)) {
    if (html.slice(at + 2, at + 2 + tag.name.length).toLowerCase() === tag.name) return at;
  }
  return html.length;
}

/**
 * The page with tags nested deeper than MAX_TAG_DEPTH left out (and their closing tags),
 * or the page itself when it nests no deeper. Linear in the page's length.
 */
export function capTagDepth(html: string): string {
  const open: string[] = [];
  const dropped = new Map<string, number>();
  const kept: string[] = [];
  let copiedTo = 0;
  let i = html.indexOf('<');
  while (i >= 0 && i < html.length) {
    if (html.startsWith('<!--', i)) {
      const close = html.indexOf('-->', i + 4);
      i = close < 0 ? -1 : html.indexOf('<', close + 3);
      continue;
    }
    const tag = tagAt(html, i);
    if (!tag) { i = html.indexOf('<', i + 1); continue; }
    const counted = !SELF_ENDING.has(tag.name) && !VOID.has(tag.name) && !tag.selfClosing;
    if (counted && !tag.closing && open.length >= MAX_TAG_DEPTH) {
      dropped.set(tag.name, (dropped.get(tag.name) ?? 0) + 1);
      kept.push(html.slice(copiedTo, i));
      copiedTo = tag.end;
    } else if (counted && tag.closing && (dropped.get(tag.name) ?? 0) > 0) {
      dropped.set(tag.name, dropped.get(tag.name)! - 1);
      kept.push(html.slice(copiedTo, i));
      copiedTo = tag.end;
    } else if (counted && tag.closing) {
      const at = open.lastIndexOf(tag.name); // at most MAX_TAG_DEPTH steps
      if (at >= 0) open.length = at;
    } else if (counted) open.push(tag.name);
    i = html.indexOf('<', skipRaw(html, tag));
  }
  if (copiedTo === 0) return html;
  kept.push(html.slice(copiedTo));
  return kept.join('');
}
