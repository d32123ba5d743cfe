import type { PassageDraft } from './types.ts';
import { checkPassageCount } from './limits.ts';

/*
 * Splits plain text into passages without changing it: every passage is a range of the
 * text. Two layouts are common in copied articles: one paragraph per line, and paragraphs
 * hard-wrapped at a fixed width with blank lines between them. Both are recognised.
 */

interface Line {
  start: number;
  end: number;
  text: string;
}

/** A bullet ("-", "•", "1.", "(a)") and the indentation before it. */
const LIST_MARKER = /^([ \t]*)(?:[-*+\u2022\u2023\u25aa\u25e6\u00b7\u2013]|\d{1,3}[.)]|\(?[a-z][.)]|\([ivx]{1,4}\))[ \t]+(?=\S)/iu;
const MARKDOWN_HEADING = /^(#{1,6})[ \t]+(?=\S)/u;
const QUOTE_MARKER = /^>[ \t]?/u;
/** Widths at which hard-wrapped text is usually broken; text copied out of a PDF (pdftotext) runs to about 130. */
const WRAP_MIN = 40;
const WRAP_MAX = 100;
const WRAP_WIDE = 140;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end, text: text.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

function isBlank(line: Line): boolean {
  return line.text.trim() === '';
}

/** Lines that begin a passage of their own even inside a wrapped block. */
function startsOwnPassage(line: Line): boolean {
  return LIST_MARKER.test(line.text) || MARKDOWN_HEADING.test(line.text) || /^\s*(Q|A|Question|Answer)\s*[:：]/iu.test(line.text);
}

/** A block whose lines all break near one width reads as one hard-wrapped paragraph. */
function isWrappedParagraph(block: Line[]): boolean {
  if (block.length < 2) return false;
  if (block.slice(1).some(startsOwnPassage)) return false;
  const broken = block.slice(0, -1);
  const widths = broken.map((line) => line.text.trimEnd().length);
  if (widths.every((width) => width >= WRAP_MIN && width <= WRAP_MAX)) return true;
  // Wider lines are wrapped only where most break mid-sentence: one-sentence paragraphs a line each end in a stop.
  const midSentence = broken.filter((line) => !/[.!?:;。！？]["”’)]?\s*$/u.test(line.text)).length;
  return widths.every((width) => width >= WRAP_MIN && width <= WRAP_WIDE) && midSentence * 2 > broken.length;
}

/** Range of a line after `skip` characters, without surrounding white space. */
function trimmed(line: Line, skip = 0): { start: number; end: number } {
  const rest = line.text.slice(skip);
  const start = line.start + skip + (rest.length - rest.trimStart().length);
  return { start, end: start + rest.trim().length };
}

/** Heading-like: short, capitalised, no closing punctuation of a sentence, content after it. */
function looksLikeHeading(text: string, hasFollowingContent: boolean): boolean {
  const body = text.trim();
  if (!hasFollowingContent || body.length > 90) return false;
  if (/[.,;:!…"”’)]$/u.test(body) || body.includes('@')) return false;
  if (/^(?:source|sources|via|from|by|posted|published|date|updated)\s*[:：]/iu.test(body)) return false;
  if (!/^[\p{Lu}\p{Nd}\p{Lo}]/u.test(body)) return false;
  const words = body.split(/\s+/u).length;
  return body.endsWith('?') ? words <= 8 : words <= 12;
}

function linePassage(line: Line, hasFollowingContent: boolean): PassageDraft {
  const heading = MARKDOWN_HEADING.exec(line.text);
  if (heading) {
    return { kind: 'heading', depth: heading[1]!.length, ...trimmed(line, heading[0].length), debris: false, questionIndex: null };
  }
  const list = LIST_MARKER.exec(line.text);
  if (list) {
    const depth = Math.floor(list[1]!.replace(/\t/g, '  ').length / 2);
    return { kind: 'list_item', depth, ...trimmed(line, list[0].length), debris: false, questionIndex: null };
  }
  const quote = QUOTE_MARKER.exec(line.text.trimStart());
  if (quote) {
    const lead = line.text.length - line.text.trimStart().length;
    return { kind: 'quote', depth: 0, ...trimmed(line, lead + quote[0].length), debris: false, questionIndex: null };
  }
  const kind = looksLikeHeading(line.text, hasFollowingContent) ? 'heading' : 'paragraph';
  return { kind, depth: kind === 'heading' ? 2 : 0, ...trimmed(line), debris: false, questionIndex: null };
}

/** Passages of plain text, as ranges of `text` itself. */
export function segmentText(text: string): PassageDraft[] {
  const lines = splitLines(text);
  const blocks: Line[][] = [];
  let current: Line[] = [];
  for (const line of lines) {
    if (isBlank(line)) {
      if (current.length) blocks.push(current);
      checkPassageCount(blocks.length);
      current = [];
    } else {
      current.push(line);
    }
  }
  if (current.length) blocks.push(current);

  const passages: PassageDraft[] = [];
  const wrapWidth = usualWidth(lines);
  blocks.forEach((block, b) => {
    if (isWrappedParagraph(block)) {
      const first = trimmed(block[0]!);
      const last = trimmed(block[block.length - 1]!);
      passages.push({ kind: 'paragraph', depth: 0, start: first.start, end: last.end, debris: false, questionIndex: null });
      return;
    }
    for (let l = 0; l < block.length; l++) {
      // "… as payable" / "copper sales rose …": lines that run to the block's width mid-sentence go on in the next.
      let last = l;
      while (last + 1 < block.length && goesOn(block[last]!, block[last + 1]!, wrapWidth)) last++;
      if (last > l) {
        passages.push({ kind: 'paragraph', depth: 0, start: trimmed(block[l]!).start, end: trimmed(block[last]!).end, debris: false, questionIndex: null });
        l = last;
        continue;
      }
      const hasFollowingContent = l < block.length - 1 || b < blocks.length - 1;
      const passage = linePassage(block[l]!, hasFollowingContent);
      if (passage.end > passage.start) passages.push(passage);
      checkPassageCount(passages.length);
    }
  });
  return passages;
}

/** The width most lines of words run to: the upper quartile of the lengths of lines of 20 characters or more. */
function usualWidth(lines: Line[]): number {
  const widths = lines.map((line) => line.text.trimEnd().length).filter((w) => w >= 20).sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length * 0.75)]! : Infinity;
}

/**
 * Whether `line` is hard-wrapped into `next`: it runs to near the width the text's lines run to without ending a
 * sentence (or the next line goes on in lower case), and neither starts an item, heading or answer of its own.
 */
function goesOn(line: Line, next: Line, wrapWidth: number): boolean {
  const width = line.text.trimEnd().length;
  if (width < WRAP_MIN || width < wrapWidth * 0.7 || startsOwnPassage(next) || startsOwnPassage(line) || isBlank(next)) return false;
  return !/[.!?:;。！？]["”’)]?\s*$/u.test(line.text) || /^\s*\p{Ll}/u.test(next.text);
}
