/** The calendar of one pool's gatherings (its own and its networks'): /samlinger/pulje/<pool>.ics. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContent } from '../../../queries/content';
import { gatheringsCalendar } from '../../../lib/calendar/ics';
import { gatheringsOfPool, poolsWithGatherings } from '../../../lib/calendar/gatherings';
import { POOLS, POOL_LABELS } from '../../../lib/schemas/vocabulary';
import { urls } from '../../../lib/format/urls';
import { calendarResponse, calendarText } from '../_calendar';
import { followUi } from '../../../i18n/follow';

export const getStaticPaths = (async () => {
  const content = await getContent();
  const networkPool = (id: string) => content.network(id).data.pulje;
  return poolsWithGatherings(content.gatherings, POOLS, networkPool).map((pool) => ({
    params: { pool },
    props: { pool, gatherings: gatheringsOfPool(content.gatherings, pool, networkPool) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { pool, gatherings } = props;
  const label = POOL_LABELS[pool];
  const text = calendarText(followUi.calendar.poolName(label), followUi.calendar.poolDescription(label));
  return calendarResponse(
    gatheringsCalendar(gatherings, {
      site: site!,
      calendarUrl: urls.poolCalendar(pool),
      pageUrl: urls.gathering,
      text,
    }),
  );
};
