/**
 * Vocabulary and sentence templates for synthetic projects: plausible Norwegian bokmål about the
 * programme's work (nærvær, sykefravær, trepartssamarbeid, brukerundersøkelser, turnus, heltid,
 * SPC, ledelse ...) in pleie og omsorg and oppvekst, with inflected forms of the service units
 * (sykehjem/sykehjemmet/sykehjemmene, barnehage/barnehagen/barnehagene ...).
 *
 * Every template is a function of a project context, so the grammar (prepositions, definite
 * and plural forms, who the users are) follows the unit the project is about. The text is
 * invented and always marked `eksempeldata: true` by the generator.
 */
import type { FocusArea, Sector } from '../../src/lib/schemas/vocabulary';
import type { Rng } from './prng';

/** A service unit with the forms the templates need. */
export interface Unit {
  key: string;
  sector: Sector;
  /** Indefinite singular, e.g. "sykehjem". */
  sg: string;
  /** Definite singular, e.g. "sykehjemmet". */
  def: string;
  /** Definite plural, e.g. "sykehjemmene". */
  defPl: string;
  /** Preposition of place: "på sykehjemmet", "i barnehagen". */
  prep: 'i' | 'på';
  /** The people the unit serves, definite plural: "beboerne", "barna". */
  users: string;
  /** One of them, indefinite: "beboer", "barn". */
  user: string;
  /** Their relatives: "pårørende", "foreldrene". */
  relatives: string;
  /** Staff groups, definite plural. */
  staff: readonly string[];
  /** Its leader, definite: "avdelingslederen", "styreren". */
  leader: string;
  /** A named unit, e.g. "Solbakken sykehjem", "hjemmetjenesten i sone nord". */
  named: (r: Rng) => string;
}

/** Place-like first names of institutions, invented but typical. */
const PLACE_NAMES = [
  'Solbakken',
  'Granly',
  'Furulund',
  'Bjørkly',
  'Lia',
  'Haugen',
  'Sentrum',
  'Nordbyen',
  'Sjøsiden',
  'Fjellheim',
  'Eikeli',
  'Rosenhagen',
  'Kirkebakken',
  'Åsen',
  'Myra',
  'Holmen',
  'Vestre',
  'Østre',
  'Skogly',
  'Fagerli',
  'Lundeby',
  'Tunet',
  'Bakkehaugen',
  'Engen',
  'Sagatun',
  'Strand',
  'Heia',
  'Bruvoll',
  'Moen',
  'Nesset',
  'Vika',
  'Bråten',
  'Lyngstad',
  'Sørli',
  'Liabakken',
  'Kløverenga',
  'Tyttebærhaugen',
  'Blåbærlia',
  'Furuheim',
  'Hovsletta',
  'Elvebakken',
  'Nordlys',
  'Solsiden',
  'Fossen',
  'Torvet',
  'Breidablikk',
  'Sletta',
  'Volden',
  'Haukåsen',
  'Kvernhuset',
  'Høgtun',
  'Storheia',
  'Smedstua',
  'Grønnåsen',
  'Bakken',
  'Stranden',
  'Linnerud',
  'Melhus',
  'Dalen',
  'Rognstad',
] as const;

const DISTRICTS = [
  'sone nord',
  'sone sør',
  'sone øst',
  'sone vest',
  'sentrum',
  'distriktet',
  'bydel nord',
  'bydel sør',
  'indre del av kommunen',
  'ytre del av kommunen',
] as const;

const PO_STAFF = ['sykepleierne', 'hjelpepleierne', 'helsefagarbeiderne', 'assistentene', 'omsorgsarbeiderne'] as const;

export const UNITS: readonly Unit[] = [
  {
    key: 'sykehjem',
    sector: 'pleie-og-omsorg',
    sg: 'sykehjem',
    def: 'sykehjemmet',
    defPl: 'sykehjemmene',
    prep: 'på',
    users: 'beboerne',
    user: 'beboer',
    relatives: 'pårørende',
    staff: PO_STAFF,
    leader: 'avdelingslederen',
    named: (r) => `${r.pick(PLACE_NAMES)} sykehjem`,
  },
  {
    key: 'hjemmetjeneste',
    sector: 'pleie-og-omsorg',
    sg: 'hjemmetjeneste',
    def: 'hjemmetjenesten',
    defPl: 'hjemmetjenestene',
    prep: 'i',
    users: 'brukerne',
    user: 'bruker',
    relatives: 'pårørende',
    staff: PO_STAFF,
    leader: 'enhetslederen',
    named: (r) => `hjemmetjenesten i ${r.pick(DISTRICTS)}`,
  },
  {
    key: 'bofellesskap',
    sector: 'pleie-og-omsorg',
    sg: 'bofellesskap',
    def: 'bofellesskapet',
    defPl: 'bofellesskapene',
    prep: 'i',
    users: 'beboerne',
    user: 'beboer',
    relatives: 'pårørende',
    staff: ['vernepleierne', 'miljøarbeiderne', 'assistentene', 'helsefagarbeiderne'],
    leader: 'fagansvarlig',
    named: (r) => `${r.pick(PLACE_NAMES)} bofellesskap`,
  },
  {
    key: 'korttidsavdeling',
    sector: 'pleie-og-omsorg',
    sg: 'korttidsavdeling',
    def: 'korttidsavdelingen',
    defPl: 'korttidsavdelingene',
    prep: 'på',
    users: 'pasientene',
    user: 'pasient',
    relatives: 'pårørende',
    staff: PO_STAFF,
    leader: 'avdelingssykepleieren',
    named: (r) => `korttidsavdelingen på ${r.pick(PLACE_NAMES)} sykehjem`,
  },
  {
    key: 'demensavdeling',
    sector: 'pleie-og-omsorg',
    sg: 'demensavdeling',
    def: 'demensavdelingen',
    defPl: 'demensavdelingene',
    prep: 'på',
    users: 'beboerne',
    user: 'beboer',
    relatives: 'pårørende',
    staff: PO_STAFF,
    leader: 'avdelingslederen',
    named: (r) => `den skjermede enheten på ${r.pick(PLACE_NAMES)} sykehjem`,
  },
  {
    key: 'helsehus',
    sector: 'pleie-og-omsorg',
    sg: 'helsehus',
    def: 'helsehuset',
    defPl: 'helsehusene',
    prep: 'på',
    users: 'pasientene',
    user: 'pasient',
    relatives: 'pårørende',
    staff: PO_STAFF,
    leader: 'enhetslederen',
    named: (r) => `${r.pick(PLACE_NAMES)} helsehus`,
  },
  {
    key: 'barnehage',
    sector: 'oppvekst',
    sg: 'barnehage',
    def: 'barnehagen',
    defPl: 'barnehagene',
    prep: 'i',
    users: 'barna',
    user: 'barn',
    relatives: 'foreldrene',
    staff: ['de pedagogiske lederne', 'barnehagelærerne', 'fagarbeiderne', 'assistentene'],
    leader: 'styreren',
    named: (r) => `${r.pick(PLACE_NAMES)} barnehage`,
  },
  {
    key: 'skole',
    sector: 'oppvekst',
    sg: 'skole',
    def: 'skolen',
    defPl: 'skolene',
    prep: 'på',
    users: 'elevene',
    user: 'elev',
    relatives: 'foreldrene',
    staff: ['lærerne', 'kontaktlærerne', 'assistentene', 'miljøarbeiderne'],
    leader: 'rektor',
    named: (r) => `${r.pick(PLACE_NAMES)} skole`,
  },
  {
    key: 'ungdomsskole',
    sector: 'oppvekst',
    sg: 'ungdomsskole',
    def: 'ungdomsskolen',
    defPl: 'ungdomsskolene',
    prep: 'på',
    users: 'elevene',
    user: 'elev',
    relatives: 'foreldrene',
    staff: ['lærerne', 'kontaktlærerne', 'rådgiverne', 'miljøarbeiderne'],
    leader: 'rektor',
    named: (r) => `${r.pick(PLACE_NAMES)} ungdomsskole`,
  },
  {
    key: 'sfo',
    sector: 'oppvekst',
    sg: 'SFO',
    def: 'SFO',
    defPl: 'SFO-ene',
    prep: 'i',
    users: 'barna',
    user: 'barn',
    relatives: 'foreldrene',
    staff: ['SFO-lederne', 'fagarbeiderne', 'assistentene'],
    leader: 'SFO-lederen',
    named: (r) => `SFO på ${r.pick(PLACE_NAMES)} skole`,
  },
];

