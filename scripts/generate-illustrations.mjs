#!/usr/bin/env node
/**
 * Lager enkle, abstrakte illustrasjoner til de gode historiene (src/content/historier/bilder/).
 *
 * Kjør: node scripts/generate-illustrations.mjs
 *
 * Hver illustrasjon er en SVG (1200 × 800) bygd av enkle former – mennesker som silhuetter, bygninger,
 * trær og diagrammer i rolige farger – og gjøres om til JPEG med sharp. Illustrasjonene viser ingen
 * virkelige personer eller steder. Skriptet er deterministisk og kan kjøres på nytt når som helst.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'src/content/historier/bilder');
const W = 1200;
const H = 800;

/* ---------- Byggeklosser ---------- */

/** Bakgrunn: himmel med mykt fargeforløp og en bakke. */
function backdrop(id, top, bottom, ground, groundY = 560) {
  return `
  <defs>
    <linearGradient id="sky-${id}" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="${top}"/>
      <stop offset="1" stop-color="${bottom}"/>
    </linearGradient>
  </defs>
  <rect width="${W}" height="${H}" fill="url(#sky-${id})"/>
  <rect y="${groundY}" width="${W}" height="${H - groundY}" fill="${ground}"/>`;
}

/** En stående person som silhuett. (x, y) er føttene; s er skala. */
function person(x, y, s, body, head = '#f1d7c0', opts = {}) {
  const h = 230 * s;
  const headR = 26 * s;
  const bodyW = 70 * s;
  const top = y - h;
  const arm = opts.armUp
    ? `<rect x="${x + bodyW / 2 - 6 * s}" y="${top + 40 * s}" width="${16 * s}" height="${80 * s}" rx="${8 * s}" fill="${body}" transform="rotate(-35 ${x + bodyW / 2} ${top + 70 * s})"/>`
    : '';
  return `
  <g>
    <circle cx="${x}" cy="${top + headR}" r="${headR}" fill="${head}"/>
    ${opts.hair ? `<path d="M ${x - headR} ${top + headR} a ${headR} ${headR} 0 0 1 ${2 * headR} 0 q -${headR} -${headR * 0.5} -${2 * headR} 0 z" fill="${opts.hair}"/>` : ''}
    <rect x="${x - bodyW / 2}" y="${top + 2 * headR + 6 * s}" width="${bodyW}" height="${110 * s}" rx="${26 * s}" fill="${body}"/>
    <rect x="${x - bodyW / 2 + 8 * s}" y="${top + 2 * headR + 100 * s}" width="${22 * s}" height="${h - 2 * headR - 100 * s}" rx="${10 * s}" fill="${opts.legs ?? shade(body)}"/>
    <rect x="${x + bodyW / 2 - 30 * s}" y="${top + 2 * headR + 100 * s}" width="${22 * s}" height="${h - 2 * headR - 100 * s}" rx="${10 * s}" fill="${opts.legs ?? shade(body)}"/>
    ${arm}
  </g>`;
}

/** En sittende person sett fra siden/forfra bak et bord (bare overkroppen). */
function seated(x, tableY, s, body, head = '#f1d7c0', hair) {
  const headR = 26 * s;
  const torsoH = 95 * s;
  const top = tableY - torsoH - 2 * headR - 4 * s;
  return `
  <g>
    <circle cx="${x}" cy="${top + headR}" r="${headR}" fill="${head}"/>
    ${hair ? `<path d="M ${x - headR} ${top + headR} a ${headR} ${headR} 0 0 1 ${2 * headR} 0 q -${headR} -${headR * 0.5} -${2 * headR} 0 z" fill="${hair}"/>` : ''}
    <rect x="${x - 36 * s}" y="${top + 2 * headR + 4 * s}" width="${72 * s}" height="${torsoH + 10 * s}" rx="${26 * s}" fill="${body}"/>
  </g>`;
}

/** Et barn (mindre person). */
function child(x, y, s, body, head = '#f3dcc6') {
  return person(x, y, s * 0.55, body, head, { legs: shade(body, 0.75) });
}

