import v8 from 'node:v8';
import vm from 'node:vm';

let collector: (() => void) | undefined;

/**
 * Runs a full garbage collection now. V8 lets its old generation grow to several times what is live before it
 * collects; work that promotes a lot of short-lived objects (a 64 MiB batch written in passes: each pass's items
 * outlive the scavenges during its database round trips) would otherwise peak at hundreds of MiB of garbage. The
 * collector is the one `--expose-gc` gives, taken once without exposing `gc` to the rest of the process.
 */
export function collectGarbage(): void {
  collector ??= (globalThis as { gc?: () => void }).gc ?? exposedCollector();
  collector();
}

function exposedCollector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  try {
    return vm.runInNewContext('gc') as () => void;
  } finally {
    v8.setFlagsFromString('--no-expose-gc');
  }
}
