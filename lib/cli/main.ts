import { parseArgs } from 'node:util';
import * as z from 'zod/mini';
import { SourceRecordSchema } from '../shared/source-record';
import { CheckReportSchema } from './check-report';
import { checkCommand } from './check-command';
import { claimsCommand } from './claims-command';
import { scanCommand } from './scan-command';

const USAGE = `Usage:
  lens scan <file-or-url> [--json]   references, markers, claims and disclaimers of a page (HTML or plain text)
  lens claims [--json]               analyse sentences from stdin, one per line
  lens check <file-or-url> [--json] [--offline] [--records FILE]
                                     the page's findings and the sources it cites, resolved live,
                                     from the cache only (--offline) or from given records
  lens schema                        JSON Schemas of the source records and of the check report`;

/** Runs the command-line tool; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
      offline: { type: 'boolean', default: false },
      records: { type: 'string' },
    },
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
  if (command === 'check' && source) {
    console.log(await checkCommand(source, { json: values.json, offline: values.offline, recordsFile: values.records ?? null }));
    return 0;
  }
  if (command === 'schema') {
    console.log(
      JSON.stringify({ sourceRecord: z.toJSONSchema(SourceRecordSchema), checkReport: z.toJSONSchema(CheckReportSchema) }, null, 2),
    );
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
