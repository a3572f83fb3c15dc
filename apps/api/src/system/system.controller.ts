import { InjectQueue } from '@nestjs/bullmq';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { IsInt, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { Digits, NotFound, Optional } from '@hamkar/common';
import { JobPayloads, Queues } from '@hamkar/jobs';
import { UserId } from '../identity/current-user.decorator';

class EchoJobDto {
  @ApiProperty({ example: 'ping' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  message: string;

  @ApiProperty({ required: false, maximum: 10000 })
  @Optional()
  @Digits('number')
  @IsInt()
  @Min(0)
  @Max(10000)
  delayMs?: number;
}

/** Proves the api → BullMQ → worker path: enqueue an echo, then read the worker's result. */
@ApiTags('system')
@ApiBearerAuth()
@Controller('system/jobs')
export class SystemController {
  constructor(@InjectQueue(Queues.system) private readonly queue: Queue<JobPayloads['system']['echo']>) {}

  @Post()
  @HttpCode(202)
  async enqueue(@UserId() userId: string, @Body() dto: EchoJobDto) {
    const job = await this.queue.add(
      'echo',
      { message: dto.message, delayMs: dto.delayMs, requestedBy: userId },
      { jobId: randomUUID(), removeOnComplete: { age: 3600 }, removeOnFail: { age: 86400 } },
    );
    return { id: job.id, state: 'waiting' };
  }

  @Get(':id')
  async status(@UserId() userId: string, @Param('id') id: string) {
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new NotFound('job');
    // The state before the job's record: the worker writes a job's result and its completed state in
    // one step, so a job read after its state has been seen completed always carries its result.
    const state = await this.queue.getJobState(id);
    const job = await this.queue.getJob(id);
    // Someone else's job answers as if it did not exist: its id and result are theirs.
    if (!job || job.data.requestedBy !== userId) throw new NotFound('job');
    return { id: job.id, state, result: job.returnvalue ?? null, failedReason: job.failedReason ?? null };
  }
}
