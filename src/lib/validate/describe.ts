/**
 * Turns zod issues into plain Norwegian for editors: which field, what was found, what was
 * expected. Used as the error map when the content check parses an entry.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tall',
  int: 'et heltall',
  boolean: 'true eller false',
  date: 'en dato på formen ÅÅÅÅ-MM-DD',
  array: 'en liste',
  object: 'et sett med underfelt',
};

const UNITS: Record<string, [string, string]> = {
  string: ['tegn', 'tegn'],
  array: ['element', 'elementer'],
};

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => `«${String(v)}»`).join(', ');
}

/** What the field expected, phrased to follow "forventet ...". */
export function describeExpected(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return TYPE_NAMES[issue.expected] ?? String(issue.expected);
    case 'invalid_value':
      return issue.values.length === 1 ? quoteList(issue.values) : `en av ${quoteList(issue.values)}`;
    case 'too_small':
    case 'too_big': {
      const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
      const word = issue.code === 'too_small' ? 'minst' : 'høyst';
      const unit = UNITS[issue.origin];
      if (unit) return `${word} ${bound} ${Number(bound) === 1 ? unit[0] : unit[1]}`;
      if (issue.origin === 'date') return `en dato ${word === 'minst' ? 'etter' : 'før'} ${bound}`;
      return `et tall ${issue.code === 'too_small' ? 'fra' : 'til og med'} ${bound}`;
    }
    case 'invalid_format':
      return issue.format === 'url' ? 'en nettadresse' : 'riktig format';
    case 'unrecognized_keys':
      return 'bare kjente felt';
    case 'invalid_union':
      return 'en gyldig verdi';
    default:
      return 'en gyldig verdi';
  }
}

/** Zod error map: keeps messages written in the schema, describes the rest in Norwegian. */
export const norwegianErrorMap = (issue: Issue): string => describeExpected(issue);
