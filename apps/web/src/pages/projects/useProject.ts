import { useCallback, useEffect, useState } from 'react';
import { api } from '../../api';
import { getSocket } from '../../socket';
import type { Project, Task } from './types';

/** One project, kept live: tasks move on `task:updated`, everything else reloads on `project:updated`. */
export function useProject(id: string) {
  const [project, setProject] = useState<Project | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    api
      .get<Project>(`/projects/${id}`)
      .then((p) => {
        setProject(p);
        setError(null);
      })
      .catch(setError);
  }, [id]);
  useEffect(() => {
    load();
    const socket = getSocket();
    const onTask = (task: Task) => task.projectId === id && setProject((p) => (p ? { ...p, tasks: [...p.tasks.filter((x) => x.id !== task.id), task] } : p));
    socket.on('task:updated', onTask);
    socket.on('project:updated', load);
    return () => {
      socket.off('task:updated', onTask);
      socket.off('project:updated', load);
    };
  }, [id, load]);
  return { project, setProject, error, reload: load };
}
