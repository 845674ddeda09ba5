import { join } from 'node:path';
import {
  claimCorrectionSchema,
  claimsStateSchema,
  type ClaimCorrection,
  type ClaimsState,
} from '../shared/claims/model';
import { nullLogger, type Logger } from './logger';
import { STATE_DIR } from './scan-folder';
import { readStateJson, writeStateJson, type StateRead } from './state-json';

/** File name of the claims corrections inside `<folder>/.recoupe/`. */
export const CLAIMS_FILE = 'claims.json';

/** Path of a folder's claims corrections file. */
export function claimsStatePath(root: string): string {
  return join(root, STATE_DIR, CLAIMS_FILE);
}

/** Reads `<folder>/.recoupe/claims.json`; no file gives no corrections, a damaged one is moved aside. */
export async function readClaimsState(
  root: string,
  logger: Logger = nullLogger,
): Promise<StateRead<ClaimsState>> {
  return readStateJson(
    claimsStatePath(root),
    claimsStateSchema,
    { version: 1, corrections: [] },
    'claims corrections',
    logger,
  );
}

/** Replaces the folder's claims corrections, validated, written atomically. */
export async function writeClaimsState(
  root: string,
  corrections: readonly ClaimCorrection[],
): Promise<ClaimsState> {
  return writeStateJson(claimsStatePath(root), claimsStateSchema, {
    version: 1,
    corrections: [...corrections],
  });
}

/**
 * Records one more correction after re-reading the file (so corrections saved meanwhile are kept). A move replaces an
 * earlier move of the same claim; a dismissal already recorded is not repeated.
 */
export async function addClaimCorrection(
  root: string,
  correction: ClaimCorrection,
  logger: Logger = nullLogger,
): Promise<ClaimsState> {
  const valid = claimCorrectionSchema.parse(correction);
  const { value } = await readClaimsState(root, logger);
  const kept = value.corrections.filter((c) =>
    valid.type === 'move'
      ? !(c.type === 'move' && c.claimId === valid.claimId)
      : !(c.type === 'dismiss' && c.claimId === valid.claimId && c.discrepancy === valid.discrepancy),
  );
  return writeClaimsState(root, [...kept, valid]);
}
