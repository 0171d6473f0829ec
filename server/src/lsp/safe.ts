// A handler that throws must not take the server down nor leave the client
// waiting: the error is logged and the request gets an empty answer.
import type { CancellationToken } from 'vscode-languageserver';
import { messages } from './messages.js';

type Log = (message: string) => void;

export function safeRequest<P, R>(
  log: Log, name: string, empty: () => R, handler: (params: P, token: CancellationToken) => R | Promise<R>,
): (params: P, token: CancellationToken) => Promise<R> {
  return async (params, token) => {
    try {
      return await handler(params, token);
    } catch (e) {
      log(messages.handlerFailed(name, e));
      return empty();
    }
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
