/** The open-data file of survey results (undersokelser.csv on /data/). */
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv';
import { toCsv } from './opendata';
import { surveyColumns, surveyOrder } from './opendata-tables';
import { surveyRowSchema, type SurveyRow } from './schemas';

const parse = (kommune: string, undersøkelse: string, tjeneste: string, år: string, skår: string): SurveyRow =>
  surveyRowSchema.parse({ kommune, undersøkelse, tjeneste, år, skår, skala: '1-6', eksempeldata: 'ja' });

describe('undersokelser.csv', () => {
  const rows = [
    parse('moss', 'medarbeiderundersokelse', 'hele-kommunen', '2007', '4,3'),
    parse('moss', 'brukerundersokelse', 'sykehjem', '2008', '4,85'),
    parse('alta', 'brukerundersokelse', 'sykehjem', '2007', '4.6'),
    parse('moss', 'brukerundersokelse', 'barnehage', '2009', '5'),
    parse('moss', 'brukerundersokelse', 'sykehjem', '2006', '4,5'),
  ].sort(surveyOrder);
  const csv = toCsv(surveyColumns, rows);

  it('has documented ASCII column names, one per field of a row plus the scale split in two', () => {
    expect(surveyColumns.map((c) => c.name)).toEqual(['kommune', 'undersokelse', 'tjeneste', 'ar', 'skar', 'skala_fra', 'skala_til', 'eksempeldata']);
    for (const c of surveyColumns) expect(c.description.length, c.name).toBeGreaterThan(10);
  });

  it('orders rows by municipality, survey and service (vocabulary order) and year, with decimal commas', () => {
    expect(parseCsv(csv).rows.map((r) => Object.values(r.values).join(';'))).toEqual([
      'alta;brukerundersokelse;sykehjem;2007;4,6;1;6;ja',
      'moss;brukerundersokelse;barnehage;2009;5;1;6;ja',
      'moss;brukerundersokelse;sykehjem;2006;4,5;1;6;ja',
      'moss;brukerundersokelse;sykehjem;2008;4,85;1;6;ja',
      'moss;medarbeiderundersokelse;hele-kommunen;2007;4,3;1;6;ja',
    ]);
  });
});
