import { defineRule } from './rule';

export default defineRule({
  id: 'template-outdated',
  severity: 'warning',
  stage: 'document',
  run({ detectedTemplate, meta }) {
    if (detectedTemplate !== '2019' || meta.year === null || meta.year < 2021) return [];
    return [this.finding({ section: 2 }, 'template-outdated', { year: meta.year })];
  },
});
