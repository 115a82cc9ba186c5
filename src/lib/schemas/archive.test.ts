import { describe, expect, it } from 'vitest';
import { archiveStatusProblem } from './archive';

const d = (s: string) => new Date(`${s}T00:00:00Z`);

describe('archiveStatusProblem', () => {
  it('refuses «pågår» and «planlagt» for a period that ended by the programme end', () => {
    expect(archiveStatusProblem('pågår', { start: d('2008-01-01'), slutt: d('2010-06-30') })).toBe(
      'perioden sluttet 30. juni 2010 (periode.slutt), og programmet ble avsluttet 30. juni 2010, så status kan ikke være «pågår»; forventet «avsluttet»',
    );
    expect(archiveStatusProblem('planlagt', { start: d('2008-01-01'), slutt: d('2009-12-31') })).toContain(
      'perioden sluttet 31. desember 2009',
    );
  });
  it('accepts «avsluttet» for an ended period', () => {
    expect(archiveStatusProblem('avsluttet', { start: d('2008-01-01'), slutt: d('2009-12-31') })).toBeNull();
  });
  it('accepts any status for a period that runs past the programme or has no end', () => {
    expect(archiveStatusProblem('pågår', { start: d('2008-01-01'), slutt: d('2010-07-01') })).toBeNull();
    expect(archiveStatusProblem('pågår', { start: d('2008-01-01') })).toBeNull();
    expect(archiveStatusProblem('planlagt', { start: d('2010-09-01') })).toBeNull();
  });
});
