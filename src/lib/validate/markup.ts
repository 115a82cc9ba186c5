/**
 * Markup in Markdown and MDX bodies: raw HTML is limited to the allow-list in
 * ../markup/allow-list.ts, every URL follows ../markup/url-policy.ts, and MDX may import the
 * site's own components from @components/mdx/ but run no code of its own. Bodies are read with
 * the parser Astro itself uses (Sätteri), raw HTML with parse5 (the WHATWG HTML algorithm), so
 * that what we check is what a browser would see.
 */
import { markdownToMdast, mdxToMdast } from 'satteri';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import {
  ATTRIBUTE_VALUES,
  COMPONENT_IMPORT,
  MDX_COMMENT,
  EDITOR_ELEMENTS,
  GLOBAL_ATTRIBUTES,
  REQUIRED_ATTRIBUTES,
  URL_ATTRIBUTES,
  editorElementList,
} from '../markup/allow-list';
import { urlProblem, visible, type UrlUse } from '../markup/url-policy';
import type { Problem } from './problem';

type P5Node = DefaultTreeAdapterMap['node'];
type P5Element = DefaultTreeAdapterMap['element'];

/** A link in a body, for the check that internal links lead somewhere. */
export interface BodyLink {
  target: string;
  /** 1-based line in the file. */
  line: number;
}

export interface MarkupResult {
  problems: Problem[];
  /** Links (not images) whose URL passed the policy. */
  links: BodyLink[];
}

/** Most problems reported per file: a pasted web page should not bury the other files. */
const MAX_PROBLEMS_PER_FILE = 20;

interface MdNode {
  type: string;
  value?: string;
  url?: string;
  name?: string | null;
  identifier?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

/**
 * Checks the body of a content file. `text` is the whole file (front matter included) so
 * that lines are the file's own.
 */
export function checkMarkup(path: string, text: string): MarkupResult {
  const mdx = path.endsWith('.mdx');
  const problems: Problem[] = [];
  const links: BodyLink[] = [];
  const add = (line: number | undefined, field: string, message: string) => {
    if (problems.length < MAX_PROBLEMS_PER_FILE) problems.push({ file: path, line, field, message });
    else if (problems.length === MAX_PROBLEMS_PER_FILE) {
      problems.push({
        file: path,
        line,
        field: '(html)',
        message: `flere feil i samme fil er ikke vist; rett de første og kjør npm run sjekk igjen`,
      });
    }
  };

  let tree: MdNode;
  try {
    tree = (mdx ? mdxToMdast(text) : markdownToMdast(text)) as unknown as MdNode;
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
    const line = /(\d+):\d+/.exec(message)?.[1];
    add(
      line ? Number(line) : undefined,
      '(mdx)',
      `teksten kan ikke leses som ${mdx ? 'MDX' : 'Markdown'}: ${message.slice(0, 200)}`,
    );
    return { problems, links };
  }

  // Image references take their URL from a definition: that definition is an image source.
  const imageIds = new Set<string>();
  walk(tree, (n) => {
    if (n.type === 'imageReference' && n.identifier) imageIds.add(n.identifier);
  });
  const components = new Set<string>();
  walk(tree, (n) => {
    if (n.type !== 'mdxjsEsm') return;
    const start = n.position?.start.line;
    (n.value ?? '').split('\n').forEach((statement, i) => {
      if (statement.trim() === '') return;
      const m = COMPONENT_IMPORT.exec(statement);
      if (m) components.add(m[1]!);
      else {
        add(
          start === undefined ? undefined : start + i,
          '(mdx)',
          `fant «${visible(statement.trim())}»; i MDX er bare import av nettstedets egne komponenter tillatt, på formen «import Faktaboks from '@components/mdx/Faktaboks.astro';» (ingen export eller annen kode)`,
        );
      }
    });
  });

  const checkUrl = (raw: string, use: UrlUse, line: number | undefined, isLink: boolean) => {
    const why = urlProblem(raw, use);
    if (why) add(line, use === 'bilde' ? '(bilde)' : '(lenke)', `${use === 'bilde' ? 'bildet' : 'lenken'}: ${why}`);
    else if (isLink && line !== undefined) links.push({ target: raw, line });
  };

  walk(tree, (n) => {
    const line = n.position?.start.line;
    switch (n.type) {
      case 'link':
        checkUrl(n.url ?? '', 'lenke', line, true);
        break;
      case 'image':
        checkUrl(n.url ?? '', 'bilde', line, false);
        break;
      case 'definition':
        checkUrl(n.url ?? '', imageIds.has(n.identifier ?? '') ? 'bilde' : 'lenke', line, true);
        break;
      case 'html':
        checkHtml(n.value ?? '', line ?? 1, add, checkUrl);
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!MDX_COMMENT.test(n.value ?? '')) {
          add(
            line,
            '(mdx)',
            `fant «{${visible(n.value ?? '')}}»; MDX-uttrykk i krøllparentes kjører kode og er ikke tillatt (skriv «\\{» for en krøllparentes i teksten, eller {/* kommentar */})`,
          );
        }
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsx(n, line, components, add, checkUrl);
        break;
    }
  });
  return { problems, links };
}

