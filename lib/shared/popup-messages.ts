import * as z from 'zod/mini';

/**
 * Messages the popup sends besides `pageReport` and `resolve` (lib/shared/messages.ts). Each is
 * validated with these schemas where it is received.
 *
 * | message  | from → to       | payload | answer      | handled by                                  |
 * | -------- | --------------- | ------- | ----------- | ------------------------------------------- |
 * | `rescan` | popup → content | none    | `RescanAck` | the content script: scans the page again    |
 * | `reveal` | popup → content | a claim index or a reference id | none | the content script: scrolls to it and opens its card |
 */

/** The popup asks the page's content script to read the page again (new content, or after a switch). */
export const RescanRequestSchema = z.strictObject({ type: z.literal('rescan') });

/** The content script's answer to `rescan`: it has started reading the page again. */
export const RescanAckSchema = z.strictObject({ rescanning: z.literal(true) });

/**
 * The popup asks the content script to show a claim (by its index in the page report) or a
 * reference entry (by its id) on the page, as a reader who follows a warning expects.
 */
export const RevealRequestSchema = z.strictObject({
  type: z.literal('reveal'),
  claim: z.optional(z.number().check(z.int(), z.minimum(0))),
  referenceId: z.optional(z.string().check(z.maxLength(100))),
});

/** A request to show a claim or a reference on the page. */
export type RevealRequest = z.infer<typeof RevealRequestSchema>;

/** A request to rescan. */
export type RescanRequest = z.infer<typeof RescanRequestSchema>;
