/**
 * jsdom has no layout: matchMedia answers `(min-width)` / `(max-width)` queries for the width set
 * here, so Ant Design's breakpoints (Grid, Descriptions, Form layout) follow a phone's 390 px.
 */
let viewportWidth = 1280;
const listeners = new Set<() => void>();

function matches(query: string): boolean {
  const min = /min-width:\s*(\d+)px/.exec(query);
  const max = /max-width:\s*(\d+(?:\.\d+)?)px/.exec(query);
  return (!min || viewportWidth >= Number(min[1])) && (!max || viewportWidth <= Number(max[1]));
}

export function setViewportWidth(width: number): void {
  viewportWidth = width;
  Object.defineProperty(window, 'innerWidth', { configurable: true, writable: true, value: width });
  for (const l of [...listeners]) l();
}

/** Replaces the setup's matchMedia with one that follows the width set here. */
export function installMatchMedia(): void {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    configurable: true,
    value: (query: string) => {
      const subscribers = new Set<(e: { matches: boolean; media: string }) => void>();
      listeners.add(() => subscribers.forEach((fn) => fn({ matches: matches(query), media: query })));
      return {
        get matches() {
          return matches(query);
        },
        media: query,
        onchange: null,
        addListener: (fn: (e: { matches: boolean; media: string }) => void) => subscribers.add(fn),
        removeListener: (fn: (e: { matches: boolean; media: string }) => void) => subscribers.delete(fn),
        addEventListener: (_: string, fn: (e: { matches: boolean; media: string }) => void) => subscribers.add(fn),
        removeEventListener: (_: string, fn: (e: { matches: boolean; media: string }) => void) => subscribers.delete(fn),
        dispatchEvent: () => false,
      };
    },
  });
}
