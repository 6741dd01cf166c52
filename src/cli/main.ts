// `lotse`: a small subcommand dispatcher (`npm run lotse -- <command> ...`).
// A subcommand is one file in ./commands/ named after it (check.ts -> `lotse check`) that exports
//   usage: string                          one line: "lotse NAME ARGS   what it does"
//   run(args: string[]): Promise<number>   the exit code; writes its own output
// Only the chosen command is imported, so heavy modules load only when needed; a command should import its
// own heavy dependencies lazily too. Bad input is the command's to report (exit 2, one line per problem);
// anything it throws ends here as one line on stderr and exit 1, never as a stack trace.

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

interface CommandModule {
  usage: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS_DIR = new URL('./commands/', import.meta.url);
const COMMAND_FILE = /^([a-z][a-z0-9-]*)\.(ts|js|mjs)$/;

function commandFiles(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of fs.readdirSync(fileURLToPath(COMMANDS_DIR)).sort()) {
    const m = COMMAND_FILE.exec(file);
    if (m && !file.includes('.test.')) found.set(m[1]!, file);
  }
  return found;
}

async function load(file: string): Promise<CommandModule> {
  const mod = (await import(new URL(file, COMMANDS_DIR).href)) as Partial<CommandModule>;
  if (typeof mod.run !== 'function' || typeof mod.usage !== 'string') {
    throw new Error(`commands/${file} does not export usage and run()`);
  }
  return mod as CommandModule;
}

async function help(commands: Map<string, string>): Promise<string> {
  const lines = ['Usage: lotse <command> [arguments]', '', 'Commands:'];
  for (const [name, file] of commands) {
    try {
      lines.push(`  ${(await load(file)).usage}`);
    } catch {
      lines.push(`  lotse ${name}`);
    }
  }
  lines.push('', 'lotse <command> --help shows the details of a command.');
  return lines.join('\n') + '\n';
}

function version(): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string };
    return pkg.version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

export async function main(argv: string[]): Promise<number> {
  const commands = commandFiles();
  const [name, ...args] = argv;
  if (name === undefined) {
    process.stderr.write(await help(commands));
    return 2;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    const target = args[0];
    if (name === 'help' && target !== undefined && commands.has(target)) {
      return (await load(commands.get(target)!)).run(['--help']);
    }
    process.stdout.write(await help(commands));
    return 0;
  }
  if (name === '--version' || name === '-V') {
    process.stdout.write(`lotse ${version()}\n`);
    return 0;
  }
  const file = commands.get(name);
  if (file === undefined) {
    process.stderr.write(`lotse: unknown command "${name}"; commands: ${[...commands.keys()].join(', ')} (lotse --help)\n`);
    return 2;
  }
  return (await load(file)).run(args);
}

function oneLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!.slice(0, 500);
}

// Output piped into a reader that stops early (`lotse check x | head`) is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`lotse: cannot write the output: ${oneLine(err)}\n`);
  process.exit(1);
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`lotse: internal error: ${oneLine(err)}\n`);
    process.exitCode = 1;
  },
);
