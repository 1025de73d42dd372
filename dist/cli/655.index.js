export const id = 655;
export const ids = [655];
export const modules = {

/***/ 5655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ecs: () => (/* binding */ ecs)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(212);
/* harmony import */ var _ecs_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2377);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6925);



const ecs = (region) => new _ecs_index_js__WEBPACK_IMPORTED_MODULE_0__/* .Ecs */ .U6(new _aws_sdk_client_ecs__WEBPACK_IMPORTED_MODULE_1__.ECSClient((0,_client_config_js__WEBPACK_IMPORTED_MODULE_2__.clientConfig)({ region })));


/***/ })

};