/** Everything a template may refer to. */
export interface Ctx {
  r: Rng;
  /** Municipality name(s): "Lillehammer", "Skien og Porsgrunn". */
  k: string;
  /** The first municipality's name. */
  k1: string;
  /** Name of another municipality in the programme, for network references. */
  other: string;
  /** "kommunen" or "kommunene". */
  kommunen: string;
  /** How the first municipality joined: "i pulje 2 høsten 2007", "som innsatskommune i 2007". */
  joined: string;
  u: Unit;
  /** A second unit (the other sector's when the project has both). */
  u2: Unit;
  /** A named unit, e.g. "Solbakken sykehjem". */
  place: string;
  sectors: Sector[];
  /** "pleie og omsorg", "oppvekst" or "pleie og omsorg og oppvekst". */
  sectorText: string;
  focus: FocusArea[];
  status: 'planlagt' | 'pågår' | 'avsluttet';
  startYear: number;
  /** "våren 2008", "høsten 2009". */
  startSeason: string;
  endSeason: string;
  /** Sick leave before, goal and (for finished and running projects) result, in per cent. */
  base: number;
  goal: number;
  result: number;
  /** Titles of the tools the project uses (may be empty). */
  tools: string[];
}

/** A sentence template; `when` limits it to projects it fits (a sector or kind of unit). */
type T = ((c: Ctx) => string) & { when?: (c: Ctx) => boolean };

/** Restricts a template to projects whose main unit is one of `keys` (or a sector). */
function only(keys: readonly string[], t: (c: Ctx) => string): T {
  return Object.assign(t, {
    when: (c: Ctx) => keys.includes(c.u.key) || keys.includes(c.u.sector),
  });
}
const fits = (c: Ctx) => (t: T) => !t.when || t.when(c);
const PO_KEYS = ['pleie-og-omsorg'] as const;
const SCHOOL = ['skole', 'ungdomsskole'] as const;
const INSTITUTION = ['sykehjem', 'bofellesskap', 'korttidsavdeling', 'demensavdeling', 'helsehus'] as const;

export const pct = (n: number) => `${n.toFixed(1).replace('.', ',')} %`;
export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const po = (c: Ctx) => c.u.sector === 'pleie-og-omsorg';
const staff = (c: Ctx) => c.r.pick(c.u.staff);
const loc = (c: Ctx) => `${c.u.prep} ${c.u.def}`;
const locPl = (c: Ctx) => `${c.u.prep} ${c.u.defPl}`;
const tool = (c: Ctx) => (c.tools.length ? c.r.pick(c.tools) : 'prosjekt som arbeidsmetode');
const MONTHS = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'august', 'september', 'oktober', 'november'];
const NUMBERS = ['to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte'];
const council = (c: Ctx) =>
  c.r.pick([
    'kommunestyret',
    'formannskapet',
    po(c) ? 'hovedutvalget for helse og omsorg' : 'hovedutvalget for oppvekst',
  ]);
const unions = (c: Ctx) =>
  po(c)
    ? 'Fagforbundet og Norsk Sykepleierforbund'
    : c.r.pick(['Utdanningsforbundet og Fagforbundet', 'Utdanningsforbundet, Fagforbundet og Delta']);

// ---------------------------------------------------------------------------------------------
// Bakgrunn
// ---------------------------------------------------------------------------------------------

