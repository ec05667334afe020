import { isSignatureOrDate } from '../meta';
import { defineRule } from './rule';

/** What follows a heading on its own line ("一、总体情况：本年度…"): the heading merged with its first paragraph. */
const HEADING_END = /^[^：:。]*[：:。]\s*(.+)$/;

/** A heading followed by the next heading (or the end of the report) with no text, table or picture between. */
export default defineRule({
  id: 'section-empty',
  severity: 'warning',
  stage: 'document',
  run(ctx) {
    return ctx.sections.flatMap((hit, i) => {
      const end = ctx.sections[i + 1]?.block ?? ctx.blocks.length;
      const heading = ctx.blocks[hit.block];
      if (heading.kind === 'text' && (heading.text.length > 40 || (HEADING_END.exec(heading.text)?.[1].length ?? 0) >= 4)) return [];
      const content = ctx.blocks.slice(hit.block + 1, end).some((b) => b.kind !== 'text' || !isSignatureOrDate(b.text));
      return content ? [] : [this.finding({ section: hit.n }, 'section-empty', { n: hit.n, heading: hit.heading })];
    });
  },
});
