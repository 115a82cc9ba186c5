/**
 * The CMS configuration must match the zod schemas: every schema field (nested too) has a CMS
 * field and no CMS field is unknown to the schema; required flags and select options agree.
 * The expectations are read from z.toJSONSchema, independently of the generator's own walk,
 * so a schema change that the generator maps wrongly (or not at all) fails here.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { COLLECTIONS, ENTRY_COLLECTIONS, type EntryCollection } from '../collections';
import { CHECK_SCHEMAS } from '../validate/checks/entries';
import { CMS_COLLECTIONS, REFERENCES, buildCmsConfig, fieldFor, stringPattern, type CmsField } from './config';
import { readCmsSettings } from './settings';

const local = readCmsSettings({}, 'https://www.kvalitetskommuner.no').settings;
const github = readCmsSettings(
  { KB_CMS_REPO: 'eier/repo', KB_CMS_AUTH_URL: 'https://auth.example.workers.dev' },
  undefined,
).settings;

type Json = {
  type?: string | string[];
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: unknown[];
  anyOf?: Json[];
  allOf?: Json[];
  minItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
};

const config = buildCmsConfig(local) as {
  collections: ({ name: string; folder: string; extension: string; format: string; fields: CmsField[] } & Record<
    string,
    unknown
  >)[];
};

/** Input side: which fields exist and which may be left out (defaults make a field optional). */
const inputSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json;
/** Output side: what a preprocessed field really accepts (the pool's enum, the date). */
const outputSchema = (s: z.ZodType) => z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Json;

const optionValues = (field: CmsField) =>
  ((field.options as unknown[]) ?? [])
    .map((o) => (typeof o === 'object' && o !== null ? (o as { value: unknown }).value : o))
    .map(String);

/** Compares one object level of the schema with a list of CMS fields; returns every difference. */
function compare(where: string, input: Json, output: Json, fields: CmsField[], problems: string[]) {
  const schemaNames = Object.keys(input.properties ?? {});
  const cmsNames = fields.map((f) => f.name);
  for (const name of schemaNames)
    if (!cmsNames.includes(name)) problems.push(`${where}.${name}: i skjemaet, mangler i CMS`);
  for (const name of cmsNames)
    if (!schemaNames.includes(name)) problems.push(`${where}.${name}: i CMS, finnes ikke i skjemaet`);

  for (const field of fields) {
    const inProp = input.properties?.[field.name];
    const outProp = output.properties?.[field.name];
    if (!inProp || !outProp) continue;
    const path = `${where}.${field.name}`;
    const required = (input.required ?? []).includes(field.name);
    if (field.required !== required)
      problems.push(`${path}: required ${String(field.required)} i CMS, ${required} i skjemaet`);

    const isArray = outProp.type === 'array';
    const element = isArray ? outProp.items! : outProp;
    const inElement = isArray ? (inProp.items ?? {}) : inProp;

    if (isArray && field.widget !== 'list' && !field.multiple)
      problems.push(`${path}: en liste i skjemaet, ${field.widget} uten multiple i CMS`);
    if (!isArray && (field.widget === 'list' || field.multiple))
      problems.push(`${path}: ikke en liste i skjemaet, men en liste i CMS`);
    if (isArray && outProp.minItems !== undefined && field.min !== outProp.minItems) {
      problems.push(`${path}: minst ${outProp.minItems} i skjemaet, min ${String(field.min)} i CMS`);
    }

    if (element.enum) {
      if (field.widget !== 'select') problems.push(`${path}: enum i skjemaet, ${field.widget} i CMS`);
      else if (JSON.stringify(optionValues(field)) !== JSON.stringify(element.enum.map(String))) {
        problems.push(
          `${path}: valg ${JSON.stringify(optionValues(field))} i CMS, ${JSON.stringify(element.enum)} i skjemaet`,
        );
      }
    } else if (field.widget === 'select') {
      problems.push(`${path}: select i CMS, men ikke enum i skjemaet`);
    }

    if (element.type === 'object') {
      const sub = (field.fields as CmsField[] | undefined) ?? [];
      if (!field.fields) problems.push(`${path}: et objekt i skjemaet, ${field.widget} uten fields i CMS`);
      compare(path, inElement, element, sub, problems);
    } else if (field.widget === 'object' || (field.widget === 'list' && field.fields)) {
      problems.push(`${path}: objekt i CMS, ${String(element.type)} i skjemaet`);
    }

    if (element.type === 'boolean' && field.widget !== 'boolean')
      problems.push(`${path}: boolean i skjemaet, ${field.widget} i CMS`);
    if ((element.type === 'number' || element.type === 'integer') && field.widget !== 'number') {
      problems.push(`${path}: tall i skjemaet, ${field.widget} i CMS`);
    }
    if (field.widget === 'relation' && !REFERENCES[field.name]) problems.push(`${path}: relation uten mål`);
    if (field.widget === 'relation' && element.pattern === undefined)
      problems.push(`${path}: relation, men ikke en id i skjemaet`);
    if (
      typeof element.minLength === 'number' &&
      ['string', 'text'].includes(field.widget) &&
      field.minlength !== element.minLength
    ) {
      problems.push(`${path}: minst ${element.minLength} tegn i skjemaet, minlength ${String(field.minlength)} i CMS`);
    }
  }
}

