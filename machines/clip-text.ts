// Cutting a tenant's words to a length without cutting a character in half. A cut by
// UTF-16 code units can split an emoji's surrogate pair, leaving a lone surrogate that
// PostgreSQL refuses to store (the whole turn with it); a cut by code points can split a
// flag, a family or a skin tone into something the tenant did not write. This cuts
// between user-perceived characters (Unicode grapheme clusters).
const graphemes = new Intl.Segmenter('en-GB', { granularity: 'grapheme' });

/** `text` cut to at most `max` UTF-16 code units, ending on a whole grapheme. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}
