/**
 * The editor speaks bokmål throughout: every phrase of Decap CMS's English locale is in its
 * nb_no locale or in our completions (src/i18n/cms.ts), and the completions only name keys that
 * Decap knows, so an upgrade of Decap that adds English phrases fails here.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cmsLocale } from '../../src/i18n/cms';

type Phrases = { [key: string]: string | Phrases };

const flat = (o: Phrases, prefix = ''): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) =>
    typeof v === 'string' ? [[prefix + k, v] as [string, string]] : flat(v, `${prefix}${k}.`),
  );

async function locale(name: string): Promise<Phrases> {
  // decap-cms-locales as installed with decap-cms (its own copy, if it has one).
  const require = createRequire(createRequire(import.meta.url).resolve('decap-cms'));
  const dir = path.dirname(require.resolve('decap-cms-locales/package.json'));
  return ((await import(pathToFileURL(path.join(dir, 'src', name, 'index.js')).href)) as { default: Phrases }).default;
}

describe('Decap CMS på bokmål', () => {
  it('har en norsk tekst for hver engelsk tekst i Decap', async () => {
    const en = flat(await locale('en'));
    const nb = new Map([...flat(await locale('nb_no')), ...flat(cmsLocale as unknown as Phrases)]);
    const missing = en.filter(([k]) => !nb.has(k)).map(([k, v]) => `${k}: ${v}`);
    expect(missing, missing.join('\n')).toEqual([]);
  });

  it('tilleggene gjelder bare nøkler Decap har, og er ikke engelske', async () => {
    const en = new Map(flat(await locale('en')));
    const ours = flat(cmsLocale as unknown as Phrases);
    expect(ours.filter(([k]) => !en.has(k)).map(([k]) => k)).toEqual([]);
    const same = ours.filter(([k, v]) => en.get(k) === v && !/^%\{|^(OK|Markdown)$/.test(v)).map(([k]) => k);
    expect(same).toEqual([]);
    // Placeholders are kept: «%{item}» must stay «%{item}».
    for (const [k, v] of ours) {
      const wanted = (en.get(k)!.match(/%\{\w+\}/g) ?? []).sort();
      expect((v.match(/%\{\w+\}/g) ?? []).sort(), k).toEqual(wanted);
    }
  });
});
