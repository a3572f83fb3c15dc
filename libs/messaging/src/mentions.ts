const MENTION = /<@([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})>/gi;
const EVERYONE = /(^|[\s(])@channel(?![\p{L}\p{N}_])/u;

/**
 * Mentions are written `<@userId>` in the body (the client's autocomplete inserts them and
 * renders the display name), so renaming a user never breaks old mentions.
 */
export function mentionedUserIds(body: string): string[] {
  return [...new Set([...body.matchAll(MENTION)].map((m) => m[1].toLowerCase()))];
}

/** `@channel` as a word mentions every member of the channel. */
export function mentionsWholeChannel(body: string): boolean {
  return EVERYONE.test(body);
}
