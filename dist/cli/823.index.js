export const id = 823;
export const ids = [823];
export const modules = {

/***/ 7823:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// minimal library entry point.


module.exports = __webpack_require__(6579);


/***/ })

};