function walk(node: MdNode, visit: (n: MdNode) => void) {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

type Add = (line: number | undefined, field: string, message: string) => void;
type CheckUrl = (raw: string, use: UrlUse, line: number | undefined, isLink: boolean) => void;

function notAllowedElement(name: string): string {
  return `elementet <${visible(name)}> er ikke tillatt i teksten; forventet bare ${editorElementList()} (se docs/content-html.md)`;
}

function attributeProblem(element: string, name: string, value: string): string | undefined {
  const lower = name.toLowerCase();
  const allowed = [...GLOBAL_ATTRIBUTES, ...(EDITOR_ELEMENTS[element] ?? [])];
  if (!allowed.includes(lower)) {
    const what = lower.startsWith('on')
      ? `hendelsesattributtet ${visible(name)} (kjører skript) er ikke tillatt`
      : lower === 'style'
        ? 'style-attributtet er ikke tillatt (utseendet kommer fra nettstedets stil)'
        : `attributtet ${visible(name)} er ikke tillatt på <${element}>`;
    return `${what}; forventet bare ${allowed.join(', ')}`;
  }
  const rule = ATTRIBUTE_VALUES[lower];
  if (rule === 'heltall' && !/^\d{1,5}$/.test(value)) {
    return `attributtet ${lower} på <${element}> har verdien «${visible(value)}»; forventet et heltall`;
  }
  if (rule === 'tom' && value !== '' && value.toLowerCase() !== lower) {
    return `attributtet ${lower} på <${element}> har verdien «${visible(value)}»; forventet at det står alene (<${element} ${lower}>)`;
  }
  if (Array.isArray(rule) && !rule.includes(value)) {
    return `attributtet ${lower} på <${element}> har verdien «${visible(value)}»; forventet en av ${rule.map((v) => `«${v}»`).join(', ')}`;
  }
  return undefined;
}

/** Raw HTML in a Markdown body, starting on `firstLine` of the file. */
function checkHtml(html: string, firstLine: number, add: Add, checkUrl: CheckUrl) {
  const errors: { code: string; line: number }[] = [];
  const fragment = parseFragment(html, {
    sourceCodeLocationInfo: true,
    onParseError: (e) => errors.push({ code: e.code, line: e.startLine }),
  });
  for (const e of errors) {
    add(
      firstLine + e.line - 1,
      '(html)',
      `HTML-en kan ikke leses entydig (${e.code}); forventet hele tagger med attributtverdier i anførselstegn, og kommentarer som lukkes med -->`,
    );
  }
  const visit = (node: P5Node) => {
    if (!('tagName' in node)) return;
    const el = node as P5Element;
    const line = firstLine + (el.sourceCodeLocation?.startLine ?? 1) - 1;
    const name = el.tagName;
    if (!EDITOR_ELEMENTS[name] || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
      add(line, '(html)', notAllowedElement(name));
      return; // what is inside goes with it
    }
    checkAttributes(
      name,
      el.attrs.map((a) => ({ name: a.name, value: a.value })),
      line,
      add,
      checkUrl,
    );
    for (const child of el.childNodes) visit(child);
  };
  for (const node of fragment.childNodes) visit(node);
}

function checkAttributes(
  element: string,
  attrs: { name: string; value: string }[],
  line: number | undefined,
  add: Add,
  checkUrl: CheckUrl,
) {
  for (const { name, value } of attrs) {
    const why = attributeProblem(element, name, value);
    if (why) add(line, '(html)', why);
    else if (URL_ATTRIBUTES[element]?.attribute === name.toLowerCase()) {
      checkUrl(value, URL_ATTRIBUTES[element]!.use, line, element === 'a');
    }
  }
  for (const required of REQUIRED_ATTRIBUTES[element] ?? []) {
    if (!attrs.some((a) => a.name.toLowerCase() === required)) {
      add(
        line,
        '(html)',
        `<${element}> mangler attributtet ${required}; forventet f.eks. <img src="./bilder/navn.jpg" alt="Hva bildet viser">`,
      );
    }
  }
}

/** An MDX element: an allowed HTML element, or a component imported from @components/mdx/. */
function checkJsx(n: MdNode, line: number | undefined, components: Set<string>, add: Add, checkUrl: CheckUrl) {
  const name = n.name ?? '';
  const isComponent = /^[A-Z]/.test(name);
  if (name === '') {
    add(line, '(mdx)', 'fant et tomt MDX-element (<>…</>); forventet et element fra listen i docs/content-html.md');
    return;
  }
  if (isComponent ? !components.has(name) : !EDITOR_ELEMENTS[name]) {
    add(
      line,
      '(mdx)',
      isComponent
        ? `komponenten <${visible(name)}> er ikke importert fra @components/mdx/; forventet en linje «import ${name} from '@components/mdx/${name}.astro';» øverst i teksten`
        : notAllowedElement(name),
    );
    return;
  }
  const attrs: { name: string; value: string }[] = [];
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute' || (a.value !== null && a.value !== undefined && typeof a.value !== 'string')) {
      add(
        line,
        '(mdx)',
        `attributtet ${a.name ? `${visible(a.name)} ` : ''}på <${name}> er et MDX-uttrykk i krøllparentes, som kjører kode; forventet en verdi i anførselstegn`,
      );
      continue;
    }
    attrs.push({ name: a.name ?? '', value: (a.value as string | null | undefined) ?? '' });
  }
  if (isComponent) {
    for (const a of attrs) {
      if (/^on/i.test(a.name) || a.name.toLowerCase() === 'style')
        add(line, '(mdx)', `attributtet ${visible(a.name)} er ikke tillatt på <${name}>`);
    }
    return;
  }
  checkAttributes(name, attrs, line, add, checkUrl);
}
