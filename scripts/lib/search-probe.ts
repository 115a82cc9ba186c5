/**
 * Drives a Chromium (playwright-core; found by ./chromium.ts) on the real search page
 * /sok/ and measures, per query:
 *
 * - bytes: from Chrome DevTools Protocol Network.loadingFinished (encodedDataLength: what went
 *   over the wire, headers included), for the page and for Pagefind's web worker. Pagefind 1.6
 *   fetches its index from a worker, whose requests the page's own CDP session does not see, so
 *   the probe auto-attaches to workers (Target.setAutoAttach) and enables Network there too.
 * - time: inside the page, from the last keystroke (the last `input` event on #sok-felt), from
 *   the start of the search (the page's history.replaceState, which it calls when its 250 ms
 *   debounce fires, right before searching), and from the last Pagefind byte of that search,
 *   to the results being rendered (a MutationObserver sees #sok-status say "N treff for «q»"
 *   with #sok-treff filled) and on screen (the next animation frame after that).
 */
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { pagefindKind, type PagefindKind } from './build-site';
import { CHROMIUM_FLAGS, findChromium, type FoundChromium } from './chromium';

export async function launch(found?: FoundChromium): Promise<Browser> {
  const browser = found ?? (await findChromium());
  return chromium.launch({
    executablePath: browser.executablePath,
    env: { ...process.env, ...browser.env },
    args: [...CHROMIUM_FLAGS],
  });
}

/** One finished request. */
/**
 * The fields of the CDP Network events that the recorder reads (each event has those its method
 * defines: loadingFailed has only requestId and timestamp, and is only used for requestId).
 */
interface CdpEvent {
  requestId?: string;
  wallTime: number;
  timestamp: number;
  request: { url: string };
  type?: string;
  encodedDataLength: number;
}

interface Transfer {
  url: string;
  /** CDP resource type (Document, Script, Stylesheet, Fetch, ...). */
  type: string;
  bytes: number;
  /** Wall-clock time the request was sent and its last byte arrived, ms since the epoch. */
  sentAt: number;
  doneAt: number;
  fromWorker: boolean;
}

/** Records every finished request of a page and its workers over CDP. */
class NetworkRecorder {
  transfers: Transfer[] = [];
  workerRequests = 0;
  private pending = new Map<
    string,
    { url: string; type: string; offset: number; sentAt: number; fromWorker: boolean }
  >();
  private lastEvent = 0;
  private nextId = 1_000_000;

  private constructor(private cdp: CDPSession) {}

  static async attach(context: BrowserContext, page: Page): Promise<NetworkRecorder> {
    const cdp = await context.newCDPSession(page);
    const rec = new NetworkRecorder(cdp);
    const onEvent = (method: string, params: CdpEvent, fromWorker: boolean, _session = '') => {
      rec.lastEvent = performance.now();
      // Request ids are unique per browser; the worker's own script shows up in the page's
      // session (requestWillBeSent) and in the worker's (loadingFinished), so key by id only.
      const key = String(params.requestId);
      if (method === 'Network.requestWillBeSent') {
        // `timestamp` is monotonic seconds, `wallTime` epoch seconds: their difference maps
        // loadingFinished's monotonic timestamp onto the page's clock (timeOrigin + now()).
        if (rec.pending.has(key)) return;
        rec.pending.set(key, {
          sentAt: params.wallTime * 1000,
          url: params.request.url,
          type: params.type ?? 'Other',
          offset: params.wallTime - params.timestamp,
          fromWorker,
        });
        if (fromWorker) rec.workerRequests++;
      } else if (method === 'Network.loadingFinished') {
        const p = rec.pending.get(key);
        if (!p) return;
        rec.pending.delete(key);
        rec.transfers.push({
          url: p.url,
          type: p.type,
          bytes: params.encodedDataLength,
          sentAt: p.sentAt,
          doneAt: (params.timestamp + p.offset) * 1000,
          fromWorker: p.fromWorker,
        });
      } else if (method === 'Network.loadingFailed') {
        rec.pending.delete(key);
      }
    };
    for (const m of ['Network.requestWillBeSent', 'Network.loadingFinished', 'Network.loadingFailed'] as const) {
      cdp.on(m, (params) => onEvent(m, params as CdpEvent, false));
    }
    // Workers: attach (non-flat, so their messages come through this session), enable
    // Network, then let them run. waitForDebuggerOnStart makes sure no request is missed.
    cdp.on('Target.attachedToTarget', async (e) => {
      const send = (method: string) =>
        cdp
          .send('Target.sendMessageToTarget', {
            sessionId: e.sessionId,
            message: JSON.stringify({ id: rec.nextId++, method }),
          })
          .catch(() => {});
      if (e.targetInfo?.type === 'worker') await send('Network.enable');
      await send('Runtime.runIfWaitingForDebugger');
    });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      const msg = JSON.parse(e.message) as { method?: string; params?: CdpEvent };
      if (msg.method?.startsWith('Network.') && msg.params) onEvent(msg.method, msg.params, true, e.sessionId);
    });
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
    return rec;
  }

  /** Waits until no request is in flight and nothing has happened for `quietMs`. */
  async settle(quietMs = 250, maxMs = 15_000): Promise<void> {
    const until = performance.now() + maxMs;
    while (performance.now() < until) {
      if (this.pending.size === 0 && performance.now() - this.lastEvent >= quietMs) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    if (process.env.BENCH_DEBUG)
      console.warn(
        'settle timeout, pending:',
        [...this.pending.values()].map((p) => p.url),
      );
  }

  mark(): number {
    return this.transfers.length;
  }

  since(mark: number): Transfer[] {
    return this.transfers.slice(mark);
  }
}

