// The reminder digests as a job of the queue (src/jobs/queue.ts): at 06:00 Europe/Berlin on working days, and once
// at start, so that an instance that was down at 06:00 sends the day's digests later (sending is at most once per
// recipient and day, src/app/reminders/sendDigests.ts, so the extra runs send nothing twice). Each run also deletes
// what the reminders no longer need (purgeReminders.ts).

import type { Database } from '../db/index.ts';
import { purgeReminders } from '../app/reminders/purgeReminders.ts';
import { sendDigests } from '../app/reminders/sendDigests.ts';
import type { SendDigestsDeps } from '../app/reminders/sendDigests.ts';
import { DIGEST_CRON, DIGEST_TIME_ZONE } from '../app/reminders/frequency.ts';
import type { JobDefinition, QueueLog } from './queue.ts';

export const DIGEST_JOB = 'reminder-digests';

export interface DigestJobData {
  /** the instant to run for (ISO); absent: now */
  at?: string;
}

export function digestJob(database: Database, deps: SendDigestsDeps, log: QueueLog): JobDefinition<DigestJobData> {
  return {
    cron: DIGEST_CRON,
    tz: DIGEST_TIME_ZONE,
    runAtStart: true,
    async handler(data) {
      const at = data?.at ? new Date(data.at) : new Date();
      const r = await sendDigests(database.db, deps, at);
      if (r.sent + r.failed > 0) log.info({ ...r }, 'reminder digests sent');
      const purged = await purgeReminders(database.db, at);
      if (purged.logRows + purged.links > 0) log.info(purged, 'reminders: deleted old digest log rows and links');
      return r;
    },
  };
}
