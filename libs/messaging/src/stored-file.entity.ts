// The files context owns uploads (table, store, typing); messages attach them by id.
export { StoredFile } from '@hamkar/files';
