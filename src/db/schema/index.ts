// The one schema of Lotse (Drizzle pg-core), one file per area. It runs unchanged on embedded PGlite and on
// PostgreSQL. Change it, then run `npm run db:generate` to write the next SQL migration into ./drizzle.

export * from './tenants.ts';
export * from './companies.ts';
export * from './accounts.ts';
export * from './contacts.ts';
export * from './partners.ts';
export * from './consultations.ts';
export * from './audit.ts';
export * from './checks.ts';
export * from './cases.ts';
export * from './calendars.ts';
export * from './reminders.ts';
export * from './referrals.ts';
export * from './recognition.ts';
export * from './caseRecognition.ts';
