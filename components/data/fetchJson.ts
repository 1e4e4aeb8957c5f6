/** A failed request: the API's `{ error }` message (or the status), and the status for callers that tell 404s apart. */
export class FetchError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = 'FetchError';
  }
}

/** SWR fetcher: JSON or a thrown FetchError carrying the API's `{ error }` message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = `Request failed (${response.status})`;
    try {
      const body = (await response.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // Non-JSON error body (a static host's 404 page): keep the status message.
    }
    throw new FetchError(message, response.status);
  }
  return (await response.json()) as T;
}
