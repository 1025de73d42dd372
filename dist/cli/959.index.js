export const id = 959;
export const ids = [959];
export const modules = {

/***/ 4959:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   appMesh: () => (/* binding */ appMesh)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9356);
/* harmony import */ var _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(_aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);


const appMesh = (region) => new _aws_sdk_client_app_mesh__WEBPACK_IMPORTED_MODULE_0__.AppMeshClient((0,_client_config_js__WEBPACK_IMPORTED_MODULE_1__.clientConfig)({ region }));


/***/ })

};
