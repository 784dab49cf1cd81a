import { ResolveRequestSchema, type ResolveResponse } from '../shared/messages';
import type { SourceResolver } from '../resolver/resolve-sources';

/** The sender of a message, as the extension runtime describes it. */
export interface MessageSender {
  id?: string;
}

/**
 * Answers one runtime message. Only `resolve` messages from this extension's own content scripts
 * are answered; anything else gets `undefined`, so other listeners (or nobody) answer it.
 */
export function handleMessage(
  message: unknown,
  sender: MessageSender,
  ownId: string,
  resolver: SourceResolver,
): Promise<ResolveResponse> | undefined {
  if (sender.id !== ownId) return undefined;
  const request = ResolveRequestSchema.safeParse(message);
  if (!request.success) return undefined;
  return resolver.resolve(request.data.keys).then((results) => ({ results }));
}
