/**
 * Reads what the CMS needs from a zod schema through zod 4's public API only: `instanceof` the
 * classic schema classes and their public properties (`shape`, `options`, `element`, `in`/`out`,
 * `unwrap()`), `.meta()` for the field's label and hint, `toJSONSchema()` for lengths, bounds and
 * patterns, and `safeParse` for the schema's own messages and whether it trims. Nothing here
 * touches zod's internal state, so a zod upgrade that keeps its public API keeps the CMS.
 */
import { z } from 'zod';

/** A field's label (`title`) and hint (`description`), from `.meta()`. */
export interface FieldMeta {
  title?: string;
  description?: string;
}

/** Strips optional/default wrappers and preprocess pipes; the field's metadata is the outermost given. */
export function unwrap(schema: z.ZodType): { core: z.ZodType; optional: boolean; meta: FieldMeta } {
  let core = schema;
  let optional = false;
  const meta: FieldMeta = {};
  for (;;) {
    const own = core.meta();
    if (own) {
      meta.title ??= own.title;
      meta.description ??= own.description;
    }
    if (core instanceof z.ZodOptional || core instanceof z.ZodDefault || core instanceof z.ZodPrefault) {
      optional = true;
      core = core.unwrap() as z.ZodType;
    } else if (core instanceof z.ZodPipe && core.in instanceof z.ZodTransform) {
      core = core.out as z.ZodType; // z.preprocess(fn, schema): what is stored is what `schema` accepts
    } else {
      return { core, optional, meta };
    }
  }
}

/** The object shape of a schema, or undefined when it is not an object. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  return schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : undefined;
}

/** Values of an enum schema, in schema order. */
export function enumValues(schema: z.ZodType): string[] | undefined {
  return schema instanceof z.ZodEnum ? schema.options.map(String) : undefined;
}

/** The element schema of an array, or undefined when it is not an array. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  return schema instanceof z.ZodArray ? (schema.element as z.ZodType) : undefined;
}

interface Json {
  type?: string;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
}

/** The JSON Schema of the input side (what an editor writes); dates and transforms as `{}`. */
const json = (schema: z.ZodType) => schema.toJSONSchema({ io: 'input', unrepresentable: 'any' }) as Json;

/** Minimum and maximum number of items of an array schema. */
export function arrayBounds(schema: z.ZodType): { min?: number; max?: number } {
  const { minItems, maxItems } = json(schema);
  return { ...(minItems !== undefined ? { min: minItems } : {}), ...(maxItems !== undefined ? { max: maxItems } : {}) };
}

/** What any `.int()` number has as bounds (a safe integer); not an editor's rule. */
const SAFE = Number.MAX_SAFE_INTEGER;

/** A number field's rules: whole numbers or not, and the smallest and largest value allowed. */
export function numberRules(schema: z.ZodType): { integer: boolean; min?: number; max?: number } {
  const j = json(schema);
  const integer = j.type === 'integer';
  const out: { integer: boolean; min?: number; max?: number } = { integer };
  // An exclusive minimum (positive()) is the next whole number for integers.
  if (j.exclusiveMinimum !== undefined) out.min = integer ? j.exclusiveMinimum + 1 : j.exclusiveMinimum;
  else if (j.minimum !== undefined && !(integer && j.minimum === -SAFE)) out.min = j.minimum;
  const max = j.exclusiveMaximum ?? j.maximum;
  if (max !== undefined && !(integer && max === SAFE)) out.max = max;
  return out;
}

/** Stands for "zod's own message" in a probe: the schema gave none. */
const NO_MESSAGE = '\u0000zod';

/** The issues a value gets, with zod's default messages replaced by NO_MESSAGE. */
function probe(schema: z.ZodType, value: string) {
  const result = schema.safeParse(value, { error: () => NO_MESSAGE });
  return result.success ? [] : result.error.issues;
}

/** The schema's own message for the first issue with `code`, if it has one. */
function messageFor(schema: z.ZodType, value: string, code: string, format?: string): string | undefined {
  const issue = probe(schema, value).find(
    (i) => i.code === code && (format === undefined || (i as { format?: string }).format === format),
  );
  return issue && issue.message !== NO_MESSAGE ? issue.message : undefined;
}

export interface StringRules {
  min?: number;
  max?: number;
  minMessage?: string;
  maxMessage?: string;
  /** Whether the lengths are of the trimmed text (`.trim()`). */
  trimmed: boolean;
  /** The schema's own pattern (`.regex()`) and its message, not a format's (e-mail, URL). */
  regex?: { source: string; message?: string };
}

/** A string schema: z.string(), or a string format such as z.email() and z.url(). */
export const isString = (schema: z.ZodType): schema is z.ZodString | z.ZodStringFormat =>
  schema instanceof z.ZodString || schema instanceof z.ZodStringFormat;

/** Values that fail most patterns, tried in turn to find the pattern's message. */
const NON_MATCHING = ['', ' ', '\u0000', '!', '0', 'a'];

/** A string field's rules, read from its JSON Schema and from how it parses probe values. */
export function stringRules(schema: z.ZodType): StringRules {
  if (!isString(schema)) throw new TypeError(`CMS: stringRules fikk ikke en streng, men ${schema.type}.`);
  const j = json(schema);
  const min = j.minLength;
  const max = j.maxLength;
  const rules: StringRules = { trimmed: false };
  if (min !== undefined) rules.min = min;
  if (max !== undefined) rules.max = max;
  if (min !== undefined && min > 1) rules.minMessage = messageFor(schema, 'x'.repeat(min - 1), 'too_small');
  if (max !== undefined) rules.maxMessage = messageFor(schema, 'x'.repeat(max + 1), 'too_big');
  // .trim(): a value that is long enough only with its spaces is too short (or one that is too
  // long only with its spaces is not too long).
  if (min !== undefined && min >= 2) {
    rules.trimmed = probe(schema, ` ${'x'.repeat(min - 1)} `).some((i) => i.code === 'too_small');
  } else if (max !== undefined) {
    rules.trimmed = !probe(schema, `${'x'.repeat(max)} `).some((i) => i.code === 'too_big');
  }
  if (schema.format === 'regex' && j.pattern !== undefined) {
    const source = j.pattern;
    const value = NON_MATCHING.find((v) => !new RegExp(source).test(v));
    if (value === undefined) throw new Error(`CMS: fant ingen prøveverdi som mønsteret /${source}/ avviser.`);
    rules.regex = { source, message: messageFor(schema, value, 'invalid_format', 'regex') };
  }
  return rules;
}

/** Marks for schemas the CMS recognises by what they stand for (an image, a reference by id). */
export const cmsKinds = z.registry<{ kind: 'image' | 'reference' }>();

/** The kind a schema was marked with; a `.meta()` copy of a marked schema has its kind too. */
export const kindOf = (schema: z.ZodType) => cmsKinds.get(schema)?.kind;
