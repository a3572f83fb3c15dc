import { dropServiceDatabases } from './service-server';

/** A run migrates its own template (the first file builds it), so a changed migration is always applied. */
export default async function serviceGlobalSetup() {
  await dropServiceDatabases();
}
