// The optimizing compiler's inlining budget, set before any analysis code
// runs (imported first by cli/main.ts and lsp/main.ts; worker threads share
// the process's flags). The analysis is many mid-sized functions that call
// each other, and V8's default budget (920 bytes of bytecode inlined into
// one function) made its optimizing compiler the largest single cost of a
// run: on 2,000 corpus articles on one thread nearly half the CPU went to
// warming up, most of it compiling on background threads. A budget of 150
// cut CPU by 0.86x there and 0.92x on the full corpus (31,030 articles),
// where the smaller inlined code also ran no slower; the language server's
// indexing of 2,000 articles took 0.80x the CPU in three paired runs. Output
// is the same: this only changes how V8 compiles, not what the code does.
import { setFlagsFromString } from 'node:v8';

/** Bytecode bytes V8 may inline into one optimized function in all (V8's default: 920). */
const INLINED_BYTECODE_BUDGET = 150;

setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`);
