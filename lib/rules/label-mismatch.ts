import { TABLE_ORDER } from '../template';
import { defineRule } from './rule';

/** Wording that strays from the template but was recognised: reworded headings, row labels, column headings, units. */
export default defineRule({
  id: 'label-mismatch',
  severity: 'info',
  stage: 'document',
  run(ctx) {
    const headings = ctx.sections
      .filter((hit) => !hit.exact)
      .map((hit) => this.finding({ section: hit.n }, 'section-reworded', { n: hit.n, heading: hit.template, found: hit.heading }));
    // the table readers note what they met while reading; this rule says it
    const labels = TABLE_ORDER.flatMap((table) => ctx.reads[table]?.labels ?? []).map((note) => this.finding(note.place, note.key, note.params));
    return [...headings, ...labels];
  },
});
