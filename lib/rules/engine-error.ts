import { defineRule } from './rule';

/**
 * A rule that threw on this page. The runner (lib/engine.ts) reports each failure through this
 * entry, so the other rules' findings stand and the failure is seen instead of an empty audit;
 * there is nothing for it to check by itself.
 */
export default defineRule({
  id: 'engine-error',
  severity: 'info',
  stage: 'document',
  run: () => [],
});
