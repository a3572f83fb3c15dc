import { useCallback, useEffect, useState } from 'react';
import { answer, client } from '../../api';
import { getSocket } from '../../socket';
import type { Project, Task } from './types';

/**
 * A changed task merged over the one we have: a task update may answer only the fields it changed
 * (the server leaves out what the request did not name), and a card must not lose its title.
 */
export const withTask = (p: Project, task: Task): Project => {
  const before = p.tasks.find((x) => x.id === task.id);
  return { ...p, tasks: [...p.tasks.filter((x) => x.id !== task.id), { ...before, ...task }] };
};

/** One project, kept live: tasks move on `task:updated`, everything else reloads on `project:updated`. */
export function useProject(id: string) {
  const [project, setProject] = useState<Project | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(() => {
    answer(client.GET('/api/v1/projects/{id}', { params: { path: { id } } }))
      .then((p) => {
        setProject(p);
        setError(null);
      })
      .catch(setError);
  }, [id]);
  useEffect(() => {
    load();
    const socket = getSocket();
    const onTask = (task: Task) => task.projectId === id && setProject((p) => (p ? withTask(p, task) : p));
    socket.on('task:updated', onTask);
    socket.on('project:updated', load);
    return () => {
      socket.off('task:updated', onTask);
      socket.off('project:updated', load);
    };
  }, [id, load]);
  return { project, setProject, error, reload: load };
}
