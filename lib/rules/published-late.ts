import { defineRule } from './rule';

/** Regulations art. 49: the report for year N by 31 January of year N+1. */
export default defineRule({
  id: 'published-late',
  severity: 'warning',
  stage: 'document',
  run({ meta: { published, year } }) {
    if (!published || year === null) return [];
    const deadline = `${year + 1}-01-31`;
    // ISO dates compare as strings
    if (published <= deadline) return [];
    return [this.finding({ expected: deadline, actual: published }, 'published-late', { published, deadline })];
  },
});
