import type { PassageDraft } from './types.ts';

/*
 * Investor-relations records alternate "Q: …" lines with the company's answers. A question
 * is followed by at least one answer paragraph; later paragraphs stay in the answer until
 * a heading, the next question, or a paragraph that opens with its own attribution
 * ("According to the Q1 report: …", "Regarding X, the company stated: …").
 */

const QUESTION = /^(?:Q\s*(?:\d{1,3}\s*)?|Question\s*(?:\d{1,3}\s*)?|问\s*)[:：]/iu;
const ANSWER = /^(?:A\s*(?:\d{1,3}\s*)?|Answer\s*(?:\d{1,3}\s*)?|答\s*)[:：]/iu;
/** A lead-in that ends in a colon: a new voice, so the previous answer has ended. */
const ATTRIBUTION = /^[^:：\n]{2,160}[:：]\s/u;

/** Who speaks next, on a line of its own: "Mark Ellison, CFO", "Jane Liu (Morgan Stanley)", "Tom Becker – UBS". */
const SPEAKER = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3} ?(?:,|—|–|-|\() ?[^.!?:：\n]{1,50}$/u;

/**
 * A speaker's line just before a question or an answer marked "Q:"/"A:": it belongs to neither, and is no heading
 * (plain text sets it as short as one), so an answer after it still answers the question before.
 */
function isSpeakerLine(text: string, passages: PassageDraft[], index: number): boolean {
  const passage = passages[index]!;
  if ((passage.kind !== 'paragraph' && passage.kind !== 'heading') || !SPEAKER.test(textOf(text, passage))) return false;
  let k = index + 1;
  while (passages[k]?.debris) k++;
  const next = passages[k];
  return next !== undefined && (QUESTION.test(textOf(text, next)) || ANSWER.test(textOf(text, next)));
}

function textOf(text: string, p: PassageDraft): string {
  return text.slice(p.start, p.end);
}

/** Marks question and answer passages in place and links each answer to its question. */
export function markQuestionsAndAnswers(text: string, passages: PassageDraft[]): void {
  let question: number | null = null;
  let answered = false;
  passages.forEach((passage, index) => {
    if (passage.debris) return;
    if (isSpeakerLine(text, passages, index)) {
      Object.assign(passage, { kind: 'paragraph', depth: 0 });
      return;
    }
    const body = textOf(text, passage);
    if ((passage.kind === 'paragraph' || passage.kind === 'heading') && QUESTION.test(body)) {
      passage.kind = 'question';
      passage.depth = 0;
      question = index;
      answered = false;
      return;
    }
    if (question === null) return;
    const explicit = ANSWER.test(body);
    const continues = passage.kind !== 'heading' && (explicit || !answered || !ATTRIBUTION.test(body));
    if (!continues) {
      question = null;
      return;
    }
    if (passage.kind === 'paragraph' || explicit) passage.kind = 'answer';
    passage.questionIndex = question;
    answered = true;
  });
}
