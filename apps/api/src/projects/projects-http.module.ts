import { Module } from '@nestjs/common';
import { ProjectsModule } from '@hamkar/projects';
import { ProjectsController } from './projects.controller';

@Module({ imports: [ProjectsModule], controllers: [ProjectsController] })
export class ProjectsHttpModule {}