describe('CMS-konfigurasjonen følger skjemaene', () => {
  it('har en samling for hver samling innholdssjekken kjenner, med riktig mappe og format', () => {
    expect(config.collections.map((c) => c.name).sort()).toEqual([...ENTRY_COLLECTIONS].sort());
    for (const c of config.collections) {
      const spec = COLLECTIONS[c.name as EntryCollection];
      expect(c.folder).toBe(`src/content/${c.name}`);
      expect(spec.extensions).toContain(`.${c.extension}`);
      expect(c.format).toBe(spec.format === 'markdown' ? 'frontmatter' : 'yaml');
    }
  });

  it('bygger på de samme skjemaene som innholdssjekken (samme felt)', () => {
    for (const spec of CMS_COLLECTIONS) {
      const fromCheck = inputSchema(CHECK_SCHEMAS[spec.name]);
      const fromCms = inputSchema(spec.schema);
      expect(Object.keys(fromCms.properties ?? {}), spec.name).toEqual(Object.keys(fromCheck.properties ?? {}));
      expect(fromCms.required, spec.name).toEqual(fromCheck.required);
    }
  });

  for (const spec of CMS_COLLECTIONS) {
    it(`${spec.name}: samme felt, required og valg som skjemaet (også nøstede felt)`, () => {
      const collection = config.collections.find((c) => c.name === spec.name)!;
      const fields = collection.fields.filter((f) => f.name !== 'body');
      const problems: string[] = [];
      compare(
        spec.name,
        inputSchema(CHECK_SCHEMAS[spec.name]),
        outputSchema(CHECK_SCHEMAS[spec.name]),
        fields,
        problems,
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  it('sammenligningen oppdager avvik (manglende, ukjente og feil påkrevde felt, feil valg)', () => {
    const schema = CHECK_SCHEMAS.samlinger;
    const fields = structuredClone(
      config.collections.find((c) => c.name === 'samlinger')!.fields.filter((f) => f.name !== 'body'),
    );
    fields.splice(
      fields.findIndex((f) => f.name === 'sted'),
      1,
    );
    fields.push({ name: 'ukjent', label: 'Ukjent', widget: 'string', required: false });
    fields.find((f) => f.name === 'tittel')!.required = false;
    (fields.find((f) => f.name === 'type')!.options as unknown[]).pop();
    const problems: string[] = [];
    compare('samlinger', inputSchema(schema), outputSchema(schema), fields, problems);
    expect(problems).toEqual([
      'samlinger.sted: i skjemaet, mangler i CMS',
      'samlinger.ukjent: i CMS, finnes ikke i skjemaet',
      'samlinger.tittel: required false i CMS, true i skjemaet',
      expect.stringMatching(/^samlinger\.type: valg /),
    ]);
  });

  it('Markdown-samlinger har brødtekst som markdown, YAML-samlinger ikke', () => {
    for (const c of config.collections) {
      const body = c.fields.find((f) => f.name === 'body');
      if (c.format === 'frontmatter') expect(body?.widget, c.name).toBe('markdown');
      else expect(body, c.name).toBeUndefined();
    }
  });

  it('referanser peker på samlinger som finnes, etter filnavn (slug)', () => {
    const names = config.collections.map((c) => c.name);
    const relations: CmsField[] = [];
    const visit = (fields: CmsField[]) => {
      for (const f of fields) {
        if (f.widget === 'relation') relations.push(f);
        if (Array.isArray(f.fields)) visit(f.fields as CmsField[]);
      }
    };
    for (const c of config.collections) visit(c.fields);
    expect(relations.length).toBeGreaterThanOrEqual(6);
    for (const r of relations) {
      expect(names).toContain(r.collection);
      expect(r.value_field).toBe('{{slug}}');
    }
  });

  it('bilder i historier lagres i src/content/historier/bilder og skrives som ./bilder/...', () => {
    const historier = config.collections.find((c) => c.name === 'historier')!;
    const bilde = historier.fields.find((f) => f.name === 'bilde')!;
    const src = (bilde.fields as CmsField[]).find((f) => f.name === 'src')!;
    expect(src).toMatchObject({
      widget: 'image',
      required: true,
      media_folder: '/src/content/historier/bilder',
      public_folder: './bilder',
    });
    expect(bilde.required).toBe(true);
  });

  it('datoer er rene datoer (ÅÅÅÅ-MM-DD), flagg er avkrysningsbokser som er av som standard', () => {
    const nyhetsbrev = config.collections.find((c) => c.name === 'nyhetsbrev')!;
    expect(nyhetsbrev.fields.find((f) => f.name === 'dato')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: true,
    });
    for (const name of ['utkast', 'eksempeldata']) {
      expect(nyhetsbrev.fields.find((f) => f.name === name)).toMatchObject({
        widget: 'boolean',
        required: false,
        default: false,
      });
    }
  });

  it('backend er GitHub med depot, gren og innlogging fra innstillingene, og decap-server på egen maskin', () => {
    const c = buildCmsConfig(github);
    expect(c.backend).toEqual({
      name: 'github',
      repo: 'eier/repo',
      branch: 'main',
      base_url: 'https://auth.example.workers.dev',
      auth_endpoint: 'auth',
    });
    expect(c.local_backend).toEqual({ url: 'http://localhost:8081/api/v1' });
    expect(c.locale).toBe('nb_no');
  });

  it('uten depot: lokal modus mot decap-server, aldri en plassholder mot GitHub', () => {
    const c = buildCmsConfig(local);
    expect(c.backend).toEqual({ name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' });
    expect(JSON.stringify(c)).not.toContain('EIER/');
  });
});

/** The field of a collection by dotted path. */
function field(collection: string, dotted: string): CmsField {
  let fields = config.collections.find((c) => c.name === collection)!.fields;
  let found: CmsField | undefined;
  for (const name of dotted.split('.')) {
    found = fields.find((f) => f.name === name);
    fields = (found?.fields as CmsField[]) ?? [];
  }
  return found!;
}

/** Decap CMS checks a field's pattern with new RegExp(pattern).test(value). */
const accepts = (f: CmsField, value: string) => new RegExp((f.pattern as [string, string])[0]).test(value);

describe('reglene i skjemaet blir feltregler i CMS (samme regel, ikke en kopi)', () => {
  it('alt-tekst: minst 5 tegn etter trim, høyst 200, med skjemaets melding', () => {
    const alt = field('historier', 'bilde.alt');
    expect((alt.pattern as string[])[1]).toContain('En alt-tekst på minst 5 tegn');
    for (const [value, ok] of [
      ['Bilde', true],
      ['  Bil  ', false],
      ['abcd', false],
      ['x'.repeat(200), true],
      ['x'.repeat(201), false],
      ['  Fem t  ', true],
    ] as const) {
      expect(accepts(alt, value), JSON.stringify(value)).toBe(ok);
    }
  });

  it('sammendrag: 20 til 400 tegn', () => {
    const f = field('nyhetsbrev', 'sammendrag');
    expect(accepts(f, 'for kort')).toBe(false);
    expect(accepts(f, 'Et sammendrag som er langt nok.')).toBe(true);
    expect(accepts(f, 'x'.repeat(401))).toBe(false);
  });

  it('et mønster og en lengde blir ett uttrykk som krever begge', () => {
    const p = new RegExp(stringPattern({ min: 4, max: 4, regex: '^\\d+$' })!);
    expect(['1234', '123', '12345', 'abcd'].map((v) => p.test(v))).toEqual([true, false, false, false]);
    expect(stringPattern({ min: 1 })).toBeUndefined();
  });

  it('kommunenummer følger skjemaets mønster', () => {
    const f = field('kommuner', 'kommunenummer');
    expect(f.pattern).toBeDefined();
    expect(accepts(f, '1504')).toBe(true);
    expect(accepts(f, '15a4')).toBe(false);
  });
});

describe('etiketter og hjelpetekster kommer fra skjemaets metadata (.meta)', () => {
  const spec = CMS_COLLECTIONS.find((c) => c.name === 'samlinger')!;
  const ctx = { collection: spec, path: 'sted' };

  it('title blir etikett, description blir hjelpetekst', () => {
    const field = fieldFor('sted', z.string().optional().meta({ title: 'Stedet', description: 'Byen.' }), ctx);
    expect(field).toMatchObject({ name: 'sted', label: 'Stedet', hint: 'Byen.', required: false });
    expect(field.hint).toBe('Byen.');
  });

  it('et felt uten etikett stopper genereringen med feltets sti', () => {
    expect(() => fieldFor('sted', z.string(), ctx)).toThrow(/samlinger\.sted har ingen etikett/);
  });

  it('en liste av enkeltverdier gir hver verdi listens etikett', () => {
    expect(field('prosjekter', 'tiltak')).toMatchObject({ label: 'Tiltak', field: { name: 'verdi', label: 'Tiltak' } });
  });
});