/** Et enkelt hus med saltak. */
function house(x, y, w, h, wall, roof, opts = {}) {
  const door = opts.door ?? '#6d5a4c';
  const win = opts.window ?? '#fdf3d8';
  const windows = [];
  const cols = Math.max(1, Math.floor(w / 90));
  for (let i = 0; i < cols; i++) {
    const wx = x + 20 + i * ((w - 40) / cols) + ((w - 40) / cols - 38) / 2;
    windows.push(`<rect x="${wx}" y="${y - h + 30}" width="38" height="38" rx="4" fill="${win}"/>`);
  }
  return `
  <g>
    <rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${wall}"/>
    <polygon points="${x - 14},${y - h} ${x + w / 2},${y - h - w * 0.35} ${x + w + 14},${y - h}" fill="${roof}"/>
    ${windows.join('')}
    ${opts.noDoor ? '' : `<rect x="${x + w / 2 - 18}" y="${y - 64}" width="36" height="64" rx="4" fill="${door}"/>`}
  </g>`;
}

/** En lang, lav bygning med flatt tak og mange vinduer (skole, sykehjem). */
function longBuilding(x, y, w, h, wall, trim, rows = 2) {
  const parts = [`<rect x="${x}" y="${y - h}" width="${w}" height="${h}" fill="${wall}"/>`];
  parts.push(`<rect x="${x - 10}" y="${y - h - 14}" width="${w + 20}" height="16" fill="${trim}"/>`);
  const cols = Math.floor((w - 40) / 70);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      parts.push(
        `<rect x="${x + 30 + c * 70}" y="${y - h + 26 + r * 70}" width="44" height="44" rx="3" fill="#f8f1de" opacity="0.95"/>`,
      );
    }
  }
  parts.push(`<rect x="${x + w / 2 - 30}" y="${y - 80}" width="60" height="80" fill="${trim}"/>`);
  return `<g>${parts.join('')}</g>`;
}

/** Et rundt løvtre. */
function tree(x, y, s, leaf = '#7fa37a', trunk = '#7a604c') {
  return `
  <g>
    <rect x="${x - 9 * s}" y="${y - 90 * s}" width="${18 * s}" height="${90 * s}" fill="${trunk}"/>
    <circle cx="${x}" cy="${y - 130 * s}" r="${62 * s}" fill="${leaf}"/>
    <circle cx="${x - 40 * s}" cy="${y - 100 * s}" r="${40 * s}" fill="${leaf}"/>
    <circle cx="${x + 42 * s}" cy="${y - 104 * s}" r="${42 * s}" fill="${leaf}"/>
  </g>`;
}

/** Et grantre. */
function spruce(x, y, s, color = '#4f7465') {
  return `<polygon points="${x},${y - 200 * s} ${x - 60 * s},${y} ${x + 60 * s},${y}" fill="${color}"/>`;
}

/** Et bord sett forfra. */
function table(x, y, w, color = '#b98f6a') {
  return `
  <g>
    <rect x="${x}" y="${y}" width="${w}" height="22" rx="6" fill="${color}"/>
    <rect x="${x + 30}" y="${y + 22}" width="16" height="130" fill="${shade(color)}"/>
    <rect x="${x + w - 46}" y="${y + 22}" width="16" height="130" fill="${shade(color)}"/>
  </g>`;
}

function cup(x, y, color = '#ffffff') {
  return `<g><rect x="${x}" y="${y - 30}" width="26" height="30" rx="5" fill="${color}"/><path d="M ${x + 26} ${y - 24} q 14 4 0 16" stroke="${color}" stroke-width="5" fill="none"/></g>`;
}

function sun(x, y, r, color = '#f6d58e') {
  return `<circle cx="${x}" cy="${y}" r="${r}" fill="${color}"/>`;
}

function cloud(x, y, s, color = '#ffffff', opacity = 0.75) {
  return `<g opacity="${opacity}" fill="${color}">
    <ellipse cx="${x}" cy="${y}" rx="${70 * s}" ry="${26 * s}"/>
    <ellipse cx="${x + 40 * s}" cy="${y - 16 * s}" rx="${46 * s}" ry="${26 * s}"/>
    <ellipse cx="${x - 34 * s}" cy="${y - 10 * s}" rx="${36 * s}" ry="${20 * s}"/>
  </g>`;
}

