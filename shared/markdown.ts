import markdownIt, { type MarkdownIt, type StateCore, type Token } from 'markdown-it';

/*
 * The one Markdown engine for analysts' notes and report summaries: the reader, the
 * inspector, the report builder and every export read Markdown through this module, so
 * a note looks the same everywhere and is made safe in one place. markdown-it runs in the
 * browser and in Node alike, which is why it may live in shared/.
 *
 * Safe means: raw HTML is never passed through (html: false escapes it as text), a link
 * is a link only if it is http(s) or mailto (anything else, in any spelling, stays text),
 * an image is never loaded (it becomes the words "[image: alt]"), and headings start at
 * level 3 so a note never outranks the page it sits on.
 */

/** The only link targets a note may carry: web pages and e-mail addresses. */
const SAFE_LINK = /^(?:https?:|mailto:)/iu;

/** How a note names an image it will never load. */
function imageText(image: Token, md: MarkdownIt): string {
  const alt = md.renderer.renderInlineAsText(image.children ?? [], md.options, {}).trim();
  return `[image: ${alt || 'no description'}]`;
}

/** Replaces every image with its words, before any renderer (HTML or Word) sees the tokens. */
function imagesAsText(md: MarkdownIt) {
  return (state: StateCore): void => {
    for (const block of state.tokens) {
      if (block.type !== 'inline' || !block.children) continue;
      block.children = block.children.map((t) => {
        if (t.type !== 'image') return t;
        const text = new state.Token('text', '', 0);
        text.content = imageText(t, md);
        return text;
      });
    }
  };
}

/** Demotes headings two levels (# → h3), capped at h6. */
function demoteHeadings(state: StateCore): void {
  for (const t of state.tokens) {
    if (t.type === 'heading_open' || t.type === 'heading_close') t.tag = `h${Math.min(6, Number(t.tag.slice(1)) + 2)}`;
  }
}

function createMarkdown(): MarkdownIt {
  // Linkify only finds links written with their scheme (https://…, mailto:…): guessing
  // "revenue.cn" or "Q1.FY" into a web address would surprise an analyst more than help.
  const md = markdownIt({ html: false, linkify: true, typographer: false, breaks: true });
  md.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
  // markdown-it asks this of every link, autolink, linkified URL and reference definition,
  // after decoding entities and escapes, so "&#106;avascript:" is seen as "javascript:".
  md.validateLink = (url) => SAFE_LINK.test(url.trim());
  md.core.ruler.push('assay_images_as_text', imagesAsText(md));
  md.core.ruler.push('assay_demote_headings', demoteHeadings);
  const linkOpen = md.renderer.rules.link_open ?? ((tokens, i, options, _env, self) => self.renderToken(tokens, i, options));
  md.renderer.rules.link_open = (tokens, i, options, env, self) => {
    if ((env as RenderEnv | undefined)?.linksInNewWindow) {
      tokens[i]!.attrSet('rel', 'noreferrer noopener');
      tokens[i]!.attrSet('target', '_blank');
    }
    return linkOpen(tokens, i, options, env, self);
  };
  return md;
}

/** What a caller may ask of the HTML. */
export interface RenderEnv {
  /** Links open a new window, with neither referrer nor opener (the workbench, where the shell sends them out). */
  linksInNewWindow?: boolean;
}

const md = createMarkdown();

/**
 * An analyst's Markdown as HTML that runs nothing and loads nothing: every character of
 * the input is escaped, only Markdown's own elements are produced. Tables, block quotes,
 * nested and ordered lists, code, emphasis and safe links are kept.
 */
export function markdownToSafeHtml(text: string, env: RenderEnv = {}): string {
  return md.render(text, { ...env });
}

/**
 * The same Markdown as markdown-it's token stream, made safe as for HTML (images are
 * text, unsafe links are text), for renderers that build something else (Word).
 */
export function markdownTokens(text: string): Token[] {
  return md.parse(text, {});
}

export type { Token };
