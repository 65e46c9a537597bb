import pako from 'pako';
import { deflateSync } from 'node:zlib';

/**
 * Compressing PDF streams with Node's own zlib instead of pako.
 *
 * pdf-lib compresses every content stream, appearance stream and font file through `pako.deflate`, a JavaScript port
 * of zlib that allocates about 400 KiB of working buffers for each stream it compresses. A filled referral has a stream
 * per form field, so profiling showed pako and the garbage it leaves at about a quarter of the time to fill a form.
 * Node's zlib is the same algorithm in native code with the same zlib-wrapped output, so pdf-lib's one shared pako
 * module is given a `deflate` that calls it. pdf-lib and this module resolve the same pako (one copy in the lock file,
 * and one module when bundled), and calls with options pako understands but this does not are passed to pako itself.
 */

let installed = false;

export function useNativeDeflate(): void {
  if (installed) return;
  installed = true;
  const pakoDeflate = pako.deflate;
  pako.deflate = (data: Uint8Array, options?: Record<string, unknown>): Uint8Array => {
    if (options !== undefined && Object.keys(options).length > 0) return pakoDeflate(data, options);
    return deflateSync(data);
  };
}

/** Whether streams are being compressed natively (for the bench and tests). */
export const nativeDeflateInstalled = () => installed;
