// A JSON command of the CLI (decision 011): FILE holds one contract input object (prints one result) or an array of
// them (prints an array of results in the same order). Exit 0 on success; 2 when the input cannot be read, is not JSON
// or breaks the contract (one line per invalid field: `FILE: [i]/path/to/field: reason`; nothing is evaluated then).
// An array of any length is read as a stream in two passes: the first validates every input, the second evaluates
// them and prints each result as soon as it is computed. Memory stays constant; one input may be at most 1 MiB and 16
// levels deep (ITEM_LIMITS in ./jsonItems.ts). `lotse check` and `lotse residence` are such commands.

import { once } from 'node:events';
import fs from 'node:fs/promises';
import type { FileHandle } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ValidationResult } from '../law/validate.ts';
import { JsonItemsError, readJsonItems } from './jsonItems.ts';

/** At most this many error lines; the rest is summarised in one line. */
const MAX_ERROR_LINES = 50;

interface Options {
  file: string;
  compact: boolean;
}

/** What a JSON command checks: its name, the contract type it reads, its help, and the engine, loaded lazily. */
export interface JsonCommandSpec<I, R> {
  /** the subcommand, as in "lotse NAME: …" */
  name: string;
  /** the contract type of one input, as in "expected a NOUN object" */
  noun: string;
  help: string;
  validator: () => Promise<(x: unknown) => ValidationResult<I>>;
  engine: () => Promise<(input: I) => R>;
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

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOTDIR: 'a part of the path is not a directory',
  ENAMETOOLONG: 'the file name is too long',
};

/** An input that cannot be read: exit 2 with one line. */
class ReadError extends Error {}

function readError(err: unknown, label: string, name: string): ReadError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const why = READ_ERRORS[code] ?? (err instanceof Error ? err.message.split('\n')[0] : String(err));
  return new ReadError(`lotse ${name}: cannot read ${label}: ${why}`);
}

const CHUNK_BYTES = 64 * 1024;

/** The chunks of an open file from `position` on (null: from where a pipe or device stands). */
async function* fileChunks(handle: FileHandle, label: string, name: string, position: number | null): AsyncGenerator<Uint8Array> {
  for (;;) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let bytesRead: number;
    try {
      ({ bytesRead } = await handle.read(buffer, 0, CHUNK_BYTES, position));
    } catch (err) {
      throw readError(err, label, name);
    }
    if (bytesRead === 0) return;
    if (position !== null) position += bytesRead;
    yield buffer.subarray(0, bytesRead);
  }
}

async function* stdinChunks(label: string, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of process.stdin) yield typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
  } catch (err) {
    throw readError(err, label, name);
  }
}

/** Up to this many bytes of a stream that cannot be read twice are kept in memory, the rest in a temporary file. */
const SPOOL_MEMORY_BYTES = 8 * 1024 * 1024;

/**
 * A copy of standard input (or a pipe) for the second pass: in memory while small, else in a temporary file in
 * os.tmpdir() ($TMPDIR) that is unlinked as soon as it is open, so nothing is left behind even if lotse is killed.
 */
class Spool {
  constructor(private readonly name: string) {}
  private chunks: Uint8Array[] = [];
  private size = 0;
  private file: FileHandle | undefined;

  async add(chunk: Uint8Array): Promise<void> {
    if (this.file === undefined && this.size + chunk.length <= SPOOL_MEMORY_BYTES) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      return;
    }
    if (this.file === undefined) {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), `lotse-${this.name}-`));
      const name = path.join(dir, 'input.json');
      try {
        this.file = await fs.open(name, 'w+', 0o600);
      } finally {
        await fs.rm(dir, { recursive: true, force: true });
      }
      this.size = 0; // from now on: the bytes in the file
      for (const c of this.chunks.splice(0)) await this.write(c);
    }
    await this.write(chunk);
  }

  private async write(chunk: Uint8Array): Promise<void> {
    let done = 0;
    while (done < chunk.length) {
      const { bytesWritten } = await this.file!.write(chunk, done, chunk.length - done, this.size);
      done += bytesWritten;
      this.size += bytesWritten;
    }
  }

  async *read(label: string): AsyncGenerator<Uint8Array> {
    if (this.file === undefined) yield* this.chunks;
    else yield* fileChunks(this.file, label, this.name, 0);
  }

  async close(): Promise<void> {
    this.chunks = [];
    await this.file?.close();
  }
}

async function* tee(chunks: AsyncIterable<Uint8Array>, spool: Spool): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    await spool.add(chunk);
    yield chunk;
  }
}

/** Writes to stdout, waiting when the reader is slower (constant memory however large the output). */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** The error lines of the first pass: the first MAX_ERROR_LINES are kept, the rest only counted. */
class ErrorLines {
  readonly shown: string[] = [];
  count = 0;
  invalidInputs = 0;

  add(line: string): void {
    this.count++;
    if (this.shown.length < MAX_ERROR_LINES) this.shown.push(line);
  }

  text(label: string, inputs: string): string {
    const lines = [...this.shown];
    if (this.count > lines.length) {
      lines.push(`${label}: ... and ${this.count - lines.length} more errors (${this.invalidInputs} of ${inputs} inputs are invalid)`);
    }
    return lines.join('\n') + '\n';
  }
}

