// The calendar feed's entries (issue 15): each open task an all-day event on its due date, with the case number in the
// summary and a link to the case. The UID is the task's id, so a client updates an entry when the task moves.

import type { CalendarEvent } from '../../app/calendar/writeCalendar.ts';
import type { FeedTask } from '../../app/calendar/listFeedTasks.ts';
import type { Lang } from '../../i18n/index.ts';
import { fm } from './messages.ts';

export interface FeedEventOptions {
  lang: Lang;
  /** the domain part of every UID */
  uidDomain: string;
  /** the address users open, without a trailing slash (PUBLIC_URL, or the request's origin) */
  baseUrl: string;
}

export function feedEvents(tasks: readonly FeedTask[], opts: FeedEventOptions): CalendarEvent[] {
  const m = fm(opts.lang);
  return tasks.map((t) => {
    const title = opts.lang === 'en' && t.titleEn ? t.titleEn : t.title;
    const url = `${opts.baseUrl}/cases/${t.caseId}`;
    return {
      uid: `task-${t.id}@${opts.uidDomain}`,
      date: t.dueOn,
      summary: `${t.deadlineRef ? `${m.deadline}: ` : ''}${title} (${t.caseNumber})`,
      description: [
        m.caseLine(t.caseNumber),
        m.ownerLine(m.owners[t.owner] ?? t.owner),
        ...(t.deadlineRef ? [m.deadlineLine(t.deadlineRef)] : []),
        url,
      ].join('\n'),
      url,
    };
  });
}
