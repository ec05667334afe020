// A table's own rows, not those of tables nested in it. Kept free of imports: the declared
// content script (detect.ts) bundles it.

const isRowGroup = (el: Element): boolean => /^t(?:head|body|foot)$/.test(el.localName);
const isRow = (el: Element): boolean => el.localName === 'tr';

export function ownRows(table: Element): Element[] {
  const rows: Element[] = [];
  for (let el = table.firstElementChild; el; el = el.nextElementSibling) {
    if (isRow(el)) rows.push(el);
    else if (isRowGroup(el)) for (let row = el.firstElementChild; row; row = row.nextElementSibling) if (isRow(row)) rows.push(row);
  }
  return rows;
}
