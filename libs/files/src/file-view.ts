import type { StoredFile } from './stored-file.entity';

/** A file as clients see it: enough to show, check and download it (`GET /files/:id`). */
export const fileView = (f: StoredFile) => ({ id: f.id, name: f.name, size: Number(f.size), mime: f.mime, sha256: f.sha256 });
export type FileView = ReturnType<typeof fileView>;
