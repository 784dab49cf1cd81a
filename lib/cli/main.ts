import { parseArgs } from 'node:util';
import { claimsCommand } from './claims-command';
import { scanCommand } from './scan-command';

const USAGE = `Usage:
  lens scan <file-or-url> [--json]   references, markers, claims and disclaimers of a page (HTML or plain text)
  lens claims [--json]               analyse sentences from stdin, one per line`;

/** Runs the command-line tool; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  const [command, source] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'scan' && source) {
    console.log(await scanCommand(source, values.json));
    return 0;
  }
  if (command === 'claims') {
    await claimsCommand(process.stdin, (line) => console.log(line), values.json);
    return 0;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`lens: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
