// `q` matches regardless of case and accents: both the stored text and the query are folded.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A regex source matching the folded query anywhere in a folded field. */
export function searchPattern(query: string): string {
  return escapeRegex(foldForSearch(query));
}