/** Gjør en hex-farge mørkere (f < 1). */
function shade(hex, f = 0.8) {
  const n = parseInt(hex.slice(1), 16);
  const r = Math.round(((n >> 16) & 255) * f);
  const g = Math.round(((n >> 8) & 255) * f);
  const b = Math.round((n & 255) * f);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

function svg(content) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${content}</svg>`;
}

/* ---------- Illustrasjonene ---------- */

const SKIN = ['#f1d7c0', '#e0b896', '#c99572', '#8d5e43', '#f5e1cf'];

const scenes = {
  /** To ansatte og en eldre bruker rundt et bord med kaffekopper. */
  'kaffe-og-samtale': () =>
    svg(`
    ${backdrop('a', '#e9efe9', '#f7f4ec', '#d9cdb8', 600)}
    <rect x="80" y="120" width="300" height="220" rx="10" fill="#cfe0e6"/>
    <rect x="96" y="136" width="268" height="188" rx="6" fill="#e6f1f3"/>
    <line x1="230" y1="136" x2="230" y2="324" stroke="#cfe0e6" stroke-width="10"/>
    ${seated(420, 470, 1.15, '#7d9bb5', SKIN[0], '#d9d9d9')}
    ${seated(640, 470, 1.15, '#5f8f7f', SKIN[2], '#4a3a30')}
    ${seated(860, 470, 1.15, '#c28b6f', SKIN[1], '#6b4b36')}
    ${table(300, 470, 680)}
    ${cup(400, 470)}${cup(620, 470, '#f3e3c7')}${cup(850, 470)}
    <ellipse cx="640" cy="462" rx="60" ry="10" fill="#e8d7b8"/>
    `),

  /** Barn og voksen som leker ute foran en barnehage. */
  'barnehage-ute': () =>
    svg(`
    ${backdrop('b', '#cfe6ef', '#eef6f2', '#a9c98f', 560)}
    ${sun(1040, 130, 60)}
    ${cloud(260, 140, 1.2)}${cloud(720, 100, 0.9)}
    ${house(160, 560, 420, 200, '#e8b89a', '#a6655a')}
    ${tree(700, 560, 1.1)}${tree(1100, 580, 0.9, '#8db38a')}
    <rect x="760" y="610" width="200" height="16" rx="8" fill="#d7b56d"/>
    ${person(860, 700, 0.9, '#6f8fb0', SKIN[3], { hair: '#2d2420' })}
    ${child(790, 700, 1, '#e07a5f')}${child(930, 700, 1, '#f2cc8f', SKIN[1])}${child(640, 720, 1, '#81b29a', SKIN[4])}
    <circle cx="560" cy="700" r="22" fill="#e76f51"/>
    `),

  /** En skolebygning med elever på vei inn. */
  'skole-morgen': () =>
    svg(`
    ${backdrop('c', '#f4e3cf', '#f8efe4', '#c7c9b5', 600)}
    ${sun(160, 150, 70, '#f2c58a')}
    ${longBuilding(300, 600, 760, 300, '#d8c3a5', '#8e7d6b')}
    ${spruce(210, 600, 1.2)}${spruce(1120, 600, 1.0, '#5d8270')}
    <path d="M 640 600 L 560 800 L 760 800 L 680 600 Z" fill="#b9ad97"/>
    ${child(600, 740, 1.1, '#3d5a80')}${child(700, 700, 1, '#ee6c4d', SKIN[2])}${child(650, 780, 1.15, '#98c1d9', SKIN[3])}
    `),

  /** Et kontrolldiagram på en tavle, og en ansatt som peker. */
  'spc-tavle': () =>
    svg(`
    ${backdrop('d', '#eef0ea', '#f6f5f0', '#cbbfae', 640)}
    <rect x="200" y="110" width="720" height="440" rx="12" fill="#ffffff" stroke="#9aa5a0" stroke-width="6"/>
    <line x1="250" y1="230" x2="880" y2="230" stroke="#d08c7a" stroke-width="4" stroke-dasharray="14 10"/>
    <line x1="250" y1="330" x2="880" y2="330" stroke="#7a9a8a" stroke-width="4"/>
    <line x1="250" y1="430" x2="880" y2="430" stroke="#d08c7a" stroke-width="4" stroke-dasharray="14 10"/>
    <polyline fill="none" stroke="#3d5a80" stroke-width="6" stroke-linejoin="round"
      points="260,300 310,350 360,290 410,340 460,310 510,360 560,330 610,370 660,380 710,360 760,395 810,385 860,400"/>
    ${[
      [260, 300],
      [310, 350],
      [360, 290],
      [410, 340],
      [460, 310],
      [510, 360],
      [560, 330],
      [610, 370],
      [660, 380],
      [710, 360],
      [760, 395],
      [810, 385],
      [860, 400],
    ]
      .map(([x, y]) => `<circle cx="${x}" cy="${y}" r="9" fill="#3d5a80"/>`)
      .join('')}
    ${person(1030, 720, 1.15, '#6d9886', SKIN[1], { armUp: true, hair: '#5a3d2b' })}
    <rect x="60" y="560" width="90" height="120" rx="8" fill="#b98f6a"/>
    <rect x="72" y="500" width="66" height="60" rx="6" fill="#e6efe9"/>
    `),

  /** En bil fra hjemmetjenesten på vei mellom hus i et åslandskap. */
  'hjemmetjeneste-vei': () =>
    svg(`
    ${backdrop('e', '#dbe7ef', '#f3efe6', '#b7cda3', 520)}
    <path d="M 0 520 Q 250 380 520 470 T 1200 430 L 1200 520 Z" fill="#9fbb93"/>
    <path d="M 0 430 Q 300 300 640 380 T 1200 340 L 1200 440 Q 900 420 640 450 T 0 500 Z" fill="#c3d6b6" opacity="0.7"/>
    <path d="M -20 760 C 300 640, 600 720, 1220 560" stroke="#8b8275" stroke-width="70" fill="none"/>
    <path d="M -20 760 C 300 640, 600 720, 1220 560" stroke="#efe6d0" stroke-width="4" stroke-dasharray="30 26" fill="none"/>
    ${house(150, 560, 160, 110, '#d9a38b', '#8c5548')}${house(880, 500, 150, 100, '#e6d3a3', '#8b6f47')}${house(1040, 520, 120, 90, '#a7c4c9', '#5c7c84')}
    ${spruce(380, 560, 0.7)}${spruce(440, 560, 0.9)}${spruce(800, 500, 0.6)}
    <g transform="translate(520 600) rotate(-9)">
      <rect x="0" y="0" width="170" height="60" rx="16" fill="#f4f1ea"/>
      <rect x="30" y="-36" width="100" height="44" rx="12" fill="#f4f1ea"/>
      <rect x="42" y="-28" width="36" height="28" rx="4" fill="#a9c6d6"/>
      <rect x="84" y="-28" width="36" height="28" rx="4" fill="#a9c6d6"/>
      <rect x="0" y="26" width="170" height="10" fill="#6d9886"/>
      <circle cx="38" cy="62" r="18" fill="#3b3b3b"/><circle cx="132" cy="62" r="18" fill="#3b3b3b"/>
    </g>
    `),

  /** Dialogseminar: en ring av mennesker som sitter i sirkel. */
  'dialogseminar-ring': () => {
    const colors = ['#7d9bb5', '#c28b6f', '#6d9886', '#d4a373', '#8e7dbe', '#5f8f7f', '#b5838d', '#e0a458'];
    const parts = [backdrop('f', '#efe9e1', '#f7f3ed', '#e2d6c4', 520)];
    parts.push('<ellipse cx="600" cy="600" rx="420" ry="130" fill="#d8c7ae"/>');
    parts.push('<ellipse cx="600" cy="600" rx="120" ry="38" fill="#c9b596"/>');
    parts.push('<rect x="560" y="560" width="80" height="50" rx="6" fill="#fbf7ee"/>');
    const n = colors.length;
    const figures = [];
    for (let i = 0; i < n; i++) {
      const a = (i / n) * Math.PI * 2;
      const x = 600 + Math.cos(a) * 390;
      const y = 600 + Math.sin(a) * 115;
      figures.push({ y, svg: seated(x, y, 0.75 + (y - 490) / 900, colors[i], SKIN[i % SKIN.length]) });
    }
    figures.sort((p, q) => p.y - q.y).forEach((f) => parts.push(f.svg));
    parts.push(cloud(300, 160, 1, '#ffffff', 0.5), cloud(900, 200, 0.8, '#ffffff', 0.5));
    return svg(parts.join(''));
  },

  /** Et dekket langbord med mat og mennesker – måltid på sykehjem. */
  'maltid-langbord': () =>
    svg(`
    ${backdrop('g', '#f3e9dc', '#f9f4ec', '#dcc9ad', 620)}
    <rect x="120" y="120" width="240" height="260" rx="8" fill="#e7d3b8"/>
    <rect x="840" y="120" width="240" height="260" rx="8" fill="#e7d3b8"/>
    <circle cx="600" cy="210" r="70" fill="#f6dcae"/>
    ${seated(300, 500, 1, '#8aa6c1', SKIN[0], '#dcdcdc')}
    ${seated(480, 500, 1, '#c4a484', SKIN[4], '#e5e5e5')}
    ${seated(700, 500, 1, '#6d9886', SKIN[2], '#3b2d25')}
    ${seated(900, 500, 1, '#b5838d', SKIN[1], '#d9d9d9')}
    ${table(180, 500, 860, '#a8805d')}
    ${[260, 440, 660, 860].map((x) => `<ellipse cx="${x + 30}" cy="496" rx="46" ry="12" fill="#ffffff"/><ellipse cx="${x + 30}" cy="492" rx="26" ry="6" fill="#e9a96b"/>`).join('')}
    <rect x="580" y="440" width="24" height="56" rx="6" fill="#c3d7e0"/>
    <path d="M 592 440 q -14 -30 0 -50 q 14 20 0 50" fill="#8db38a"/>
    `),

  /** Fire hus knyttet sammen med linjer – et læringsnettverk. */
  'nettverk-hus': () => {
    const nodes = [
      [220, 300, '#e8b89a', '#a6655a'],
      [560, 200, '#a7c4c9', '#5c7c84'],
      [900, 320, '#e6d3a3', '#8b6f47'],
      [420, 560, '#c5d8b5', '#6f8f5f'],
      [800, 620, '#d8c3e0', '#7d6a8a'],
    ];
    const parts = [backdrop('h', '#e8eef2', '#f4f4ef', '#f4f4ef', 800)];
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        parts.push(
          `<line x1="${nodes[i][0]}" y1="${nodes[i][1] - 40}" x2="${nodes[j][0]}" y2="${nodes[j][1] - 40}" stroke="#9fb2bf" stroke-width="5" stroke-dasharray="2 14" stroke-linecap="round"/>`,
        );
      }
    }
    for (const [x, y, wall, roof] of nodes) {
      parts.push(`<circle cx="${x}" cy="${y - 40}" r="110" fill="#ffffff" opacity="0.7"/>`);
      parts.push(house(x - 60, y + 10, 120, 90, wall, roof));
    }
    return svg(parts.join(''));
  },

  /** Nordlig landskap med lyse bånd på himmelen og et lite helsehus. */
  'nordlys-helsehus': () =>
    svg(`
    ${backdrop('i', '#2f4858', '#5f7f8c', '#e9eef0', 560)}
    <path d="M 0 260 C 300 160, 600 320, 1200 180" stroke="#8fd3b6" stroke-width="46" fill="none" opacity="0.45"/>
    <path d="M 0 330 C 350 240, 700 380, 1200 260" stroke="#b4e3c9" stroke-width="28" fill="none" opacity="0.35"/>
    <path d="M 0 560 L 220 400 L 420 520 L 640 360 L 900 520 L 1080 420 L 1200 480 L 1200 560 Z" fill="#cbd8dc"/>
    ${longBuilding(420, 640, 420, 150, '#f1e6d4', '#a0685b', 1)}
    ${spruce(330, 650, 0.8, '#3f5f55')}${spruce(930, 650, 0.9, '#3f5f55')}
    ${person(760, 760, 0.8, '#d07a5f', SKIN[0], { hair: '#d9d9d9' })}
    ${person(840, 760, 0.8, '#5f7f8c', SKIN[1], { hair: '#4a3a30' })}
    `),

  /** En voksen og et barn ved et lavt bord med tegnesaker. */
  'tegning-ved-bordet': () =>
    svg(`
    ${backdrop('j', '#f6efe2', '#fbf8f1', '#e5d5bd', 600)}
    <rect x="760" y="110" width="320" height="240" rx="10" fill="#ffffff" stroke="#d9c6a5" stroke-width="6"/>
    <circle cx="860" cy="210" r="40" fill="#f2cc8f"/><rect x="930" y="200" width="100" height="90" fill="#81b29a"/>
    <polygon points="920,200 980,150 1040,200" fill="#e07a5f"/>
    ${seated(420, 520, 1.1, '#3d5a80', SKIN[2], '#2d2420')}
    ${seated(640, 520, 0.7, '#e07a5f', SKIN[4], '#a0522d')}
    ${table(300, 520, 480, '#d4b48c')}
    <rect x="480" y="500" width="120" height="18" fill="#ffffff" transform="rotate(-4 540 510)"/>
    <rect x="620" y="506" width="46" height="8" rx="4" fill="#3d5a80"/>
    <rect x="680" y="506" width="46" height="8" rx="4" fill="#e76f51"/>
    `),

  /** Tre personer står sammen – politiker, leder og tillitsvalgt. */
  'tre-parter': () =>
    svg(`
    ${backdrop('k', '#e4ebe4', '#f5f3ec', '#d5ccbb', 640)}
    <circle cx="600" cy="330" r="260" fill="#ffffff" opacity="0.55"/>
    ${person(420, 700, 1.25, '#3d5a80', SKIN[0], { hair: '#8a6a4a' })}
    ${person(600, 690, 1.3, '#6d9886', SKIN[3], { hair: '#1f1a17' })}
    ${person(780, 700, 1.25, '#c28b6f', SKIN[1], { hair: '#cfcfcf' })}
    `),

  /** En eldre person med rullator på tur i en park, sammen med en ansatt. */
  'tur-i-parken': () =>
    svg(`
    ${backdrop('l', '#d9e8e3', '#f1f2e8', '#bcd2a6', 540)}
    ${sun(1060, 140, 54, '#f3dca2')}
    ${tree(160, 560, 1.3, '#88ad84')}${tree(1020, 560, 1.1, '#9bbd8d')}${tree(880, 540, 0.8, '#7fa37a')}
    <path d="M 0 720 C 300 620, 700 640, 1200 600 L 1200 680 C 700 700, 300 700, 0 800 Z" fill="#e8dcc2"/>
    <rect x="320" y="560" width="160" height="14" rx="6" fill="#9b7b5c"/>
    <rect x="330" y="574" width="10" height="40" fill="#7a604c"/><rect x="460" y="574" width="10" height="40" fill="#7a604c"/>
    ${person(560, 690, 1, '#b5838d', SKIN[0], { hair: '#e3e3e3' })}
    <g stroke="#6b6b6b" stroke-width="7" fill="none" stroke-linecap="round">
      <path d="M 600 560 L 640 690"/><path d="M 640 560 L 680 690"/><path d="M 596 560 L 650 560"/>
    </g>
    <circle cx="640" cy="694" r="9" fill="#444"/><circle cx="680" cy="694" r="9" fill="#444"/>
    ${person(460, 690, 1.05, '#5f8f7f', SKIN[2], { hair: '#3b2d25' })}
    `),
};

fs.mkdirSync(outDir, { recursive: true });
for (const [name, render] of Object.entries(scenes)) {
  const file = path.join(outDir, `${name}.jpg`);
  await sharp(Buffer.from(render())).jpeg({ quality: 70, mozjpeg: true, chromaSubsampling: '4:2:0' }).toFile(file);
  const kb = (fs.statSync(file).size / 1024).toFixed(1);
  console.log(`${path.relative(root, file)}  ${kb} KB`);
}