const BACKGROUND: T[] = [
  (c) =>
    `${c.k1} kom med i Kvalitetskommuneprogrammet ${c.joined}, og ${c.kommunen} valgte å legge hovedvekten på ${c.sectorText}.`,
  (c) =>
    `Utgangspunktet var en kartlegging ${locPl(c)} ${c.startSeason}, der ledere, tillitsvalgte og verneombud gikk gjennom fravær, turnus og resultater fra brukerundersøkelsen.`,
  (c) =>
    `Sykefraværet ${locPl(c)} hadde over flere år ligget på rundt ${pct(c.base)}, og variasjonen mellom enhetene var stor.`,
  (c) =>
    `Rådmannen og de tillitsvalgte ble tidlig enige om at prosjektet skulle eies av ${c.u.def} selv og ikke av administrasjonen.`,
  (c) =>
    `Ideen til prosjektet kom fra et dialogseminar der ansatte, ledere og politikere diskuterte hva god kvalitet betyr for ${c.u.users}.`,
  (c) =>
    `Flere av enhetene hadde allerede erfaring med ${tool(c)} fra tidligere utviklingsarbeid, og det var naturlig å bygge videre på det.`,
  (c) =>
    `${cap(council(c))} vedtok ${c.startSeason} at ${c.sectorText} skulle være satsingsområdet i programmet, og satte av midler til en prosjektleder i ${c.r.pick(['halv', 'hel', '60 prosent'])} stilling.`,
  (c) =>
    `Før prosjektet startet, hadde ${c.u.defPl} ${c.r.pick(['få', 'ingen', 'svært ulike'])} felles rutiner for oppfølging av sykmeldte, og mye var avhengig av den enkelte leder.`,
  (c) =>
    `Medarbeiderundersøkelsen fra ${c.startYear - 1} viste at de ansatte var fornøyd med kollegene, men savnet tydeligere ledelse og bedre informasjon.`,
  (c) =>
    `${cap(c.u.defPl)} i ${c.k1} ${c.r.pick(['varierer mye i størrelse', 'ligger spredt', 'har mange deltidsansatte'])}, og mange ansatte arbeider alene store deler av dagen.`,
  () =>
    `Prosjektet er forankret i IA-avtalen og i kommunens arbeidsgiverpolitikk, som begge legger vekt på nærvær, medvirkning og et inkluderende arbeidsliv.`,
  () =>
    `Arbeidet bygger på programmets tanke om at nærvær, kvalitet og trepartssamarbeid henger sammen: Der de ansatte er til stede, får brukerne bedre tjenester.`,
  (c) =>
    `I ${c.k1} hadde ${c.u.def} ${c.r.pick(['i lang tid', 'i flere år', 'lenge'])} hatt høyere fravær enn resten av kommunen, og det gikk ut over kontinuiteten for ${c.u.users}.`,
  () =>
    `Kommunen hadde tidligere prøvd enkelttiltak mot sykefraværet, men uten en felles plan og uten å måle effekten.`,
];

const BACKGROUND_PO: T[] = [
  (c) =>
    `${cap(c.u.defPl)} hadde høyt korttidsfravær, særlig i helgene, og mange vakter ble dekket med overtid og ekstravakter.`,
  (c) =>
    `Mange av ${staff(c)} arbeidet i små deltidsstillinger, og ${c.u.users} kunne møte opptil ${c.r.int(10, 20)} ulike ansatte i løpet av en uke.`,
  () => `Andelen ansatte over 55 år var høy, og flere hadde slitasjeskader etter mange år med tunge løft.`,
  (c) => `Pårørende hadde i flere år etterlyst bedre informasjon og mer forutsigbarhet ${loc(c)}.`,
  () => `Turnusen var bygd rundt korte vakter, og mange ansatte opplevde at de ikke rakk å gjøre jobben skikkelig.`,
  () =>
    `Behovet for tjenester økte raskt fordi det ble flere eldre og flere brukere med sammensatte behov, mens antallet fagutdannede søkere gikk ned.`,
];

const BACKGROUND_OPPVEKST: T[] = [
  (c) =>
    `${cap(c.u.defPl)} hadde høyt fravær blant ${staff(c)}, og vikarbruken gikk ut over kontinuiteten for ${c.u.users}.`,
  (c) =>
    `Foreldreundersøkelsen viste at foreldrene var godt fornøyd med ${c.u.def}, men ønsket mer informasjon og større innflytelse.`,
  () =>
    `Utbyggingen i oppvekstsektoren de siste årene hadde gitt mange nyansatte og et stort behov for felles kultur og rutiner.`,
  (c) =>
    `Resultatene fra ${c.r.pick(SCHOOL.includes(c.u.key as never) ? ['Skoleporten', 'elevundersøkelsen', 'foreldreundersøkelsen'] : ['foreldreundersøkelsen', 'brukerundersøkelsen'])} ble brukt for å se hvor innsatsen burde settes inn.`,
  only(
    ['barnehage'],
    () =>
      `Barnehageutbyggingen hadde gitt full barnehagedekning, men også mange ufaglærte assistenter og en stor andel nye ledere.`,
  ),
  (c) =>
    `Mange av ${staff(c)} opplevde at hverdagen var preget av uro og avbrytelser, og at det var lite tid til planlegging.`,
];

