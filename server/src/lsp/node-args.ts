// The flags the server's node runs with: the extension passes them when it
// starts the server, and other editors can too (README). A young generation
// of 4 MB: the server keeps every analysis it is sent, so a scavenge copies
// nearly everything it finds, and V8's default (16 MB and more) made pauses
// of 20–50 ms, several a second, while a folder was indexed. At 4 MB each
// is about a quarter as long: a hover waits less (p95 while the corpus is
// indexed 11.3 → 7.2 ms) and indexing takes as long as before.
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=4'];