export type ByteKind = PagefindKind | 'page document' | 'page script' | 'page style' | 'page other';

function kindOf(t: Transfer): ByteKind {
  const u = new URL(t.url);
  if (u.pathname.startsWith('/pagefind/')) return pagefindKind(u.pathname);
  if (t.type === 'Document') return 'page document';
  if (t.type === 'Script') return 'page script';
  if (t.type === 'Stylesheet') return 'page style';
  return 'page other';
}

export interface Bytes {
  /** Bytes under /pagefind/. */
  pagefind: number;
  /** Requests under /pagefind/. */
  pagefindRequests: number;
  /** Bytes of everything else (the page itself: HTML, CSS, its own JS, favicon). */
  page: number;
  /** JS of the page itself (not Pagefind's). */
  pageScript: number;
  byKind: Partial<Record<ByteKind, number>>;
  requestsByKind: Partial<Record<ByteKind, number>>;
  /** Wall-clock time of the last Pagefind byte, ms since the epoch. */
  lastPagefindByteAt: number;
}

function sum(transfers: Transfer[]): Bytes {
  const b: Bytes = {
    pagefind: 0,
    pagefindRequests: 0,
    page: 0,
    pageScript: 0,
    byKind: {},
    requestsByKind: {},
    lastPagefindByteAt: 0,
  };
  for (const t of transfers) {
    if (t.url.startsWith('data:')) continue;
    const kind = kindOf(t);
    b.byKind[kind] = (b.byKind[kind] ?? 0) + t.bytes;
    b.requestsByKind[kind] = (b.requestsByKind[kind] ?? 0) + 1;
    if (kind.startsWith('page ')) {
      b.page += t.bytes;
      if (kind === 'page script') b.pageScript += t.bytes;
    } else {
      b.pagefind += t.bytes;
      b.pagefindRequests++;
      b.lastPagefindByteAt = Math.max(b.lastPagefindByteAt, t.doneAt);
    }
  }
  return b;
}

/**
 * Installed before the page's own scripts run. Kept as plain JS text: functions passed to the
 * browser as functions would carry tsx's `__name` helper, which the page does not have.
 */
const INSTRUMENT = String.raw`
(() => {
  const now = () => performance.timeOrigin + performance.now();
  const bench = (window.__bench = { inputs: [], searchStarts: [], result: null });
  const replace = history.replaceState.bind(history);
  history.replaceState = (...args) => {
    bench.searchStarts.push(now());
    return replace(...args);
  };
  document.addEventListener('input', (e) => {
    if (e.target && e.target.id === 'sok-felt') bench.inputs.push(performance.timeOrigin + e.timeStamp);
  }, true);
  bench.arm = (q) => {
    const status = document.getElementById('sok-status');
    const list = document.getElementById('sok-treff');
    bench.result = null;
    bench.inputs = [];
    bench.searchStarts = [];
    const check = () => {
      const text = status.textContent || '';
      if (!text.includes('«' + q + '»')) return;
      // A query of only stop words is not searched: the status explains that instead.
      const stopWordNote = text.includes('for vanlig');
      if (!text.includes('treff') && !stopWordNote) return;
      if (list.children.length === 0 && !/^0\s+treff/.test(text) && !stopWordNote) return;
      observer.disconnect();
      const renderedAt = now();
      const items = list.children.length;
      requestAnimationFrame(() => setTimeout(() => {
        bench.result = { renderedAt, paintedAt: now(), status: text, items };
      }, 0));
    };
    const observer = new MutationObserver(check);
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    observer.observe(list, { childList: true });
  };
})();
`;

