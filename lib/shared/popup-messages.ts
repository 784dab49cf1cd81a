import * as z from 'zod/mini';

/**
 * Messages the popup sends besides `pageReport` and `resolve` (lib/shared/messages.ts). Each is
 * validated with these schemas where it is received.
 *
 * | message  | from → to       | payload | answer      | handled by                                  |
 * | -------- | --------------- | ------- | ----------- | ------------------------------------------- |
 * | `rescan` | popup → content | none    | `RescanAck` | the content script: scans the page again    |
 */

/** The popup asks the page's content script to read the page again (new content, or after a switch). */
export const RescanRequestSchema = z.strictObject({ type: z.literal('rescan') });

/** The content script's answer to `rescan`: it has started reading the page again. */
export const RescanAckSchema = z.strictObject({ rescanning: z.literal(true) });

/** A request to rescan. */
export type RescanRequest = z.infer<typeof RescanRequestSchema>;
