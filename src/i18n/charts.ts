/** Charts and tables of figures (LineChart, YearTable): legends, column headings and marks. */
export const charts = {
  /** A figure that is missing. */
  missing: '–',
  legend: { limits: 'Kontrollgrenser', signal: 'Signal' },
  /** The disclosure with the chart's numbers. */
  data: 'Tallene i diagrammet',
  columns: { period: 'Periode', lower: 'Nedre grense', upper: 'Øvre grense' },
  /** After a figure that is a signal in the table. */
  signalMark: ' (signal)',
  /** The centre line in the legend: «Gjennomsnitt (vektet) (9,8 %)». */
  centre: (label: string, value: string) => `${label} (${value})`,
  yearTable: {
    municipalities: 'Kommuner',
    /** After a yearly figure when not every municipality has every quarter. */
    incomplete: ' *',
  },
} as const;
