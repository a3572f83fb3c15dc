/**
 * The text of a PostgreSQL tsquery in which every word of an already folded search must appear,
 * the last one only as the beginning of a word: people search as they type, so "wool dy" is
 * "wool" and a word starting with "dy". Only the last word is a prefix because a prefix of a
 * common word makes the GIN index union every word it starts.
 */
export function typingQuery(needle: string): string {
  return typedWords(needle)
    .map(({ word, prefix }) => `${quoteLexeme(word)}${prefix ? ':*' : ''}`)
    .join(' & ');
}

/** The words of a folded search, the last one marked as the beginning of a word. */
export function typedWords(needle: string): Array<{ word: string; prefix: boolean }> {
  const words = needle.split(/\s+/).filter(Boolean);
  return words.map((word, i) => ({ word, prefix: i === words.length - 1 }));
}

/** A quoted tsquery lexeme: quotes doubled and backslashes escaped, so no input is an operator. */
const quoteLexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