const BACKGROUND_FOCUS: Record<FocusArea, T[]> = {
  nærvær: [
    () =>
      `Målet var ikke bare å få ned sykefraværet, men å forstå hva som gjør at folk kommer på jobb, også når de har en tung dag.`,
    () =>
      `En gjennomgang av fraværsstatistikken viste at det legemeldte langtidsfraværet sto for det meste av fraværet, mens korttidsfraværet var høyest i helgene.`,
    (c) =>
      `Sykefraværet ${loc(c)} var ${pct(c.base)} i ${c.startYear - 1}, og ledelsen satte seg som mål å få det ned til ${pct(c.goal)}.`,
    () =>
      `Samarbeidet med NAV Arbeidslivssenter og bedriftshelsetjenesten var lite systematisk, og mange sykmeldte fikk ikke tilbud om tilrettelegging tidlig nok.`,
  ],
  kvalitet: [
    (c) =>
      `Brukerundersøkelsen på bedrekommune.no viste at ${c.u.users} var fornøyd med de ansatte, men mindre fornøyd med informasjon og medvirkning.`,
    (c) =>
      `Det fantes få felles beskrivelser av hva god kvalitet er ${loc(c)}, og hver avdeling hadde sine egne rutiner.`,
    (c) =>
      `Kommunen ønsket å måle kvaliteten systematisk, med indikatorer fra KOSTRA og ${po(c) ? 'IPLOS' : 'Skoleporten'} som supplement til egne undersøkelser.`,
  ],
  trepartssamarbeid: [
    () =>
      `Samarbeidet mellom politikere, administrasjon og tillitsvalgte hadde vært preget av budsjettkutt og omstillinger, og tilliten mellom partene var lav.`,
    () =>
      `De tre partene ble enige om å bruke programmet til å finne en ny måte å samarbeide på, med felles mål og felles ansvar.`,
    (c) => `Hovedtillitsvalgte fra ${unions(c)} var med i prosjektgruppen fra første møte.`,
  ],
  brukermedvirkning: [
    (c) =>
      `${cap(c.u.users)} og ${c.u.relatives === c.u.users ? 'de pårørende' : c.u.relatives} hadde få faste arenaer for å si sin mening om tjenestene.`,
    (c) =>
      `Prosjektet startet med et enkelt spørsmål: Hva er viktig for deg? Spørsmålet ble stilt til ${c.u.users} og ${c.u.relatives} i samtaler og møter.`,
    (c) =>
      `${po(c) ? 'Eldrerådet' : 'Foreldrerådet'} hadde i flere år etterlyst større innflytelse på hverdagen ${loc(c)}.`,
  ],
  omdømme: [
    (c) =>
      `Rekrutteringen var krevende: Utlysninger fikk få søkere, og mange unge valgte bort ${po(c) ? 'helse- og omsorgsfagene' : 'barnehage- og læreryrket'}.`,
    (c) =>
      `Lokalavisen skrev mest om ${c.u.def} når noe gikk galt, og de ansatte opplevde at det gode arbeidet de gjorde, ble lite synlig.`,
    (c) =>
      `De ansatte var stolte av jobben sin, men kjente seg ikke igjen i bildet av ${c.u.defPl} som ble gitt i offentligheten.`,
  ],
  ledelse: [
    (c) =>
      `Mange ledere hadde ansvar for over ${c.r.pick(['30', '40', '50'])} ansatte og lite tid til å følge opp den enkelte.`,
    () => `Flere ledere var nye i jobben og hadde liten erfaring med personalansvar og oppfølging av sykmeldte.`,
    () =>
      `Ledergruppen ønsket en felles plattform for ledelse, der nærvær, dialog og tydelige forventninger sto sentralt.`,
  ],
  arbeidsmiljø: [
    () =>
      `Medarbeiderundersøkelsen viste lav skår på spørsmål om arbeidsbelastning, informasjon og muligheten til å påvirke egen arbeidsdag.`,
    (c) =>
      `Den ufrivillige deltiden var høy: Nesten ${c.r.pick(['halvparten', 'en tredel', 'fire av ti'])} av de ansatte arbeidet i stillinger under 50 prosent.`,
    only(
      PO_KEYS,
      () => `Turnusordningen ga mange helgevakter og korte hvileperioder mellom vaktene, noe som slet på de ansatte.`,
    ),
    only(
      ['oppvekst'],
      (c) =>
        `Planleggingstiden ble ofte spist opp av vikarbehov, og ${staff(c)} opplevde at de sjelden fikk gjort ferdig det de hadde planlagt.`,
    ),
    () => `Verneombudene meldte om høyt støynivå, trange lokaler og mange tunge løft.`,
  ],
  kompetanse: [
    (c) => `Andelen ufaglærte ${locPl(c)} var høy, og mange ansatte ønsket mer fagkunnskap.`,
    () => `En kompetansekartlegging viste store forskjeller mellom enhetene, både i formell utdanning og i erfaring.`,
    () => `Kommunen manglet en samlet plan for kompetanseutvikling, og opplæringen var ofte tilfeldig.`,
  ],
};

// ---------------------------------------------------------------------------------------------
// Gjennomføring
// ---------------------------------------------------------------------------------------------

const WORK: T[] = [
  () =>
    `Prosjektet ble organisert med en styringsgruppe der rådmannen, hovedtillitsvalgte og hovedverneombudet satt, og en arbeidsgruppe for hver enhet.`,
  () =>
    `Prosjektlederen begynte med en runde på alle enhetene for å lytte til hva de ansatte mente var viktigst å ta tak i.`,
  (c) =>
    `Hver enhet laget sin egen tiltaksplan med ${c.r.pick(['to', 'tre', 'to til tre'])} konkrete tiltak, og planene ble fulgt opp i personalmøtene.`,
  (c) => `${cap(c.place)} var pilot, og erfaringene derfra ble senere tatt i bruk i resten av ${c.sectorText}.`,
  (c) =>
    `Fraværet ble fulgt med SPC-diagrammer som ble hengt opp på ${po(c) ? 'vaktrommet' : 'personalrommet'} og gjennomgått hver måned.`,
  () => `Alle ansatte ble invitert til medarbeidersamtale, der nærvær, trivsel og kompetanse var faste temaer.`,
  (c) => `Prosjektet brukte ${tool(c)} som arbeidsmetode, og ledere og tillitsvalgte fikk felles opplæring.`,
  (c) =>
    `I ${c.r.pick(MONTHS)} ${c.startYear} ble det holdt et dialogseminar for ${c.place}, der ansatte, ledere og politikere møttes til samtale om kvalitet.`,
  () =>
    `Tillitsvalgte og verneombud deltok i alle arbeidsgrupper, og saker fra prosjektet ble tatt opp i arbeidsmiljøutvalget.`,
  (c) =>
    `Læringsnettverket i programmet ga mange ideer, og ${c.k1} hentet blant annet inspirasjon fra arbeidet i ${c.other}.`,
  () =>
    `Underveis ble tiltakene justert etter tilbakemeldinger fra de ansatte, og noen tiltak ble avsluttet fordi de ikke virket.`,
  () => `Prosjektgruppen møttes hver fjortende dag i oppstartsfasen og deretter én gang i måneden.`,
  (c) =>
    `Resultatene ble lagt fram for ${council(c)} ${c.r.pick(['to ganger i året', 'hvert halvår', 'en gang i kvartalet'])}.`,
  (c) =>
    `Etter en oppstartssamling for alle ansatte ${loc(c)} ble det satt ned ${c.r.pick(NUMBERS)} arbeidsgrupper med ansvar for hvert sitt tema.`,
  (c) =>
    `${cap(c.u.leader)} og verneombudet gikk sammen gjennom resultatene fra medarbeiderundersøkelsen og valgte ut de viktigste forbedringsområdene.`,
];

