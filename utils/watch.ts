// Late-loaded report bodies: re-check after DOM changes settle, and stop observing once the
// check succeeds, after a quiet spell, after a cap of checks, or after a lifetime (a page that
// never stops mutating must not keep us busy). Shared by the detector and the audit script, so
// it stays dependency-free.

export interface WatchOptions {
  /** wait for this long without mutations before checking… */
  debounceMs?: number;
  /** …but no longer than this after the first unchecked mutation (a ticker never goes quiet) */
  maxWaitMs?: number;
  quietMs?: number;
  maxChecks?: number;
  lifetimeMs?: number;
  /** mutations to disregard (our own overlay host being added) */
  ignore?: (record: MutationRecord) => boolean;
}

export function watchMutations(target: Node, check: () => boolean, opts: WatchOptions = {}): () => void {
  const { debounceMs = 300, maxWaitMs = 1_000, quietMs = 10_000, maxChecks = 30, lifetimeMs = 60_000, ignore } = opts;
  let checks = 0;
  let debounce: ReturnType<typeof setTimeout> | undefined;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let firstPending = 0;
  let dueAt = 0;
  const stop = () => {
    observer.disconnect();
    clearTimeout(debounce);
    clearTimeout(quiet);
    clearTimeout(lifetime);
  };
  const run = () => {
    debounce = undefined;
    firstPending = 0;
    checks++;
    let done = true;
    try {
      done = check();
    } catch {
      // a check that throws will throw again: stop rather than spin
    }
    if (done || checks >= maxChecks) stop();
  };
  const observer = new MutationObserver((records) => {
    if (ignore && records.every(ignore)) return;
    clearTimeout(quiet);
    quiet = setTimeout(stop, quietMs);
    const now = Date.now();
    firstPending ||= now;
    const due = Math.min(now + debounceMs, firstPending + maxWaitMs);
    // at the cap the due time stops moving: keep the timer, or a ticker would cancel it forever
    if (debounce !== undefined && due <= dueAt) return;
    clearTimeout(debounce);
    dueAt = due;
    debounce = setTimeout(run, due - now);
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true });
  quiet = setTimeout(stop, quietMs);
  const lifetime = setTimeout(stop, lifetimeMs);
  return stop;
}
