import { checkPassageCount } from './limits.ts';
import type { Block, PassageDraft } from './types.ts';

/**
 * Builds a document's text from blocks, a blank line between blocks and a single newline
 * between items of one list, and returns each block's exact range in that text.
 */
export function assembleBlocks(blocks: Block[]): { text: string; passages: PassageDraft[] } {
  let text = '';
  const passages: PassageDraft[] = [];
  let previous: Block | null = null;
  for (const block of blocks) {
    // A table's first cell may be empty (the corner over the row labels): keep its tab.
    const body = block.kind === 'table' ? block.text.replace(/^[\r\n ]+/u, '').trimEnd() : block.text.trim();
    if (!body) continue;
    if (previous) text += previous.kind === 'list_item' && block.kind === 'list_item' ? '\n' : '\n\n';
    checkPassageCount(passages.length + 1);
    passages.push({ kind: block.kind, depth: block.depth, start: text.length, end: text.length + body.length, debris: false, questionIndex: null, page: block.page ?? null });
    text += body;
    previous = block;
  }
  return { text, passages };
}
