/**
 * Rule: no symbolic links in the content directory or in public/. A link is never followed: it
 * could point at a file outside the repository (a key, /etc/passwd) that the build would then
 * copy onto the public site, or at a folder that loops. Copy the file itself instead.
 */
import type { Problem } from './problem';

export function symlinkProblem(file: string): Problem {
  return {
    file,
    field: '(fil)',
    message: `filen er en symbolsk lenke, som nettstedet ikke følger (den kan peke på filer utenfor innholdet); forventet en vanlig fil: legg inn en kopi av filen i stedet for lenken`,
  };
}
