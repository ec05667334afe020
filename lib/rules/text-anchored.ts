// The rules whose findings are about a passage of the report's text: they point at its paragraph,
// not at the cell they compare with. Listed apart from the rules (each says `anchor: 'text'`, and
// the registry test holds the two together) so that the page's overlay can tell such a finding
// without loading the engine.
export const TEXT_ANCHORED: ReadonlySet<string> = new Set(['text-table-mismatch']);
