export const id = 557;
export const ids = [557];
export const modules = {

/***/ 7823:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// minimal library entry point.


module.exports = __webpack_require__(6579);


/***/ }),

/***/ 4603:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $R: () => (/* binding */ kubernetesOptions),
/* harmony export */   VZ: () => (/* binding */ kubernetesPrefixFlag),
/* harmony export */   aI: () => (/* binding */ encryptionConfigFlag)
/* harmony export */ });
/* harmony import */ var _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7268);
/* harmony import */ var _lib_inventory_prefix_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2782);
/**
 * --encryption-config and --kubernetes-prefix, shared by the commands that take an inventory
 * (inventory, restore, drill, diff). Kept apart from inventory.ts so a restore does not load the
 * inventory command's code (its renderer, the snapshot inspector) just for two flag specs; the
 * EncryptionConfiguration parser loads only when the flag is given.
 */


const encryptionConfigFlag = {
    name: 'encryption-config',
    kind: 'string',
    help: "kube-apiserver's EncryptionConfiguration: decrypt k8s:enc: values with its keys"
};
const kubernetesPrefixFlag = {
    name: 'kubernetes-prefix',
    kind: 'string',
    help: "where Kubernetes' objects are (kube-apiserver --etcd-prefix)",
    defaultText: '/registry'
};
/** --encryption-config and --kubernetes-prefix as inventory options. */
async function kubernetesOptions(parsed) {
    const path = parsed.strings.get('encryption-config');
    const prefix = parsed.strings.get('kubernetes-prefix');
    const root = prefix === undefined ? undefined : (0,_lib_inventory_prefix_js__WEBPACK_IMPORTED_MODULE_1__/* .kubernetesRoot */ .Bk)(prefix);
    if (prefix !== undefined && root === undefined)
        throw new _lib_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`invalid value "${prefix}" for --kubernetes-prefix: want a key prefix such as /registry`);
    const loadEncryptionConfig = path === undefined
        ? undefined
        : (await __webpack_require__.e(/* import() */ 474).then(__webpack_require__.bind(__webpack_require__, 9474))).loadEncryptionConfig;
    return {
        ...(path !== undefined && { encryptionConfig: await loadEncryptionConfig(path) }),
        ...(root !== undefined && { kubernetesPrefix: root })
    };
}


/***/ })

};
