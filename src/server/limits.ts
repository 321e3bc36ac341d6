// The server's default limits, in a module of their own so `kg serve --help` can print them
// without loading the HTTP framework.

export const DEFAULT_EXPORT_MAX_NODES = 100_000;
export const DEFAULT_TIMEOUT_MS = 10_000;
