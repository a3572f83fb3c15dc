import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Outbox } from './outbox';
import { OutboxRelay } from './outbox-relay';
import { OutboxMessage } from './outbox-message.entity';

/** The tables this context owns: registered here, the data source loads them (autoLoadEntities). */
const entities = [OutboxMessage];

@Module({ imports: [TypeOrmModule.forFeature(entities)], providers: [Outbox, OutboxRelay], exports: [Outbox, OutboxRelay] })
export class OutboxModule {}
