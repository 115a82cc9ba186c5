/** The iCalendar file of one gathering: /samlinger/<id>/kalender.ics (src/lib/calendar). */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContent } from '../../../queries/content';
import { gatheringsCalendar } from '../../../lib/calendar/ics';
import { urls } from '../../../lib/format/urls';
import { calendarResponse, calendarText } from '../_calendar';
import { followUi } from '../../../i18n/follow';

export const getStaticPaths = (async () => {
  const content = await getContent();
  return content.gatherings.map((gathering) => ({ params: { id: gathering.id }, props: { gathering } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const g = props.gathering;
  const text = calendarText(followUi.calendar.eventName(g.data.tittel), g.data.sammendrag);
  return calendarResponse(
    gatheringsCalendar([g], { site: site!, calendarUrl: urls.gatheringCalendar(g.id), pageUrl: urls.gathering, text }),
  );
};
