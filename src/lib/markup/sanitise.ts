/**
 * The second wall: a plugin in Astro's Markdown pipeline (Sätteri, astro.config.mjs) that
 * removes from the rendered body whatever the allow-list (./allow-list.ts) and the URL policy
 * (./url-policy.ts) do not allow, should content ever reach the build without the content
 * check (src/lib/validate/markup.ts), which refuses the same things with a message.
 *
 * Raw HTML is parsed into elements by Sätteri (`features.rawHtml`), so the sanitiser works on
 * a tree, never on strings. Cheap by design: a document whose source has no `<` has no raw
 * HTML and no JSX, and only its links and images are visited (a filtered visitor, so only
 * those nodes cross from Rust to JavaScript). Any other document is walked once in
 * JavaScript; only top-level nodes that need a change are replaced (docs/content-html.md).
 */
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import {
  COMPONENT_IMPORT,
  DROP_WITH_CONTENT,
  GLOBAL_ATTRIBUTES,
  MDX_COMMENT,
  RENDERED_ELEMENTS,
  SAFE_STYLE_DECLARATION,
  URL_ATTRIBUTES,
} from './allow-list';
import { urlAllowed } from './url-policy';

/** The parts of a hast node the sanitiser reads (hast, plus MDX's JSX and expression nodes). */
export interface HNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HNode[];
  value?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  data?: unknown;
  position?: unknown;
}

/** `className` -> `class`, `ariaDescribedBy` -> `aria-describedby`, `colSpan` -> `colspan`. */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^aria[A-Z]/.test(property)) return `aria-${property.slice(4).toLowerCase()}`;
  if (/^data[A-Z]/.test(property)) return `data${property.slice(4).replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
  return property.toLowerCase();
}

/** Whether every declaration of an inline style is one the syntax highlighter or a table writes. */
export function safeStyle(style: string): boolean {
  return style
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .every((d) => SAFE_STYLE_DECLARATION.test(d));
}

interface State {
  changed: boolean;
  /** Components imported from @components/mdx/. */
  components: Set<string>;
}

function allowedValue(element: string, attribute: string, value: unknown): boolean {
  const allowed = RENDERED_ELEMENTS[element] ?? [];
  if (!GLOBAL_ATTRIBUTES.includes(attribute) && !allowed.includes(attribute)) return false;
  if (value === null || value === undefined || value === false) return true;
  const text = Array.isArray(value) ? value.join(' ') : String(value);
  if (URL_ATTRIBUTES[element]?.attribute === attribute) return urlAllowed(text, URL_ATTRIBUTES[element]!.use);
  if (attribute === 'style') return safeStyle(text);
  if (element === 'input' && attribute === 'type') return text === 'checkbox';
  return true;
}

/** The node cleaned: kept (possibly with fewer attributes), replaced by its children, or gone. */
function clean(node: HNode, state: State): HNode[] {
  switch (node.type) {
    case 'text':
      return [node];
    case 'element': {
      const name = node.tagName ?? '';
      if (!RENDERED_ELEMENTS[name] || (name === 'input' && node.properties?.type !== 'checkbox')) {
        state.changed = true;
        return DROP_WITH_CONTENT.has(name) ? [] : cleanAll(node.children ?? [], state);
      }
      const properties: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(node.properties ?? {})) {
        if (allowedValue(name, attributeName(key), value)) properties[key] = value;
        else state.changed = true;
      }
      return [{ ...node, properties, children: cleanAll(node.children ?? [], state) }];
    }
    case 'root':
      return [{ ...node, children: cleanAll(node.children ?? [], state) }];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const component = /^[A-Z][A-Za-z0-9]*$/.test(name);
      if (component ? !state.components.has(name) : !RENDERED_ELEMENTS[name]) {
        state.changed = true;
        return component || DROP_WITH_CONTENT.has(name) || name === '' ? [] : cleanAll(node.children ?? [], state);
      }
      const attributes = (node.attributes ?? []).filter((a) => {
        const keep =
          a.type === 'mdxJsxAttribute' &&
          (a.value === null || a.value === undefined || typeof a.value === 'string') &&
          (component
            ? !/^on/i.test(a.name ?? '') && (a.name ?? '').toLowerCase() !== 'style'
            : allowedValue(name, (a.name ?? '').toLowerCase(), a.value));
        if (!keep) state.changed = true;
        return keep;
      });
      return [{ ...node, attributes, children: cleanAll(node.children ?? [], state) }];
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (MDX_COMMENT.test(node.value ?? '')) return [node];
      state.changed = true;
      return [];
    case 'mdxjsEsm': {
      // Consecutive lines are one node: keep the allowed imports, drop the rest.
      const lines = (node.value ?? '').split('\n').filter((l) => l.trim() !== '');
      const imports = lines.filter((l) => COMPONENT_IMPORT.test(l));
      if (imports.length === lines.length) return [node];
      state.changed = true;
      return imports.length ? [{ type: 'mdxjsEsm', value: imports.join('\n') }] : [];
    }
    default:
      // Comments (notes to editors), raw strings, doctypes and anything unknown.
      state.changed = true;
      return [];
  }
}

function cleanAll(nodes: HNode[], state: State): HNode[] {
  return nodes.flatMap((n) => clean(n, state));
}

/** Component names a document imports with allowed import lines. */
function importedComponents(root: HNode): Set<string> {
  const names = new Set<string>();
  for (const child of root.children ?? []) {
    if (child.type !== 'mdxjsEsm') continue;
    for (const line of (child.value ?? '').split('\n')) {
      const m = COMPONENT_IMPORT.exec(line);
      if (m) names.add(m[1]!);
    }
  }
  return names;
}

/**
 * Cleans a hast tree (pure; for tests and for the plugin). Returns the cleaned top-level
 * nodes, with `changed` set for those that differ from the input.
 */
export function sanitiseTree(root: HNode): { node: HNode; replacement: HNode[]; changed: boolean }[] {
  const components = importedComponents(root);
  return (root.children ?? []).map((node) => {
    const state: State = { changed: false, components };
    const replacement = clean(node, state);
    return { node, replacement, changed: state.changed };
  });
}

/** Only links and images: for documents without raw HTML or JSX. */
const linksOnly = {
  name: 'kompetansebanken:sanitise-links',
  element: {
    filter: ['a', 'img'],
    visit(
      node: { tagName: string; properties?: Record<string, unknown> },
      ctx: { setProperty(n: unknown, k: string, v: unknown): void },
    ) {
      const spec = URL_ATTRIBUTES[node.tagName]!;
      const value = node.properties?.[spec.attribute];
      if (value !== undefined && value !== null && !urlAllowed(String(value), spec.use)) {
        ctx.setProperty(node, spec.attribute, null);
      }
    },
  },
};

/** The whole tree, walked once in JavaScript. */
const wholeTree = {
  name: 'kompetansebanken:sanitise',
  before(root: HNode, ctx: { replaceNode(n: unknown, r: unknown): void; removeNode(n: unknown): void }) {
    for (const { node, replacement, changed } of sanitiseTree(root)) {
      if (!changed) continue;
      if (replacement.length === 0) ctx.removeNode(node);
      else ctx.replaceNode(node, replacement);
    }
  },
};

/** The plugin for `satteri({ hastPlugins: [sanitiseHtml] })`; chooses the cheap pass when it can. */
export const sanitiseHtml: HastPluginEntry = ((ctx: PluginFactoryContext) =>
  ctx.sourceFormat === 'mdx' || ctx.source.includes('<') ? wholeTree : linksOnly) as unknown as HastPluginEntry;
