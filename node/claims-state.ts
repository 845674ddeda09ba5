import {
  claimCorrectionSchema,
  claimsStateSchema,
  type ClaimCorrection,
  type ClaimsState,
} from '../shared/claims/model';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateRead } from './state-file';

/** File name of the claims corrections inside `<folder>/.recoupe/`. */
export const CLAIMS_FILE = 'claims.json';

/** The accessor of a folder's `.recoupe/claims.json`. */
function claimsFile(root: string, logger: Logger): StateFile<ClaimsState> {
  return stateFile(
    root,
    {
      name: CLAIMS_FILE,
      schema: claimsStateSchema,
      empty: { version: 1, corrections: [] },
      what: 'claims',
    },
    logger,
  );
}

/** Path of a folder's claims corrections file. */
export function claimsStatePath(root: string): string {
  return claimsFile(root, nullLogger).path;
}

/** Reads `<folder>/.recoupe/claims.json`; no file gives no corrections, a damaged one is reported and left in place. */
export async function readClaimsState(
  root: string,
  logger: Logger = nullLogger,
): Promise<StateRead<ClaimsState>> {
  return claimsFile(root, logger).read();
}

/** Replaces the folder's claims corrections, validated, written atomically (a damaged file is moved aside first). */
export async function writeClaimsState(
  root: string,
  corrections: readonly ClaimCorrection[],
  logger: Logger = nullLogger,
): Promise<StateRead<ClaimsState>> {
  return claimsFile(root, logger).write({ version: 1, corrections: [...corrections] });
}

/**
 * Records one more correction after re-reading the file (so corrections saved meanwhile are kept). A move replaces an
 * earlier move of the same claim; a dismissal already recorded is not repeated.
 */
export async function addClaimCorrection(
  root: string,
  correction: ClaimCorrection,
  logger: Logger = nullLogger,
): Promise<StateRead<ClaimsState>> {
  const valid = claimCorrectionSchema.parse(correction);
  const { value } = await readClaimsState(root, logger);
  const kept = value.corrections.filter((c) =>
    valid.type === 'move'
      ? !(c.type === 'move' && c.claimId === valid.claimId)
      : !(c.type === 'dismiss' && c.claimId === valid.claimId && c.discrepancy === valid.discrepancy),
  );
  return writeClaimsState(root, [...kept, valid], logger);
}
