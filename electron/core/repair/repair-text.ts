import type { Repair } from '../../../shared/repairs.ts';
import { removeInlineDebris } from './inline-debris.ts';
import { repairLatinMojibake } from './mojibake-latin.ts';
import { repairThaiMojibake } from './mojibake-thai.ts';
import { normalizeLineEndings, normalizeUnicode, removeControlCharacters } from './normalize.ts';

type Pass = (text: string) => { text: string; repair: Repair | null };

/**
 * The passes in order. Latin-1 mojibake runs before control characters are stripped,
 * because its damage includes C1 controls that stand for bytes of the original text.
 */
const PASSES: Pass[] = [
  normalizeLineEndings,
  repairLatinMojibake,
  repairThaiMojibake,
  removeControlCharacters,
  normalizeUnicode,
  removeInlineDebris,
];

/** Repairs decoded text and says what it changed. Clean text comes back unchanged. */
export function repairText(text: string): { text: string; repairs: Repair[] } {
  const repairs: Repair[] = [];
  let current = text;
  for (const pass of PASSES) {
    const result = pass(current);
    current = result.text;
    if (result.repair) repairs.push(result.repair);
  }
  return { text: current, repairs };
}
