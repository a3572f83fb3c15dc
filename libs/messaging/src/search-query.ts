/**
 * The text of a PostgreSQL tsquery in which every word of an already folded search must appear,
 * the last one only as the beginning of a word: people search as they type, so "wool dy" is
 * "wool" and a word starting with "dy". Only the last word is a prefix because a prefix of a
 * common word makes the GIN index union every word it starts.
 */
export function typingQuery(needle: string): string {
  const words = needle.split(/\s+/).filter(Boolean);
  return words.map((w, i) => `${quoteLexeme(w)}${i === words.length - 1 ? ':*' : ''}`).join(' & ');
}

/** A quoted tsquery lexeme: quotes doubled and backslashes escaped, so no input is an operator. */
const quoteLexeme = (word: string) => `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
