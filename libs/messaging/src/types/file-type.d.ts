// file-type ships ES modules with types only under "exports", which this project's node10 resolution
// does not read; Node ≥ 20.19 loads it with require. The part we use:
declare module 'file-type' {
  export function fileTypeFromBuffer(buffer: Uint8Array | ArrayBuffer): Promise<{ ext: string; mime: string } | undefined>;
}
