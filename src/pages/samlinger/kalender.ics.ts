/** One calendar of every gathering: /samlinger/kalender.ics. */
import type { APIRoute } from 'astro';
import { getContent } from '../../queries/content';
import { gatheringsCalendar } from '../../lib/calendar/ics';
import { urls } from '../../lib/format/urls';
import { calendarResponse, calendarText } from './_calendar';
import { followUi } from '../../i18n/follow';

export const GET: APIRoute = async ({ site }) => {
  const content = await getContent();
  const text = calendarText(followUi.calendar.allName, followUi.calendar.allDescription);
  return calendarResponse(
    gatheringsCalendar(content.gatherings, {
      site: site!,
      calendarUrl: urls.gatheringsCalendar(),
      pageUrl: urls.gathering,
      text,
    }),
  );
};
