export const id = 555;
export const ids = [555];
export const modules = {

/***/ 9555:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  awsModeDeps: () => (/* binding */ awsModeDeps)
});

;// CONCATENATED MODULE: ./src/aws/lazy.ts
/**
 * An object that is loaded and built on the first call of one of its methods: a client a run never calls
 * costs nothing at start-up, and the first request does not wait for the others. Only for objects used
 * through async methods (the SDK clients' send, Ecs, Executions, HealthReaders).
 */
function lazy(load) {
    let loaded;
    return new Proxy({}, {
        get(_target, property) {
            if (property === 'then')
                return undefined;
            return async (...args) => {
                loaded ??= load();
                const target = await loaded;
                const member = Reflect.get(target, property);
                if (typeof member !== 'function')
                    throw new TypeError(`${String(property)} is not a method`);
                return member.apply(target, args);
            };
        },
    });
}

;// CONCATENATED MODULE: ./src/modes/deps.ts

/** Each client is loaded when a mode first calls it: a mode loads only the clients it uses. */
function awsModeDeps(region, log) {
    return {
        region,
        appMesh: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(356), __webpack_require__.e(959)]).then(__webpack_require__.bind(__webpack_require__, 4959))).appMesh(region)),
        ecs: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(212), __webpack_require__.e(509)]).then(__webpack_require__.bind(__webpack_require__, 6509))).ecs(region)),
        health: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(301), __webpack_require__.e(602)]).then(__webpack_require__.bind(__webpack_require__, 1602))).health(region)),
        executions: lazy(async () => (await Promise.all(/* import() */[__webpack_require__.e(861), __webpack_require__.e(476), __webpack_require__.e(129)]).then(__webpack_require__.bind(__webpack_require__, 5129))).executions(region)),
        now: () => new Date(),
        sleep: (seconds) => new Promise((resolve) => setTimeout(resolve, seconds * 1000)),
        log,
    };
}


/***/ })

};
