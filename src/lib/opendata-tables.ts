/** The open-data tables of /data/: their columns and rows, from the derived content. */
import type { DerivedContent, Item } from './derive';
import { isoDate } from './format';
import type { Column } from './opendata';
import type { Municipality, Project, SickLeaveRow, SurveyRow } from './schemas';
import { SURVEY_SERVICES, SURVEYS } from './schemas/survey';
import { FOCUS_LABELS, POOL_LABELS, SECTOR_LABELS, STATUS_LABELS } from './schemas/vocabulary';

const list = (values: readonly string[]) => values.join(', ');

export const projectColumns = (content: DerivedContent): Column<Item<Project>>[] => [
  { name: 'id', description: 'Prosjektets id (filnavnet); stabil, brukes i adressen /prosjekter/<id>/.', value: (p) => p.id },
  { name: 'tittel', description: 'Prosjektets tittel.', value: (p) => p.data.tittel },
  { name: 'kommuner', description: 'Id-ene til kommunene som driver prosjektet, kommaseparert.', value: (p) => list(p.data.kommuner) },
  { name: 'kommunenavn', description: 'Navnene på kommunene, kommaseparert.', value: (p) => list(p.data.kommuner.map((id) => content.municipality(id).data.navn)) },
  { name: 'sektor', description: 'Sektor: pleie og omsorg og/eller oppvekst.', value: (p) => list(p.data.sektor.map((s) => SECTOR_LABELS[s])) },
  { name: 'fokus', description: 'Fokusområder, kommaseparert.', value: (p) => list(p.data.fokus.map((f) => FOCUS_LABELS[f])) },
  { name: 'status', description: 'Planlagt, Pågår eller Avsluttet.', value: (p) => STATUS_LABELS[p.data.status] },
  { name: 'start', description: 'Startdato (ÅÅÅÅ-MM-DD).', value: (p) => isoDate(p.data.periode.start) },
  { name: 'slutt', description: 'Sluttdato (ÅÅÅÅ-MM-DD), tom hvis ikke satt.', value: (p) => (p.data.periode.slutt ? isoDate(p.data.periode.slutt) : null) },
  { name: 'sammendrag', description: 'Kort beskrivelse.', value: (p) => p.data.sammendrag },
  { name: 'verktoy', description: 'Id-ene til verktøyene prosjektet bruker, kommaseparert.', value: (p) => list(p.data.verktøy) },
  { name: 'eksempeldata', description: '«ja» når prosjektet er oppdiktet eksempelinnhold.', value: (p) => (p.data.eksempeldata ? 'ja' : 'nei') },
];

export const municipalityColumns: Column<Item<Municipality>>[] = [
  { name: 'id', description: 'Kommunens id (filnavnet); stabil, brukes i adressen /kommuner/<id>/.', value: (m) => m.id },
  { name: 'navn', description: 'Kommunens navn.', value: (m) => m.data.navn },
  { name: 'samisk_navn', description: 'Samisk navn der kommunen har et.', value: (m) => m.data.samisknavn },
  { name: 'kommunenummer', description: 'Kommunenummer før 2020 (fire sifre, som tekst).', value: (m) => m.data.kommunenummer },
  { name: 'fylke', description: 'Fylke før 2020.', value: (m) => m.data.fylke },
  { name: 'pulje', description: 'Pulje i programmet.', value: (m) => POOL_LABELS[m.data.pulje] },
  { name: 'nettverk', description: 'Id-en til læringsnettverket, tom hvis ingen.', value: (m) => m.data.nettverk },
  { name: 'eksempeldata', description: '«ja» når deler av opplysningene er eksempeldata.', value: (m) => (m.data.eksempeldata ? 'ja' : 'nei') },
];

export const sickLeaveColumns: Column<SickLeaveRow>[] = [
  { name: 'kommune', description: 'Kommunens id, eller «ovrige-kommuner» for referanseserien (kommunene utenfor programmet).', value: (r) => r.kommune },
  { name: 'ar', description: 'År.', value: (r) => r.år },
  { name: 'kvartal', description: 'Kvartal (1–4).', value: (r) => r.kvartal },
  { name: 'sektor', description: '«alle» for hele kommunen, ellers pleie-og-omsorg eller oppvekst.', value: (r) => r.sektor },
  { name: 'tapte_dagsverk', description: 'Tapte dagsverk på grunn av sykefravær.', value: (r) => r.tapte_dagsverk },
  { name: 'avtalte_dagsverk', description: 'Avtalte dagsverk.', value: (r) => r.avtalte_dagsverk },
  { name: 'sykefravaer_prosent', description: 'Tapte delt på avtalte dagsverk, i prosent (avledet; summer dagsverkene, ikke prosentene, når du slår sammen rader).', value: (r) => Math.round((10000 * r.tapte_dagsverk) / r.avtalte_dagsverk) / 100 },
];

export const surveyColumns: Column<SurveyRow>[] = [
  { name: 'kommune', description: 'Kommunens id.', value: (r) => r.kommune },
  { name: 'undersokelse', description: '«brukerundersokelse» eller «medarbeiderundersokelse».', value: (r) => r.undersøkelse },
  { name: 'tjeneste', description: 'Tjenesten undersøkelsen gjelder: barnehage, sfo, skole, hjemmetjeneste, sykehjem eller hele-kommunen (bare medarbeiderundersøkelser).', value: (r) => r.tjeneste },
  { name: 'ar', description: 'Året undersøkelsen ble gjennomført. Et år uten rad er et år uten undersøkelse.', value: (r) => r.år },
  { name: 'skar', description: 'Gjennomsnittlig svar på skalaen (desimalkomma).', value: (r) => r.skår },
  { name: 'skala_fra', description: 'Laveste verdi på svarskalaen.', value: (r) => r.skala.fra },
  { name: 'skala_til', description: 'Høyeste (beste) verdi på svarskalaen.', value: (r) => r.skala.til },
  { name: 'eksempeldata', description: '«ja» når tallet er oppdiktet eksempeldata.', value: (r) => (r.eksempeldata ? 'ja' : 'nei') },
];

/** Stable order: by id, then period and sector for sick-leave rows. */
export const byId = <T extends { id: string }>(a: T, b: T) => a.id.localeCompare(b.id);
export const sickLeaveOrder = (a: SickLeaveRow, b: SickLeaveRow) =>
  a.kommune.localeCompare(b.kommune) || a.år - b.år || a.kvartal - b.kvartal || a.sektor.localeCompare(b.sektor);

/** Survey rows: by municipality, survey and service (vocabulary order), then year. */
export const surveyOrder = (a: SurveyRow, b: SurveyRow) =>
  a.kommune.localeCompare(b.kommune) ||
  SURVEYS.indexOf(a.undersøkelse) - SURVEYS.indexOf(b.undersøkelse) ||
  SURVEY_SERVICES.indexOf(a.tjeneste) - SURVEY_SERVICES.indexOf(b.tjeneste) ||
  a.år - b.år;
