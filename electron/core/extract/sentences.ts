/** A sentence of a passage with its place in the text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Abbreviations whose full stop does not end a sentence. */
const ABBREVIATIONS = /(?:\b(?:Co|Ltd|Inc|Corp|Bros|Mr|Mrs|Ms|Dr|Prof|St|No|Nos|vs|etc|approx|est|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Fig|Vol|Rep|Gov|Gen|Sen|Jr|Sr|c|ca|Mio|Mrd|Vj)|\b[A-Z]|\b(?:e\.g|i\.e|U\.S|U\.K|a\.m|p\.m))\.$/u;

/**
 * Splits text into sentences at ., ! or ? followed by white space and a capital, digit
 * or quote, and at line breaks; not after abbreviations such as "Co." or "U.S.". A single
 * line break before a word in lower case, or after a comma or a word no sentence ends on, is a
 * hard-wrapped line going on ("EBITDA was US$712" / "million", "as payable" / "copper sales rose",
 * "a margin of" / "38.7%"), not the end of a sentence.
 */
export function splitSentences(text: string, offset = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?。！？]["”’)]*(?=\s+["“‘'(\p{Lu}\p{N}])|[。！？]|\n(?:[ \t]*\n)+|(?<!(?:[,–—-]|\b(?:of|the|a|an|and|or|to|at|from|by|in|on|for|with|was|were|is|are|as|than|about|around|nearly|over|under|some)))\n(?![ \t]*\p{Ll})/gu;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, m.index - 6), m.index + 1)) && !elementEnds(text, m.index)) continue;
    push(text, start, end, offset, sentences);
    start = end;
  }
  push(text, start, text.length, offset, sentences);
  return sentences;
}

/**
 * "held at US$128/kg W. NdPr oxide rose": a capital letter after a unit or a figure is an element's symbol, not a
 * name's initial ("John D. Rockefeller"), so its full stop ends the sentence.
 */
function elementEnds(text: string, dot: number): boolean {
  return /(?:\/(?:kg|t|lb|mtu|dmtu)|\d%?)\s[A-Z]$/u.test(text.slice(Math.max(0, dot - 12), dot));
}

/**
 * The longest stretch read as one sentence. Reading a sentence takes time growing faster than its
 * length (each figure looks back over the sentence for its label, period and entity), so a run of
 * text without full stops (a flattened table, a file of one endless line) is cut at white space
 * into pieces this long. Real sentences are far shorter: the longest in the test sets has 807 characters.
 */
const MAX_SENTENCE = 2_000;

function push(text: string, start: number, end: number, offset: number, out: Sentence[]): void {
  for (let from = start; from < end;) {
    const to = end - from <= MAX_SENTENCE ? end : cutBefore(text, from + MAX_SENTENCE, from + MAX_SENTENCE / 2);
    pushOne(text, from, to, offset, out);
    from = to;
  }
}

/** Where to cut a long run: after the last white space before `limit` (and after `floor`), else at `limit`. */
function cutBefore(text: string, limit: number, floor: number): number {
  for (let i = limit; i > floor; i--) if (/\s/u.test(text[i - 1]!)) return i;
  const high = text.charCodeAt(limit - 1) >= 0xd800 && text.charCodeAt(limit - 1) <= 0xdbff;
  return high ? limit - 1 : limit; // never between the halves of a surrogate pair
}

function pushOne(text: string, start: number, end: number, offset: number, out: Sentence[]): void {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const body = raw.trim();
  if (body) out.push({ start: offset + start + lead, end: offset + start + lead + body.length, text: body });
}
