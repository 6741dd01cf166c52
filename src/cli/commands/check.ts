// `lotse check FILE|-`: the pathway check of contract v1 on the command line.
// FILE holds one CheckInput object (prints one CheckResult) or an array of them (prints an array of results
// in the same order). Exit 0 on success; 2 when the input cannot be read, is not JSON or breaks the contract
// (one line per invalid field: `FILE: [i]/path/to/field: reason`; nothing is checked then).

import fs from 'node:fs/promises';

export const usage = 'lotse check FILE|-    check every route for a CheckInput (or an array of them) and print the result as JSON';

const HELP = `Usage: lotse check [--compact] FILE
       lotse check [--compact] -        (read from standard input)

FILE holds one CheckInput (contract v1) as JSON, or an array of them.
Prints the CheckResult (or an array of results, in the same order) as JSON on stdout.

Options:
  --compact   print the JSON on one line instead of indented
  -h, --help  show this help

Exit codes: 0 checked; 2 the input cannot be read, is not JSON or breaks the contract
(stderr names each invalid field as "FILE: /path/to/field: reason"; for an array "FILE: [i]/path: reason");
1 unexpected internal error.
`;

/** At most this many error lines; the rest is summarised in one line. */
const MAX_ERROR_LINES = 50;

interface Options {
  file: string;
  compact: boolean;
}

function parseArgs(args: string[]): Options | { help: true } | { error: string } {
  let file: string | undefined;
  let compact = false;
  let positionalOnly = false;
  for (const a of args) {
    if (!positionalOnly && (a === '--help' || a === '-h')) return { help: true };
    if (!positionalOnly && a === '--compact') compact = true;
    else if (!positionalOnly && a === '--') positionalOnly = true;
    else if (!positionalOnly && a.startsWith('-') && a !== '-') return { error: `unknown option ${a}` };
    else if (file === undefined) file = a;
    else return { error: `one FILE only (got ${JSON.stringify(file)} and ${JSON.stringify(a)})` };
  }
  if (file === undefined) return { error: 'FILE is missing (use - for standard input)' };
  return { file, compact };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the file name is too long',
};

/** "Unexpected token } in JSON at position 12" -> "..., at line 2, column 5". */
function jsonErrorMessage(err: unknown, text: string): string {
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!;
  const m = /at position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const pos = Number(m[1]);
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return `${message.replace(/\s*in JSON at position \d+/, '')} at line ${line}, column ${column}`;
}

export async function run(args: string[]): Promise<number> {
  const opts = parseArgs(args);
  if ('help' in opts) {
    process.stdout.write(HELP);
    return 0;
  }
  if ('error' in opts) {
    process.stderr.write(`lotse check: ${opts.error}\nUsage: lotse check [--compact] FILE|-  (lotse check --help)\n`);
    return 2;
  }
  const label = opts.file === '-' ? '<stdin>' : opts.file;

  let text: string;
  try {
    text = opts.file === '-' ? await readStdin() : await fs.readFile(opts.file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = READ_ERRORS[code] ?? (err instanceof Error ? err.message.split('\n')[0] : String(err));
    process.stderr.write(`lotse check: cannot read ${label}: ${why}\n`);
    return 2;
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    process.stderr.write(`${label}: the input is empty; expected a CheckInput object or an array of them as JSON\n`);
    return 2;
  }

  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    process.stderr.write(`${label}: not valid JSON: ${jsonErrorMessage(err, text)}\n`);
    return 2;
  }

  const { validateCheckInput } = await import('../../law/validate.ts');
  const many = Array.isArray(doc);
  const inputs: unknown[] = many ? (doc as unknown[]) : [doc];
  const lines: string[] = [];
  let invalid = 0;
  inputs.forEach((input, i) => {
    const r = validateCheckInput(input);
    if (r.ok) return;
    invalid++;
    const prefix = many ? `[${i}]` : '';
    for (const e of r.errors) {
      const where = prefix + e.path || '/';
      const message = e.path === '' && /must be an object/.test(e.message) ? `${e.message}; expected a CheckInput object${many ? '' : ' or an array of them'}` : e.message;
      lines.push(`${label}: ${where}: ${message}`);
    }
  });
  if (lines.length > 0) {
    const shown = lines.slice(0, MAX_ERROR_LINES);
    if (lines.length > shown.length) {
      shown.push(`${label}: ... and ${lines.length - shown.length} more errors (${invalid} of ${inputs.length} inputs are invalid)`);
    }
    process.stderr.write(shown.join('\n') + '\n');
    return 2;
  }

  const { evaluate } = await import('../../law/check.ts');
  const results = inputs.map((input) => evaluate(input as Parameters<typeof evaluate>[0]));
  const out = many ? results : results[0];
  process.stdout.write(JSON.stringify(out, null, opts.compact ? undefined : 2) + '\n');
  return 0;
}