const WORK_PO: T[] = [
  () =>
    `Turnusen ble lagt om med lengre vakter i helgene, slik at flere kunne få større stillinger og færre helger på jobb.`,
  (c) =>
    `${cap(c.u.def)} innførte faste primærkontakter, slik at hver ${c.u.user} fikk én ansatt med hovedansvar for oppfølgingen.`,
  () =>
    `Det ble innført ukentlige fagmøter der sykepleierne og helsefagarbeiderne gikk gjennom pasientsituasjoner sammen.`,
  () => `Hjelpemidler for forflytning ble kjøpt inn, og fysioterapeuten holdt kurs i riktige løfteteknikker.`,
  only(
    ['hjemmetjeneste'],
    () =>
      `Arbeidslister og kjøreruter i hjemmetjenesten ble gjennomgått for å gi mer tid hos hver bruker og mindre tid i bilen.`,
  ),
  only(
    INSTITUTION,
    (c) => `Måltidene ${loc(c)} ble lagt om, slik at de ansatte spiser sammen med ${c.u.users} og har bedre tid.`,
  ),
];

const WORK_OPPVEKST: T[] = [
  (c) => `${cap(c.u.defPl)} innførte felles rutiner for vikarer og faste møter for planlegging.`,
  only(
    ['barnehage', 'skole', 'sfo'],
    () => `De ansatte fikk veiledning fra PP-tjenesten i hvordan de kan møte barn som trenger ekstra oppfølging.`,
  ),
  () => `Foreldremøtene ble lagt om, slik at foreldrene fikk diskutere i grupper i stedet for bare å lytte.`,
  only(['skole', 'sfo'], () => `Skolen og SFO laget en felles plan for overgangen mellom skoledagen og fritiden.`),
  only(SCHOOL, (c) => `${cap(staff(c))} fikk kurs i klasseledelse og relasjonsbygging, med oppfølging i team.`),
  only(
    ['barnehage', 'skole'],
    () => `Barnehagene og skolene laget en felles plan for overgangen fra barnehage til skole.`,
  ),
];

const WORK_FOCUS: Record<FocusArea, T[]> = {
  nærvær: [
    () =>
      `Hver sykmeldt ble kontaktet av nærmeste leder innen fire dager, og det ble laget en oppfølgingsplan sammen med den ansatte.`,
    () =>
      `Enhetene valgte nærværsambassadører blant de ansatte, som sammen med lederen og verneombudet holdt arbeidet levende.`,
    () => `Gjentatt korttidsfravær ble fulgt opp med samtaler om hva som kunne gjøre det lettere å komme på jobb.`,
    () =>
      `Sykefraværet ble målt hver måned og vist som kontrolldiagram, slik at de ansatte selv kunne se om endringene var tilfeldige eller ikke.`,
  ],
  kvalitet: [
    () => `Brukerundersøkelsen ble gjennomført på nytt etter et år, og resultatene ble gjennomgått på hver enhet.`,
    (c) =>
      `Hver enhet beskrev hva god kvalitet betyr for ${c.u.users}, og beskrivelsene ble samlet i en felles kvalitetsstandard.`,
    () => `Avvik og klager ble registrert systematisk og brukt til forbedring i stedet for å bli lagt i en skuff.`,
  ],
  trepartssamarbeid: [
    () => `Partene laget en felles samarbeidsavtale med klare roller for politikere, administrasjon og tillitsvalgte.`,
    (c) => `Politikerne hospiterte ${locPl(c)} og fikk en dag i arbeid sammen med de ansatte.`,
    () => `Dialogseminaret ble gjentatt hvert halvår, med alle tre parter til stede.`,
  ],
  brukermedvirkning: [
    (c) =>
      `${cap(c.u.users)} ble invitert til samtalegrupper der de kunne fortelle hva som fungerte og hva som burde endres.`,
    (c) => `Det ble opprettet et brukerråd med representanter for ${c.u.users} og ${c.u.relatives}.`,
    (c) => `Individuelle planer ble laget sammen med ${c.u.users}, ikke bare for dem.`,
  ],
  omdømme: [
    (c) =>
      `${cap(c.u.def)} laget en egen rekrutteringsbrosjyre og tok imot elever fra videregående skole på utplassering.`,
    () =>
      `Gode historier fra hverdagen ble samlet og fortalt i lokalavisen, på kommunens nettsider og i kommunestyret.`,
    () => `De ansatte deltok på yrkesmesser og fortalte ungdom hvorfor de trives i jobben.`,
  ],
  ledelse: [
    () =>
      `Lederne gikk gjennom et lederutviklingsprogram med fire samlinger, veiledning i grupper og oppgaver mellom samlingene.`,
    () => `Lederne fikk opplæring i LØFT og i samtaler med sykmeldte, og de øvde på vanskelige samtaler i små grupper.`,
    () => `Hver leder fikk en kollegaveileder blant de andre lederne.`,
    () =>
      `Lederne brukte mer tid ute i avdelingene og mindre tid på kontoret, blant annet med faste tider for å være synlige i arbeidet.`,
  ],
  arbeidsmiljø: [
    () =>
      `Hver avdeling valgte selv ett forbedringsområde fra medarbeiderundersøkelsen og laget en enkel handlingsplan.`,
    only(
      PO_KEYS,
      () => `Heltidsprosjektet tilbød ansatte i små stillinger å øke stillingsprosenten gjennom en ressursbank.`,
    ),
    () =>
      `Det ble innført faste pauser og fellesmøter, og de ansatte fikk opplæring i å gi og ta imot tilbakemeldinger.`,
    only(
      PO_KEYS,
      (c) =>
        `En turnusgruppe med ansatte, tillitsvalgte og ledere laget et nytt turnusforslag som ble prøvd ut i ${c.r.pick(['seks', 'ni', 'tolv'])} måneder.`,
    ),
    only(
      ['oppvekst'],
      (c) =>
        `Arbeidsplanene ${locPl(c)} ble lagt om, slik at alle fikk fast tid til planlegging og samarbeid hver uke.`,
    ),
  ],
  kompetanse: [
    (c) =>
      `Til sammen ${c.r.int(5, 25)} ${c.r.pick(['assistenter', 'ufaglærte ansatte'])} tok fagbrev gjennom et opplegg med undervisning på arbeidsplassen.`,
    (c) =>
      `Det ble laget en kompetanseplan for hver enhet, med opplæring i ${po(c) ? 'demens, legemiddelhåndtering og ernæring' : c.u.key === 'barnehage' ? 'språkutvikling, lek og foreldresamarbeid' : 'klasseledelse, lesing og foreldresamarbeid'}.`,
    () => `Erfarne ansatte ble faddere for nyansatte det første halve året.`,
  ],
};

