import { fileView } from '@hamkar/files';
import type { Message } from './message.entity';
import type { StoredFile } from './stored-file.entity';

export interface ReactionSummary {
  emoji: string;
  count: number;
  me: boolean;
}

export { fileView };

/** The message as every client sees it; a deleted message keeps its place but not its content. */
export function messageView(m: Message, reactions: ReactionSummary[] = [], attachments: StoredFile[] = []) {
  const deleted = !!m.deletedAt;
  return {
    id: m.id,
    channelId: m.channelId,
    seq: Number(m.seq),
    authorId: m.authorId,
    body: deleted ? '' : m.body,
    threadRootId: m.threadRootId ?? null,
    replyCount: m.replyCount ?? 0,
    mentions: deleted ? [] : m.mentions,
    reactions: deleted ? [] : reactions,
    attachments: deleted ? [] : attachments.map(fileView),
    clientMessageId: m.clientMessageId,
    createdAt: m.createdAt,
    editedAt: m.editedAt ?? null,
    deletedAt: m.deletedAt ?? null,
  };
}
export type MessageView = ReturnType<typeof messageView>;
