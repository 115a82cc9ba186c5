/**
 * The placeholder picture of a new good story. The story schema requires a picture, so a new
 * story points at this one until the editor puts in their own. scripts/ny.ts turns the SVG
 * into a JPEG (with sharp) when the content folder does not have it yet.
 */

/** The placeholder image, from the stories' folder (`historier/`). */
export const PLACEHOLDER_IMAGE = 'bilder/plassholder.jpg';

/** Width and height of the placeholder, the size of the other story illustrations. */
export const PLACEHOLDER_SIZE = { width: 1200, height: 800 } as const;

/**
 * A neutral grey picture with a simple landscape pictogram (sun and two hills) and a dashed
 * frame: plainly "a picture goes here". No text, so it needs no fonts to render.
 */
export function placeholderSvg(): string {
  const { width: w, height: h } = PLACEHOLDER_SIZE;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <rect width="${w}" height="${h}" fill="#d9d9d9"/>
  <rect x="40" y="40" width="${w - 80}" height="${h - 80}" fill="none" stroke="#a6a6a6" stroke-width="6" stroke-dasharray="28 18"/>
  <g fill="#a6a6a6">
    <circle cx="720" cy="300" r="60"/>
    <path d="M380 560 L540 360 L640 470 L700 410 L820 560 Z"/>
  </g>
</svg>`;
}