// ---------------------------------------------------------------------------------------------
// Erfaringer
// ---------------------------------------------------------------------------------------------

const RESULTS: T[] = [
  () => `Det viktigste resultatet er kanskje at de ansatte nå snakker om nærvær og kvalitet på en annen måte enn før.`,
  () =>
    `Prosjektgruppen peker på at god forankring hos ledere og tillitsvalgte var avgjørende for at tiltakene ble fulgt opp.`,
  (c) =>
    `Ikke alt har fungert: ${cap(c.r.pick(['de ukentlige refleksjonsmøtene', 'den elektroniske fraværsrapporten', 'det felles opplæringsprogrammet', 'rotasjonsordningen mellom avdelingene']))} ble for tidkrevende og ble lagt ned etter et halvt år.`,
  (c) =>
    `${cap(c.u.users)} merker forskjellen: Brukerundersøkelsen viser framgang på spørsmålene om ${c.r.pick(['informasjon', 'respekt', 'medvirkning', 'tilgjengelighet', 'trivsel'])}.`,
  () => `Erfaringene er delt i læringsnettverket, og flere kommuner har tatt i bruk deler av opplegget.`,
  () =>
    `Lederne sier at arbeidet med nærvær har gitt dem bedre verktøy for å følge opp ansatte, også når ingen er sykmeldt.`,
  () =>
    `En viktig lærdom er at små, konkrete tiltak som de ansatte velger selv, ofte har større effekt enn store planer.`,
  () =>
    `Prosjektet har gitt et felles språk for forbedringsarbeid, og SPC-diagrammene brukes nå også for andre indikatorer.`,
  () => `Det har vært krevende å holde trykket oppe i perioder med omstilling og nedbemanning.`,
  () => `Resultatene er lagt fram på en nettverkssamling og omtalt i månedsnytt fra programmet.`,
  (c) =>
    `${cap(c.u.leader)} forteller at personalmøtene har endret seg: Nå handler de mer om hvordan vi jobber, og mindre om praktiske beskjeder.`,
];

const RESULTS_FOCUS: Record<FocusArea, T[]> = {
  nærvær: [
    () =>
      `Nærværsambassadørene har gitt arbeidet forankring blant de ansatte, og flere enheter melder om lavere korttidsfravær.`,
    () => `Den tidlige kontakten med sykmeldte har gjort det lettere å finne løsninger med tilrettelagt arbeid.`,
  ],
  kvalitet: [
    () => `Kvalitetsstandarden brukes nå i opplæringen av nyansatte og gjør tjenestene mer like fra enhet til enhet.`,
  ],
  trepartssamarbeid: [
    () => `Samarbeidet mellom partene er blitt mer tillitsfullt, og vanskelige saker tas opp tidligere enn før.`,
  ],
  brukermedvirkning: [
    (c) =>
      `Flere forslag fra ${c.u.users} er tatt i bruk, blant annet ${po(c) ? c.r.pick(['friere måltidstider', 'faste turdager', 'en ny ordning for besøk']) : c.r.pick(SCHOOL.includes(c.u.key as never) ? ['et nytt uteområde', 'et elevråd med eget budsjett', 'faste elevsamtaler'] : ['et nytt uteområde', 'faste foreldresamtaler', 'mer tid ute'])}.`,
  ],
  omdømme: [
    () => `Antallet søkere til ledige stillinger har økt, og flere lærlinger vil bli i kommunen etter fagbrevet.`,
  ],
  ledelse: [
    () => `Lederne opplever at de har fått bedre verktøy for å følge opp de ansatte, og de bruker hverandre mer.`,
  ],
  arbeidsmiljø: [
    only(PO_KEYS, () => `Den nye turnusen har gitt færre helgevakter og flere ansatte i større stillinger.`),
    () => `Medarbeiderundersøkelsen viser framgang på spørsmålene om arbeidsmiljø og informasjon.`,
  ],
  kompetanse: [() => `Flere ansatte har tatt fagbrev eller videreutdanning, og andelen ufaglærte har gått ned.`],
};

function sickLeaveResult(c: Ctx): string {
  if (c.result < c.base - 0.2) {
    return `Sykefraværet ${locPl(c)} gikk ned fra ${pct(c.base)} til ${pct(c.result)} i prosjektperioden, men nedgangen var ikke lik på alle enheter.`;
  }
  return `Sykefraværet har holdt seg rundt ${pct(c.result)}, og prosjektet har ennå ikke gitt den nedgangen man håpet på.`;
}

function closing(c: Ctx): string {
  if (c.status === 'avsluttet')
    return `Prosjektet ble avsluttet ${c.endSeason}, og tiltakene er videreført i den ordinære driften.`;
  if (c.status === 'pågår') return `Prosjektet pågår fortsatt, og neste steg er å spre erfaringene til flere enheter.`;
  return `Prosjektet starter ${c.startSeason}. Forventningene er store, og flere enheter har allerede meldt seg som piloter.`;
}

// ---------------------------------------------------------------------------------------------
// Titles, summaries and measures
// ---------------------------------------------------------------------------------------------

const TITLES: Record<FocusArea, T[]> = {
  nærvær: [
    (c) => `Nærvær ${locPl(c)}`,
    (c) => `Økt nærvær ${loc(c)}`,
    () => `Sammen om nærvær`,
    (c) => `Ned med fraværet ${loc(c)}`,
    (c) => `Nærvær gir kvalitet ${loc(c)}`,
    () => `Frisk på jobb`,
  ],
  kvalitet: [
    (c) => `Kvalitet ${loc(c)}`,
    (c) => `Brukeropplevd kvalitet ${locPl(c)}`,
    () => `Fra brukerundersøkelse til forbedring`,
    (c) => `Bedre tjenester for ${c.u.users}`,
  ],
  trepartssamarbeid: [
    () => `Tre parter – ett mål`,
    (c) => `Trepartssamarbeid om ${c.sectorText}`,
    () => `Dialog mellom politikere, ledere og tillitsvalgte`,
  ],
  brukermedvirkning: [
    (c) => `Brukermedvirkning ${locPl(c)}`,
    (c) => `${cap(c.u.users)}s stemme ${loc(c)}`,
    () => `Hva er viktig for deg?`,
  ],
  omdømme: [
    (c) => `Stolt av ${c.u.def}`,
    (c) => `Bedre omdømme for ${c.u.defPl}`,
    () => `Gode historier fra hverdagen`,
  ],
  ledelse: [
    (c) => `Lederutvikling ${locPl(c)}`,
    () => `Nærværende ledelse`,
    () => `Lederskole for nærvær`,
    () => `Synlig ledelse`,
  ],
  arbeidsmiljø: [
    (c) => `Godt arbeidsmiljø ${loc(c)}`,
    only(PO_KEYS, (c) => `Heltid og turnus ${locPl(c)}`),
    only(PO_KEYS, () => `Helsefremmende turnus`),
    (c) => `Trivsel ${locPl(c)}`,
  ],
  kompetanse: [
    (c) => `Kompetanseløft ${loc(c)}`,
    (c) => `Fagutvikling ${locPl(c)}`,
    () => `Fra assistent til fagarbeider`,
  ],
};

