export const id = 447;
export const ids = [447];
export const modules = {

/***/ 8447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   saveDrillReport: () => (/* binding */ saveDrillReport)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _lib_report_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35312);
/* harmony import */ var _constants_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90915);
/* harmony import */ var _publish_upload_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(26398);





/** Writes the drill report into the data-dirs' folder and uploads it when asked. */
async function saveDrillReport(drill, outDir, inputs, logger) {
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DRILL_REPORT_FILE */ .mE);
    await (0,_lib_report_file_js__WEBPACK_IMPORTED_MODULE_2__/* .writeReportFile */ .a)(path, drill);
    const summary = { passed: drill.passed, verdict: drill.verdict, report: path };
    const name = inputs.reportArtifact;
    if (name === undefined)
        return { summary };
    const logs = drillLogs((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outDir, _constants_js__WEBPACK_IMPORTED_MODULE_3__/* .DRILL_LOGS_DIR */ .UH));
    const uploaded = await (0,_publish_upload_js__WEBPACK_IMPORTED_MODULE_4__/* .uploadDrillReport */ .lX)([path, ...logs], outDir, name, inputs, logger);
    return {
        summary: { ...summary, ...(uploaded.artifact && { artifact: uploaded.artifact }) },
        ...(uploaded.uploadError !== undefined && { uploadError: uploaded.uploadError })
    };
}
/** The members' full etcd logs the drill saved (none when it booted nothing). */
function drillLogs(dir) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(dir)
            .filter((f) => f.endsWith('.log'))
            .sort()
            .map((f) => (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, f));
    }
    catch {
        return [];
    }
}


/***/ })

};
