import {
  EvaluatePageRequestSchema,
  MatchReferencesRequestSchema,
  ResolveRequestSchema,
  type MatchResponse,
  type PageEvaluationResponse,
  type ResolveResponse,
} from '../shared/messages';
import { evaluatePageRequest } from './evaluate-page-request';
import type { SourceResolver } from '../resolver/resolve-sources';

/** The sender of a message, as the extension runtime describes it. */
export interface MessageSender {
  id?: string;
}

/**
 * Answers one runtime message. Only `resolve`, `matchReferences` and `evaluatePage` messages from this extension's
 * own content scripts are answered; anything else gets `undefined`, so other listeners (or nobody)
 * answer it.
 */
export function handleMessage(
  message: unknown,
  sender: MessageSender,
  ownId: string,
  resolver: SourceResolver,
): Promise<ResolveResponse | MatchResponse | PageEvaluationResponse> | undefined {
  if (sender.id !== ownId) return undefined;
  const resolve = ResolveRequestSchema.safeParse(message);
  if (resolve.success) return resolver.resolve(resolve.data.keys).then((results) => ({ results }));
  const match = MatchReferencesRequestSchema.safeParse(message);
  if (match.success) return resolver.matchReferences(match.data.references).then((results) => ({ results }));
  const evaluate = EvaluatePageRequestSchema.safeParse(message);
  if (evaluate.success) return evaluatePageRequest(evaluate.data, resolver);
  return undefined;
}
