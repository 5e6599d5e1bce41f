/**
 * What a stopped run cleans up. While dondoc holds something that must not outlive it (the temporary
 * file of an output being written, LibreOffice's scratch profile, an open history file), Ctrl+C
 * (SIGINT), SIGTERM and SIGHUP first remove it, then end the process as the signal would have (so the
 * shell sees the usual 130 / 143). With nothing held, the signals keep Node's default behaviour.
 */

type Cleanup = () => void;

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const pending = new Set<Cleanup>();
let installed = false;

function onSignal(signal: NodeJS.Signals): void {
  for (const cleanup of [...pending]) {
    try {
      cleanup();
    } catch {
      // the process is stopping: a cleanup that fails must not keep the others from running
    }
  }
  pending.clear();
  uninstall();
  // Now that no handler is left, the signal does what it would have done: end the process.
  process.kill(process.pid, signal);
}

function install(): void {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  if (!installed) return;
  installed = false;
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/**
 * Runs `cleanup` (synchronously) if the process is stopped by a signal before the returned function
 * is called; calling it ends that promise.
 */
export function onInterrupt(cleanup: Cleanup): () => void {
  pending.add(cleanup);
  install();
  return () => {
    pending.delete(cleanup);
    if (pending.size === 0) uninstall();
  };
}
