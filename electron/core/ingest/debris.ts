import type { PassageDraft } from './types.ts';

/*
 * Whole passages that are web-page furniture rather than the author's words. They stay in
 * the text (so offsets and the reader show the page as it was) but are marked, and are
 * never indexed for search nor read for metrics.
 */

const FURNITURE = new RegExp(
  '^(?:' +
    [
      'leave a (?:reply|comment)',
      '\\d+ comments?',
      'no comments(?: yet)?',
      'spread the word:?',
      'share(?: this)?(?: (?:article|post|story))?(?: on \\w+)?:?',
      'like this:?',
      'categories:?',
      'tags:?',
      'related(?: posts| articles| stories)?:?',
      'you (?:may|might) also like:?',
      'your email address will not be published.*',
      'required fields are marked.*',
      'click (?:here )?to (?:share|print|email|view|subscribe|read).*',
      'subscribe(?: to| for| now)?\\b.*',
      'sign up for .*newsletter.*',
      'follow us.*',
      'skip to (?:main )?content',
      'read more',
      'continue reading.*',
      '(?:previous|next) (?:post|article|story).*',
      'posted in .*',
      'filed under.*',
      'advertisement',
      'all rights reserved.*',
      '(?:copyright\\s*)?©.*',
      'copyright \\d{4}.*',
    ].join('|') +
    ')$',
  'iu',
);

/** Arrows and chevrons that web pages put before link text. */
const LINK_GLYPHS = /^[\s》»›>→▶►•]+/u;
/** Starts where a run of address characters starts: tried from inside a long run, it took time growing with its square. */
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+/u;
const CONTACT = /^(?:for (?:queries|enquiries|inquiries|more information)|please (?:contact|email|e-mail)|contact(?: us)?:|email:|e-mail:|tel(?:ephone)?[:.])/iu;

/** True when a passage's text is page furniture. */
export function isDebris(body: string): boolean {
  const line = body.replace(LINK_GLYPHS, '').trim();
  if (line === '') return true;
  if (FURNITURE.test(line)) return true;
  return line.length < 220 && (CONTACT.test(line) || (EMAIL.test(line) && /\b(?:contact|e-?mail|write to)\b/iu.test(line)));
}

/** Marks furniture passages in place. Headings, questions and answers are left alone. */
export function markDebris(text: string, passages: PassageDraft[]): void {
  for (const passage of passages) {
    if (passage.kind === 'question' || passage.kind === 'answer' || passage.kind === 'table') continue;
    if (isDebris(text.slice(passage.start, passage.end))) passage.debris = true;
  }
}
