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

/** `<@userId>` as `@Name`, for a message being edited in a plain text box. */
export function tokensToNames(text: string, members: Member[]): string {
  return text.replace(TOKEN, (whole, id: string) => {
    const m = members.find((x) => x.userId === id.toLowerCase());
    return m ? `@${m.displayName}` : whole;
  });
}

export type MentionPart = { text: string } | { member: Member };

/**
 * A body with `<@userId>` tokens cut into plain text and the members it names, so the composer can
 * show each mention as a chip; a token of someone who is not a member stays plain text.
 */
export function mentionParts(body: string, members: Member[]): MentionPart[] {
  const parts: MentionPart[] = [];
  const push = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && 'text' in last) last.text += text;
    else parts.push({ text });
  };
  let at = 0;
  for (const match of body.matchAll(TOKEN)) {
    push(body.slice(at, match.index));
    const member = members.find((m) => m.userId === match[1].toLowerCase());
    if (member) parts.push({ member });
    else push(match[0]);
    at = match.index! + match[0].length;
  }
  push(body.slice(at));
  return parts;
}

/** The name being typed after an `@` just before the caret, or null when no mention is being written. */
export const mentionQuery = (textBeforeCaret: string): string | null => /@([^\s@<>]*)$/.exec(textBeforeCaret)?.[1] ?? null;
