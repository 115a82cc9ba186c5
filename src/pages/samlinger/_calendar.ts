/** Shared by the calendar endpoints under /samlinger/. */
import type { CalendarText } from '../../lib/calendar/ics';
import { followUi } from '../../i18n/follow';
import { ui } from '../../i18n/nb';

export function calendarText(name: string, description: string): CalendarText {
  return { name, description, examplePrefix: ui.exampleData, exampleNote: followUi.calendar.exampleNote };
}

export function calendarResponse(body: string): Response {
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
}
