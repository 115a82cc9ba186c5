/** The calendar of one network's gatherings: /samlinger/nettverk/<id>.ics. */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { getContent } from '../../../queries/content';
import { gatheringsCalendar } from '../../../lib/calendar/ics';
import { networksWithGatherings } from '../../../lib/calendar/gatherings';
import { urls } from '../../../lib/format/urls';
import { calendarResponse, calendarText } from '../_calendar';
import { followUi } from '../../../i18n/follow';

export const getStaticPaths = (async () => {
  const content = await getContent();
  return networksWithGatherings(content.networks, content.gatherings).map((network) => ({
    params: { id: network.id },
    props: { network, gatherings: content.gatheringsOfNetwork(network.id) },
  }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) => {
  const { network, gatherings } = props;
  const text = calendarText(
    followUi.calendar.networkName(network.data.navn),
    followUi.calendar.networkDescription(network.data.navn),
  );
  return calendarResponse(
    gatheringsCalendar(gatherings, {
      site: site!,
      calendarUrl: urls.networkCalendar(network.id),
      pageUrl: urls.gathering,
      text,
    }),
  );
};
