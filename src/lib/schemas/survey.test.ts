import { describe, expect, it } from 'vitest';
import { SURVEY_COLUMNS, SURVEY_SERVICE_PHRASES, SURVEY_SERVICES, formatScale, surveyRowSchema } from './survey';

const row = {
  kommune: 'tana',
  undersøkelse: 'brukerundersokelse',
  tjeneste: 'hjemmetjeneste',
  år: '2008',
  skår: '4,8',
  skala: '1-6',
  eksempeldata: 'ja',
};

const issues = (values: Record<string, string>) =>
  surveyRowSchema.safeParse(values).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

describe('surveyRowSchema', () => {
  it('reads CSV text cells: year and score as numbers (decimal comma or point), the scale as a range', () => {
    expect(surveyRowSchema.parse(row)).toEqual({
      ...row,
      år: 2008,
      skår: 4.8,
      skala: { fra: 1, til: 6 },
      eksempeldata: true,
    });
    expect(surveyRowSchema.parse({ ...row, skår: '4.85', skala: '0 – 10', eksempeldata: '' })).toMatchObject({
      skår: 4.85,
      skala: { fra: 0, til: 10 },
      eksempeldata: false,
    });
    expect(surveyRowSchema.parse({ ...row, eksempeldata: 'nei' }).eksempeldata).toBe(false);
  });

  it('has one column per field, in the documented order', () => {
    expect(Object.keys(surveyRowSchema.parse(row))).toEqual([...SURVEY_COLUMNS]);
  });

  it('rejects a score outside its scale, at both ends, and accepts the ends themselves', () => {
    expect(issues({ ...row, skår: '6,1' })).toEqual(['skår: skåren må ligge på skalaen 1-6']);
    expect(issues({ ...row, skår: '0,9' })).toEqual(['skår: skåren må ligge på skalaen 1-6']);
    expect(issues({ ...row, skår: '6' })).toEqual([]);
    expect(issues({ ...row, skår: '1' })).toEqual([]);
    expect(issues({ ...row, skår: '4', skala: '1-3' })).toEqual(['skår: skåren må ligge på skalaen 1-3']);
  });

  it('rejects a malformed or reversed scale without also blaming the score', () => {
    expect(issues({ ...row, skala: '1 til 6' })).toHaveLength(1);
    expect(issues({ ...row, skala: '1 til 6' })[0]).toMatch(/^skala: /);
    expect(issues({ ...row, skala: '6-1' })).toEqual([
      'skala: laveste verdi på skalaen må være mindre enn høyeste, f.eks. «1-6»',
    ]);
    expect(issues({ ...row, skala: '3-3' })).toHaveLength(1);
  });

  it('rejects malformed years and years outside 2006-2010', () => {
    for (const år of ['08', '2008.0', '2008a', '', ' 2008x'])
      expect(issues({ ...row, år })[0], år).toMatch(/^år: et årstall med fire sifre/);
    expect(issues({ ...row, år: '2005' })).toEqual(['år: et år fra 2006']);
    expect(issues({ ...row, år: '2011' })).toEqual(['år: et år til og med 2010']);
    expect(issues({ ...row, år: '2006' })).toEqual([]);
    expect(issues({ ...row, år: '2010' })).toEqual([]);
  });

  it('rejects a malformed score, an unknown survey or service, and a user survey of the whole municipality', () => {
    expect(issues({ ...row, skår: 'fire' })[0]).toMatch(/^skår: /);
    expect(issues({ ...row, skår: '-1' })[0]).toMatch(/^skår: /);
    expect(issues({ ...row, undersøkelse: 'brukerundersøkelse' })[0]).toMatch(/^undersøkelse: /);
    expect(issues({ ...row, tjeneste: 'helsestasjon' })[0]).toMatch(/^tjeneste: /);
    expect(issues({ ...row, tjeneste: 'hele-kommunen' })).toEqual([
      'tjeneste: en brukerundersøkelse gjelder én tjeneste, ikke hele kommunen',
    ]);
    expect(issues({ ...row, undersøkelse: 'medarbeiderundersokelse', tjeneste: 'hele-kommunen' })).toEqual([]);
    expect(issues({ ...row, kommune: 'Tana' })[0]).toMatch(/^kommune: /);
    expect(issues({ ...row, eksempeldata: 'kanskje' })[0]).toMatch(/^eksempeldata: /);
  });

  it('rejects unknown columns instead of dropping them', () => {
    expect(surveyRowSchema.safeParse({ ...row, antall_svar: '120' }).error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});

describe('survey vocabulary', () => {
  it('has a sentence form for every service and writes scales with an en dash', () => {
    for (const s of SURVEY_SERVICES) expect(SURVEY_SERVICE_PHRASES).toHaveProperty(s);
    expect(formatScale({ fra: 1, til: 6 })).toBe('1–6');
  });
});
