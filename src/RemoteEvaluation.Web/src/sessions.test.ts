import { describe, expect, it } from "vitest";
import { SessionPages, sessionPagePath, type SessionSummary } from "./sessions";

const session = (sessionId: string) => ({ sessionId }) as SessionSummary;
const ids = (sessions: SessionSummary[]) => sessions.map((s) => s.sessionId);

/** A server holding `all` sessions newest first, answering pages as GET /api/sessions does, and the paths asked. */
function server(all: string[]) {
  const asked: string[] = [];
  const fetchPage = async (path: string) => {
    asked.push(path);
    const query = new URLSearchParams(path.split("?")[1]);
    const skip = Number(query.get("skip"));
    return all.slice(skip, skip + Number(query.get("take"))).map(session);
  };
  return { asked, fetchPage };
}

describe("the session list's pages (评标会列表)", () => {
  it("ask the server for the newest sessions first, one page after those already read", () => {
    expect(sessionPagePath(0)).toBe("/api/sessions?order=newest&skip=0&take=50");
    expect(sessionPagePath(100, 20)).toBe("/api/sessions?order=newest&skip=100&take=20");
  });

  it("fetch only the first page until more are asked for", async () => {
    const { asked, fetchPage } = server(["s5", "s4", "s3", "s2", "s1"]);
    const pages = new SessionPages(fetchPage, 2);

    expect(ids(await pages.next())).toEqual(["s5", "s4"]);
    expect(asked).toEqual(["/api/sessions?order=newest&skip=0&take=3"]); // one more than a page, to know if there is another
    expect(pages.hasMore).toBe(true);
  });

  it("add each further page after the sessions shown, and know a short page is the last", async () => {
    const pages = new SessionPages(server(["s5", "s4", "s3", "s2", "s1"]).fetchPage, 2);
    await pages.next();
    await pages.next();

    expect(ids(await pages.next())).toEqual(["s1"]);
    expect(ids(pages.sessions)).toEqual(["s5", "s4", "s3", "s2", "s1"]);
    expect(pages.hasMore).toBe(false);
  });

  it("know a full last page is the last, so no 'more' is offered that would find nothing", async () => {
    const { asked, fetchPage } = server(["s4", "s3", "s2", "s1"]);
    const pages = new SessionPages(fetchPage, 2);
    await pages.next();
    expect(pages.hasMore).toBe(true);

    expect(ids(await pages.next())).toEqual(["s2", "s1"]);
    expect(pages.hasMore).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it("ask nothing more once the last page is read", async () => {
    const { asked, fetchPage } = server(["s1"]);
    const pages = new SessionPages(fetchPage, 2);
    await pages.next();

    expect(await pages.next()).toEqual([]);
    expect(asked).toHaveLength(1);
  });

  it("ask once for a page asked for twice while it is on its way (a double click)", async () => {
    const { asked, fetchPage } = server(["s3", "s2", "s1"]);
    const pages = new SessionPages(fetchPage, 2);

    const [first, second] = await Promise.all([pages.next(), pages.next()]);
    expect(first).toBe(second);
    expect(asked).toHaveLength(1);
  });

  it("do not show a session twice when one scheduled between two pages shifts the rest", async () => {
    const all = ["s3", "s2", "s1"];
    const pages = new SessionPages(server(all).fetchPage, 2);
    await pages.next();
    all.unshift("s4"); // newest first: s2 moves onto the second page

    expect(ids(await pages.next())).toEqual(["s1"]);
    expect(ids(pages.sessions)).toEqual(["s3", "s2", "s1"]);
  });
});
