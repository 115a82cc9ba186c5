/**
 * The content check: validates every content file against its schema and every reference
 * between collections, and returns all problems at once. Pure apart from the `fileExists`
 * callback, so it is tested on in-memory files; src/lib/validate/read.ts feeds it from disk.
 */
import matter from 'gray-matter';
import jsYaml from 'js-yaml';
import { detectSeparator, parseCsv } from '../files/csv';
import { COUNTY_NUMBERS } from '../schemas/vocabulary';
import { ID_PATTERN, sickLeaveRowSchema } from '../schemas';
import type { Municipality, Network } from '../schemas';
import { COLLECTIONS, REFERENCE_SERIES, SICK_LEAVE, SURVEY_FOLDER, type CollectionName } from './collections';
import { ENTRY_RECORDS } from '../collections';
import { checkSurveyFiles } from './surveys';
import { norwegianErrorMap } from './describe';
import { lineOfField, lineOfItem } from './lines';
import { checkInvisible } from './invisible';
import { checkDuplicates } from './duplicates';
import { yamlBoundsProblem } from './yaml-bounds';
import { showValue, type Problem } from './problem';
import { closest } from './suggest';
import { brokenLink } from './links';
import { checkMarkup } from './markup';
import { PLACEHOLDERS } from '../scaffold/templates';
import { PLACEHOLDER_IMAGE } from '../scaffold/placeholder';

/** A file under the content directory. */
export interface SourceFile {
  /** Path from the project root, with forward slashes. */
  path: string;
  text: string;
  /** Set when the file could not be read as text (not UTF-8, see ../encoding); text is then ''. */
  unreadable?: { line?: number; message: string; field?: string };
}

export interface CheckInput {
  /** Content directory from the project root, e.g. `src/content`. */
  contentDir: string;
  files: SourceFile[];
  /** Whether a path from the project root exists (images, attachments under public/). */
  fileExists: (path: string) => boolean;
  /** In production drafts are left out, so nothing published may refer to one. */
  production: boolean;
}

/** A parsed, schema-valid entry. */
interface Entry {
  collection: CollectionName;
  id: string;
  file: SourceFile;
  /** The YAML text and the line it starts on, for pointing at fields. */
  yaml: string;
  firstLine: number;
  data: Record<string, unknown>;
}

export interface CheckResult {
  problems: Problem[];
  /** Number of entries per collection that passed their schema. */
  counts: Record<string, number>;
}

