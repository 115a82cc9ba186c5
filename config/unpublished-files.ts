/**
 * Astro integration: drafts leave nothing behind. After `astro build` it removes from dist/
 * the attachments (dist/vedlegg/) and pictures (dist/_astro/) that only drafts and entries
 * dated in the future use (src/lib/files/unpublished.ts decides which). A picture's files are
 * found by name (Astro writes `name.hash.ext` and `name.hash_variant.ext`) and removed only when
 * no page, feed or stylesheet in dist/ refers to them.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scanContentFiles } from '../src/lib/validate/read';
import { unpublishedFiles } from '../src/lib/files/unpublished';

const TEXT = /\.(html|xml|json|css|js|txt|webmanifest)$/;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : [],
  );
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function unpublishedFilesIntegration(contentDir: string): AstroIntegration {
  return {
    name: 'kompetansebanken:unpublished-files',
    hooks: {
      'astro:build:done': ({ dir: outDir, logger }) => {
        const root = process.cwd();
        const out = fileURLToPath(outDir);
        const dir = relative(root, resolve(root, contentDir)).split(sep).join('/');
        const files = scanContentFiles(root, dir).files.map((f) => ({
          path: f.path,
          rel: f.path.slice(dir.length + 1),
          text: f.text,
        }));
        const { attachments, pictures } = unpublishedFiles(files);
        const removed: string[] = [];
        for (const a of attachments) {
          const target = join(out, ...a.split('/').filter(Boolean));
          if (a.startsWith('/vedlegg/') && !a.includes('..') && existsSync(target)) {
            rmSync(target);
            removed.push(a);
          }
        }
        const assets = join(out, '_astro');
        if (pictures.length && existsSync(assets)) {
          const texts = walk(out)
            .filter((f) => TEXT.test(f))
            .map((f) => readFileSync(f, 'utf8'));
          for (const picture of pictures) {
            const name = picture.split('/').pop()!;
            const stem = name.slice(0, name.lastIndexOf('.'));
            const own = new RegExp(`^${escape(stem)}\\.[A-Za-z0-9_-]{8}(?:_[A-Za-z0-9_-]+)?\\.[a-z0-9]+$`);
            for (const file of readdirSync(assets).filter((f) => own.test(f))) {
              if (texts.some((t) => t.includes(file))) continue;
              rmSync(join(assets, file));
              removed.push(`/_astro/${file}`);
            }
          }
        }
        if (removed.length) {
          logger.info(
            `Utelatt ${removed.length} filer som bare utkast og framtidige oppføringer bruker: ${removed.join(', ')}`,
          );
        }
      },
    },
  };
}
