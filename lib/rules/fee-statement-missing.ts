import { defineRule } from './rule';

/** Section 六 of the 2021 template must say whether information-processing fees were charged. */
export default defineRule({
  id: 'fee-statement-missing',
  severity: 'warning',
  stage: 'document',
  run(ctx) {
    const range = ctx.sectionRange(6);
    if (ctx.template !== '2021' || !range) return [];
    const text = ctx.blocks
      .slice(range[0])
      .map((b) => (b.kind === 'text' ? b.text : ''))
      .join('');
    return /处理费|收费/.test(text) ? [] : [this.finding({ section: 6 }, 'fee-statement-missing')];
  },
});
