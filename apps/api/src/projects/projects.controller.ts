import { Body, Controller, Get, Header, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { UuidParam } from '@hamkar/common';
import { DashboardService, ProjectsService } from '@hamkar/projects';
import { UserId } from '../identity/current-user.decorator';
import { AddProjectMemberDto, ContributionDto, CreateProjectDto, MilestoneDto, TaskChangeDto, TaskDto } from './dto';
import { DashboardView, MilestoneView, ProjectActivityPage, ProjectDetailView, ProjectPage, TaskView } from './views';

@ApiTags('projects')
@ApiBearerAuth()
@Controller()
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly dashboard: DashboardService,
  ) {}

  @Post('clusters/:clusterId/projects')
  @ApiCreatedResponse({ type: ProjectDetailView })
  create(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Body() dto: CreateProjectDto): Promise<ProjectDetailView> {
    return this.projects.create(userId, clusterId, dto);
  }

  @Get('clusters/:clusterId/projects')
  @ApiOkResponse({ type: ProjectPage })
  list(@UserId() userId: string, @UuidParam('clusterId') clusterId: string): Promise<ProjectPage> {
    return this.projects.list(userId, clusterId);
  }

  @Get('projects/:id')
  @ApiOkResponse({ type: ProjectDetailView })
  get(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProjectDetailView> {
    return this.projects.get(userId, id);
  }

  @Get('projects/:id/activity')
  @ApiOkResponse({ type: ProjectActivityPage })
  activity(@UserId() userId: string, @UuidParam('id') id: string): Promise<ProjectActivityPage> {
    return this.projects.activity(userId, id);
  }

  @Post('projects/:id/members')
  @ApiCreatedResponse({ type: ProjectDetailView })
  addMember(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: AddProjectMemberDto): Promise<ProjectDetailView> {
    return this.projects.addMember(userId, id, dto.organizationId, dto.pledged);
  }

  @Patch('projects/:id/members/:organizationId')
  @ApiOkResponse({ type: ProjectDetailView })
  contribution(
    @UserId() userId: string,
    @UuidParam('id') id: string,
    @UuidParam('organizationId') organizationId: string,
    @Body() dto: ContributionDto,
  ): Promise<ProjectDetailView> {
    return this.projects.updateContribution(userId, id, organizationId, dto);
  }

  @Post('projects/:id/milestones')
  @ApiCreatedResponse({ type: MilestoneView })
  milestone(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: MilestoneDto): Promise<MilestoneView> {
    return this.projects.addMilestone(userId, id, dto);
  }

  @Post('projects/:id/tasks')
  @ApiCreatedResponse({ type: TaskView })
  task(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: TaskDto): Promise<TaskView> {
    return this.projects.addTask(userId, id, dto);
  }

  @Patch('tasks/:id')
  @ApiOkResponse({ type: TaskView })
  updateTask(@UserId() userId: string, @UuidParam('id') id: string, @Body() dto: TaskChangeDto): Promise<TaskView> {
    return this.projects.updateTask(userId, id, dto);
  }

  @Get('clusters/:clusterId/dashboard')
  @ApiOkResponse({ type: DashboardView })
  @ApiQuery({ name: 'fresh', required: false, enum: ['true', 'false'], description: 'Recompute instead of the cached figures.' })
  clusterDashboard(
    @UserId() userId: string,
    @UuidParam('clusterId') clusterId: string,
    @Query('fresh') fresh?: string,
  ): Promise<DashboardView> {
    return this.dashboard.forCluster(userId, clusterId, fresh === 'true');
  }

  @Get('clusters/:clusterId/dashboard.csv')
  @Header('Content-Type', 'text/csv; charset=utf-8')
  async csv(@UserId() userId: string, @UuidParam('clusterId') clusterId: string, @Res({ passthrough: true }) res: Response) {
    res.setHeader('Content-Disposition', `attachment; filename="hamkar-dashboard-${clusterId}.csv"`);
    return this.dashboard.monthlyCsv(userId, clusterId);
  }
}
