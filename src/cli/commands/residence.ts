// `lotse residence FILE|-`: the residence lifecycle check of contract residence-v1 on the command line.
// FILE holds one ResidenceInput object (prints one ResidenceResult) or an array of them (prints an array of results in
// the same order). Exit codes, messages and the streaming of large arrays are those of `lotse check`
// (../jsonCommand.ts, decision 011).

import type { ResidenceInput, ResidenceResult } from '../../law/residence/types.ts';
import { runJsonCommand } from '../jsonCommand.ts';

export const usage = 'lotse residence FILE|-    check the next residence steps for a ResidenceInput (or an array of them) and print the result as JSON';

const HELP = `Usage: lotse residence [--compact] FILE
       lotse residence [--compact] -        (read from standard input)

FILE holds one ResidenceInput (contract residence-v1) as JSON, or an array of them: a person already in Germany
on a residence title for employment. Prints the ResidenceResult (or an array of results, in the same order) as
JSON on stdout: for each move (settlement permits, EU long-term residence, change of employer, extension, switch
into employment, naturalisation time, family members joining) whether it is open, not yet (and from when),
closed or unknown, with every condition and its statute citation. decisionDate must be 2024-03-01 or later.

Options:
  --compact   print the JSON on one line instead of indented
  -h, --help  show this help

Large arrays are read in constant memory, in two passes, as by \`lotse check\`: an invalid input anywhere means
exit 2 with nothing on stdout. One input may be at most 1 MiB and nest at most 16 levels deep.

Exit codes: 0 checked; 2 the input cannot be read, is not JSON, breaks the contract or a limit
(stderr names each invalid field as "FILE: /path/to/field: reason"; for an array "FILE: [i]/path: reason");
1 unexpected internal error, or FILE changed between the two passes: stdout is then incomplete.
`;

export function run(args: string[]): Promise<number> {
  return runJsonCommand<ResidenceInput, ResidenceResult>(
    {
      name: 'residence',
      noun: 'ResidenceInput',
      help: HELP,
      validator: async () => (await import('../../law/residence/validate.ts')).validateResidenceInput,
      engine: async () => (await import('../../law/residence/check.ts')).checkResidence,
    },
    args,
  );
}
