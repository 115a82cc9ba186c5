/**
 * The secretariat's contact, in one place: the footer, the accessibility statement and the
 * newsletter's «follow» box read it from here. Checked when the site is built: a malformed
 * e-mail, postcode or URL stops the build with a Norwegian message naming this file, the line
 * of the field, the value and what was expected (every problem at once).
 *
 * Source: the secretariat's address as printed in the programme's own documents
 * (/work/shared/seeds: «KS, Kvalitetskommuner, Postboks 1378 Vika, 0114 Oslo» with the project
 * manager's KS address). The programme ended in 2010; the address and e-mail must be confirmed
 * by KS before the site is published (`bekreftet: false` until then).
 */
import type { Problem } from '../validate/problem';
import { formatProblems, showValue } from '../validate/problem';

export interface Contact {
  /** Who answers, e.g. "Sekretariatet for Kvalitetskommuneprogrammet". */
  navn: string;
  /** The organisation the secretariat belongs to. */
  organisasjon: string;
  /** E-mail address for questions, problems with the site and the e-mail edition. */
  epost: string;
  /** Postal address: box or street, postcode (four digits) and place. */
  adresse: { gate: string; postnummer: string; sted: string };
  /** Whether the owner has confirmed that the address and e-mail are in use. */
  bekreftet: boolean;
}

/** How a reader gets the newsletter by e-mail. */
export interface EmailEdition {
  /** Address to write to for the e-mail edition (defaults to the contact's e-mail when left out). */
  epost?: string;
  /** Subject line to use, e.g. "Abonner på Månedsnytt". */
  emne: string;
  /** Web page of a mailing list to sign up on, if there is one (https). */
  liste?: string;
}

export interface SiteConfig {
  kontakt: Contact;
  epostutgave: EmailEdition;
}

export const siteConfig: SiteConfig = {
  kontakt: {
    navn: 'Sekretariatet for Kvalitetskommuneprogrammet',
    organisasjon: 'KS',
    epost: 'anne.marie.lervik@ks.no',
    adresse: { gate: 'Postboks 1378 Vika', postnummer: '0114', sted: 'Oslo' },
    bekreftet: false,
  },
  epostutgave: {
    emne: 'Abonner på Månedsnytt',
  },
};

/** The file the configuration is in, as error messages name it. */
export const CONFIG_FILE = 'src/lib/site/contact.ts';

// A practical address check (one @, no spaces, a dot in the domain), not RFC 5322 in full.
const EMAIL = /^[^\s@<>()",;:]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/i;

/** Every problem in a configuration; `lineOf` finds a field's line in the file's source. */
export function checkSiteConfig(
  config: SiteConfig,
  lineOf: (field: string) => number | undefined = () => undefined,
): Problem[] {
  const problems: Problem[] = [];
  const add = (field: string, value: unknown, expected: string) =>
    problems.push({
      file: CONFIG_FILE,
      line: lineOf(field),
      field,
      message: `fant ${showValue(value)}, ventet ${expected}`,
    });
  const text = (field: string, value: unknown, min: number) => {
    if (typeof value !== 'string' || value.trim().length < min) add(field, value, `en tekst på minst ${min} tegn`);
  };
  const k = config.kontakt;
  text('kontakt.navn', k.navn, 3);
  text('kontakt.organisasjon', k.organisasjon, 2);
  if (typeof k.epost !== 'string' || !EMAIL.test(k.epost))
    add('kontakt.epost', k.epost, 'en e-postadresse, f.eks. postmottak@ks.no');
  text('kontakt.adresse.gate', k.adresse.gate, 3);
  if (typeof k.adresse.postnummer !== 'string' || !/^\d{4}$/.test(k.adresse.postnummer)) {
    add('kontakt.adresse.postnummer', k.adresse.postnummer, 'fire sifre i anførselstegn, f.eks. "0114"');
  }
  text('kontakt.adresse.sted', k.adresse.sted, 2);
  if (typeof k.bekreftet !== 'boolean') add('kontakt.bekreftet', k.bekreftet, 'true eller false');
  const e = config.epostutgave;
  if (e.epost !== undefined && !EMAIL.test(e.epost))
    add('epostutgave.epost', e.epost, 'en e-postadresse, f.eks. postmottak@ks.no');
  text('epostutgave.emne', e.emne, 3);
  if (e.liste !== undefined && !/^https:\/\/[^\s/]+\.[^\s/]+/.test(e.liste))
    add('epostutgave.liste', e.liste, 'en full nettadresse som begynner med https://');
  return problems;
}

/** Finds the line of a dotted field (its last key) in the source of this file. */
export function lineFinder(source: string): (field: string) => number | undefined {
  const lines = source.split('\n');
  return (field) => {
    const key = field.split('.').at(-1)!;
    const start = lines.findIndex((l) => /^export const siteConfig/.test(l));
    const i = lines.findIndex((l, n) => n > start && new RegExp(`^\\s*${key}:`).test(l));
    return i >= 0 ? i + 1 : undefined;
  };
}

/** Throws every problem at once, in the format of the content check. */
export function assertSiteConfig(config: SiteConfig, source?: string): SiteConfig {
  const problems = checkSiteConfig(config, source ? lineFinder(source) : undefined);
  if (problems.length > 0) throw new Error(`Feil i nettstedets konfigurasjon:\n${formatProblems(problems)}`);
  return config;
}

/** A mailto: URL with an optional subject, encoded as RFC 6068 wants. */
export function mailto(address: string, subject?: string): string {
  return `mailto:${address}${subject ? `?subject=${encodeURIComponent(subject)}` : ''}`;
}

/** The address lines of the contact, in the order a letter has them. */
export function addressLines(c: Contact): string[] {
  return [`${c.organisasjon}, ${c.navn}`, c.adresse.gate, `${c.adresse.postnummer} ${c.adresse.sted}`];
}

/** Where the e-mail edition is ordered: the list's page, or a mail to the configured address. */
export function emailEditionHref(config: SiteConfig): string {
  const e = config.epostutgave;
  return e.liste ?? mailto(e.epost ?? config.kontakt.epost, e.emne);
}
