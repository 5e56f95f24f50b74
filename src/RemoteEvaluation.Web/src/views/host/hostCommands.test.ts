import { describe, expect, it } from "vitest";
// The server's table of who may send which session command, read from its source so the two cannot drift apart.
import table from "../../../../RemoteEvaluation.Server/Authorization/SessionCommandRoles.cs?raw";

// The app's modules as text, by path from the project root such as /src/views/host.ts (Vite reads them).
const modules = import.meta.glob<string>("/src/**/*.ts", { query: "?raw", import: "default", eager: true });

const aliases: Record<string, string[]> = {
  Host: ["HostStaff"],
  Centre: ["HostStaff", "SiteStaff"],
  Members: ["Expert", "TendererRepresentative"],
};

function rolesByCommand(): Map<string, string[]> {
  const roles = new Map<string, string[]>();
  for (const [, command, right] of table.matchAll(/\[typeof\((\w+)\)\]\s*=\s*([^;\n]+?),\s*(?:\/\/.*)?$/gm)) {
    roles.set(command, aliases[right] ?? [...right.matchAll(/ActorRole\.(\w+)/g)].map((m) => m[1]));
  }
  return roles;
}

/** Every module the host console runs (its view and what it imports, transitively; type-only imports run nothing). */
function hostConsoleSources(): Map<string, string> {
  const sources = new Map<string, string>();
  const visit = (asked: string) => {
    const path = asked in modules ? asked : asked.replace(/\.ts$/, "/index.ts");
    if (sources.has(path)) return;
    const text = modules[path];
    if (text === undefined) throw new Error(`${asked} is not a module of the app`);
    sources.set(path, text);
    for (const [, imported] of text.matchAll(/^import (?!type )[^;]*?from "(\.[^"]+)"/gms)) {
      if (!imported.endsWith(".css")) visit(`${join(path, imported)}.ts`);
    }
  };
  visit("/src/views/host.ts");
  return sources;
}

/** The absolute path of `relative` imported by the module at `from`. */
function join(from: string, relative: string): string {
  const parts = from.split("/").slice(0, -1);
  for (const part of relative.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  return parts.join("/");
}

describe("the host console", () => {
  it("reads the server's table of command roles", () => {
    const roles = rolesByCommand();
    expect(roles.get("OpenSession")).toEqual(["HostStaff"]);
    expect(roles.get("ConcludeReview")).toEqual(["Expert", "TendererRepresentative"]);
    expect(roles.get("LinkRemoteSite")).toEqual(["HostStaff", "Coordinator"]);
  });

  it("sends no session command that host staff are refused", () => {
    const roles = rolesByCommand();
    const named = new Set<string>();
    const sources = hostConsoleSources();
    for (const text of sources.values()) {
      for (const [, literal] of text.matchAll(/"(\w+)"/g)) if (roles.has(literal)) named.add(literal);
      if (text.includes(".showDocument(")) named.add("ShowDocument");
    }
    expect(sources.size).toBeGreaterThan(10);
    const refused = [...named].filter((c) => !roles.get(c)!.includes("HostStaff"));
    expect(named).toContain("OpenScoring");
    expect(refused).toEqual([]);
  });
});
