import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { arrayBounds, cmsKinds, enumValues, kindOf, numberRules, shapeOf, stringRules, unwrap } from './schema-reader';

describe('unwrap: kjernen, om feltet kan utelates, og etikett og hjelpetekst fra .meta()', () => {
  it('optional, default og preprocess skrelles av; den ytterste metadataen gjelder', () => {
    const pool = z.preprocess((v) => v, z.enum(['1', '2']).meta({ title: 'Indre' }));
    const field = pool.optional().meta({ title: 'Pulje', description: 'Velg en pulje.' });
    const { core, optional, meta } = unwrap(field);
    expect(enumValues(core)).toEqual(['1', '2']);
    expect(optional).toBe(true);
    expect(meta).toEqual({ title: 'Pulje', description: 'Velg en pulje.' });
  });

  it('metadata på en indre del brukes når den ytre ikke har noen', () => {
    const { optional, meta } = unwrap(z.boolean().meta({ title: 'Utkast' }).default(false));
    expect(optional).toBe(true);
    expect(meta).toEqual({ title: 'Utkast' });
    expect(unwrap(z.string()).meta).toEqual({});
  });

  it('et objekt har en form, andre typer ikke', () => {
    expect(Object.keys(shapeOf(z.strictObject({ a: z.string() }).refine(() => true))!)).toEqual(['a']);
    expect(shapeOf(z.string())).toBeUndefined();
    expect(enumValues(z.string())).toBeUndefined();
  });
});

describe('merker (bilde, referanse) følger med når et skjema får .meta()', () => {
  it('en .meta()-kopi av et merket skjema har merket, et nytt skjema ikke', () => {
    const marked = z.string().min(1);
    cmsKinds.add(marked, { kind: 'image' });
    expect(kindOf(marked)).toBe('image');
    expect(kindOf(marked.meta({ title: 'Bildefil' }))).toBe('image');
    expect(kindOf(z.string().min(1))).toBeUndefined();
  });
});

describe('stringRules: lengder, mønster, trim og skjemaets egne meldinger', () => {
  it('egne meldinger blir med, zods standardmeldinger ikke', () => {
    expect(stringRules(z.string().min(5, 'minst fem').max(9))).toEqual({
      min: 5,
      max: 9,
      minMessage: 'minst fem',
      maxMessage: undefined,
      trimmed: false,
    });
  });

  it('trim oppdages både med minste og med største lengde', () => {
    expect(stringRules(z.string().trim().min(5)).trimmed).toBe(true);
    expect(stringRules(z.string().min(5)).trimmed).toBe(false);
    expect(stringRules(z.string().trim().max(5)).trimmed).toBe(true);
    expect(stringRules(z.string().max(5)).trimmed).toBe(false);
  });

  it('et eget mønster med melding; formater (e-post, nettadresse) er ikke mønstre', () => {
    expect(stringRules(z.string().regex(/^\d{4}$/, 'fire sifre')).regex).toEqual({
      source: '^\\d{4}$',
      message: 'fire sifre',
    });
    expect(stringRules(z.string().regex(/^a/)).regex).toEqual({ source: '^a', message: undefined });
    expect(stringRules(z.email()).regex).toBeUndefined();
    expect(stringRules(z.url()).regex).toBeUndefined();
  });

  it('avviser andre typer', () => {
    expect(() => stringRules(z.number())).toThrow(/ikke en streng/);
  });
});

describe('numberRules og arrayBounds', () => {
  it('heltall med eksklusivt minimum (positive) gir neste heltall, uten heltallsgrensene', () => {
    expect(numberRules(z.number().int().positive())).toEqual({ integer: true, min: 1 });
    expect(numberRules(z.number().min(57).max(72))).toEqual({ integer: false, min: 57, max: 72 });
    expect(numberRules(z.number())).toEqual({ integer: false });
  });

  it('minste og største antall i en liste', () => {
    expect(arrayBounds(z.array(z.string()).min(1).max(3))).toEqual({ min: 1, max: 3 });
    expect(arrayBounds(z.array(z.date()))).toEqual({});
  });
});
