// Normalisation of row labels and titles so that exported tables match our specs:
// full-width forms, spaces, ordinals (一、 （一） 1. ) and 其中： prefixes are ignored.
import { toHalfWidth } from './cellValue';

export function normaliseLabel(text: string): string {
  return toHalfWidth(text)
    .replace(/\s+/g, '')
    .replace(/^其中[:：]?/, '')
    .replace(/^[(（]?[一二三四五六七八九十百]+[)）]?[、.．]?/, '')
    .replace(/^[(（]?\d+[)）]?[、.．]/, '')
    .replace(/[（(]/g, '(')
    .replace(/[）)]/g, ')')
    .replace(/[“”"'‘’]/g, '');
}
