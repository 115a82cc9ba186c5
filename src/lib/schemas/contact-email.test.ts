import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { projectSchema } from '.';

const project = projectSchema(z.string());
const valid = {
  tittel: 'Nærvær i pleie og omsorg',
  kommuner: ['verdal'],
  sektor: ['pleie-og-omsorg'],
  fokus: ['nærvær'],
  periode: { start: new Date('2008-01-01T00:00:00Z') },
  status: 'pågår',
  sammendrag: 'Et prosjekt om nærvær i pleie og omsorg.',
  kontakt: 'Prosjektleder, Verdal kommune',
};

describe('projectSchema kontaktepost', () => {
  it('accepts an e-mail address beside the contact role', () => {
    expect(project.parse({ ...valid, kontaktepost: 'prosjektleder@verdal.kommune.no' }).kontaktepost).toBe(
      'prosjektleder@verdal.kommune.no',
    );
    expect(project.parse(valid).kontaktepost).toBeUndefined();
  });

  it('refuses a value that is not an e-mail address, saying what was expected', () => {
    const result = project.safeParse({ ...valid, kontaktepost: 'Prosjektleder, Verdal kommune' });
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([
      expect.objectContaining({
        path: ['kontaktepost'],
        message: 'en e-postadresse, f.eks. prosjektleder@verdal.kommune.no',
      }),
    ]);
  });
});
