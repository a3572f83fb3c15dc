import { ProjectBoard } from './projects/ProjectBoard';
import { ProjectForm } from './projects/ProjectForm';
import { ProjectList } from './projects/ProjectList';
import '../styles/screens.css';

/** `#/c/<cluster>/projects` lists them by status, `/new` starts one, `/<id>` is one project's board. */
export function ProjectsPage({ projectId }: { projectId?: string }) {
  if (projectId === 'new') return <ProjectForm />;
  return projectId ? <ProjectBoard id={projectId} /> : <ProjectList />;
}
