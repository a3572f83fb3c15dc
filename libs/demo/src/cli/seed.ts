import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfigOrExit } from '@hamkar/common';
import { DEMO_PASSWORD } from '../demo-people';
import { DemoModule } from '../demo.module';
import { DemoActivity } from '../demo-activity';
import { DemoSeed } from '../demo-seed';
import { DemoDevelopment } from '../demo-development';

async function main() {
  loadConfigOrExit();
  const app = await NestFactory.createApplicationContext(DemoModule, { logger: ['error', 'warn', 'log'] });
  try {
    const seeded = await app.get(DemoSeed).run();
    for (const cluster of seeded) await app.get(DemoActivity).run(cluster, Number(process.env.DEMO_SUPPLIERS_PER_CLUSTER ?? 100));
    // After the activity: the savings indicator reads the awarded purchase, the plan the demo project.
    for (const cluster of seeded) await app.get(DemoDevelopment).run(cluster);
    process.stdout.write(
      `demo data: ${seeded.length} new clusters; sign in as maryam@demo.hamkar.app, leyla@demo.hamkar.app or ali@demo.hamkar.app with password ${DEMO_PASSWORD}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((e) => {
  process.stderr.write(`demo seed failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
