// Drops the database named in the URL (a test run's own, once the run has passed).
import pg from 'pg';

const url = new URL(process.argv[2]);
const name = decodeURIComponent(url.pathname.slice(1));
if (!name || name === 'postgres') throw new Error(`refusing to drop "${name}"`);
url.pathname = '/postgres';
const client = new pg.Client({ connectionString: url.toString() });
await client.connect();
await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
await client.end();
