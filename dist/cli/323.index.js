export const id = 323;
export const ids = [323];
export const modules = {

/***/ 8323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   elbv2: () => (/* binding */ elbv2)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(586);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);


const elbv2 = (region) => new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_0__/* .ElasticLoadBalancingV2Client */ .MlD((0,_client_config_js__WEBPACK_IMPORTED_MODULE_1__.clientConfig)({ region }));


/***/ })

};
