export const id = 998;
export const ids = [998];
export const modules = {

/***/ 7998:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   vpcLattice: () => (/* binding */ vpcLattice)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3635);
/* harmony import */ var _client_config_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6925);


const vpcLattice = (region) => new _aws_sdk_client_vpc_lattice__WEBPACK_IMPORTED_MODULE_0__/* .VPCLatticeClient */ .fzb((0,_client_config_js__WEBPACK_IMPORTED_MODULE_1__.clientConfig)({ region }));


/***/ })

};
