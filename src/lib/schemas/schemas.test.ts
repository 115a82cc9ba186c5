import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  municipalitySchema,
  projectEntrySchema,
  projectSchema,
  sickLeaveRowSchema,
  storyEntrySchema,
  storySchema,
} from '.';

const project = projectSchema(z.string());

const valid = {
  tittel: 'Nærvær i hjemmetjenesten',
  kommuner: ['lillehammer'],
  sektor: ['pleie-og-omsorg'],
  fokus: ['nærvær'],
  periode: { start: new Date('2007-03-01') },
  status: 'pågår',
  sammendrag: 'Et sammendrag som er langt nok til å vises i lister.',
};

describe('projectSchema', () => {
  it('accepts a minimal project and fills in defaults', () => {
    const p = project.parse(valid);
    expect(p).toMatchObject({ mål: [], tiltak: [], verktøy: [], utkast: false, eksempeldata: false });
  });

  it('accepts dates written as text (YAML 1.2) and rejects impossible ones', () => {
    expect(project.parse({ ...valid, periode: { start: '2008-02-29' } }).periode.start).toEqual(
      new Date('2008-02-29T00:00:00Z'),
    );
    expect(project.safeParse({ ...valid, periode: { start: '2009-02-29' } }).success).toBe(false);
    expect(project.safeParse({ ...valid, periode: { start: '1. mars 2008' } }).success).toBe(false);
  });

  it('rejects unknown fields instead of dropping them silently', () => {
    const r = project.safeParse({ ...valid, sammendarg: 'skrivefeil' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('requires indicator and direction with a numeric target', () => {
    const r = project.safeParse({ ...valid, mål: [{ tekst: 'Ned til 8 %', målverdi: 8 }] });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['mål', 0, 'målverdi']);
  });

  it('requires alt text of at least five characters on a picture', () => {
    const r = project.safeParse({ ...valid, bilde: { src: './bilde.jpg', alt: 'bil' } });
    expect(r.error?.issues[0]?.path).toEqual(['bilde', 'alt']);
  });
});

describe('municipalitySchema', () => {
  it('reads a numeric pool as text and keeps the municipality number a string', () => {
    const m = municipalitySchema.parse({ navn: 'Tana', kommunenummer: '2025', fylke: 'Finnmark', pulje: 1 });
    expect(m.pulje).toBe('1');
    expect(
      municipalitySchema.safeParse({ navn: 'Tana', kommunenummer: 2025, fylke: 'Finnmark', pulje: 1 }).success,
    ).toBe(false);
  });
});

describe('sickLeaveRowSchema', () => {
  const row = {
    kommune: 'tana',
    år: '2008',
    kvartal: '2',
    sektor: 'alle',
    tapte_dagsverk: '90',
    avtalte_dagsverk: '1000',
  };

  it('reads CSV text cells into numbers', () => {
    expect(sickLeaveRowSchema.parse(row)).toEqual({
      ...row,
      år: 2008,
      kvartal: 2,
      tapte_dagsverk: 90,
      avtalte_dagsverk: 1000,
    });
  });

  it('rejects more lost than agreed work-days and zero agreed work-days', () => {
    expect(sickLeaveRowSchema.safeParse({ ...row, tapte_dagsverk: '1001' }).success).toBe(false);
    expect(sickLeaveRowSchema.safeParse({ ...row, avtalte_dagsverk: '0' }).success).toBe(false);
  });

  it('never reads an empty, blank or non-numeric cell as 0 (Number("") is 0)', () => {
    for (const column of ['år', 'kvartal', 'tapte_dagsverk', 'avtalte_dagsverk'] as const) {
      for (const text of ['', '   ', 'ukjent', '0x10', '1e3']) {
        expect(
          sickLeaveRowSchema.safeParse({ ...row, [column]: text }).success,
          `${column} ${JSON.stringify(text)}`,
        ).toBe(false);
      }
    }
  });

  it('reads work-days with a decimal comma or grouped thousands, as Norwegian Excel writes them', () => {
    expect(sickLeaveRowSchema.parse({ ...row, tapte_dagsverk: '90,5', avtalte_dagsverk: '1\u00A0000' })).toMatchObject({
      tapte_dagsverk: 90.5,
      avtalte_dagsverk: 1000,
    });
    expect(sickLeaveRowSchema.safeParse({ ...row, kvartal: '2,5' }).success).toBe(false);
  });
});

describe('the content-layer schemas (one schema, the image checked per entry)', () => {
  // Like Astro's image(): a path becomes a reference; a missing file is an error.
  const image = z.string().transform((src, ctx) => {
    if (src.includes('mangler')) {
      ctx.issues.push({ code: 'custom', message: `Image ${src} does not exist`, input: src });
      return z.NEVER;
    }
    return { ref: `bilde:${src}` };
  });
  const picture = { src: './bilder/a.jpg', alt: 'Ansatte i møte rundt et bord' };

  it('gives what projectSchema(image) gives, with and without a picture', () => {
    for (const input of [valid, { ...valid, bilde: picture }]) {
      expect(projectEntrySchema(image).parse(input)).toEqual(projectSchema(image).parse(input));
    }
    expect(projectEntrySchema(image).parse({ ...valid, bilde: picture }).bilde?.src).toEqual({
      ref: 'bilde:./bilder/a.jpg',
    });
  });

  it('puts an image error at bilde.src, as projectSchema(image) does', () => {
    const input = { ...valid, bilde: { ...picture, src: './bilder/mangler.jpg' } };
    const once = projectEntrySchema(image).safeParse(input);
    const each = projectSchema(image).safeParse(input);
    expect(once.error?.issues.map((i) => [i.path, i.message])).toEqual(
      each.error?.issues.map((i) => [i.path, i.message]),
    );
    expect(once.error?.issues[0]?.path).toEqual(['bilde', 'src']);
  });

  it('still reports every other field error, and no image error on top', () => {
    const r = projectEntrySchema(image).safeParse({ ...valid, tittel: 'x', bilde: { ...picture, alt: 'kort' } });
    expect(r.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['bilde.alt', 'tittel']);
  });

  it('requires the story picture like storySchema(image)', () => {
    const story = {
      tittel: 'Å få gå tur igjen',
      dato: new Date('2009-02-11'),
      kommuner: ['gjovik'],
      sektor: 'pleie-og-omsorg',
      sammendrag: 'En beboer ville ut hver dag, og det ble en del av dagsplanen.',
    };
    expect(storyEntrySchema(image).safeParse(story).success).toBe(false);
    expect(storySchema(image).safeParse(story).success).toBe(false);
    expect(storyEntrySchema(image).parse({ ...story, bilde: picture })).toEqual(
      storySchema(image).parse({ ...story, bilde: picture }),
    );
  });
});
