import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('messages')
export class Message {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'channel_id', type: 'uuid' })
  channelId: string;

  /** 1, 2, 3, … per channel with no gaps: clients resume from the last seq they saw. */
  @Column({ type: 'bigint' })
  seq: string;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  /** The body folded for search (Persian/Arabic letters, digits, ZWNJ, Azerbaijani i). */
  @Column({ name: 'search_text', type: 'text' })
  searchText: string;

  @Column({ name: 'client_message_id', type: 'text' })
  clientMessageId: string;

  @Column({ name: 'thread_root_id', type: 'uuid', nullable: true })
  threadRootId: string | null;

  @Column({ name: 'reply_count', type: 'int', default: 0 })
  replyCount: number;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions: string[];

  @Column({ name: 'attachment_ids', type: 'uuid', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'edited_at', type: 'timestamptz', nullable: true })
  editedAt: Date | null;

  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}
