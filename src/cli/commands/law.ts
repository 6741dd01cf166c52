// `lotse law status [--json] [--today YYYY-MM-DD] [--lang de|en]`: every legal figure the engine knows, one line per
// value: id, validity, value, source (title and URL), last verified, status (verified / draft / unconfirmed / not
// verified for over 12 months as of today). The clock is read here, never in src/law.

export const usage = 'lotse law status [--json] [--today DATE] [--lang de|en]    every legal figure with validity, source and status';

const HELP = `${usage}

Lists every value of every legal parameter (salary thresholds, quotas, means, fees, durations): its id, validity
(from–until), the value, the source (title and URL), the day it was last verified, and its status:
  in_force     verified against its source within the last 12 months
  draft        a published draft, not in force (the engine never decides with it)
  unconfirmed  the source marks it UNCONFIRMED, or no figure was found (the engine answers "unknown")
  stale        last verified more than 12 months before today
Options: --json prints a JSON array for machines; --today sets the date the 12 months are counted from (default:
today); --lang chooses the language of the value texts (default de).
Exit codes: 0 printed, 2 bad arguments.
`;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export async function run(args: string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(HELP);
    return 0;
  }
  const [sub, ...rest] = args;
  if (sub !== 'status') {
    process.stderr.write(sub === undefined ? HELP : `lotse law: unknown subcommand "${sub}"; use: ${usage}\n`);
    return 2;
  }
  let json = false;
  let today = todayIso();
  let lang: 'de' | 'en' = 'de';
  const errors: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i]!;
    if (a === '--json') json = true;
    else if (a === '--today') {
      const v = rest[++i];
      if (v === undefined || !ISO.test(v) || Number.isNaN(Date.parse(v))) errors.push('--today needs a date YYYY-MM-DD');
      else today = v;
    } else if (a === '--lang') {
      const v = rest[++i];
      if (v !== 'de' && v !== 'en') errors.push('--lang must be de or en');
      else lang = v;
    } else errors.push(`unknown argument "${a}"`);
  }
  if (errors.length > 0) {
    process.stderr.write(errors.map((e) => `lotse law status: ${e}\n`).join(''));
    return 2;
  }

  const { lawStatus } = await import('../../law/parameters/status.ts');
  const rows = lawStatus(today);
  if (json) {
    process.stdout.write(
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          topic: r.topic,
          validFrom: r.validFrom,
          validUntil: r.validUntil,
          value: r.raw,
          valueText: r.value[lang],
          source: r.reference,
          alsoSee: r.alsoSee,
          lastVerified: r.lastVerified,
          status: r.status,
        })),
        null,
        2,
      ) + '\n',
    );
    return 0;
  }
  const header = ['id', 'valid', 'value', 'status', 'lastVerified', 'source'];
  const lines = rows.map((r) => [
    r.id,
    `${r.validFrom}–${r.validUntil ?? ''}`,
    clip(r.value[lang], 48),
    r.status,
    r.lastVerified,
    `${clip(r.reference.title, 60)} <${r.reference.url}>`,
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c]!.length)));
  const fmt = (cells: string[]): string => cells.map((x, c) => (c === cells.length - 1 ? x : x.padEnd(widths[c]!))).join('  ');
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.status, (counts.get(r.status) ?? 0) + 1);
  process.stdout.write(
    [fmt(header), ...lines.map(fmt), '', `${rows.length} values as of ${today}: ${[...counts].map(([s, n]) => `${n} ${s}`).join(', ')}`].join('\n') + '\n',
  );
  return 0;
}

function clip(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
