// HTTP calls to the server: staff carry the sign-in cookie, an expert carries the bearer token from the check-in code.
import { credentials } from "./credentials";

/** A refused request: the stable code (the problem document's title) and the server's message. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, message: string) {
    super(message);
  }
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  return send<T>(method, path, body === undefined ? undefined : { text: JSON.stringify(body), contentType: "application/json" });
}

/** Posts a file's text as it is (an import: `text/csv` or `application/json`), answered like `api`. */
export async function upload<T>(path: string, text: string, contentType: string): Promise<T> {
  return send<T>("POST", path, { text, contentType });
}

async function send<T>(method: string, path: string, body?: { text: string; contentType: string }): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  const token = credentials.expertToken();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body) headers["Content-Type"] = body.contentType;
  const response = await fetch(path, {
    method,
    headers,
    credentials: "same-origin",
    body: body?.text,
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    throw new ApiError(response.status, json?.title ?? `http.${response.status}`, json?.detail ?? response.statusText);
  }
  return json as T;
}
