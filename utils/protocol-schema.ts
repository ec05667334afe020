// What the background checks the plain messages of utils/protocol.ts against on receipt. Apart
// from protocol.ts: the detector and the audit script import that, and must not carry zod.
import * as z from 'zod/mini';
import type { FrameGone } from './protocol';

export const FrameGoneSchema: z.ZodMiniType<FrameGone> = z.object({
  type: z.literal('reportChecker.frameGone'),
  docId: z.string().check(z.minLength(1), z.maxLength(64)),
});