export function checkContent(input: CheckInput): CheckResult {
  const problems: Problem[] = [];
  const entries = new Map<CollectionName, Map<string, Entry>>();
  const allIds = new Map<CollectionName, Set<string>>();
  const csvFiles: SourceFile[] = [];
  const surveyFiles: SourceFile[] = [];

  for (const name of Object.keys(COLLECTIONS) as CollectionName[]) {
    entries.set(name, new Map());
    allIds.set(name, new Set());
  }

  for (const file of input.files) {
    try {
      checkFile(file);
    } catch (error) {
      // No content may crash the check without naming its file.
      problems.push(crashProblem(file.path, error));
    }
  }

  function checkFile(file: SourceFile) {
    const rel = file.path.slice(input.contentDir.length + 1);
    const [folder, ...rest] = rel.split('/');
    if (rest.length !== 1) return; // files in sub-folders (images) are not entries
    const fileName = rest[0]!;
    if (file.unreadable) {
      problems.push({
        file: file.path,
        line: file.unreadable.line,
        field: file.unreadable.field ?? '(tegnsett)',
        message: file.unreadable.message,
      });
      // Its id still exists, so entries that refer to it are not reported as well.
      if (COLLECTIONS[folder as CollectionName])
        allIds.get(folder as CollectionName)!.add(fileName.replace(/\.[^.]+$/, ''));
      return;
    }
    if (folder === SICK_LEAVE.folder) {
      if (fileName.endsWith('.csv')) csvFiles.push(file);
      return;
    }
    if (folder === SURVEY_FOLDER) {
      if (fileName.endsWith('.csv')) surveyFiles.push(file);
      return;
    }
    const spec = COLLECTIONS[folder as CollectionName];
    if (!spec) return;
    const ext = fileName.slice(fileName.lastIndexOf('.'));
    if (fileName === 'README.md') return;
    if (!spec.extensions.includes(ext)) {
      problems.push({
        file: file.path,
        field: '(fil)',
        message: `filtypen «${ext}» leses ikke i ${folder}/; forventet ${spec.extensions.join(' eller ')}`,
      });
      return;
    }
    const id = fileName.slice(0, -ext.length);
    if (allIds.get(folder as CollectionName)!.has(id)) {
      problems.push({
        file: file.path,
        field: '(filnavn)',
        message: `id-en «${id}» er allerede brukt av en annen fil i ${folder}/ (samme navn, annen endelse); forventet ett unikt filnavn per side`,
      });
      return;
    }
    allIds.get(folder as CollectionName)!.add(id);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file: file.path,
        field: '(filnavn)',
        message: `fant «${id}»; forventet et filnavn med små bokstaver a-z, tall og bindestrek (æ=ae, ø=o, å=a), f.eks. «${suggestId(id)}»`,
      });
    }
    const parsed = parseFile(file, spec.format, problems);
    if (!parsed) return;
    const unbounded = yamlBoundsProblem(
      file.path,
      spec.format === 'yaml' ? '(yaml)' : '(front matter)',
      parsed.data,
      1,
    );
    if (unbounded) {
      problems.push(unbounded);
      return;
    }
    const lineOf = (path: (string | number)[]) => lineOfItem(parsed.yaml, path, parsed.firstLine);
    const invisible = checkInvisible(file.path, parsed.data, lineOf);
    problems.push(...invisible);
    const result = spec.schema.safeParse(parsed.data, {
      error: norwegianErrorMap,
      reportInput: true,
    });
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(issueProblem(file, parsed, issue));
      }
      return;
    }
    const duplicates = checkDuplicates(file.path, result.data as Record<string, unknown>, lineOf);
    problems.push(...duplicates);
    if (invisible.length || duplicates.length) return;
    entries.get(folder as CollectionName)!.set(id, {
      collection: folder as CollectionName,
      id,
      file,
      ...parsed,
      data: result.data as Record<string, unknown>,
    });
  }

  checkReferences(input, entries, allIds, problems);
  if (input.production) checkPlaceholders(entries, problems);
  checkBodyLinks(input, entries, problems);
  checkSickLeave(input, csvFiles, allIds.get('kommuner')!, problems);
  checkSurveyFiles(input.contentDir, surveyFiles, allIds.get('kommuner')!, problems);

  const counts: Record<string, number> = {};
  for (const [name, map] of entries) counts[name] = map.size;
  return { problems, counts };
}

/** A problem for a file whose check failed unexpectedly: the file is named, the check goes on. */
function crashProblem(file: string, error: unknown): Problem {
  const detail = error instanceof RangeError ? 'filen er for stor eller for dypt nestet til å leses' : firstLine(error);
  return {
    file,
    field: '(fil)',
    message: `kunne ikke sjekkes: ${detail.length > 200 ? `${detail.slice(0, 197)}...` : detail}; forventet en fil i formatet som beskrives i docs/content-rules.md`,
  };
}

