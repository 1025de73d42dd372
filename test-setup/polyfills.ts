// Promise.withResolvers arrived in Node 22; aws-local-stepfunctions calls it on every Task. Without it a
// Task throws a TypeError that a Catch States.ALL swallows, and a run "rolls back" for the wrong reason.
const promise = Promise as unknown as { withResolvers?: unknown };
if (typeof promise.withResolvers !== 'function') {
  Object.defineProperty(Promise, 'withResolvers', {
    configurable: true,
    writable: true,
    value: function withResolvers<T>() {
      let resolve!: (value: T | PromiseLike<T>) => void;
      let reject!: (reason?: unknown) => void;
      const created = new Promise<T>((onResolve, onReject) => {
        resolve = onResolve;
        reject = onReject;
      });
      return { promise: created, resolve, reject };
    },
  });
}
