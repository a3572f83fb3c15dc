import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SecurityEventsRelay, type SecurityEvent, type SecurityEvents } from '@hamkar/identity';
import { AuditLog } from './audit-log';

/** Security events of identity land in the audit log without a cluster; admins see those of their members. */
@Injectable()
export class SecurityAudit implements SecurityEvents, OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly relay: SecurityEventsRelay,
  ) {}

  /** Identity's relay hands its events here from now on (identity does not know about clusters). */
  onModuleInit() {
    this.relay.plugIn(this);
  }

  record(event: SecurityEvent): Promise<void> {
    return this.audit.record(this.dataSource.manager, {
      clusterId: null,
      actorId: event.userId,
      action: event.action,
      targetType: 'user',
      targetId: event.userId,
      data: event.data,
    });
  }
}
