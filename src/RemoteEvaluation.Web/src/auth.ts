import { api } from "./api";
import { credentials } from "./credentials";

/** The answer of `GET /api/auth/me`. */
export interface Me {
  kind: "staff" | "expert" | string;
  username: string;
  displayName: string | null;
  role: string;
  siteId: string | null;
  sessionId: string | null;
  expertId: string | null;
  expiresAt: string | null;
}

interface ExpertTokenResponse {
  accessToken: string;
  sessionId: string;
}

export async function signInStaff(username: string, password: string): Promise<void> {
  credentials.setExpertToken(null);
  await api("POST", "/api/auth/login?useCookies=true", { username, password });
}

export async function signInExpert(sessionId: string, code: string): Promise<void> {
  const answer = await api<ExpertTokenResponse>("POST", "/api/auth/expert", { sessionId, code });
  credentials.setExpertToken(answer.accessToken);
}

/** Who is signed in, or null. */
export async function whoAmI(): Promise<Me | null> {
  try {
    return await api<Me>("GET", "/api/auth/me");
  } catch {
    return null;
  }
}

export async function signOut(): Promise<void> {
  credentials.setExpertToken(null);
  await api("POST", "/api/auth/logout").catch(() => undefined);
}
