/**
 * An object that is loaded and built on the first call of one of its methods: a client a run never calls
 * costs nothing at start-up, and the first request does not wait for the others. Only for objects used
 * through async methods (the SDK clients' send, Ecs, Executions, HealthReaders).
 */
export function lazy<T extends object>(load: () => Promise<T>): T {
  let loaded: Promise<T> | undefined;
  return new Proxy({} as T, {
    get(_target, property) {
      if (property === 'then') return undefined;
      return async (...args: unknown[]) => {
        loaded ??= load();
        const target = await loaded;
        const member: unknown = Reflect.get(target, property);
        if (typeof member !== 'function') throw new TypeError(`${String(property)} is not a method`);
        return member.apply(target, args);
      };
    },
  });
}
