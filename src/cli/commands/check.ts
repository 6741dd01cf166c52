// `lotse check FILE|-`: the pathway check of contract v1 on the command line.
// FILE holds one CheckInput object (prints one CheckResult) or an array of them (prints an array of results
// in the same order). Exit 0 on success; 2 when the input cannot be read, is not JSON or breaks the contract
// (one line per invalid field: `FILE: [i]/path/to/field: reason`; nothing is checked then).
// An array of any length is read as a stream in two passes (decision 011): the first validates every input, the
// second checks them and prints each result as soon as it is computed (../jsonCommand.ts).

import type { CheckInput, CheckResult } from '../../law/types.ts';
import { runJsonCommand } from '../jsonCommand.ts';

export const usage = 'lotse check FILE|-    check every route for a CheckInput (or an array of them) and print the result as JSON';

const HELP = `Usage: lotse check [--compact] FILE
       lotse check [--compact] -        (read from standard input)

FILE holds one CheckInput (contract v1) as JSON, or an array of them.
Prints the CheckResult (or an array of results, in the same order) as JSON on stdout.

Options:
  --compact   print the JSON on one line instead of indented
  -h, --help  show this help

Large arrays: an array of any length is read in constant memory, in two passes. The first validates every
input and prints nothing; only if all are valid does the second check them, printing each result as soon as it
is computed. So an invalid input anywhere (even the last of 100,000) means exit 2 with nothing on stdout.
FILE is read twice; standard input (or a pipe) is kept for the second pass in memory up to 8 MiB, beyond that
in a temporary file in $TMPDIR (default /tmp) that is removed at once (it needs as much disk as the input).
One input may be at most 1 MiB (1,048,576 bytes) and nest objects and arrays at most 16 levels deep.

Exit codes: 0 checked; 2 the input cannot be read, is not JSON, breaks the contract or a limit
(stderr names each invalid field as "FILE: /path/to/field: reason"; for an array "FILE: [i]/path: reason";
bad JSON as "FILE: not valid JSON: what at line L, column C (in item [i])");
1 unexpected internal error, or FILE changed between the two passes: stdout is then incomplete.
`;

export function run(args: string[]): Promise<number> {
  return runJsonCommand<CheckInput, CheckResult>(
    {
      name: 'check',
      noun: 'CheckInput',
      help: HELP,
      validator: async () => (await import('../../law/validate.ts')).validateCheckInput,
      engine: async () => (await import('../../law/check.ts')).evaluate,
    },
    args,
  );
}
