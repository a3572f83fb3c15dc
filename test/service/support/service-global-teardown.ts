import { dropServiceDatabases } from './service-server';

/** Each file drops its own database; this drops the template and whatever a crashed file left. */
export default async function serviceGlobalTeardown() {
  await dropServiceDatabases();
}
