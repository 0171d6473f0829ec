// A handler that throws must not take the server down nor leave the client
// waiting: the error is logged and the request gets an empty answer. A
// request the client cancelled gets the RequestCancelled error the protocol
// asks for, not the partial answer a handler that stopped early has.
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { CancellationToken } from 'vscode-languageserver';
import { messages } from './messages.js';

type Log = (message: string) => void;

export function safeRequest<P, R>(
  log: Log, name: string, empty: () => R, handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    let answer: R;
    try {
      answer = await handler(params, token);
    } catch (e) {
      log(messages.handlerFailed(name, e));
      answer = empty();
    }
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, messages.cancelled(name));
    return answer;
  };
}

/** The same for notifications and events, which answer nothing. */
export function safeListener<E>(log: Log, name: string, listener: (event: E) => void | Promise<void>): (event: E) => void {
  return (event) => {
    try {
      const done = listener(event);
      if (done) done.catch((e: unknown) => log(messages.handlerFailed(name, e)));
    } catch (e) {
      log(messages.handlerFailed(name, e));
    }
  };
}
