/** Keyboard helpers: what has focus, and whether the focus can be seen. */
import type { Page } from 'playwright-core';

export interface Focused {
  tag: string;
  id: string;
  text: string;
  /** The `href` attribute as written, for links. */
  href: string | null;
  inMainNav: boolean;
  inMain: boolean;
  /** Computed outline and box-shadow while focused. */
  outline: string;
  boxShadow: string;
  /** An outline of some width or a box-shadow is drawn. */
  indicatorVisible: boolean;
  /** The element's box has a size and lies at least partly inside the viewport. */
  onScreen: boolean;
  /** Size of the element's box in CSS px. */
  width: number;
  height: number;
}

export function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const cs = getComputedStyle(el);
    const outlineVisible = cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0;
    const shadowVisible = cs.boxShadow !== 'none' && cs.boxShadow !== '';
    const box = el.getBoundingClientRect();
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
      href: el.getAttribute('href'),
      inMainNav: el.closest('nav[aria-label="Hovedmeny"]') !== null,
      inMain: el.closest('main#main') !== null,
      outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`,
      boxShadow: cs.boxShadow,
      indicatorVisible: outlineVisible || shadowVisible,
      onScreen:
        box.width > 0 &&
        box.height > 0 &&
        box.bottom > 0 &&
        box.right > 0 &&
        box.top < innerHeight &&
        box.left < innerWidth,
      width: box.width,
      height: box.height,
    };
  });
}

/** Presses Tab `times` times and returns what had focus after each press. */
export async function tabThrough(page: Page, times: number): Promise<(Focused | null)[]> {
  const seen: (Focused | null)[] = [];
  for (let i = 0; i < times; i++) {
    await page.keyboard.press('Tab');
    seen.push(await focused(page));
  }
  return seen;
}

export function describeFocused(f: Focused | null): string {
  if (!f) return '(ingenting / body)';
  return `<${f.tag}${f.id ? ` id="${f.id}"` : ''}${f.href !== null ? ` href="${f.href}"` : ''}> «${f.text.slice(0, 50)}»`;
}
