// Paths the server answers with index.html (SPA fallback): "/" lands on the role's view, "/sessions/{id}" opens one.
const listeners = new Set<() => void>();

export function navigate(path: string): void {
  if (location.pathname !== path) history.pushState(null, "", path);
  listeners.forEach((l) => l());
}

export function onNavigate(listener: () => void): void {
  listeners.add(listener);
  window.addEventListener("popstate", listener);
}

/** The session id in `/sessions/{id}`, or null. */
export function sessionInPath(): string | null {
  const match = /^\/sessions\/([^/]+)\/?$/.exec(location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}
