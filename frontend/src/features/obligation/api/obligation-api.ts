import { authHeader } from '@/lib/api-client';
import { ApiProblem } from '@/lib/problem';

/** Multipart upload (field `file`); openapi-fetch would serialise the body as JSON. */
export async function postFile<T>(path: string, file: File): Promise<T> {
  const form = new FormData();
  form.append('file', file);
  const response = await globalThis.fetch(new URL(path, window.location.origin), {
    method: 'POST',
    body: form,
    headers: await authHeader(),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON: keep the text as the detail
  }
  if (!response.ok) throw ApiProblem.from(response.status, body);
  return body as T;
}
