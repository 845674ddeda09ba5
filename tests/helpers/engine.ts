import { createEngineHost, typescriptWorker, type Engine } from '../../node/engine-host/host';

let shared: Engine | null = null;

/** One engine host per test process, its workers started under tsx on first use (idle workers let Vitest exit). */
export function testEngine(): Engine {
  shared ??= createEngineHost({ worker: typescriptWorker() });
  return shared;
}
