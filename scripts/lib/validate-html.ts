/**
 * html-validate over a built site, with the project's configuration (.htmlvalidate.json:
 * html-validate:recommended) and the few exceptions below, each for a reason. Used by
 * `npm run validate:html` and tests/site/html-validate.test.ts.
 *
 * Exceptions in .htmlvalidate.json (JSON has no comments, so the reasons are here):
 * - valid-id relaxed: HTML allows ids that begin with a digit, and Astro's Markdown processor
 *   makes them from headings such as "## 124 kommuner" or "### 13. november". Changing the slugs
 *   would need a rehype plugin (which costs the fast Markdown processor, see issue 6) and would
 *   break existing #fragment links. The relaxed rule still rejects empty ids and whitespace.
 *
 * The e-mail editions (nyhetsbrev/<id>/epost.html) are not web pages but the HTML of a mail,
 * written for mail clients (src/lib/email/html.ts): EMAIL_RULES turns off, for them only, the
 * rules that contradict what mail clients need.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message, type RuleConfig } from 'html-validate';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const CONFIG_FILE = path.join(ROOT, '.htmlvalidate.json');

/** Files that are e-mails rather than web pages. */
export const EMAIL_FILE = /(^|[\\/])epost\.html$/;

/** Rules that do not apply to the HTML of an e-mail. */
export const EMAIL_RULES: RuleConfig = {
  // Many mail clients (Gmail, Outlook) drop <style> blocks and ignore classes: styles must be inline.
  'no-inline-style': 'off',
  // Outlook lays out with its Word engine, which needs width/align/cellpadding on layout tables.
  'no-deprecated-attr': 'off',
  // role="presentation" on layout tables is what mail clients and their screen readers know;
  // role="none" (the newer synonym) is less widely supported there.
  'presentation-role-style': 'off',
  // Layout tables in mail are written without <tbody> (the parser adds it anyway).
  'prefer-tbody': 'off',
  // The e-mail starts with "<!doctype html>" (pinned by tests/build/email.test.ts); Astro's
  // pages write "<!DOCTYPE html>". Case does not matter in HTML.
  'doctype-style': 'off',
  // The <title> of a mail is not shown in search results; it repeats the newsletter's title,
  // number and the site's name, like the subject line.
  'long-title': 'off',
};

export interface FileResult {
  /** Path relative to the site's root. */
  file: string;
  messages: Message[];
}

/** Loads .htmlvalidate.json (or another config) into a validator. */
export function createValidator(configFile = CONFIG_FILE): HtmlValidate {
  const config = JSON.parse(readFileSync(configFile, 'utf8')) as ConfigData;
  return new HtmlValidate(new StaticConfigLoader(config));
}

/** Validates one file; `rel` is its path relative to the site (used to pick the e-mail rules). */
export function validateFile(validator: HtmlValidate, file: string, rel: string): Message[] {
  const html = readFileSync(file, 'utf8');
  const override: ConfigData = EMAIL_FILE.test(rel) ? { rules: EMAIL_RULES } : {};
  const report = validator.validateStringSync(html, file, override);
  return report.results.flatMap((r) => r.messages);
}

/** Validates every file in `files` (absolute paths under `root`); only files with messages are returned. */
export function validateFiles(root: string, files: string[], validator = createValidator()): FileResult[] {
  const out: FileResult[] = [];
  for (const file of files) {
    const messages = validateFile(validator, file, path.relative(root, file));
    if (messages.length > 0) out.push({ file: path.relative(root, file).split(path.sep).join('/'), messages });
  }
  return out;
}

/** One line per message: `file:line:column rule: message`. */
export function formatMessages(results: FileResult[]): string[] {
  return results.flatMap((r) => r.messages.map((m) => `${r.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
}