const SUMMARIES: Record<FocusArea, T[]> = {
  nærvær: [
    (c) =>
      `${c.k} arbeider for økt nærvær ${locPl(c)}, med tett oppfølging av sykmeldte, SPC-diagrammer og tiltak som de ansatte velger selv.`,
    (c) =>
      `Prosjektet skal få ned sykefraværet ${loc(c)} fra ${pct(c.base)} til ${pct(c.goal)} gjennom bedre oppfølging, samarbeid med NAV og ${po(c) ? 'en mer helsefremmende turnus' : 'faste rutiner for vikarer'}.`,
  ],
  kvalitet: [
    (c) =>
      `${c.k} bruker brukerundersøkelser og felles kvalitetsbeskrivelser for å gjøre tjenestene ${locPl(c)} bedre og mer like.`,
    (c) => `Prosjektet måler brukeropplevd kvalitet ${loc(c)} og bruker resultatene i det daglige forbedringsarbeidet.`,
  ],
  trepartssamarbeid: [
    (c) =>
      `Politikere, administrasjon og tillitsvalgte i ${c.k} samarbeider om felles mål for ${c.sectorText}, med dialogseminar som fast arbeidsform.`,
  ],
  brukermedvirkning: [
    (c) =>
      `${c.k} gir ${c.u.users} og ${c.u.relatives} større innflytelse ${locPl(c)} gjennom brukerråd, samtalegrupper og individuelle planer.`,
  ],
  omdømme: [
    (c) =>
      `${c.k} vil vise fram det gode arbeidet ${locPl(c)} og gjøre det lettere å rekruttere fagfolk, blant annet med gode historier fra hverdagen.`,
  ],
  ledelse: [
    (c) =>
      `Et lederutviklingsprogram i ${c.k} gir lederne ${locPl(c)} bedre verktøy for nærværsarbeid, oppfølging og dialog med de ansatte.`,
  ],
  arbeidsmiljø: [
    (c) =>
      `${c.k} arbeider med arbeidsmiljøet ${locPl(c)}: ${po(c) ? 'ny turnus, flere heltidsstillinger' : 'faste planleggingsdager, bedre vikarrutiner'} og handlingsplaner fra medarbeiderundersøkelsen.`,
  ],
  kompetanse: [
    (c) =>
      `${c.k} hever kompetansen ${locPl(c)} med fagbrev for assistenter, kompetanseplaner og faddere for nyansatte.`,
  ],
};

const MEASURES: Record<FocusArea, readonly string[]> = {
  nærvær: [
    'Tett oppfølging av sykmeldte etter IA-avtalen',
    'Månedlige SPC-diagrammer for sykefraværet',
    'Nærværsambassadør på hver enhet',
    'Nærværssamtaler ved gjentatt korttidsfravær',
    'Samarbeid med NAV Arbeidslivssenter om tilrettelegging',
    'Avtale med bedriftshelsetjenesten om tidlig kontakt',
    'Fraværsstatistikk på personalmøtet hver måned',
  ],
  kvalitet: [
    'Brukerundersøkelse på bedrekommune.no',
    'Felles kvalitetsstandard for alle enheter',
    'System for avvik og forbedring',
    'Kvalitetsindikatorer fra KOSTRA i årsrapporten',
    'Tjenestebeskrivelser skrevet sammen med de ansatte',
  ],
  trepartssamarbeid: [
    'Dialogseminar hvert halvår',
    'Samarbeidsavtale mellom partene',
    'Politikere på hospitering i tjenestene',
    'Styringsgruppe med hovedtillitsvalgte og hovedverneombud',
  ],
  brukermedvirkning: [
    'Brukerråd med faste møter',
    'Individuell plan laget sammen med brukeren',
    'Samtalegrupper for brukere og pårørende',
    'Forslagskasse med svar innen to uker',
  ],
  omdømme: [
    'Gode historier i lokalavisen og på nettsidene',
    'Rekrutteringsbrosjyre',
    'Åpen dag for ungdom og foreldre',
    'Flere lærlingeplasser',
  ],
  ledelse: [
    'Lederutviklingsprogram med fire samlinger',
    'Kollegaveiledning for ledere',
    'Opplæring i LØFT',
    'Faste tider for synlig ledelse i avdelingene',
  ],
  arbeidsmiljø: [
    'Ny turnus med lengre helgevakter (pleie og omsorg)',
    'Ressursbank for ansatte i små stillinger (pleie og omsorg)',
    'Handlingsplan fra medarbeiderundersøkelsen',
    'Faste pauser og fellesmøter',
    'Kurs i forflytningsteknikk (pleie og omsorg)',
    'Medarbeidersamtale med alle ansatte',
  ],
  kompetanse: [
    'Fagbrev for assistenter',
    'Kompetanseplan for hver enhet',
    'Fadderordning for nyansatte',
    'Internundervisning hver måned',
  ],
};

const HEADINGS = {
  background: ['Bakgrunn', 'Utgangspunkt', 'Bakgrunn for prosjektet'],
  work: ['Gjennomføring', 'Slik arbeidet vi', 'Organisering og tiltak'],
  results: ['Erfaringer', 'Resultater og erfaringer', 'Hva har vi lært?'],
  planned: ['Plan for arbeidet', 'Veien videre'],
} as const;

// ---------------------------------------------------------------------------------------------
// Builders
// ---------------------------------------------------------------------------------------------

export function title(c: Ctx): string {
  return c.r.pick(TITLES[c.focus[0]!].filter(fits(c)))(c);
}