/**
 * Run a JSON command: read FILE (or standard input) holding one input or an array of them, validate every input, then
 * print the engine's result (or an array of results) as JSON. See `lotse check --help` for the behaviour.
 */
export async function runJsonCommand<I, R>(spec: JsonCommandSpec<I, R>, args: string[]): Promise<number> {
  const name = spec.name;
  const opts = parseArgs(args);
  if ('help' in opts) {
    process.stdout.write(spec.help);
    return 0;
  }
  if ('error' in opts) {
    process.stderr.write(`lotse ${name}: ${opts.error}\nUsage: lotse ${name} [--compact] FILE|-  (lotse ${name} --help)\n`);
    return 2;
  }
  const label = opts.file === '-' ? '<stdin>' : opts.file;
  let handle: FileHandle | undefined;
  let spool: Spool | undefined;
  try {
    // The first pass reads and validates; the second (for an array) reads again and checks. A regular file is
    // simply read twice; standard input, a pipe or a device is copied aside during the first pass (Spool).
    let first: AsyncIterable<Uint8Array>;
    let again: () => AsyncIterable<Uint8Array>;
    let unchanged: () => Promise<boolean> = () => Promise.resolve(true);
    if (opts.file === '-') {
      const s = (spool = new Spool(name));
      first = tee(stdinChunks(label, name), s);
      again = () => s.read(label);
    } else {
      try {
        handle = await fs.open(opts.file, 'r');
      } catch (err) {
        throw readError(err, label, name);
      }
      const h = handle;
      const before = await h.stat();
      if (before.isDirectory()) throw readError({ code: 'EISDIR' }, label, name);
      if (before.isFile()) {
        first = fileChunks(h, label, name, 0);
        again = () => fileChunks(h, label, name, 0);
        unchanged = async () => {
          const now = await h.stat();
          return now.size === before.size && now.mtimeMs === before.mtimeMs;
        };
      } else {
        const s = (spool = new Spool(name));
        first = tee(fileChunks(h, label, name, null), s);
        again = () => s.read(label);
      }
    }
    return await check(spec, opts, label, first, again, unchanged);
  } catch (err) {
    if (!(err instanceof ReadError)) throw err;
    process.stderr.write(err.message + '\n');
    return 2;
  } finally {
    await handle?.close();
    await spool?.close();
  }
}

async function check<I, R>(
  spec: JsonCommandSpec<I, R>,
  opts: Options,
  label: string,
  first: AsyncIterable<Uint8Array>,
  again: () => AsyncIterable<Uint8Array>,
  unchanged: () => Promise<boolean>,
): Promise<number> {
  const validate = await spec.validator();
  const noun = spec.noun;

  // First pass: validate every input; nothing is checked or printed unless all are valid.
  const errors = new ErrorLines();
  let many = false;
  let inputs = 0;
  let single: unknown;
  try {
    for await (const e of readJsonItems(first)) {
      if (e.kind === 'array') {
        many = true;
        continue;
      }
      inputs++;
      if (e.kind === 'single') single = e.value;
      const r = validate(e.value);
      if (r.ok) continue;
      errors.invalidInputs++;
      const prefix = e.kind === 'item' ? `[${e.index}]` : '';
      for (const x of r.errors) {
        const where = prefix + x.path || '/';
        const message = x.path === '' && /must be an object/.test(x.message) ? `${x.message}; expected a ${noun} object${many ? '' : ' or an array of them'}` : x.message;
        errors.add(`${label}: ${where}: ${message}`);
      }
    }
  } catch (err) {
    if (!(err instanceof JsonItemsError)) throw err;
    if (err.kind === 'empty') {
      process.stderr.write(`${label}: the input is empty; expected a ${noun} object or an array of them as JSON\n`);
      return 2;
    }
    const line = err.kind === 'syntax' ? `${label}: not valid JSON: ${err.message}` : `${label}: ${err.item === null ? '/' : `[${err.item}]`}: ${err.message}`;
    process.stderr.write((errors.count > 0 ? errors.text(label, `the first ${inputs}`) : '') + line + '\n');
    return 2;
  }
  if (errors.count > 0) {
    process.stderr.write(errors.text(label, String(inputs)));
    return 2;
  }

  const evaluate = await spec.engine();
  const indent = opts.compact ? undefined : 2;
  if (!many) {
    await write(JSON.stringify(evaluate(single as I), null, indent) + '\n');
    return 0;
  }

  // Second pass: check each input and print its result at once. The bytes are those of
  // JSON.stringify(results, null, indent), written one result at a time.
  const changed = (): number => {
    process.stderr.write(`lotse ${spec.name}: ${label} changed while it was being checked; the output is incomplete\n`);
    return 1;
  };
  const separator = opts.compact ? '' : '\n  ';
  let n = 0;
  await write('[');
  try {
    for await (const e of readJsonItems(again())) {
      if (e.kind !== 'item') continue;
      const r = validate(e.value);
      if (!r.ok || n >= inputs) return changed();
      const text = JSON.stringify(evaluate(r.value), null, indent);
      await write((n === 0 ? '' : ',') + separator + (opts.compact ? text : text.replaceAll('\n', '\n  ')));
      n++;
    }
  } catch (err) {
    if (err instanceof JsonItemsError) return changed();
    throw err;
  }
  if (n !== inputs || !(await unchanged())) return changed();
  await write((n > 0 && !opts.compact ? '\n' : '') + ']\n');
  return 0;
}
