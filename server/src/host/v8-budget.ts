// How V8's optimizing compiler may grow the code it makes, set before any
// analysis code runs (imported first by cli/main.ts and lsp/main.ts; worker threads share
// the process's flags). The analysis is many mid-sized functions that call
// each other, and V8's default budget (920 bytes of bytecode inlined into
// one function) made its optimizing compiler the largest single cost of a
// run: on 2,000 corpus articles on one thread nearly half the CPU went to
// warming up, most of it compiling on background threads. A budget of 150
// cut CPU by 0.86x there and 0.92x on the full corpus (31,030 articles),
// where the smaller inlined code also ran no slower; the language server's
// indexing of 2,000 articles took 0.80x the CPU in three paired runs. Output
// is the same: these only change how V8 compiles, not what the code does.
//
// Loop peeling (a copy of each loop's first pass ahead of the loop, so that
// what the loop reads over and over is checked once) is turned off: it
// makes every optimized loop's code larger to compile, and here the checks
// it spares were worth less than that. Compiling is mostly warming up,
// which each thread does for itself: without peeling the CLI
// took 0.94x the time and 0.93x the CPU on the full corpus with both cores
// (five alternated pairs), 0.97x on one thread, and the warm analysis of
// 2,000 articles ran no slower (ab.mjs medians 448 and 456 ms against 466
// and 454).
import { setFlagsFromString } from 'node:v8';

/** Bytecode bytes V8 may inline into one optimized function in all (V8's default: 920). */
const INLINED_BYTECODE_BUDGET = 150;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
setFlagsFromString('--no-turbo-loop-peeling');
