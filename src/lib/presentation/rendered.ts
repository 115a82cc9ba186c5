/** Facts about an entry's rendered Markdown (the HTML Astro keeps in the content store). */

/**
 * Whether the body opens with a section heading of its own (`## …`, rendered as <h2>). A page
 * that puts the body under a heading of its own then leaves that heading out: it would head an
 * empty section, followed by the body's headings at the same level.
 */
export function opensWithSection(html: string | undefined): boolean {
  return /^\s*<h2[\s>]/i.test(html ?? '');
}
