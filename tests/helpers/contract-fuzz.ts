import { z } from 'zod';
import { contract, type Method } from '../../shared/contract.ts';

/*
 * Inputs for fuzzing the contract generically, read from its zod schemas: a valid input per
 * method, its fields (one level into objects: "patch.title"), and that input with one field
 * replaced by raw JSON.
 */

type Input = Record<string, unknown>;

/** Inputs that pass validation where the generic sample cannot (refinements across fields). */
const BASES: Partial<Record<Method, Input>> = {
  'metrics.create': { documentId: 1, start: 31, end: 39 },
  'annotations.createRange': { documentId: 1, start: 0, end: 4, body: 'n' },
  'annotations.place': { id: 1, start: 0, end: 4 },
  'exports.start': { selection: {}, format: 'json' },
  'metrics.bulk': { ids: [1], change: { status: 'verified' } },
  'metrics.tsv': { ids: [1] },
};

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodOptional || s instanceof z.ZodDefault || s instanceof z.ZodNullable) s = s.unwrap() as z.ZodType;
  return s;
}

function shapeOf(schema: z.ZodObject): Array<[string, z.ZodType]> {
  return Object.entries(schema.shape as Record<string, z.ZodType>);
}

function candidates(schema: z.ZodType): unknown[] {
  if (schema instanceof z.ZodObject) {
    const required = shapeOf(schema).filter(([, s]) => !s.safeParse(undefined).success);
    return [Object.fromEntries(required.map(([k, s]) => [k, sample(s)]))];
  }
  if (schema instanceof z.ZodString) return ['a.txt', '2024-01-01', ''];
  if (schema instanceof z.ZodNumber) return [1, 0];
  if (schema instanceof z.ZodBoolean) return [false];
  if (schema instanceof z.ZodEnum) return [schema.options[0]];
  if (schema instanceof z.ZodArray) return [[], [sample(schema.element as z.ZodType)]];
  if (schema instanceof z.ZodNullable) return [null];
  return [undefined];
}

/** A value `schema` accepts, built from its shape (required fields only). */
export function sample(schema: z.ZodType): unknown {
  const options = candidates(schema);
  return options.find((v) => schema.safeParse(v).success) ?? options[0];
}

/** A valid input for `method`, to change one field of at a time. */
export function baseInput(method: Method): Input {
  return BASES[method] ?? (sample(contract[method].input as z.ZodType) as Input);
}

/** Every field of `schema` (an input) with its schema, and the fields of its object-valued fields. */
export function fieldsOf(schema: z.ZodType, prefix: string[] = []): Array<{ at: string[]; schema: z.ZodType }> {
  const object = unwrap(schema);
  if (!(object instanceof z.ZodObject) || prefix.length > 1) return [];
  return shapeOf(object).flatMap(([key, s]) => [{ at: [...prefix, key], schema: s }, ...fieldsOf(s, [...prefix, key])]);
}

/** For a list field, `count` copies of a valid item (raw JSON): only a bound on the list's length stops it. */
export function longList(schema: z.ZodType, count: number): string | null {
  const list = unwrap(schema);
  if (!(list instanceof z.ZodArray)) return null;
  const item = JSON.stringify(sample(list.element as z.ZodType));
  return `[${new Array(count).fill(item).join(',')}]`;
}

const MARK = '\u0000FIELD\u0000';

/** `base` as JSON with the field at `at` set to the raw JSON `raw` (which may be anything, even invalid). */
export function withField(base: Input, at: string[], raw: string): string {
  const copy = structuredClone(base);
  let target: Input = copy;
  for (const key of at.slice(0, -1)) target = (target[key] ??= {}) as Input;
  target[at[at.length - 1]!] = MARK;
  return JSON.stringify(copy).replace(JSON.stringify(MARK), raw);
}
