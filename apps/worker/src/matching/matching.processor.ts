import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { workerOptions } from '../worker-options';
import { ProcurementMatching } from '@hamkar/procurement';
import { SupplierMatcher, SupplierPerformance } from '@hamkar/suppliers';

type MatchingJob =
  | Job<JobPayloads['matching']['performance'], unknown, 'performance'>
  | Job<JobPayloads['matching']['match-procurement'], unknown, 'match-procurement'>
  | Job<JobPayloads['matching']['supplier-changed'], unknown, 'supplier-changed'>;

/** Joins the two contexts: the procurement's need goes to the suppliers' matcher, its ranking back to the procurement. */
@Processor(Queues.matching, workerOptions)
export class MatchingProcessor extends WorkerHost {
  constructor(
    private readonly procurements: ProcurementMatching,
    private readonly matcher: SupplierMatcher,
    private readonly performance: SupplierPerformance,
  ) {
    super();
  }

  async process(job: MatchingJob) {
    if (job.name === 'performance') {
      await this.performance.record(job.data as JobPayloads['matching']['performance']);
      return { recorded: true };
    }
    if (job.name === 'supplier-changed') {
      const ids = await this.procurements.openFor((job.data as JobPayloads['matching']['supplier-changed']).organizationId);
      for (const id of ids) await this.match(id);
      return { rematched: ids.length };
    }
    return this.match((job.data as JobPayloads['matching']['match-procurement']).procurementId);
  }

  private async match(procurementId: string) {
    const need = await this.procurements.needOf(procurementId);
    if (!need) return { matched: 0 };
    const matches = await this.matcher.rank(need);
    const { invited } = await this.procurements.save(procurementId, matches, need.quantity);
    return { matched: matches.length, invited };
  }
}
