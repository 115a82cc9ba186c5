/**
 * The main menu: each collection under its menu name in the registry (navLabel: «Nettverk»,
 * «Verktøy», else the plural label), then the results and the about page. Built here, not in
 * src/i18n, because src/i18n is bundled into the browser scripts and must not pull in the
 * registry (and with it the zod schemas).
 */
import { ui } from '../../i18n/nb';
import { COLLECTIONS, navLabel, type EntryCollection } from '../collections';
import { urls } from '../format/urls';

export interface NavItem {
  href: string;
  label: string;
}

export function mainNav(): NavItem[] {
  return [
    ...(['prosjekter', 'kommuner', 'nettverk', 'verktoy', 'historier', 'nyhetsbrev', 'samlinger'] as const).map(
      collectionLink,
    ),
    { href: urls.results(), label: ui.nav.results },
    { href: urls.about(), label: ui.nav.about },
  ];
}

/** A collection's list page as a menu entry or breadcrumb: its menu name and list URL, from its record. */
export function collectionLink(name: EntryCollection): NavItem {
  const record = COLLECTIONS[name];
  return { href: record.routes.list, label: navLabel(record) };
}
