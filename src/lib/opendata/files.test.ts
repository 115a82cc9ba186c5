import { describe, expect, it } from 'vitest';
import { brokenLink } from '../validate/links';
import { OPEN_DATA_TABLES, openDataFileNames } from './files';
import { fixtureInput } from './fixture';
import { publish } from './publish';
import { openDataTables } from './tables';

describe('the file names of /data/ (one record)', () => {
  const tables = openDataTables(fixtureInput());

  it('name the tables the build makes, in the same order', () => {
    expect(tables.map((t) => t.name)).toEqual([...OPEN_DATA_TABLES]);
  });

  it('are exactly the files the build publishes', async () => {
    const { files } = await publish(tables, { date: '2026-01-02', commit: null }, 'https://kb.example/data/', [], 'T');
    expect([...files.keys()]).toEqual(openDataFileNames());
  });

  it('are addresses a Markdown link may point at, undersokelser.csv included', () => {
    const ctx = { ids: new Map<string, ReadonlySet<string>>(), publicFile: () => false };
    for (const file of openDataFileNames()) expect(brokenLink(`/data/${file}`, ctx), file).toBeUndefined();
    expect(brokenLink('/data/undersokelser.csv', ctx)).toBeUndefined();
    expect(brokenLink('/data/finnes-ikke.csv', ctx)).toBe('det finnes ingen slik side på nettstedet');
  });
});
