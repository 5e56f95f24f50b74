// Staff sign in with a cookie (HttpOnly, set by the server). Experts get a bearer token bound to one session; it lives
// in sessionStorage so a reload of the tab keeps it and closing the tab forgets it.
const expertKey = "re.expertToken";

export const credentials = {
  expertToken(): string | null {
    return sessionStorage.getItem(expertKey);
  },
  setExpertToken(token: string | null): void {
    if (token) sessionStorage.setItem(expertKey, token);
    else sessionStorage.removeItem(expertKey);
  },
};
