/**
 * A part of a view rebuilt only when its key (a summary of the data it shows) changes, so events about other things
 * never take away the reader's focus or what they are typing.
 */
export class Keyed {
  readonly root: HTMLElement;
  private key: string | null = null;

  constructor(tag: keyof HTMLElementTagNameMap = "div", className = "") {
    this.root = document.createElement(tag);
    if (className) this.root.className = className;
  }

  update(key: string, build: () => (Node | null | false)[]): void {
    if (key === this.key) return;
    this.key = key;
    this.root.replaceChildren(...build().filter((n): n is Node => !!n));
  }

  /** Forces the next update to rebuild (a language switch). */
  invalidate(): void {
    this.key = null;
  }
}
