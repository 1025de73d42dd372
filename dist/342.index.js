export const id = 342;
export const ids = [342];
export const modules = {

/***/ 4342:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   health: () => (/* binding */ health)
/* harmony export */ });
/* harmony import */ var _health_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5058);

const health = (region) => (0,_health_index_js__WEBPACK_IMPORTED_MODULE_0__/* .awsHealthReaders */ .qQ)((0,_health_index_js__WEBPACK_IMPORTED_MODULE_0__/* .healthClients */ .P7)({ region }));


/***/ })

};
