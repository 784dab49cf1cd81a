import {
  MatchResponseSchema,
  MAX_KEYS_PER_MESSAGE,
  PageAnalysisSchema,
  ResolveResponseSchema,
  type AnalysePageRequest,
  type PageAnalysisResponse,
  type SourceResult,
  type TextMatch,
} from '../shared/messages';

/** Sends one message to the background and returns its answer. */
export type SendMessage = (message: unknown) => Promise<unknown>;

/**
 * Asks the background to resolve keys, in messages of at most MAX_KEYS_PER_MESSAGE keys. Answers
 * are validated; a background that does not answer (a service worker being restarted) is asked
 * once more, and after that the keys are reported `unavailable`, never left hanging.
 */
export async function requestResolution(send: SendMessage, keys: readonly string[], retryDelayMs = 500): Promise<SourceResult[]> {
  const results: SourceResult[] = [];
  for (let start = 0; start < keys.length; start += MAX_KEYS_PER_MESSAGE) {
    const chunk = keys.slice(start, start + MAX_KEYS_PER_MESSAGE);
    results.push(...(await sendChunk(send, chunk, retryDelayMs)));
  }
  return results;
}

async function sendChunk(send: SendMessage, keys: string[], retryDelayMs: number): Promise<SourceResult[]> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const parsed = ResolveResponseSchema.safeParse(await send({ type: 'resolve', keys }));
      if (parsed.success) return parsed.data.results;
    } catch {
      // The background may be restarting; the retry below covers it.
    }
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
  }
  return keys.map((key) => ({ key, state: 'unavailable', record: null, assessment: null }));
}

/**
 * Asks the background to find references without identifiers by their text, 100 at a time. Only
 * called when the reader allows it; a failure reports each reference unavailable.
 */
export async function requestTextMatches(send: SendMessage, references: ReadonlyArray<{ id: string; text: string }>): Promise<TextMatch[]> {
  const matches: TextMatch[] = [];
  for (let start = 0; start < references.length; start += 100) {
    const chunk = references.slice(start, start + 100);
    try {
      const parsed = MatchResponseSchema.safeParse(await send({ type: 'matchReferences', references: chunk }));
      if (parsed.success) {
        matches.push(...parsed.data.results);
        continue;
      }
    } catch {
      // Reported below like any other failure.
    }
    matches.push(
      ...chunk.map(({ id }) => ({ id, state: 'unavailable' as const, reason: 'the extension did not answer', doi: null, result: null })),
    );
  }
  return matches;
}

/**
 * Asks the background to read the page's paragraphs, check its claims and answer its checklist. A
 * background that does not answer, or answers with something malformed, gives null: the page
 * keeps its badges.
 */
export async function requestAnalysis(send: SendMessage, request: AnalysePageRequest): Promise<PageAnalysisResponse | null> {
  try {
    const parsed = PageAnalysisSchema.safeParse(await send(request));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
