import {
  AnalysePageRequestSchema,
  LoadCardRequestSchema,
  LoadScannerRequestSchema,
  MatchReferencesRequestSchema,
  ResolveRequestSchema,
  type MatchResponse,
  type PageAnalysisResponse,
  type ResolveResponse,
} from '../shared/messages';
import { analysePageRequest } from './analyse-page-request';
import { CARD_FILE, SCANNER_FILE, type ScannerInjector } from './inject-scanner';
import type { SourceResolver } from '../resolver/resolve-sources';

/** The sender of a message, as the extension runtime describes it. */
export interface MessageSender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Answers one runtime message. Only `resolve`, `matchReferences`, `analysePage`, `loadScanner` and `loadCard`
 * messages from this extension's own content scripts are answered; anything else gets
 * `undefined`, so other listeners (or nobody) answer it.
 */
export function handleMessage(
  message: unknown,
  sender: MessageSender,
  ownId: string,
  resolver: SourceResolver,
  injectScanner?: ScannerInjector,
): Promise<ResolveResponse | MatchResponse | PageAnalysisResponse | { loaded: boolean }> | undefined {
  if (sender.id !== ownId) return undefined;
  const resolve = ResolveRequestSchema.safeParse(message);
  if (resolve.success) return resolver.resolve(resolve.data.keys).then((results) => ({ results }));
  const match = MatchReferencesRequestSchema.safeParse(message);
  if (match.success) return resolver.matchReferences(match.data.references).then((results) => ({ results }));
  const analyse = AnalysePageRequestSchema.safeParse(message);
  if (analyse.success) return analysePageRequest(analyse.data, resolver);
  const file = LoadScannerRequestSchema.safeParse(message).success
    ? SCANNER_FILE
    : LoadCardRequestSchema.safeParse(message).success
      ? CARD_FILE
      : null;
  if (file && injectScanner) {
    // Only into the tab and frame the request came from.
    const tabId = sender.tab?.id;
    if (tabId === undefined) return Promise.resolve({ loaded: false });
    return injectScanner(tabId, sender.frameId ?? 0, file).then((loaded) => ({ loaded }));
  }
  return undefined;
}
