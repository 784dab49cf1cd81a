import { createInterface } from 'node:readline';
import { analyseClaim } from '../text/claim-analysis';

/** `lens claims [--json]`: one sentence per input line, one analysis per output line. */
export async function claimsCommand(input: NodeJS.ReadableStream, write: (line: string) => void, json: boolean): Promise<void> {
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    const text = line.trim();
    if (!text) continue;
    const analysis = analyseClaim(text);
    const result = {
      text,
      ...analysis,
      duration: analysis.duration ? { value: analysis.duration.value, unit: analysis.duration.unit } : null,
    };
    write(json ? JSON.stringify(result) : `${result.isClaim ? 'claim' : 'not a claim'} · strength ${result.strength} · ${text}`);
  }
}