const PAST = {
  skal: 'skulle',
  arbeider: 'arbeidet',
  bruker: 'brukte',
  gir: 'ga',
  vil: 'ville',
  hever: 'hevet',
  samarbeider: 'samarbeidet',
  måler: 'målte',
} as const;

export function summary(c: Ctx): string {
  let first = c.r.pick(SUMMARIES[c.focus[0]!])(c);
  // A finished project is described in the past tense.
  if (c.status === 'avsluttet') {
    first = first.replace(
      /\b(skal|arbeider|bruker|gir|vil|hever|samarbeider|måler)\b/,
      (verb) => PAST[verb as keyof typeof PAST],
    );
  }
  const second =
    c.status === 'avsluttet'
      ? ` Prosjektet ble avsluttet ${c.endSeason}.`
      : c.status === 'planlagt'
        ? ` Oppstart er planlagt ${c.startSeason}.`
        : '';
  const text = first + second;
  return text.length <= 400 ? text : first.slice(0, 400);
}

export function measures(c: Ctx): string[] {
  const mine = (m: string) => !m.endsWith(' (pleie og omsorg)') || c.sectors.includes('pleie-og-omsorg');
  const pool = [...new Set(c.focus.flatMap((f) => MEASURES[f]))]
    .filter(mine)
    .map((m) => m.replace(' (pleie og omsorg)', ''));
  return c.r.sample(pool, c.r.int(2, Math.min(6, pool.length)));
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * The Markdown body: Bakgrunn, Gjennomføring (sometimes with a list of measures) and
 * Erfaringer, filled sentence by sentence until the body reaches a target length drawn from
 * [min, max] words. No sentence is used twice in one project.
 */
export function body(c: Ctx, tiltak: string[], min = 262, max = 380): string {
  const r = c.r;
  const target = r.int(min, max);
  const sectorPools = (poPool: T[], oppPool: T[]) =>
    c.sectors.length === 2
      ? [...(po(c) ? poPool : poPool.map(asU2)), ...(po(c) ? oppPool.map(asU2) : oppPool)]
      : po(c)
        ? poPool
        : oppPool;
  // With both sectors, sentences about the other sector are told about the second unit (u2).
  const other = { ...c, u: c.u2 };
  const asU2 = (t: T): T => Object.assign(() => t(other), { when: t.when && (() => t.when!(other)) });
  const ok = (t: T) => fits(c)(t);
  const place = (t: T): T[] => (fits(c)(t) ? [t] : c.sectors.length === 2 && fits(other)(t) ? [asU2(t)] : []);
  // Focus-specific sentences first (shuffled), so each project reads as being about its focus,
  // then general and sector sentences (shuffled).
  const pool = (focusList: T[], general: T[], sector: T[]) => [
    ...r.shuffle(focusList.flatMap(place)),
    ...r.shuffle([...general, ...sector].filter(ok)),
  ];
  const pools = {
    background: pool(
      c.focus.flatMap((f) => BACKGROUND_FOCUS[f]),
      r.sample(BACKGROUND, 6),
      sectorPools(BACKGROUND_PO, BACKGROUND_OPPVEKST),
    ),
    work: pool(
      c.focus.flatMap((f) => WORK_FOCUS[f]),
      r.sample(WORK, 8),
      sectorPools(WORK_PO, WORK_OPPVEKST),
    ),
    results: pool(
      c.focus.flatMap((f) => RESULTS_FOCUS[f]),
      r.sample(RESULTS, 6),
      [],
    ),
  };
  const sections: Record<'background' | 'work' | 'results', string[]> = { background: [], work: [], results: [] };
  const take = (key: keyof typeof pools) => {
    const t = pools[key].shift();
    if (t) sections[key].push(t(c));
    return Boolean(t);
  };
  // A minimum per section, then round-robin with more weight on the middle section.
  take('background');
  if (c.sectors.length === 2) {
    sections.background.push(
      `Prosjektet omfatter både ${c.u.defPl} og ${c.u2.defPl}, fordi mange av utfordringene er de samme i begge sektorene.`,
    );
  }
  take('background');
  take('work');
  take('work');
  take('work');
  if (c.status !== 'planlagt') {
    sections.results.push(sickLeaveResult(c));
    take('results');
  }
  const list = r.chance(0.35) && tiltak.length >= 2;
  const listWords = list ? words(tiltak.join(' ')) + 4 : 0;
  const count = () =>
    listWords +
    Object.values(sections)
      .flat()
      .reduce((n, s) => n + words(s), 0) +
    words(closing(c)) +
    6;
  const order: (keyof typeof pools)[] =
    c.status === 'planlagt' ? ['background', 'work', 'work'] : ['background', 'work', 'work', 'results'];
  let guard = 0;
  while (count() < target && guard++ < 60) {
    const key = order[guard % order.length]!;
    if (!take(key)) {
      // A pool ran dry: fall back to any section that still has sentences.
      const any = (Object.keys(pools) as (keyof typeof pools)[]).find(
        (k) => pools[k].length > 0 && (k !== 'results' || c.status !== 'planlagt'),
      );
      if (!any) break;
      take(any);
    }
  }
  sections.results.push(closing(c));

  const paragraphs = (sentences: string[]) => {
    // Two to four sentences per paragraph.
    const out: string[] = [];
    for (let i = 0; i < sentences.length;) {
      const n = r.int(2, 4);
      out.push(sentences.slice(i, i + n).join(' '));
      i += n;
    }
    return out.join('\n\n');
  };
  const parts = [`## ${r.pick(HEADINGS.background)}`, paragraphs(sections.background), `## ${r.pick(HEADINGS.work)}`];
  if (list) {
    const [firstPara, ...rest] = paragraphs(sections.work).split('\n\n');
    parts.push(firstPara!, 'De viktigste tiltakene var:', tiltak.map((t) => `- ${t}`).join('\n'));
    if (rest.length) parts.push(rest.join('\n\n'));
  } else {
    parts.push(paragraphs(sections.work));
  }
  parts.push(
    `## ${r.pick(c.status === 'planlagt' ? HEADINGS.planned : HEADINGS.results)}`,
    paragraphs(sections.results),
  );
  return `${parts.join('\n\n')}\n`;
}

export function wordCount(markdown: string): number {
  return words(markdown.replace(/^#+\s.*$/gm, '').replace(/^- /gm, ''));
}
