import { Injectable } from '@nestjs/common';

/**
 * Where identity reports security-relevant events (failed logins, detected token reuse): the relay
 * below, into which the clusters context plugs its audit log (the one its admins read); identity
 * does not know about clusters.
 */
export const SECURITY_EVENTS = Symbol('SECURITY_EVENTS');

export interface SecurityEvent {
  action: 'login.failed' | 'refresh.reused';
  userId: string | null;
  data: Record<string, unknown>;
}

export interface SecurityEvents {
  record(event: SecurityEvent): Promise<void>;
}

/**
 * Identity's SECURITY_EVENTS: it passes each event to the recorder the context above plugs in when
 * it starts (clusters' audit log), so identity imports nothing above it; with none plugged in, an
 * event is dropped.
 */
@Injectable()
export class SecurityEventsRelay implements SecurityEvents {
  private recorder: SecurityEvents | undefined;

  plugIn(recorder: SecurityEvents) {
    this.recorder = recorder;
  }

  async record(event: SecurityEvent): Promise<void> {
    await this.recorder?.record(event);
  }
}
