/** The part of pako 1.x that pdf-lib uses to compress streams (pako ships no types; see deflate.ts). */
declare module 'pako' {
  export function deflate(data: Uint8Array, options?: Record<string, unknown>): Uint8Array;
  const pako: { deflate: typeof deflate };
  export default pako;
}
