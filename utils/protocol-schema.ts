// What the background checks the plain messages of utils/protocol.ts against on receipt. Apart
// from protocol.ts: the detector and the audit script import that, and must not carry zod.
import * as z from 'zod/mini';
import type { Block } from '../lib/grid';
import type { AuditPage, FrameGone, PageRead, RequestAudit } from './protocol';

const docId = z.string().check(z.minLength(1), z.maxLength(64));
const source = z.number().check(z.int(), z.nonnegative());
const texts = z.optional(z.array(z.string()));

export const FrameGoneSchema: z.ZodMiniType<FrameGone> = z.object({ type: z.literal('reportChecker.frameGone'), docId });

export const RequestAuditSchema: z.ZodMiniType<RequestAudit> = z.object({ type: z.literal('reportChecker.requestAudit') });

const BlockSchema: z.ZodMiniType<Block<number>> = z.union([
  z.object({ kind: z.literal('text'), text: z.string(), source: z.optional(source) }),
  z.object({ kind: z.literal('table'), rows: z.array(z.array(z.object({ text: z.string(), source }))), sources: z.array(source) }),
  z.object({ kind: z.literal('image') }),
]);

export const AuditPageSchema: z.ZodMiniType<AuditPage> = z.object({ type: z.literal('reportChecker.auditPage'), docId, url: z.string(), page: z.string() });

const PageReadSchema: z.ZodMiniType<PageRead> = z.object({
  blocks: z.array(BlockSchema),
  hints: z.object({ titles: texts, published: texts, publishers: texts }),
  error: z.optional(z.string()),
});

/** The page an audit script read, or undefined when the message holds no such thing. */
export function pageRead(json: string): PageRead | undefined {
  try {
    const read = PageReadSchema.safeParse(JSON.parse(json));
    return read.success ? read.data : undefined;
  } catch {
    return undefined;
  }
}
