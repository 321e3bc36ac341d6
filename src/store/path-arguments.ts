// The limits both stores put on a path question, checked in one place so they refuse alike.
import { DEFAULT_MAX_PATHS } from "../query/paths.ts";
import { MAX_PATHS, type PathQuery, StoreRequestError } from "./graph-store.ts";

/** Longest path a store searches for, in steps, whatever the question asks. */
export const MAX_PATH_LENGTH = 12;

export function checkPathArguments(query: PathQuery): { max: number; maxLength: number } {
  const max = query.max ?? DEFAULT_MAX_PATHS;
  if (!Number.isInteger(max) || max < 1 || max > MAX_PATHS) {
    throw new StoreRequestError(
      `max must be a whole number from 1 to ${MAX_PATHS}, not ${max}`,
      `ask for 1 to ${MAX_PATHS} paths`,
    );
  }
  const maxLength = query.maxLength ?? MAX_PATH_LENGTH;
  if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_PATH_LENGTH) {
    throw new StoreRequestError(
      `maxLength must be a whole number from 1 to ${MAX_PATH_LENGTH}, not ${maxLength}`,
      `ask for paths of 1 to ${MAX_PATH_LENGTH} steps`,
    );
  }
  return { max, maxLength };
}
