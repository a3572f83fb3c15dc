import { Column, Entity, PrimaryColumn } from 'typeorm';

export const ACTION_STAGES = ['pilot', 'strategic'] as const;
export type ActionStage = (typeof ACTION_STAGES)[number];

/** How a project (a joint action) stands in the cluster's plan: pilot or strategic. */
@Entity('project_plan_entries')
export class ProjectPlanEntry {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @Column({ type: 'text' })
  stage: ActionStage;
}

/** An indicator a project declares it should move. */
@Entity('project_indicators')
export class ProjectIndicator {
  @PrimaryColumn({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @PrimaryColumn({ name: 'indicator_id', type: 'uuid' })
  indicatorId: string;
}
