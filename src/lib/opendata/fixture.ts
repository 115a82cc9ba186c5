/**
 * A small, hand-written content set for the open-data unit tests: two municipalities (one with a
 * number that starts with 0), a network, a tool, a gathering and two projects, one with a hostile
 * title and a numeric sick-leave goal. Parsed with the real schemas. Used by tests only.
 */
import { z } from 'zod';
import { deriveContent } from '../model/derive';
import { indexSickLeave, sickLeaveGoalAttainment } from '../results';
import {
  gatheringSchema,
  municipalitySchema,
  networkSchema,
  projectSchema,
  sickLeaveRowSchema,
  surveyRowSchema,
  toolSchema,
} from '../schemas';
import type { OpenDataInput } from './tables';

export const HOSTILE_TITLE = '=HYPERLINK("https://x.example";"Klikk")';

export function fixtureInput(): OpenDataInput {
  const municipalities = [
    {
      id: 'tana',
      data: municipalitySchema.parse({
        navn: 'Tana',
        samisknavn: 'Deanu gielda',
        kommunenummer: '2025',
        fylke: 'Finnmark',
        pulje: '2',
        nettverk: 'nord',
        posisjon: { lat: 70.2, lon: 28.19 },
        eksempeldata: true,
      }),
    },
    {
      id: 'arendal',
      data: municipalitySchema.parse({ navn: 'Arendal', kommunenummer: '0906', fylke: 'Aust-Agder', pulje: 'innsats' }),
    },
  ];
  const networks = [
    {
      id: 'nord',
      data: networkSchema.parse({ navn: 'Nettverk nord', pulje: '2', veileder: 'Kari Veileder', eksempeldata: true }),
    },
  ];
  const tools = [
    {
      id: 'spc',
      data: toolSchema.parse({
        tittel: 'Statistisk prosesskontroll',
        kategori: 'metode',
        sammendrag: 'Et verktøy for å følge et tall over tid.',
        tema: ['nærvær'],
      }),
    },
  ];
  const gatherings = [
    {
      id: 'start-2008',
      data: gatheringSchema.parse({
        tittel: 'Oppstart',
        type: 'oppstartskonferanse',
        dato: '2008-02-04',
        sluttdato: '2008-02-05',
        sted: 'Gardermoen',
        pulje: '2',
        sammendrag: 'Oppstartskonferansen for pulje 2.',
      }),
    },
  ];
  const project = projectSchema(z.string());
  const projects = [
    {
      id: 'tana-naervaer',
      data: project.parse({
        tittel: HOSTILE_TITLE,
        kommuner: ['tana', 'arendal'],
        sektor: ['oppvekst'],
        fokus: ['nærvær', 'kvalitet'],
        periode: { start: '2008-01-01', slutt: '2009-12-31' },
        status: 'avsluttet',
        sammendrag: '-2+3 er et sammendrag som ser ut som en formel.',
        mål: [
          { tekst: 'Sykefraværet skal ned til 8 %', indikator: 'sykefravær', målverdi: 8, enhet: '%', retning: 'ned' },
          { tekst: 'Bedre samarbeid; «trepart»' },
        ],
        tiltak: ['Nærværssamtaler', 'Tett oppfølging'],
        verktøy: ['spc'],
        kontakt: 'Prosjektleder, Tana kommune',
        eksempeldata: true,
      }),
    },
    {
      id: 'arendal-kvalitet',
      data: project.parse({
        tittel: 'Kvalitet i barnehagen',
        kommuner: ['arendal'],
        sektor: ['oppvekst', 'pleie-og-omsorg'],
        fokus: ['kvalitet'],
        periode: { start: '2009-03-01' },
        status: 'pågår',
        sammendrag: 'Arendal måler brukertilfredsheten i barnehagene hvert år.',
      }),
    },
  ];
  const content = deriveContent({
    municipalities,
    networks,
    projects,
    tools,
    newsletters: [],
    stories: [],
    gatherings,
  });
  const sickLeave = [1, 2, 3, 4].flatMap((kvartal) => [
    sickLeaveRowSchema.parse({
      kommune: 'tana',
      år: '2009',
      kvartal: String(kvartal),
      sektor: 'oppvekst',
      tapte_dagsverk: '75,5',
      avtalte_dagsverk: '1000',
    }),
    sickLeaveRowSchema.parse({
      kommune: 'arendal',
      år: '2009',
      kvartal: String(kvartal),
      sektor: 'oppvekst',
      tapte_dagsverk: '90',
      avtalte_dagsverk: '1000',
    }),
  ]);
  const surveys = [
    surveyRowSchema.parse({
      kommune: 'arendal',
      undersøkelse: 'brukerundersokelse',
      tjeneste: 'barnehage',
      år: '2009',
      skår: '4,85',
      skala: '1-6',
      eksempeldata: 'ja',
    }),
    surveyRowSchema.parse({
      kommune: 'tana',
      undersøkelse: 'medarbeiderundersokelse',
      tjeneste: 'hele-kommunen',
      år: '2008',
      skår: '4,3',
      skala: '1-6',
      eksempeldata: 'nei',
    }),
  ];
  const index = indexSickLeave(sickLeave);
  return { content, sickLeave, surveys, goalsOf: (p) => sickLeaveGoalAttainment(p, index), site: 'https://kb.example' };
}

export const FIXTURE_DATA_URL = 'https://kb.example/data/';
