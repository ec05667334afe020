// Sheet names Excel accepts: at most 31 characters, none of []/\:*?, no apostrophe at either end,
// not "History", and unique regardless of case. Agencies' names are long and a batch holds many.
const MAX = 31;
const ILLEGAL = /[[\]/\\:*?\u0000-\u001f]/g;

function clip(name: string, max: number): string {
  const chars = Array.from(name); // never cut a surrogate pair in two
  let out = '';
  for (const c of chars) {
    if (out.length + c.length > max) break;
    out += c;
  }
  return out;
}

const clean = (name: string): string => name.replace(ILLEGAL, '_').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');

/** A namer that hands out each name once; a repeated name gets " (2)", " (3)" … within 31 characters. */
export function sheetNamer(): (wanted: string) => string {
  const taken = new Set<string>();
  return (wanted) => {
    const base = clip(clean(wanted), MAX).replace(/'+$/, '') || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = clip(base, MAX - suffix.length).replace(/'+$/, '') + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  };
}
