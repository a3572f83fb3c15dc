import { Milestone } from './milestone.entity';
import { ProjectMember } from './project-member.entity';
import { Project } from './project.entity';
import { Task } from './task.entity';

export * from './project.entity';
export * from './project-member.entity';
export * from './milestone.entity';
export * from './task.entity';
export * from './project-views';
export * from './projects.service';
export * from './reminder-scan';
export * from './reminder-texts';
export * from './dashboard.service';
export * from './project-figures';
export * from './projects.module';

export const projectsEntities = [Project, ProjectMember, Milestone, Task];
