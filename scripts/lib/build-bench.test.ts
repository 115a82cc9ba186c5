import { describe, expect, it } from 'vitest';
import { completedIn, median, parseCpuSeconds, parsePeakRss, parsePhases } from './build-bench';
import { parseBuildLog } from './build-site';

// Shortened from a real `astro build` log of this project (10,000 projects), with colour codes.
const LOG = `19:00:05 \u001b[34m[kompetansebanken:content-check]\u001b[39m Innholdet er i orden (10166 oppføringer i bench/content-10000, sjekket på 4.2 s ved siden av innlastingen).
19:00:06 [content] Syncing content
19:00:26 [content] Synced content
19:00:26 [types] Generated 21.14s
19:00:32 [build] Building static entrypoints...
19:00:38 [vite] ✓ built in 6.37s
19:00:39 [vite] ✓ built in 38ms

 generating static routes 
19:01:05 ✓ Completed in 26.35s.

 generating optimized images 
19:01:07 ✓ Completed in 1.86s.

19:01:35 [kompetansebanken:search-index] Søkeindeks: 10157 sider sendt, 10157 (nb) indeksert. Pagefind leste sidene mens Astro laget dem og trengte 0.0 s mer etter siste søkbare side; skrev indeksen på 16.3 s mens Astro laget resten; byggingen ventet 12.1 s på den.
19:01:35 [build] 10215 page(s) built in 1m 39s
	Maximum resident set size (kbytes): 2234764
`;

describe('parsePhases', () => {
  it('reads every phase of a build log', () => {
    expect(parsePhases(LOG)).toEqual({
      contentCheck: 4.2,
      contentSync: 20,
      bundle: 6.37,
      routes: 26.35,
      images: 1.86,
      searchIndex: 16.3,
      searchIndexWait: 12.1,
    });
  });

  it('gives null for phases the log lacks, and reads milliseconds', () => {
    const p = parsePhases('12:00:00 [build] Building static entrypoints...\n12:00:01 [vite] ✓ built in 950ms\n');
    expect(p.bundle).toBe(0.95);
    expect(p.contentSync).toBeNull();
    expect(p.searchIndex).toBeNull();
  });

  it('reads phases of a minute or more, which Astro writes as "1m 2s"', () => {
    const log =
      ' generating static routes \n00:53:40 ✓ Completed in 1m 25s.\n\n generating optimized images \n00:53:45 ✓ Completed in 5.17s.\n';
    expect(parsePhases(log)).toMatchObject({ routes: 85, images: 5.17 });
    expect(completedIn('✓ Completed in 950ms.')).toBe(0.95);
    expect(completedIn('✓ Completed in 2m 0s.')).toBe(120);
    expect(completedIn('nothing completed')).toBeNull();
  });

  it('counts a sync across midnight', () => {
    expect(parsePhases('23:59:58 [content] Syncing content\n00:00:03 [content] Synced content\n').contentSync).toBe(5);
  });
});

describe('parsePeakRss and median', () => {
  it('reads GNU time -v output in bytes', () => {
    expect(parsePeakRss(LOG)).toBe(2234764 * 1024);
    expect(parsePeakRss('no time here')).toBeNull();
  });

  it('reads user plus system CPU seconds from GNU time -v output', () => {
    expect(parseCpuSeconds('\tUser time (seconds): 84.96\n\tSystem time (seconds): 13.21\n')).toBeCloseTo(98.17, 5);
    expect(parseCpuSeconds(LOG)).toBeNull();
  });

  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});

describe('parseBuildLog', () => {
  it('reads the pages sent to and indexed by Pagefind, its time and the wait', () => {
    expect(parseBuildLog(LOG)).toEqual({
      index: { pagesRead: 10157, pagesIndexed: 10157, seconds: 16.3, waited: 12.1 },
      pagesBuilt: 10215,
    });
  });

  it('gives null when the log has no search index line', () => {
    expect(parseBuildLog('12:00:00 [build] 3 page(s) built in 1s').index).toBeNull();
  });
});