function suggestId(id: string) {
  return id
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function parseFile(file: SourceFile, format: 'markdown' | 'yaml', problems: Problem[]) {
  if (format === 'yaml') {
    try {
      const data = parseYaml(file.text) ?? {};
      return { yaml: file.text, firstLine: 1, data };
    } catch (error) {
      const line = yamlErrorLine(error);
      problems.push({
        file: file.path,
        line,
        field: '(yaml)',
        message: `filen er ikke gyldig YAML: ${firstLine(error)}`,
      });
      return undefined;
    }
  }
  if (!/^(?:\uFEFF)?---\r?\n/.test(file.text)) {
    problems.push({
      file: file.path,
      line: 1,
      field: '(front matter)',
      message: 'fant ingen front matter; forventet at filen begynner med en linje «---», feltene og en ny linje «---»',
    });
    return undefined;
  }
  try {
    // YAML 1.2 core schema rather than gray-matter's YAML 1.1 default: no silent date
    // roll-over, no "yes" meaning true, and error positions we can report.
    const { data, matter: yaml } = matter(file.text, { engines: { yaml: (s) => parseYaml(s) ?? {} } });
    return { yaml, firstLine: 1, data: data as Record<string, unknown> };
  } catch (error) {
    const line = yamlErrorLine(error);
    problems.push({
      file: file.path,
      // +1 for the opening ---; an error at the end of the stream points at the closing ---.
      line: line !== undefined ? Math.min(line + 1, closingDelimiterLine(file.text)) : undefined,
      field: '(front matter)',
      message: `front matter er ikke gyldig YAML: ${firstLine(error)}`,
    });
    return undefined;
  }
}

/**
 * YAML 1.2's core schema: dates stay strings for the schemas to check strictly (2008-13-45 is
 * an error, not a roll-over into 2009), "yes"/"no" stay strings, duplicate keys are errors.
 * js-yaml with its CORE_SCHEMA parses exactly as the `yaml` package's YAML 1.2 default for our
 * content, about 9 times faster (6.4 s against 0.7 s for 10,000 projects' front matter).
 */
function parseYaml(text: string): unknown {
  return jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
}

/** 1-based line of the --- that closes the front matter (the last line if there is none). */
function closingDelimiterLine(text: string): number {
  const lines = text.split(/\r?\n/);
  const i = lines.findIndex((l, n) => n > 0 && /^---\s*$/.test(l));
  return i < 0 ? lines.length : i + 1;
}

/** 1-based line of a YAML error within the parsed text, if the parser knows it. */
function yamlErrorLine(error: unknown): number | undefined {
  return error instanceof jsYaml.YAMLException && error.mark ? error.mark.line + 1 : undefined;
}

function firstLine(error: unknown) {
  if (error instanceof RangeError) return `nestet for dypt (${error.message})`;
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]!.replace(/\s+at line.*$/, '');
}

