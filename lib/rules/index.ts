// The registry: every rule of the contract, once. The rule list, the finding schema's ids and
// the order findings come in follow this list.
import appealSum from './appeal-sum';
import carryoverMismatch from './carryover-mismatch';
import balance from './balance';
import cellInvalid from './cell-invalid';
import cellMissing from './cell-missing';
import columnSum from './column-sum';
import engineError from './engine-error';
import feeStatementMissing from './fee-statement-missing';
import labelMismatch from './label-mismatch';
import publishedLate from './published-late';
import rowMissing from './row-missing';
import rowSum from './row-sum';
import sectionEmpty from './section-empty';
import sectionMissing from './section-missing';
import tableMissing from './table-missing';
import templateOutdated from './template-outdated';
import textTableMismatch from './text-table-mismatch';
import stockMismatch from './stock-mismatch';

export const REGISTRY = [
  sectionMissing,
  tableMissing,
  rowMissing,
  cellMissing,
  cellInvalid,
  rowSum,
  columnSum,
  balance,
  appealSum,
  templateOutdated,
  labelMismatch,
  feeStatementMissing,
  engineError,
  textTableMismatch,
  publishedLate,
  sectionEmpty,
  carryoverMismatch,
  stockMismatch,
] as const;

export type RuleId = (typeof REGISTRY)[number]['id'];
export const RULE_IDS = REGISTRY.map((rule) => rule.id) as [RuleId, ...RuleId[]];
export { engineError };
