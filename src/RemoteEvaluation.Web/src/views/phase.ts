import { has, t } from "../i18n";

export function phaseName(phase: string): string {
  const id = `phase.${phase}`;
  return has(id) ? t(id) : phase;
}
