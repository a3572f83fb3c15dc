import { Body, Controller, Get, Header, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '@hamkar/common';
import { DashboardService, ProjectsService } from '@hamkar/projects';
import { UserId } from '../identity/current-user.decorator';
import { AddProjectMemberDto, ContributionDto, CreateProjectDto, MilestoneDto, TaskChangeDto, TaskDto } from './dto';

@ApiTags('projects')
@ApiBearerAuth()
@Controller()
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly dashboard: DashboardService,
  ) {}

  @Post('clusters/:clusterId/projects')
  create(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateProjectDto) {
    return this.projects.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/projects')
  list(@UserId() userId: string, @UuidParam('clusterId') clusterId: string) {
    return this.projects.list(userId, clusterId);
  }

  @Get('projects/:id')
  get(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.projects.get(userId, id);
  }

  @Get('projects/:id/activity')
  activity(@UserId() userId: string, @UuidParam('id') id: string) {
    return this.projects.activity(userId, id);
  }

  @Post('projects/:id/members')
  addMember(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AddProjectMemberDto) {
    return this.projects.addMember(userId, id, dto.organizationId, dto.pledged);
  }

  @Patch('projects/:id/members/:organizationId')
  contribution(@UserId() userId: string, @UuidParam('id') id: string, @UuidParam('organizationId') organizationId: string, @Body() dto: ContributionDto) {
    return this.projects.updateContribution(userId, id, organizationId, dto);
  }

  @Post('projects/:id/milestones')
  milestone(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: MilestoneDto) {
    return this.projects.addMilestone(userId, id, dto);
  }

  @Post('projects/:id/tasks')
  task(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: TaskDto) {
    return this.projects.addTask(userId, id, dto);
  }

  @Patch('tasks/:id')
  updateTask(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: TaskChangeDto) {
    return this.projects.updateTask(userId, id, dto);
  }

  @Get('clusters/:clusterId/dashboard')
  clusterDashboard(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Query('fresh') fresh?: string) {
    return this.dashboard.forCluster(userId, clusterId, fresh === 'true');
  }

  @Get('clusters/:clusterId/dashboard.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', `attachment; filename="hamkar-dashboard-${clusterId}.csv"`);
    return this.dashboard.monthlyCsv(userId, clusterId);
  }
}
