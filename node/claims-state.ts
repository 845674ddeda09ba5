import {
  claimCorrectionSchema,
  claimsStateSchema,
  type ClaimCorrection,
  type ClaimsState,
} from '../shared/claims/model';
import { nullLogger, type Logger } from './logger';
import { stateFile, type StateFile, type StateItems, type StateRead } from './state-file';

/** File name of the claims corrections inside `<folder>/.recoupe/`. */
export const CLAIMS_FILE = 'claims.json';

/** A claims correction's item id: a claim's move, or a claim's dismissal of one discrepancy. */
const claimItemId = (c: ClaimCorrection): string =>
  c.type === 'move' ? `move:${c.claimId}` : `dismiss:${c.claimId}:${c.discrepancy}`;

/** The claims corrections' items, by `claimItemId`. */
const claimItems: StateItems<ClaimsState> = {
  split: (value) => new Map(value.corrections.map((c) => [claimItemId(c), c])),
  join: (items) => ({ version: 1, corrections: [...items.values()] as ClaimCorrection[] }),
};

/** The accessor of a folder's `.recoupe/claims.json`. */
function claimsFile(root: string, logger: Logger): StateFile<ClaimsState> {
  return stateFile(
    root,
    {
      name: CLAIMS_FILE,
      schema: claimsStateSchema,
      empty: { version: 1, corrections: [] },
      what: 'claims',
      items: claimItems,
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

/**
 * Saves the folder's claims corrections made from `base` (what the caller read), merged with corrections saved
 * meanwhile elsewhere; without a base, they replace the file, except that removed corrections do not come back.
 */
export async function writeClaimsState(
  root: string,
  corrections: readonly ClaimCorrection[],
  logger: Logger = nullLogger,
  base?: readonly ClaimCorrection[],
): Promise<StateRead<ClaimsState>> {
  return claimsFile(root, logger).write(
    { version: 1, corrections: [...corrections] },
    base ? { version: 1, corrections: [...base] } : undefined,
  );
}

/**
 * Records one more correction in the file as it is when saved (so corrections saved meanwhile are kept). A move
 * replaces an earlier move of the same claim; a dismissal already recorded is not repeated.
 */
export async function addClaimCorrection(
  root: string,
  correction: ClaimCorrection,
  logger: Logger = nullLogger,
): Promise<StateRead<ClaimsState>> {
  const valid = claimCorrectionSchema.parse(correction);
  return claimsFile(root, logger).update((current) => ({
    version: 1,
    corrections: [...current.corrections.filter((c) => claimItemId(c) !== claimItemId(valid)), valid],
  }));
}
