/**
 * Labels and hints of the editor's form fields (Decap CMS at /admin/), in bokmål. The zod
 * schemas in src/lib/schemas attach them to each field as metadata, `.meta({ title, description })`
 * (zod's global registry); src/lib/cms/config.ts reads them back with `.meta()`. `title` is the
 * field's label, `description` the hint shown under it (for rules a form cannot enforce alone).
 * A field with the same name has the same label in every collection.
 */
// A type, not an interface: zod's metadata type has an index signature, which an interface does not meet.
export type FieldText = { readonly title: string; readonly description?: string };

/** Labels, by front-matter field name. */
export const fieldLabels = {
  alt: 'Alternativ tekst (hva bildet viser)',
  bilde: 'Bilde',
  dato: 'Dato',
  eksempeldata: 'Eksempeldata (oppdiktet innhold)',
  enhet: 'Enhet',
  fil: 'Fil',
  fokus: 'Fokusområder',
  fylke: 'Fylke',
  indikator: 'Indikator',
  kategori: 'Kategori',
  kilde: 'Kilde',
  kommuner: 'Kommuner',
  kommunenummer: 'Kommunenummer (fire sifre, før 2020)',
  kontakt: 'Kontakt',
  kontaktepost: 'Kontaktepost',
  kreditering: 'Kreditering',
  lat: 'Breddegrad',
  lenke: 'Lenke (nettadresse)',
  lon: 'Lengdegrad',
  mål: 'Mål',
  målverdi: 'Målverdi',
  navn: 'Navn',
  nettverk: 'Nettverk',
  nummer: 'Nummer',
  periode: 'Periode',
  posisjon: 'Posisjon på kartet',
  prosjekt: 'Prosjekt',
  pulje: 'Pulje',
  retning: 'Retning',
  samisknavn: 'Samisk navn',
  sammendrag: 'Sammendrag',
  sektor: 'Sektor',
  slutt: 'Slutt',
  sluttdato: 'Sluttdato',
  src: 'Bildefil',
  start: 'Start',
  status: 'Status',
  sted: 'Sted',
  tekst: 'Tekst',
  tema: 'Tema',
  tiltak: 'Tiltak',
  tittel: 'Tittel',
  type: 'Type',
  utkast: 'Utkast (vises ikke på nettstedet)',
  vedlegg: 'Vedlegg',
  veileder: 'Veileder',
  verktøy: 'Verktøy og metoder',
} as const;

/** Hints, by what they explain. */
export const fieldHints = {
  draft: 'Et utkast vises med npm run dev, men aldri på det publiserte nettstedet.',
  exampleData: 'Merk oppdiktet demo-innhold. La stå av for ekte innhold.',
  goalTarget: 'Et mål med målverdi trenger også indikator og retning.',
  periodEnd: 'Kan ikke være før start.',
  networkOrPool: 'En samling gjelder et nettverk eller en pulje: fyll ut minst ett av dem.',
  gatheringEnd: 'Bare for samlinger over flere dager. Kan ikke være før dato.',
  county: 'Fylket før 2020-reformen; må stemme med de to første sifrene i kommunenummeret.',
} as const;

/** The metadata of one field: its label, and a hint when given. */
export function fieldText(name: keyof typeof fieldLabels, hint?: keyof typeof fieldHints): FieldText {
  return hint ? { title: fieldLabels[name], description: fieldHints[hint] } : { title: fieldLabels[name] };
}
