import createClient from 'openapi-fetch';
import type { components, paths } from './api/schema';

export interface Problem {
  status: number;
  title: string;
  /** Stable machine name the client translates (`auth.wrong-credentials`); see errors.ts. */
  code?: string;
  params?: Record<string, string | number | boolean | null>;
  detail?: string;
  errors?: Array<{ field: string; message: string; code?: string }>;
}

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

interface Tokens {
  accessToken: string;
  refreshToken: string;
}

const STORAGE = 'hamkar.tokens';

/** The api client: bearer tokens kept in memory and localStorage, one refresh on a 401, then sign-out. */
class Api {
  private tokens: Tokens | null = JSON.parse(localStorage.getItem(STORAGE) ?? 'null');
  private listeners = new Set<() => void>();

  get accessToken() {
    return this.tokens?.accessToken ?? null;
  }

  onSignOut(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  setTokens(tokens: Tokens | null) {
    this.tokens = tokens;
    if (tokens) localStorage.setItem(STORAGE, JSON.stringify(tokens));
    else localStorage.removeItem(STORAGE);
  }

  async signOut() {
    const refreshToken = this.tokens?.refreshToken;
    this.setTokens(null);
    if (refreshToken)
      await fetch('/api/v1/auth/logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      }).catch(() => undefined);
    this.listeners.forEach((l) => l());
  }

  private early = new Map<string, Promise<Response>>();
  /**
   * Starts a GET the first screen will need before React has even rendered, so a slow line spends its
   * round trips in parallel; the first typed call of the same path takes the answer (once).
   */
  prefetch(path: string) {
    if (!this.tokens || this.early.has(path)) return;
    const response = this.transmit(new Request(`/api/v1${path}`));
    response.catch(() => undefined);
    this.early.set(path, response);
  }

  /** Every call of the typed `client` goes out here: a prefetched answer, the token, one refresh on a 401. */
  send(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = url.pathname.slice('/api/v1'.length) + url.search;
    const early = request.method === 'GET' ? this.early.get(path) : undefined;
    if (!early) return this.transmit(request);
    this.early.delete(path);
    // A head start that failed (offline at start) must not fail the real ask: that one goes out afresh.
    return early.catch(() => this.transmit(request));
  }

  private async transmit(request: Request, retry = true): Promise<Response> {
    const again = retry ? request.clone() : null;
    if (this.tokens) request.headers.set('authorization', `Bearer ${this.tokens.accessToken}`);
    const res = await fetch(request);
    if (res.status === 401 && again && this.tokens && !new URL(request.url).pathname.startsWith('/api/v1/auth/')) {
      if (await this.refresh()) return this.transmit(again, false);
      await this.signOut();
    }
    return res;
  }

  private refreshing: Promise<boolean> | null = null;
  private refresh(): Promise<boolean> {
    this.refreshing ??= (async () => {
      try {
        const res = await fetch('/api/v1/auth/refresh', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ refreshToken: this.tokens?.refreshToken }),
        });
        if (!res.ok) return false;
        this.setTokens(await res.json());
        return true;
      } finally {
        setTimeout(() => (this.refreshing = null), 0);
      }
    })();
    return this.refreshing;
  }
}

export const api = new Api();

/** The api's types, generated from its OpenAPI document (`npm run api:generate`). */
export type Schemas = components['schemas'];

/**
 * The typed client: paths, parameters, bodies and answers from the generated schema, sent through
 * `api` (tokens, refresh, prefetched answers). Wrap a call in `answer` for its data or an ApiError.
 */
export const client = createClient<paths>({ fetch: (request) => api.send(request) });

/** The data of a typed call, or its problem+json thrown as an ApiError (its `code` translated by errors.ts). */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  // openapi-fetch gives the parsed body, or its text when it is not JSON (a proxy's HTML page).
  if (!response.ok)
    throw new ApiError(error && typeof error === 'object' ? (error as Problem) : { status: response.status, title: response.statusText });
  return data as T;
}

type Uploaded = paths['/api/v1/clusters/{clusterId}/files']['post']['responses'][201]['content']['application/json'];

/** Uploads a file for chat, with progress (fetch cannot report upload progress); the answer is the route's own type. */
export function upload(clusterId: string, file: File, onProgress: (fraction: number) => void): Promise<Uploaded> {
  return uploadTo(`/clusters/${clusterId}/files`, file, {}, onProgress);
}

/** Saves a file the caller may read (`GET /files/:id`, which needs the token) under its own name. */
export async function downloadFile(id: string, name: string): Promise<void> {
  const res = await fetch(`/api/v1/files/${id}`, { headers: { authorization: `Bearer ${api.accessToken}` } });
  if (!res.ok) throw new ApiError(await res.json().catch(() => ({ status: res.status, title: res.statusText })));
  const url = URL.createObjectURL(await res.blob());
  Object.assign(document.createElement('a'), { href: url, download: name }).click();
  URL.revokeObjectURL(url);
}

/** A file (multipart field `file`) and other fields, to any route that takes one, with progress. */
export function uploadTo<T>(path: string, file: File, fields: Record<string, string>, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/v1${path}`);
    if (api.accessToken) xhr.setRequestHeader('authorization', `Bearer ${api.accessToken}`);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () =>
      xhr.status < 300 ? resolve(JSON.parse(xhr.responseText)) : reject(new ApiError(JSON.parse(xhr.responseText || '{}')));
    xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error' }));
    const form = new FormData();
    form.append('file', file);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    xhr.send(form);
  });
}