export interface QueryMeasure {
  query: string;
  bytes: Bytes;
  /** Last keystroke to results on screen. */
  fromKeystrokeMs: number;
  /** Search start (after the 250 ms debounce) to results on screen. */
  fromSearchStartMs: number;
  /** Last Pagefind byte of this search (or search start, if nothing was fetched) to results on screen. */
  afterLastByteMs: number;
  /** Search start to the DOM update (before the frame is drawn). */
  domFromSearchStartMs: number;
  /**
   * Time Pagefind spent searching with no byte in flight: from the last index byte (or the
   * search start, when the index was already loaded) to the first result-fragment request.
   */
  computeMs: number;
  status: string;
  items: number;
  /** Requests of this search, ms from the search start: [kind, bytes, sent, done]. */
  timeline: [string, number, number, number][];
}

export interface PageLoad {
  bytes: Bytes;
  /** Navigation start to the search being ready (the page's first status text). */
  readyMs: number;
}

export interface Session {
  load: PageLoad;
  /** Types a query (replacing what is in the field) and measures until the results are on screen. */
  query: (q: string) => Promise<QueryMeasure>;
  close: () => Promise<void>;
}

/**
 * Opens /sok/ (with `search`, e.g. `?sortering=nyest`, but no query or filter) in a fresh
 * browser context (empty cache) and waits until search is ready.
 */
export async function openSearchPage(browser: Browser, baseUrl: string, search = ''): Promise<Session> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nb-NO' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript({ content: INSTRUMENT });
  const rec = await NetworkRecorder.attach(context, page);
  const start = rec.mark();
  await page.goto(`${baseUrl}/sok/${search}`, { waitUntil: 'load' });
  await page.waitForFunction("(document.getElementById('sok-status')?.textContent ?? '').startsWith('Skriv')", null, {
    timeout: 60_000,
  });
  const readyMs = (await page.evaluate('performance.now()')) as number;
  await rec.settle();
  if (errors.length) throw new Error(`Feil på søkesiden: ${errors.join('; ')}`);
  const load: PageLoad = { bytes: sum(rec.since(start)), readyMs };
  const field = page.locator('#sok-felt');

  return {
    load,
    close: () => context.close(),
    async query(q: string): Promise<QueryMeasure> {
      await page.evaluate(`window.__bench.arm(${JSON.stringify(q)})`);
      const mark = rec.mark();
      await field.click();
      await page.keyboard.press('ControlOrMeta+A');
      await field.pressSequentially(q, { delay: 40 });
      await page.waitForFunction('window.__bench.result !== null', null, { timeout: 120_000 });
      await rec.settle();
      if (errors.length) throw new Error(`Feil på søkesiden: ${errors.join('; ')}`);
      const b = (await page.evaluate(
        '({ inputs: window.__bench.inputs, starts: window.__bench.searchStarts, result: window.__bench.result })',
      )) as {
        inputs: number[];
        starts: number[];
        result: { renderedAt: number; paintedAt: number; status: string; items: number };
      };
      const lastInput = Math.max(...b.inputs);
      const searchStart = b.starts.filter((t) => t >= lastInput).at(-1) ?? lastInput + 250;
      const bytes = sum(rec.since(mark));
      const lastByte = Math.max(searchStart, bytes.lastPagefindByteAt);
      const phase = rec.since(mark).filter((t) => new URL(t.url).pathname.startsWith('/pagefind/'));
      const fragments = phase.filter((t) => kindOf(t) === 'fragment');
      const before = phase.filter((t) => kindOf(t) !== 'fragment').map((t) => t.doneAt);
      const indexReady = Math.max(searchStart, ...before);
      const firstFragment = fragments.length ? Math.min(...fragments.map((t) => t.sentAt)) : b.result.renderedAt;
      return {
        query: q,
        bytes,
        fromKeystrokeMs: b.result.paintedAt - lastInput,
        fromSearchStartMs: b.result.paintedAt - searchStart,
        afterLastByteMs: b.result.paintedAt - lastByte,
        domFromSearchStartMs: b.result.renderedAt - searchStart,
        computeMs: Math.max(0, firstFragment - indexReady),
        status: b.result.status,
        items: b.result.items,
        timeline: rec
          .since(mark)
          .filter((t) => !t.url.startsWith('data:'))
          .map((t) => [kindOf(t), t.bytes, Math.round(t.sentAt - searchStart), Math.round(t.doneAt - searchStart)]),
      };
    },
  };
}
