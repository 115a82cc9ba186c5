/**
 * Municipalities: the number begins with the county's code and is unique, and a municipality
 * is in the same pool as its network.
 */
import type { Municipality, Network } from '../../schemas';
import { COUNTY_NUMBERS } from '../../schemas/vocabulary';
import type { Problem } from '../problem';
import { problemAt, type Content, type Entry } from './content';

export function checkMunicipalities({ entries }: Content): Problem[] {
  const problems: Problem[] = [];
  const byNumber = new Map<string, Entry>();
  for (const e of entries.get('kommuner')!.values()) {
    const m = e.data as unknown as Municipality;
    const countyCode = COUNTY_NUMBERS[m.fylke];
    if (!m.kommunenummer.startsWith(countyCode)) {
      problems.push(
        problemAt(
          e,
          ['kommunenummer'],
          `fant «${m.kommunenummer}»; forventet et nummer som begynner med ${countyCode} for ${m.fylke} (før 2020)`,
        ),
      );
    }
    const other = byNumber.get(m.kommunenummer);
    if (other) {
      problems.push(
        problemAt(
          e,
          ['kommunenummer'],
          `«${m.kommunenummer}» er allerede brukt av ${other.file.path}; forventet et unikt nummer`,
        ),
      );
    } else byNumber.set(m.kommunenummer, e);
  }

  // A network and its members are in the same pool.
  for (const e of entries.get('kommuner')!.values()) {
    const m = e.data as unknown as Municipality;
    const network = m.nettverk ? entries.get('nettverk')!.get(m.nettverk) : undefined;
    const networkPool = (network?.data as Network | undefined)?.pulje;
    if (networkPool !== undefined && networkPool !== m.pulje) {
      problems.push(
        problemAt(
          e,
          ['nettverk'],
          `nettverket «${m.nettverk}» hører til pulje «${networkPool}», men kommunen er i pulje «${m.pulje}»; forventet samme pulje`,
        ),
      );
    }
  }
  return problems;
}
