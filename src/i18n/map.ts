/** The map of Norway (NorwayMap.astro): its title, introduction, names and note. */
export const mapUi = {
  title: 'Kart over kommunene i kompetansebanken',
  intro: (drawn: string) =>
    `Kartet viser ${drawn} kommuner etter pulje, med et symbol ved administrasjonssenteret. Symbolene er lenker til kommunesidene. Listene ved siden av kartet viser de samme kommunene.`,
  svgLabel: (drawn: string) => `Kart over Norge med ${drawn} kommuner som lenker`,
  /** A symbol's name: «Verdal (Pulje 1)». */
  marker: (name: string, pool: string) => `${name} (${pool})`,
  /** A pool's heading in the list: «Pulje 1 (12)». */
  pool: (pool: string, count: string) => `${pool} (${count})`,
  notDrawn: ' (ikke i kartet)',
  missing: {
    one: 'Én kommune',
    many: (count: string) => `${count} kommuner`,
    /** «Én kommune mangler posisjon og er bare med i listen: Tana.» */
    sentence: (who: string, names: string) => `${who} mangler posisjon og er bare med i listen: ${names}.`,
  },
  note: 'Symbolene står ved administrasjonssenteret; noen kommuner ligger så nær hverandre at symbolene overlapper. Fastlands-Norge uten Svalbard og Jan Mayen. Kartgrunnlag: Natural Earth (1:50 mill.), via world-atlas.',
} as const;
