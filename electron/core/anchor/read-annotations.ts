import { AssayError } from '../../../shared/errors.ts';
import type { ReadAnnotations } from './foreign-annotation.ts';
import { collectHypothesis, readHypothesis } from './hypothesis.ts';
import { collectW3c, readW3c } from './w3c-shapes.ts';

/*
 * An annotations file's text to annotations: a Hypothesis export, or W3C Web Annotations of
 * any shape. A file that is not JSON, or JSON that holds no annotation, is an error that
 * says which; a file holding annotations is read even when some of them cannot be placed.
 */

const SHAPES = 'W3C Web Annotations (an Annotation, a list of them, an AnnotationPage, an AnnotationCollection, a @graph) '
  + 'or a Hypothesis export (its "rows")';

function parse(fileName: string, text: string): unknown {
  try {
    // Editors on Windows save JSON with a byte-order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new AssayError('BAD_ANNOTATIONS', `${fileName} is not JSON (${(error as Error).message}).`, { cause: error });
  }
}

/** Reads the annotations of a file; `fileName` names it in errors. */
export function readAnnotationFile(fileName: string, text: string): ReadAnnotations {
  const json = parse(fileName, text);
  const rows = collectHypothesis(json);
  if (rows?.length) return readHypothesis(rows);
  const collected = collectW3c(json);
  if (collected?.items.length) return readW3c(collected);
  const why = collected?.notes.length ? collected.notes.map((n) => `${n.item}: ${n.reason}`).join('; ')
    : rows || collected ? 'it holds an empty list of annotations' : `it is JSON, but neither ${SHAPES}`;
  throw new AssayError('NO_ANNOTATIONS', `${fileName} holds no annotation: ${why}.`);
}
