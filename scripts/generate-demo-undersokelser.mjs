#!/usr/bin/env node
/**
 * Lager oppdiktede (eksempeldata) resultater fra brukerundersøkelser og
 * medarbeiderundersøkelser for et utvalg av kommunene i kompetansebanken:
 *
 *   src/content/undersokelser/kommuner.csv   én rad per kommune × undersøkelse × tjeneste × år
 *
 * Kjør: node scripts/generate-demo-undersokelser.mjs
 *
 * Utvalget er kommunene der prosjektbeskrivelsene i src/content/prosjekter forteller om en
 * brukerundersøkelse eller medarbeiderundersøkelse, med de tjenestene prosjektene handler om,
 * slik at tall og tekst henger sammen. Skalaen er 1–6 (6 best), som på bedrekommune.no.
 *
 * Tallene er deterministiske: hver serie har sin egen tilfeldighetsgenerator med frø fra
 * kommune, undersøkelse og tjeneste, så en endring i én serie endrer ikke de andre. Kommuner
 * som ikke finnes i src/content/kommuner/ hoppes over. Ingen avhengigheter utover Node.
 *
 * Modell (skår på skalaen 1–6):
 *   skår = seriens nivå + programeffekt + støy, med to desimaler
 * - Nivå: brukerundersøkelser rundt 4,6, medarbeiderundersøkelser rundt 4,3.
 * - Programeffekt: fra året etter at kommunen ble med (pulje), vokser den over to år til sin
 *   fulle størrelse. I snitt litt framgang, men for noen går skåren ned.
 * - Noen serier har hull: undersøkelsen ble ikke gjennomført hvert år.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir as configuredContentDir } from '../config/content-dir.mjs';
import { hash, normal, prng, readPools } from './lib/demo-random.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const contentDir = path.resolve(root, configuredContentDir);
const kommunerDir = path.join(contentDir, 'kommuner');
const outDir = path.join(contentDir, 'undersokelser');

const YEARS = [2006, 2007, 2008, 2009, 2010];
const HEADER = 'kommune;undersøkelse;tjeneste;år;skår;skala;eksempeldata';
const SCALE = { fra: 1, til: 6 };

/** Første år med programeffekt, per pulje (puljen startet året før eller samme høst). */
const EFFECT_FROM = { innsats: 2008, 1: 2008, 2: 2008, 3: 2009, 4: 2010 };

const B = 'brukerundersokelse';
const M = 'medarbeiderundersokelse';

/**
 * Seriene per kommune: [undersøkelse, tjeneste, valg]. Valg: `level` (nivå før programmet),
 * `effect` (full programeffekt), `years` (år med undersøkelse når den ikke ble gjort hvert år).
 * Der prosjektet har et tallfestet mål, er nivå og effekt satt slik at målet er innen rekkevidde.
 */
const SERIES = {
  alta: [
    [B, 'sykehjem'],
    [M, 'hele-kommunen'],
  ],
  arendal: [[M, 'barnehage', { years: [2006, 2007, 2009, 2010] }]],
  drammen: [
    [B, 'sykehjem', { level: 4.7, effect: 0.3, years: [2006, 2008, 2010] }],
    [M, 'hele-kommunen'],
  ],
  elverum: [[M, 'skole', { level: 4.2, effect: 0.3 }]],
  forde: [[B, 'sykehjem']],
  fredrikstad: [
    [B, 'sykehjem'],
    [M, 'hele-kommunen'],
  ],
  hamar: [[B, 'hjemmetjeneste']],
  haugesund: [[B, 'sykehjem', { level: 4.6, effect: 0.4 }]],
  kongsberg: [[B, 'barnehage']],
  kongsvinger: [[B, 'sfo', { years: [2008, 2009, 2010] }]],
  levanger: [
    [B, 'hjemmetjeneste'],
    [B, 'barnehage'],
  ],
  loten: [[B, 'barnehage', { level: 4.6, effect: 0.4 }]],
  'nord-aurdal': [[M, 'sykehjem']],
  notodden: [[M, 'sykehjem']],
  oppdal: [[B, 'hjemmetjeneste', { level: 4.5, effect: 0.5 }]],
  'ostre-toten': [[M, 'skole', { level: 4.2, effect: 0.35 }]],
  'ovre-eiker': [[M, 'sykehjem']],
  'sor-aurdal': [[B, 'hjemmetjeneste']],
  stjordal: [[B, 'sfo', { level: 4.4, effect: 0.5 }]],
  tromso: [[B, 'hjemmetjeneste']],
  verdal: [
    [B, 'hjemmetjeneste'],
    [B, 'barnehage'],
  ],
};

/** Skår med to desimaler og desimalkomma. Én desimal ville gjort seriene så grovkornede at
 * XmR-grensene blir for trange (Wheeler: «chunky data»). */
const score = (x) => Math.min(SCALE.til, Math.max(SCALE.fra, x)).toFixed(2).replace('.', ',');

function seriesRows(kommune, pulje, [survey, service, options = {}]) {
  const rand = prng(hash(`kompetansebanken-undersokelser-v1:${kommune}:${survey}:${service}`));
  const level = options.level ?? (survey === B ? 4.6 : 4.3) + 0.2 * normal(rand);
  const effect = options.effect ?? 0.15 + 0.15 * normal(rand);
  const from = EFFECT_FROM[pulje] ?? 2009;
  const years = options.years ?? YEARS;
  return years.map((year) => {
    const ramp = Math.min(1, Math.max(0, (year - from + 1) / 2));
    const value = level + effect * ramp + 0.08 * normal(rand);
    return [kommune, survey, service, year, score(value), `${SCALE.fra}-${SCALE.til}`, 'ja'];
  });
}

const pools = readPools(kommunerDir);
const included = Object.keys(SERIES)
  .filter((id) => pools.has(id))
  .sort();
const rows = included.flatMap((id) => SERIES[id].flatMap((s) => seriesRows(id, pools.get(id), s)));

fs.mkdirSync(outDir, { recursive: true });
fs.writeFileSync(path.join(outDir, 'kommuner.csv'), `${HEADER}\n${rows.map((r) => r.join(';')).join('\n')}\n`);

const seriesCount = included.reduce((n, id) => n + SERIES[id].length, 0);
const skipped = Object.keys(SERIES).filter((id) => !pools.has(id));
console.log(
  `Skrev ${rows.length} rader i ${seriesCount} serier for ${included.length} kommuner til ${path.relative(root, outDir)}/kommuner.csv.`,
);
if (skipped.length) console.log(`Hoppet over kommuner som ikke finnes: ${skipped.join(', ')}.`);
