// Text pasted from a web page keeps HTML fragments, entities and odd whitespace; seed text must be plain.

// Inline tags sit inside words or phrases ("<i>queers</i>"), so they vanish; any other tag
// (<p>, <br>, <td>…) separated blocks, so it becomes a space.
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'em',
  'i',
  'mark',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
]);
const TAG = /<!--[\s\S]*?-->|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g;

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  apos: "'",
  gt: '>',
  hellip: '…',
  laquo: '«',
  ldquo: '“',
  lsquo: '‘',
  lt: '<',
  mdash: '—',
  nbsp: ' ',
  ndash: '–',
  ordf: 'ª',
  ordm: 'º',
  quot: '"',
  raquo: '»',
  rdquo: '”',
  rsquo: '’',
};
const ENTITY = /&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g;

// Zero-width characters are invisible joiners/BOMs, not word breaks.
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

function stripTags(text: string): string {
  return text.replace(TAG, (_tag, name: string | undefined) =>
    name !== undefined && INLINE_TAGS.has(name.toLowerCase()) ? '' : ' ',
  );
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (entity, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const codePoint = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : entity;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  });
}

/**
 * Plain, single-line text: no tags or entities, whitespace collapsed to single spaces, no space
 * left before punctuation or inside brackets (what "<i>queers</i> ," leaves behind), trimmed.
 */
export function cleanText(raw: string): string {
  return decodeEntities(stripTags(raw))
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, ' ')
    .replace(/ +([,.;:!?)\]])/g, '$1')
    .replace(/([([]) +/g, '$1')
    .trim();
}
