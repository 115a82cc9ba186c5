/**
 * One story per figure, checked on the built pages: every municipality page states one change
 * of sick leave, its figures are the ones in the page's yearly table, the points follow from
 * the printed figures («uendret» when they are equal), and no chart summary states another
 * change of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, htmlFiles, requireDist } from '../helpers/dist';
import { decodeEntities } from '../helpers/html';

/** Text of an HTML fragment; collapses white space but keeps the no-break space between a number and «%». */
const text = (html: string) =>
  decodeEntities(html.replace(/<[^>]+>/g, ' '))
    .replace(/[^\S\u00A0]+/g, ' ')
    .trim();
const num = (s: string) => Number(s.replace(/\s/g, '').replace('−', '-').replace(',', '.'));

describe('one change per municipality page', () => {
  let pages: { file: string; html: string }[] = [];
  beforeAll(() => {
    requireDist();
    pages = htmlFiles()
      .filter((f) => /[/\\]kommuner[/\\][^/\\]+[/\\]index\.html$/.test(f))
      .map((file) => ({ file: path.relative(DIST, file), html: readFileSync(file, 'utf8') }));
  });

  it('finds the municipality pages', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it('states the change once, with the yearly table’s figures, and «uendret» for equal figures', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { file, html } of pages) {
      const stories = [...html.matchAll(/<p[^>]*data-story[^>]*>([\s\S]*?)<\/p>/g)].map((m) => text(m[1]!));
      if (stories.length !== 1) {
        problems.push(`${file}: ${stories.length} endringssetninger`);
        continue;
      }
      const story = stories[0]!;
      const m =
        /(falt|steg) med (\d+,\d) prosentpoeng, fra (\d+,\d)\u00A0% i (\d{4}) .*? til (\d+,\d)\u00A0% i (\d{4})/.exec(
          story,
        );
      const same = /var uendret, (\d+,\d)\u00A0% både i (\d{4}) .*? og i (\d{4})/.exec(story);
      if (!m && !same) continue; // no change stated (the sentence says why)
      checked++;
      const table = /<caption>\s*Sykefravær per år i[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
      const cells = [...table.matchAll(/<th scope="col" class="num">(\d{4})<\/th>/g)].map((x) => x[1]);
      const row = [...table.matchAll(/<td class="num">\s*([^<]*?)\s*(?:<|$)/g)].map((x) => text(x[1]!)).slice(1);
      const yearValue = (y: string) => row[cells.indexOf(y)];
      if (m) {
        const [, verb, points, from, fromYear, to, toYear] = m;
        const diff = Math.round((num(to!) - num(from!)) * 10) / 10;
        if (Math.abs(diff) !== num(points!) || diff < 0 !== (verb === 'falt'))
          problems.push(`${file}: «${story}» regner ikke`);
        if (diff === 0) problems.push(`${file}: like tall uten «uendret»`);
        if (yearValue(fromYear!) !== `${from}\u00A0%` || yearValue(toYear!) !== `${to}\u00A0%`) {
          problems.push(
            `${file}: setningen (${from} % i ${fromYear}, ${to} % i ${toYear}) stemmer ikke med tabellen (${row.join(' | ')})`,
          );
        }
      } else if (same) {
        const [, value, fromYear, toYear] = same;
        if (yearValue(fromYear!) !== `${value}\u00A0%` || yearValue(toYear!) !== `${value}\u00A0%`)
          problems.push(`${file}: «uendret» stemmer ikke med tabellen`);
      }
      const summaries = [...html.matchAll(/class="ds-paragraph chart__summary"[^>]*>([\s\S]*?)<\/p>/g)].map((x) =>
        text(x[1]!),
      );
      for (const s of summaries) {
        if (/Sykefraværet .* (falt|steg) (med|fra)/.test(s))
          problems.push(`${file}: diagrammet sier en egen endring: «${s}»`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(10);
  });
});
