import type { Member } from '../types';

const TOKEN = /<@([0-9a-f-]{36})>/gi;

/**
 * The composer shows mentions as `@Name`, the server wants `<@userId>`. Names of the cluster's members
 * map back to their ids when the message goes (longest names first, so "Ali Rezaei" wins over "Ali");
 * a name that is not a member's stays plain text.
 */
export function namesToTokens(text: string, members: Member[]): string {
  const byLength = [...members].sort((a, b) => b.displayName.length - a.displayName.length);
  let out = text;
  for (const m of byLength) {
    if (!m.displayName) continue;
    out = out.split(`@${m.displayName}`).join(`<@${m.userId}>`);
  }
  return out;
}

/** `<@userId>` as `@Name`, for a draft written before a reload or a message being edited. */
export function tokensToNames(text: string, members: Member[]): string {
  return text.replace(TOKEN, (whole, id: string) => {
    const m = members.find((x) => x.userId === id.toLowerCase());
    return m ? `@${m.displayName}` : whole;
  });
}
