// Normalisation of row labels and titles so that exported tables match our specs:
// full-width forms, spaces, ordinals (一、 （一） 1. ) and 其中： prefixes are ignored.
import { toHalfWidth } from './cellValue';

// Labels repeat across sheets, tables and rules: remember them (bounded, so memory stays small).
const memo = new Map<string, string>();

export function normaliseLabel(text: string): string {
  let out = memo.get(text);
  if (out === undefined) {
    out = normalise(text);
    if (memo.size > 50_000) memo.clear();
    memo.set(text, out);
  }
  return out;
}

function normalise(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^[(（]?[一二三四五六七八九十百]+[)）]?[、.．]?/, '')
    .replace(/^[(（]?\d+[)）]?[、.．]/, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[“”"'‘’]/g, '');
}
