import { language } from "./i18n";

export function formatTime(iso: string): string {
  return new Date(iso).toLocaleString(language(), { dateStyle: "short", timeStyle: "short" });
}

export function formatClock(iso: string): string {
  return new Date(iso).toLocaleTimeString(language(), { hour: "2-digit", minute: "2-digit", second: "2-digit" });
}
