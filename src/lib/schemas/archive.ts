/**
 * The bank is the archive of a programme that has ended: Kvalitetskommuneprogrammet ran until
 * 30 June 2010, and a project's status is read as it stood then. The status is written by the
 * editor (a project may stop early or be cancelled, which the period alone does not say) and
 * checked against the period here, so that `npm run sjekk` and the build name the file.
 */
import type { ProjectStatus } from './vocabulary';

/** The programme's last day (UTC midnight), the date the archive's statuses refer to. */
export const PROGRAMME_END = new Date('2010-06-30T00:00:00Z');

/** «30. juni 2010». */
const longDate = (d: Date) =>
  new Intl.DateTimeFormat('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d);

/**
 * Why a status does not agree with the period, or null when it does. A project whose period
 * ended on or before the programme's end (`slutt` <= 30 June 2010) has ended in the archive and
 * must be «avsluttet», not «pågår» or «planlagt».
 */
export function archiveStatusProblem(
  status: ProjectStatus,
  periode: { start: Date; slutt?: Date | undefined },
): string | null {
  const end = periode.slutt;
  if (!end || end.getTime() > PROGRAMME_END.getTime() || status === 'avsluttet') return null;
  return (
    `perioden sluttet ${longDate(end)} (periode.slutt), og programmet ble avsluttet ` +
    `${longDate(PROGRAMME_END)}, så status kan ikke være «${status}»; forventet «avsluttet»`
  );
}
