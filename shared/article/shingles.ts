/** Hash of the `k` words starting at `i`. */
export function shingleHash(hashes: Uint32Array, i: number, k: number): number {
  let hash = 0x9e3779b9;
  for (let j = 0; j < k; j++) hash = Math.imul(hash ^ hashes[i + j]!, 0x85ebca6b) ^ (hash >>> 13);
  return hash >>> 0;
}
