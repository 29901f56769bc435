import { storeConformance } from './conformance.test-util.js';
import { freshSchemas, pgAvailable } from './pg-test-env.test-util.js';
import { PostgresStore } from './postgres.js';

if (pgAvailable('postgres.conformance.test.ts')) {
  const schemas = freshSchemas();
  storeConformance('PostgresStore', async () => PostgresStore.open(schemas.next().url));
}
