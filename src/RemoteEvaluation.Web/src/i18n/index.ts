import { en } from "./en";
import { zhCN, type MessageId } from "./zh-CN";

export type { MessageId };
export type Language = "zh-CN" | "en";

const storageKey = "re.lang";
const dictionaries: Record<Language, Record<MessageId, string>> = { "zh-CN": zhCN, en };
const listeners = new Set<() => void>();

let current: Language = readStored();

function readStored(): Language {
  try {
    return localStorage.getItem(storageKey) === "en" ? "en" : "zh-CN";
  } catch {
    return "zh-CN";
  }
}

export function language(): Language {
  return current;
}

/** The text of `id` in the current language, with `{name}` placeholders filled from `params`. */
export function t(id: MessageId, params?: Record<string, string | number>): string {
  const text = dictionaries[current][id] ?? id;
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m)) : text;
}

/** Whether the dictionaries know `id` (for codes and phases that come from the server). */
export function has(id: string): id is MessageId {
  return id in zhCN;
}

export function setLanguage(next: Language): void {
  current = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function toggleLanguage(): void {
  setLanguage(current === "zh-CN" ? "en" : "zh-CN");
}

/** Views re-render on a language switch. */
export function onLanguageChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