function issueProblem(
  file: SourceFile,
  parsed: { yaml: string; firstLine: number; data: unknown },
  issue: { code?: string; path: PropertyKey[]; message: string; input?: unknown; keys?: string[] },
): Problem {
  const path = issue.path.map(String);
  if (issue.code === 'unrecognized_keys' && issue.keys) {
    const keys = issue.keys;
    return {
      file: file.path,
      line: lineOfField(parsed.yaml, [...path, keys[0]!], parsed.firstLine),
      field: [...path, keys[0]].join('.'),
      message: `ukjent felt ${keys.map((k) => `«${k}»`).join(', ')}; sjekk stavemåten (feltnavn skrives som i skjemaet)`,
    };
  }
  const field = path.join('.') || '(front matter)';
  const line = lineOfField(parsed.yaml, issue.path, parsed.firstLine);
  // A refinement on an object reports the whole object as input; show the field instead.
  const found = showValue(
    issue.input === undefined || issue.code === 'custom' ? valueAt(parsed.data, issue.path) : issue.input,
  );
  const message =
    issue.code === 'custom' ? `${issue.message} (fant ${found})` : `fant ${found}; forventet ${issue.message}`;
  return { file: file.path, line, field, message };
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function checkReferences(
  input: CheckInput,
  entries: Map<CollectionName, Map<string, Entry>>,
  allIds: Map<CollectionName, Set<string>>,
  problems: Problem[],
) {
  const at = (e: Entry, path: PropertyKey[], message: string): Problem => ({
    file: e.file.path,
    line: lineOfField(e.yaml, path, e.firstLine),
    field: path.join('.'),
    message,
  });

  // Fields that refer to other collections: the registry's references, collection by collection.
  for (const { name: collection, references } of ENTRY_RECORDS) {
    for (const entry of entries.get(collection)!.values()) {
      for (const { field, target } of references) {
        const value = entry.data[field];
        const ids = Array.isArray(value) ? value : value === undefined ? [] : [value];
        ids.forEach((id: string, i) => {
          const path = Array.isArray(value) ? [field, i] : [field];
          const known = allIds.get(target)!;
          if (!known.has(id)) {
            const guess = closest(id, known);
            problems.push(
              at(
                entry,
                path,
                `fant «${id}»; forventet id-en til ${COLLECTIONS[target].noun} i ${input.contentDir}/${target}/${guess ? ` (mente du «${guess}»?)` : ''}`,
              ),
            );
            return;
          }
          const targetEntry = entries.get(target)!.get(id);
          if (input.production && !entry.data.utkast && targetEntry?.data.utkast) {
            problems.push(
              at(
                entry,
                path,
                `viser til «${id}», som er et utkast (utkast: true) og ikke publiseres; forventet en publisert oppføring`,
              ),
            );
          }
        });
      }
    }
  }

  // Municipality number, county and uniqueness.
  const byNumber = new Map<string, Entry>();
  for (const e of entries.get('kommuner')!.values()) {
    const m = e.data as unknown as Municipality;
    const countyCode = COUNTY_NUMBERS[m.fylke];
    if (!m.kommunenummer.startsWith(countyCode)) {
      problems.push(
        at(
          e,
          ['kommunenummer'],
          `fant «${m.kommunenummer}»; forventet et nummer som begynner med ${countyCode} for ${m.fylke} (før 2020)`,
        ),
      );
    }
    const other = byNumber.get(m.kommunenummer);
    if (other) {
      problems.push(
        at(
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
        at(
          e,
          ['nettverk'],
          `nettverket «${m.nettverk}» hører til pulje «${networkPool}», men kommunen er i pulje «${m.pulje}»; forventet samme pulje`,
        ),
      );
    }
  }

  // Newsletter numbers are unique.
  const numbers = new Map<number, Entry>();
  for (const e of entries.get('nyhetsbrev')!.values()) {
    const n = e.data.nummer as number;
    const other = numbers.get(n);
    if (other) {
      problems.push(
        at(e, ['nummer'], `nummer ${n} er allerede brukt av ${other.file.path}; forventet et unikt nummer`),
      );
    } else numbers.set(n, e);
  }

  // Images exist beside the content file; attachments exist under public/.
  for (const collection of ['prosjekter', 'historier'] as const) {
    for (const e of entries.get(collection)!.values()) {
      const picture = e.data.bilde as { src: string } | undefined;
      if (!picture) continue;
      const dir = e.file.path.slice(0, e.file.path.lastIndexOf('/'));
      const target = joinPath(dir, picture.src);
      if (/\.svg$/i.test(picture.src)) {
        problems.push(
          at(
            e,
            ['bilde', 'src'],
            `fant «${picture.src}», et SVG-bilde; SVG kan inneholde skript og lenker og brukes ikke som bilde; forventet en bildefil (.jpg, .png, .webp, .avif)`,
          ),
        );
      } else if (!/\.(jpe?g|png|webp|avif)$/i.test(picture.src)) {
        problems.push(
          at(e, ['bilde', 'src'], `fant «${picture.src}»; forventet en bildefil (.jpg, .png, .webp, .avif)`),
        );
      } else if (!input.fileExists(target)) {
        problems.push(at(e, ['bilde', 'src'], `fant «${picture.src}», men filen ${target} finnes ikke`));
      }
    }
  }
  for (const e of entries.get('verktoy')!.values()) {
    const attachments = (e.data.vedlegg as { fil: string }[]) ?? [];
    attachments.forEach((a, i) => {
      if (!input.fileExists(`public${a.fil}`)) {
        problems.push(at(e, ['vedlegg', i, 'fil'], `fant «${a.fil}», men filen public${a.fil} finnes ikke`));
      }
    });
  }
}

function joinPath(dir: string, relative: string) {
  const parts = dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function checkSickLeave(input: CheckInput, files: SourceFile[], municipalities: Set<string>, problems: Problem[]) {
  for (const file of files) {
    const isReference = file.path.endsWith(`/${SICK_LEAVE.reference}`);
    const known: Set<string> = isReference ? new Set(REFERENCE_SERIES) : municipalities;
    const table = parseCsv(file.text, detectSeparator(file.text));
    const missing = SICK_LEAVE.columns.filter((c) => !table.header.includes(c));
    const extra = table.header.filter((c) => !(SICK_LEAVE.columns as readonly string[]).includes(c));
    if (missing.length || extra.length) {
      problems.push({
        file: file.path,
        line: 1,
        field: '(kolonner)',
        message: `fant kolonnene ${table.header.map((c) => `«${c}»`).join(', ')}; forventet ${SICK_LEAVE.columns.join(';')}`,
      });
      continue;
    }
    for (const { line, cells } of table.malformed) {
      problems.push({
        file: file.path,
        line,
        field: '(rad)',
        message: `fant ${cells} celler; forventet ${table.header.length} adskilt med semikolon`,
      });
    }
    const seen = new Map<string, number>();
    for (const row of table.rows) {
      const result = sickLeaveRowSchema.safeParse(row.values, {
        error: norwegianErrorMap,
        reportInput: true,
      });
      if (!result.success) {
        for (const issue of result.error.issues) {
          const column = String(issue.path[0] ?? '(rad)');
          const found = showValue(row.values[column]);
          problems.push({
            file: file.path,
            line: row.line,
            field: `kolonne ${column}`,
            message:
              issue.code === 'custom'
                ? `${issue.message} (fant ${found} av ${row.values.avtalte_dagsverk})`
                : `fant ${found}; forventet ${issue.message}`,
          });
        }
        continue;
      }
      const r = result.data;
      if (!known.has(r.kommune)) {
        const guess = closest(r.kommune, known);
        problems.push({
          file: file.path,
          line: row.line,
          field: 'kolonne kommune',
          message: isReference
            ? `fant «${r.kommune}»; forventet en av ${REFERENCE_SERIES.map((s) => `«${s}»`).join(', ')}`
            : `fant «${r.kommune}»; forventet id-en til en kommune i ${input.contentDir}/kommuner/${guess ? ` (mente du «${guess}»?)` : ''}`,
        });
      }
      const key = `${r.kommune}|${r.år}|${r.kvartal}|${r.sektor}`;
      const previous = seen.get(key);
      if (previous) {
        problems.push({
          file: file.path,
          line: row.line,
          field: '(rad)',
          message: `${r.kommune} ${r.år} kvartal ${r.kvartal} (${r.sektor}) står også på linje ${previous}; forventet én rad per kommune, kvartal og sektor`,
        });
      } else seen.set(key, row.line);
    }
  }
}

/** Texts `npm run ny` writes as placeholders; none may reach a published page. */
const PLACEHOLDER_TEXTS = [
  PLACEHOLDERS.alt,
  PLACEHOLDERS.sted,
  ...Object.values(PLACEHOLDERS.sammendrag),
  PLACEHOLDER_IMAGE,
];
const normalisedPlaceholders = PLACEHOLDER_TEXTS.map((p) => p.replace(/\s+/g, ' '));

/** A published entry (no `utkast: true`) still holding a placeholder from the scaffold. */
function checkPlaceholders(entries: Map<CollectionName, Map<string, Entry>>, problems: Problem[]) {
  for (const collection of entries.values()) {
    for (const e of collection.values()) {
      if (e.data.utkast) continue;
      const text = e.file.text.replace(/\s+/g, ' ');
      const hit = PLACEHOLDER_TEXTS.find((_, i) => text.includes(normalisedPlaceholders[i]!));
      if (!hit) continue;
      const words = hit.split(' ').slice(0, 3).join(' ');
      const index = e.file.text.split('\n').findIndex((l) => l.includes(words.split(' ')[0]!) && l.includes(words));
      problems.push({
        file: e.file.path,
        line: index >= 0 ? index + 1 : undefined,
        field: '(plassholder)',
        message: `inneholder fortsatt plassholderen «${hit.length > 50 ? `${hit.slice(0, 47)}...` : hit}» fra npm run ny; forventet din egen tekst (eller behold utkast: true til den er på plass)`,
      });
    }
  }
}

/**
 * Markup in Markdown bodies (./markup: allowed HTML, URL policy, MDX), and internal links must
 * lead to pages the build makes.
 */
function checkBodyLinks(input: CheckInput, entries: Map<CollectionName, Map<string, Entry>>, problems: Problem[]) {
  const ids = new Map<string, Set<string>>();
  for (const [name, map] of entries) {
    ids.set(name, new Set([...map.values()].filter((e) => !(input.production && e.data.utkast)).map((e) => e.id)));
  }
  const ctx = { ids, publicFile: (path: string) => input.fileExists(`public/${path}`) };
  for (const map of entries.values()) {
    for (const e of map.values()) {
      if (!/\.mdx?$/.test(e.file.path)) continue;
      const markup = checkMarkup(e.file.path, e.file.text);
      problems.push(...markup.problems);
      for (const link of markup.links) {
        const why = brokenLink(link.target, ctx, `/${e.collection}/${e.id}/`);
        if (why) {
          problems.push({
            file: e.file.path,
            line: link.line,
            field: '(lenke)',
            message: `lenken «${link.target}»: ${why}`,
          });
        }
      }
    }
  }
}
