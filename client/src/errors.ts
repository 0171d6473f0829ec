/** A thrown value as one line for the output channel. */
export function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
