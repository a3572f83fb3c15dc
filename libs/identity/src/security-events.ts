/**
 * Where identity reports security-relevant events (failed logins, detected token reuse). The
 * clusters context provides it, writing to the audit log its admins read; identity does not
 * know about clusters.
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
