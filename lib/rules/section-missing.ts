import { SECTIONS } from '../template';
import { defineRule } from './rule';

export default defineRule({
  id: 'section-missing',
  severity: 'error',
  stage: 'document',
  run(ctx) {
    return SECTIONS.filter(({ n }) => !ctx.sections.some((h) => h.n === n)).map(({ n, heading }) => this.finding({ section: n }, 'section-missing', { n, heading }));
  },
});
