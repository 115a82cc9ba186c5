/**
 * ESLint rule `kb/no-ui-text`: no UI text written in a template. Every string a reader sees or a
 * screen reader announces lives in src/i18n (read through src/i18n/nb.ts), or comes from the
 * collection registry and the vocabularies, so that wording is kept in one place and a template
 * only places it. In an .astro file the rule reports
 * - a text node with a letter in it («<p>Publisert {date}</p>»);
 * - a literal text attribute with a letter (aria-label, title, alt, placeholder, label, …), on an
 *   HTML element or a component;
 * - a literal prop of a component, or a string in the frontmatter or in a {…} expression, that reads
 *   as words: a capitalised word, two words with a space, or a Norwegian letter (æ, ø, å).
 * Not reported: <script> and <style> contents, comments, import paths, object keys, TypeScript
 * types, class names, and the messages of errors thrown at build time (for editors and developers,
 * in the terminal, not for readers).
 * Editorial pages whose prose is content are exempted by file in eslint.config.js.
 */

/** Attributes whose value is read or announced to the reader. */
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'title',
  'alt',
  'placeholder',
  'label',
  'summary',
]);

/** Attributes that hold code, never prose, even on a component. */
const CODE_ATTRIBUTES =
  /^(?:class|class:list|id|href|src|srcset|rel|type|name|lang|for|role|as|slot|style|is:.*|set:.*|define:.*|data-.*)$/;

/** Reads as words: a capitalised word, two words of two letters or more, or a Norwegian letter. */
export function readsAsWords(text) {
  const s = text.replace(/\$\{[^}]*\}/g, ' ');
  return (
    /[æøåÆØÅ]/.test(s) || /(?:^|\s)\p{Lu}\p{Ll}+(?=[\s.,:;!?)»]|$)/u.test(s) || /\p{L}{2,}[,.:;]? \p{L}{2,}/u.test(s)
  );
}

const hasLetter = (text) => /\p{L}/u.test(text);

function attributeName(node) {
  const n = node.name;
  if (!n) return '';
  if (n.type === 'JSXNamespacedName') return `${n.namespace.name}:${n.name.name}`;
  return String(n.name);
}

function elementName(opening) {
  const n = opening?.name;
  if (!n) return '';
  if (n.type === 'JSXIdentifier') return n.name;
  if (n.type === 'JSXMemberExpression') return 'Member';
  return '';
}

const isComponent = (name) => /^[A-Z]/.test(name) || name === 'Member';

/** The context that decides whether a string literal is code: walks up to the first that decides. */
function literalContext(node) {
  let child = node;
  for (let p = node.parent; p; child = p, p = p.parent) {
    switch (p.type) {
      case 'ImportDeclaration':
      case 'ImportExpression':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
        if (p.source === child) return 'code';
        break;
      case 'Property':
        if (p.key === child && !p.computed) return 'code';
        break;
      case 'MemberExpression':
        if (p.property === child) return 'code';
        break;
      case 'TSLiteralType':
      case 'TSEnumMember':
      case 'TSPropertySignature':
        return 'code';
      case 'ThrowStatement':
        return 'code';
      case 'NewExpression':
        if (p.callee.type === 'Identifier' && /Error$/.test(p.callee.name)) return 'code';
        break;
      case 'CallExpression':
        if (
          p.callee.type === 'MemberExpression' &&
          p.callee.object.type === 'Identifier' &&
          p.callee.object.name === 'console'
        )
          return 'code';
        break;
      case 'JSXAttribute': {
        const name = attributeName(p);
        if (CODE_ATTRIBUTES.test(name)) return 'code';
        return TEXT_ATTRIBUTES.has(name) ? 'text-attribute' : 'expression';
      }
      case 'JSXExpressionContainer':
        if (p.parent?.type === 'JSXAttribute') break; // the attribute decides
        return 'expression';
      case 'JSXElement':
      case 'Program':
        return 'expression';
      default:
    }
  }
  return 'expression';
}

/** @type {import('eslint').Rule.RuleModule} */
export const noUiText = {
  meta: {
    type: 'suggestion',
    docs: { description: 'UI-tekst hører hjemme i src/i18n, ikke i en mal' },
    schema: [],
    messages: {
      text: 'Tekst i malen: «{{text}}». Legg den i src/i18n (eller les den fra registeret eller vokabularene) og sett den inn med et uttrykk.',
    },
  },
  create(context) {
    const report = (node, text) =>
      context.report({ node, messageId: 'text', data: { text: text.replace(/\s+/g, ' ').trim().slice(0, 80) } });

    function checkString(node, value) {
      const where = literalContext(node);
      if (where === 'code') return;
      if (where === 'text-attribute' ? hasLetter(value) : readsAsWords(value)) report(node, value);
    }

    return {
      JSXText(node) {
        if (hasLetter(node.value)) report(node, node.value);
      },
      JSXAttribute(node) {
        const value = node.value;
        if (!value || value.type !== 'Literal' || typeof value.value !== 'string') return;
        const name = attributeName(node);
        const element = elementName(node.parent);
        if (
          TEXT_ATTRIBUTES.has(name)
            ? hasLetter(value.value)
            : isComponent(element) && !CODE_ATTRIBUTES.test(name) && readsAsWords(value.value)
        )
          report(value, value.value);
      },
      Literal(node) {
        if (typeof node.value !== 'string' || node.parent?.type === 'JSXAttribute') return;
        checkString(node, node.value);
      },
      TemplateLiteral(node) {
        if (node.parent?.type === 'TaggedTemplateExpression') return;
        checkString(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join('${}'));
      },
    };
  },
};

export default { rules: { 'no-ui-text': noUiText } };
