/** The answer a worker posts when a request fails: the error's message, and its stack as detail when there is one. */
export function failureResponse(
  id: number,
  error: unknown,
): { id: number; type: 'error'; message: string; detail?: string } {
  return {
    id,
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    ...(error instanceof Error && error.stack ? { detail: error.stack } : {}),
  };
}
