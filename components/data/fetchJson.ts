/** SWR fetcher: JSON or a thrown Error carrying the API's `{ error }` message. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    let message = `Request failed (${response.status})`;
    try {
      const body = (await response.json()) as { error?: string };
      if (body.error) message = body.error;
    } catch {
      // Non-JSON error body: keep the status message.
    }
    throw new Error(message);
  }
  return (await response.json()) as T;
}
