/**
 * Files an entry names: a project's or story's picture is a raster image beside the content
 * file, and a tool's attachments are of a document type (file-types.ts ATTACHMENT_EXTENSIONS)
 * and exist under public/.
 */
import { attachmentTypeReason } from '../file-types';
import type { Problem } from '../problem';
import { problemAt, type Content } from './content';

export function checkFiles({ input, entries }: Content): Problem[] {
  const problems: Problem[] = [];
  for (const collection of ['prosjekter', 'historier'] as const) {
    for (const e of entries.get(collection)!.values()) {
      const picture = e.data.bilde as { src: string } | undefined;
      if (!picture) continue;
      const dir = e.file.path.slice(0, e.file.path.lastIndexOf('/'));
      const target = joinPath(dir, picture.src);
      if (/\.svg$/i.test(picture.src)) {
        problems.push(
          problemAt(
            e,
            ['bilde', 'src'],
            `fant «${picture.src}», et SVG-bilde; SVG kan inneholde skript og lenker og brukes ikke som bilde; forventet en bildefil (.jpg, .png, .webp, .avif)`,
          ),
        );
      } else if (!/\.(jpe?g|png|webp|avif)$/i.test(picture.src)) {
        problems.push(
          problemAt(e, ['bilde', 'src'], `fant «${picture.src}»; forventet en bildefil (.jpg, .png, .webp, .avif)`),
        );
      } else if (!input.fileExists(target)) {
        problems.push(problemAt(e, ['bilde', 'src'], `fant «${picture.src}», men filen ${target} finnes ikke`));
      }
    }
  }
  for (const e of entries.get('verktoy')!.values()) {
    const attachments = (e.data.vedlegg as { fil: string }[]) ?? [];
    attachments.forEach((a, i) => {
      const type = attachmentTypeReason(a.fil.slice(a.fil.lastIndexOf('/') + 1));
      if (type) problems.push(problemAt(e, ['vedlegg', i, 'fil'], `fant «${a.fil}»: ${type}`));
      else if (!input.fileExists(`public${a.fil}`)) {
        problems.push(problemAt(e, ['vedlegg', i, 'fil'], `fant «${a.fil}», men filen public${a.fil} finnes ikke`));
      }
    });
  }
  return problems;
}

function joinPath(dir: string, relative: string) {
  const parts = dir.split('/');
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}
