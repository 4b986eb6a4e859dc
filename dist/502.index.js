export const id = 502;
export const ids = [502];
export const modules = {

/***/ 41502:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  drillEtcd: () => (/* binding */ drillEtcd)
});

// EXTERNAL MODULE: ./src/lib/etcd-release/etcd-binary.ts
var etcd_binary = __webpack_require__(12298);
// EXTERNAL MODULE: ./src/action/constants.ts
var constants = __webpack_require__(90915);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __webpack_require__(44942);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 7 modules
var lib_core = __webpack_require__(33838);
// EXTERNAL MODULE: ./node_modules/@actions/io/lib/io.js
var lib_io = __webpack_require__(88701);
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __webpack_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __webpack_require__(79896);
// EXTERNAL MODULE: ./node_modules/semver/index.js
var node_modules_semver = __webpack_require__(62088);
// EXTERNAL MODULE: external "os"
var external_os_ = __webpack_require__(70857);
// EXTERNAL MODULE: external "child_process"
var external_child_process_ = __webpack_require__(35317);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/manifest.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





// Internal object for testability (allows mocking in ESM)
const _internal = {
    readLinuxVersionFile() {
        const lsbReleaseFile = '/etc/lsb-release';
        const osReleaseFile = '/etc/os-release';
        let contents = '';
        if (external_fs_.existsSync(lsbReleaseFile)) {
            contents = external_fs_.readFileSync(lsbReleaseFile).toString();
        }
        else if (external_fs_.existsSync(osReleaseFile)) {
            contents = external_fs_.readFileSync(osReleaseFile).toString();
        }
        return contents;
    }
};
function _findMatch(versionSpec, stable, candidates, archFilter) {
    return __awaiter(this, void 0, void 0, function* () {
        const platFilter = os.platform();
        let result;
        let match;
        let file;
        for (const candidate of candidates) {
            const version = candidate.version;
            debug(`check ${version} satisfies ${versionSpec}`);
            if (semver.satisfies(version, versionSpec) &&
                (!stable || candidate.stable === stable)) {
                file = candidate.files.find(item => {
                    debug(`${item.arch}===${archFilter} && ${item.platform}===${platFilter}`);
                    let chk = item.arch === archFilter && item.platform === platFilter;
                    if (chk && item.platform_version) {
                        const osVersion = _getOsVersion();
                        if (osVersion === item.platform_version) {
                            chk = true;
                        }
                        else {
                            chk = semver.satisfies(osVersion, item.platform_version);
                        }
                    }
                    return chk;
                });
                if (file) {
                    debug(`matched ${candidate.version}`);
                    match = candidate;
                    break;
                }
            }
        }
        if (match && file) {
            // clone since we're mutating the file list to be only the file that matches
            result = Object.assign({}, match);
            result.files = [file];
        }
        return result;
    });
}
function _getOsVersion() {
    // TODO: add windows and other linux, arm variants
    // right now filtering on version is only an ubuntu and macos scenario for tools we build for hosted (python)
    const plat = os.platform();
    let version = '';
    if (plat === 'darwin') {
        version = cp.execSync('sw_vers -productVersion').toString();
    }
    else if (plat === 'linux') {
        // lsb_release process not in some containers, readfile
        // Run cat /etc/lsb-release
        // DISTRIB_ID=Ubuntu
        // DISTRIB_RELEASE=18.04
        // DISTRIB_CODENAME=bionic
        // DISTRIB_DESCRIPTION="Ubuntu 18.04.4 LTS"
        const lsbContents = _internal.readLinuxVersionFile();
        if (lsbContents) {
            const lines = lsbContents.split('\n');
            for (const line of lines) {
                const parts = line.split('=');
                if (parts.length === 2 &&
                    (parts[0].trim() === 'VERSION_ID' ||
                        parts[0].trim() === 'DISTRIB_RELEASE')) {
                    version = parts[1].trim().replace(/^"/, '').replace(/"$/, '');
                    break;
                }
            }
        }
    }
    return version;
}
// Alias for backwards compatibility
function _readLinuxVersionFile() {
    return _internal.readLinuxVersionFile();
}
//# sourceMappingURL=manifest.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __webpack_require__(16928);
// EXTERNAL MODULE: external "stream"
var external_stream_ = __webpack_require__(2203);
// EXTERNAL MODULE: external "util"
var external_util_ = __webpack_require__(39023);
// EXTERNAL MODULE: external "assert"
var external_assert_ = __webpack_require__(42613);
// EXTERNAL MODULE: ./node_modules/@actions/exec/lib/exec.js + 1 modules
var lib_exec = __webpack_require__(41955);
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/retry-helper.js
var retry_helper_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};

/**
 * Internal class for retries
 */
class retry_helper_RetryHelper {
    constructor(maxAttempts, minSeconds, maxSeconds) {
        if (maxAttempts < 1) {
            throw new Error('max attempts should be greater than or equal to 1');
        }
        this.maxAttempts = maxAttempts;
        this.minSeconds = Math.floor(minSeconds);
        this.maxSeconds = Math.floor(maxSeconds);
        if (this.minSeconds > this.maxSeconds) {
            throw new Error('min seconds should be less than or equal to max seconds');
        }
    }
    execute(action, isRetryable) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            let attempt = 1;
            while (attempt < this.maxAttempts) {
                // Try
                try {
                    return yield action();
                }
                catch (err) {
                    if (isRetryable && !isRetryable(err)) {
                        throw err;
                    }
                    core.info(err.message);
                }
                // Sleep
                const seconds = this.getSleepAmount();
                core.info(`Waiting ${seconds} seconds before trying again`);
                yield this.sleep(seconds);
                attempt++;
            }
            // Last attempt
            return yield action();
        });
    }
    getSleepAmount() {
        return (Math.floor(Math.random() * (this.maxSeconds - this.minSeconds + 1)) +
            this.minSeconds);
    }
    sleep(seconds) {
        return retry_helper_awaiter(this, void 0, void 0, function* () {
            return new Promise(resolve => setTimeout(resolve, seconds * 1000));
        });
    }
}
//# sourceMappingURL=retry-helper.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/tool-cache/lib/tool-cache.js
var tool_cache_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};














class HTTPError extends Error {
    constructor(httpStatusCode) {
        super(`Unexpected HTTP response: ${httpStatusCode}`);
        this.httpStatusCode = httpStatusCode;
        Object.setPrototypeOf(this, new.target.prototype);
    }
}
const IS_WINDOWS = process.platform === 'win32';
const IS_MAC = process.platform === 'darwin';
const userAgent = 'actions/tool-cache';
/**
 * Download a tool from an url and stream it into a file
 *
 * @param url       url of tool to download
 * @param dest      path to download tool
 * @param auth      authorization header
 * @param headers   other headers
 * @returns         path to downloaded tool
 */
function downloadTool(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        dest = dest || path.join(_getTempDirectory(), crypto.randomUUID());
        yield io.mkdirP(path.dirname(dest));
        core.debug(`Downloading ${url}`);
        core.debug(`Destination ${dest}`);
        const maxAttempts = 3;
        const minSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MIN_SECONDS', 10);
        const maxSeconds = _getGlobal('TEST_DOWNLOAD_TOOL_RETRY_MAX_SECONDS', 20);
        const retryHelper = new RetryHelper(maxAttempts, minSeconds, maxSeconds);
        return yield retryHelper.execute(() => tool_cache_awaiter(this, void 0, void 0, function* () {
            return yield downloadToolAttempt(url, dest || '', auth, headers);
        }), (err) => {
            if (err instanceof HTTPError && err.httpStatusCode) {
                // Don't retry anything less than 500, except 408 Request Timeout and 429 Too Many Requests
                if (err.httpStatusCode < 500 &&
                    err.httpStatusCode !== 408 &&
                    err.httpStatusCode !== 429) {
                    return false;
                }
            }
            // Otherwise retry
            return true;
        });
    });
}
function downloadToolAttempt(url, dest, auth, headers) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (fs.existsSync(dest)) {
            throw new Error(`Destination file path ${dest} already exists`);
        }
        // Get the response headers
        const http = new httpm.HttpClient(userAgent, [], {
            allowRetries: false
        });
        if (auth) {
            core.debug('set auth');
            if (headers === undefined) {
                headers = {};
            }
            headers.authorization = auth;
        }
        const response = yield http.get(url, headers);
        if (response.message.statusCode !== 200) {
            const err = new HTTPError(response.message.statusCode);
            core.debug(`Failed to download from "${url}". Code(${response.message.statusCode}) Message(${response.message.statusMessage})`);
            throw err;
        }
        // Download the response body
        const pipeline = util.promisify(stream.pipeline);
        const responseMessageFactory = _getGlobal('TEST_DOWNLOAD_TOOL_RESPONSE_MESSAGE_FACTORY', () => response.message);
        const readStream = responseMessageFactory();
        let succeeded = false;
        try {
            yield pipeline(readStream, fs.createWriteStream(dest));
            core.debug('download complete');
            succeeded = true;
            return dest;
        }
        finally {
            // Error, delete dest before retry
            if (!succeeded) {
                core.debug('download failed');
                try {
                    yield io.rmRF(dest);
                }
                catch (err) {
                    core.debug(`Failed to delete '${dest}'. ${err.message}`);
                }
            }
        }
    });
}
/**
 * Extract a .7z file
 *
 * @param file     path to the .7z file
 * @param dest     destination directory. Optional.
 * @param _7zPath  path to 7zr.exe. Optional, for long path support. Most .7z archives do not have this
 * problem. If your .7z archive contains very long paths, you can pass the path to 7zr.exe which will
 * gracefully handle long paths. By default 7zdec.exe is used because it is a very small program and is
 * bundled with the tool lib. However it does not support long paths. 7zr.exe is the reduced command line
 * interface, it is smaller than the full command line interface, and it does support long paths. At the
 * time of this writing, it is freely available from the LZMA SDK that is available on the 7zip website.
 * Be sure to check the current license agreement. If 7zr.exe is bundled with your action, then the path
 * to 7zr.exe can be pass to this function.
 * @returns        path to the destination directory
 */
function extract7z(file, dest, _7zPath) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        ok(IS_WINDOWS, 'extract7z() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        const originalCwd = process.cwd();
        process.chdir(dest);
        if (_7zPath) {
            try {
                const logLevel = core.isDebug() ? '-bb1' : '-bb0';
                const args = [
                    'x', // eXtract files with full paths
                    logLevel, // -bb[0-3] : set output log level
                    '-bd', // disable progress indicator
                    '-sccUTF-8', // set charset for for console input/output
                    file
                ];
                const options = {
                    silent: true
                };
                yield exec(`"${_7zPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        else {
            const escapedScript = path
                .join(__dirname, '..', 'scripts', 'Invoke-7zdec.ps1')
                .replace(/'/g, "''")
                .replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
            const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const escapedTarget = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
            const command = `& '${escapedScript}' -Source '${escapedFile}' -Target '${escapedTarget}'`;
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                command
            ];
            const options = {
                silent: true
            };
            try {
                const powershellPath = yield io.which('powershell', true);
                yield exec(`"${powershellPath}"`, args, options);
            }
            finally {
                process.chdir(originalCwd);
            }
        }
        return dest;
    });
}
/**
 * Extract a compressed tar archive
 *
 * @param file     path to the tar
 * @param dest     destination directory. Optional.
 * @param flags    flags for the tar command to use for extraction. Defaults to 'xz' (extracting gzipped tars). Optional.
 * @returns        path to the destination directory
 */
function extractTar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = 'xz') {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        // Create dest
        dest = yield _createExtractFolder(dest);
        // Determine whether GNU tar
        lib_core/* debug */.Yz('Checking tar --version');
        let versionOutput = '';
        yield (0,lib_exec/* exec */.m)('tar --version', [], {
            ignoreReturnCode: true,
            silent: true,
            listeners: {
                stdout: (data) => (versionOutput += data.toString()),
                stderr: (data) => (versionOutput += data.toString())
            }
        });
        lib_core/* debug */.Yz(versionOutput.trim());
        const isGnuTar = versionOutput.toUpperCase().includes('GNU TAR');
        // Initialize args
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        if (lib_core/* isDebug */._o() && !flags.includes('v')) {
            args.push('-v');
        }
        let destArg = dest;
        let fileArg = file;
        if (IS_WINDOWS && isGnuTar) {
            args.push('--force-local');
            destArg = dest.replace(/\\/g, '/');
            // Technically only the dest needs to have `/` but for aesthetic consistency
            // convert slashes in the file arg too.
            fileArg = file.replace(/\\/g, '/');
        }
        if (isGnuTar) {
            // Suppress warnings when using GNU tar to extract archives created by BSD tar
            args.push('--warning=no-unknown-keyword');
            args.push('--overwrite');
        }
        args.push('-C', destArg, '-f', fileArg);
        yield (0,lib_exec/* exec */.m)(`tar`, args);
        return dest;
    });
}
/**
 * Extract a xar compatible archive
 *
 * @param file     path to the archive
 * @param dest     destination directory. Optional.
 * @param flags    flags for the xar. Optional.
 * @returns        path to the destination directory
 */
function extractXar(file_1, dest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (file, dest, flags = []) {
        ok(IS_MAC, 'extractXar() not supported on current OS');
        ok(file, 'parameter "file" is required');
        dest = yield _createExtractFolder(dest);
        let args;
        if (flags instanceof Array) {
            args = flags;
        }
        else {
            args = [flags];
        }
        args.push('-x', '-C', dest, '-f', file);
        if (core.isDebug()) {
            args.push('-v');
        }
        const xarPath = yield io.which('xar', true);
        yield exec(`"${xarPath}"`, _unique(args));
        return dest;
    });
}
/**
 * Extract a zip
 *
 * @param file     path to the zip
 * @param dest     destination directory. Optional.
 * @returns        path to the destination directory
 */
function extractZip(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!file) {
            throw new Error("parameter 'file' is required");
        }
        dest = yield _createExtractFolder(dest);
        if (IS_WINDOWS) {
            yield extractZipWin(file, dest);
        }
        else {
            yield extractZipNix(file, dest);
        }
        return dest;
    });
}
function extractZipWin(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        // build the powershell command
        const escapedFile = file.replace(/'/g, "''").replace(/"|\n|\r/g, ''); // double-up single quotes, remove double quotes and newlines
        const escapedDest = dest.replace(/'/g, "''").replace(/"|\n|\r/g, '');
        const pwshPath = yield io.which('pwsh', false);
        //To match the file overwrite behavior on nix systems, we use the overwrite = true flag for ExtractToDirectory
        //and the -Force flag for Expand-Archive as a fallback
        if (pwshPath) {
            //attempt to use pwsh with ExtractToDirectory, if this fails attempt Expand-Archive
            const pwshCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.ZipFile } catch { } ;`,
                `try { [System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`,
                `catch { if (($_.Exception.GetType().FullName -eq 'System.Management.Automation.MethodException') -or ($_.Exception.GetType().FullName -eq 'System.Management.Automation.RuntimeException') ){ Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force } else { throw $_ } } ;`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                pwshCommand
            ];
            core.debug(`Using pwsh at path: ${pwshPath}`);
            yield exec(`"${pwshPath}"`, args);
        }
        else {
            const powershellCommand = [
                `$ErrorActionPreference = 'Stop' ;`,
                `try { Add-Type -AssemblyName System.IO.Compression.FileSystem } catch { } ;`,
                `if ((Get-Command -Name Expand-Archive -Module Microsoft.PowerShell.Archive -ErrorAction Ignore)) { Expand-Archive -LiteralPath '${escapedFile}' -DestinationPath '${escapedDest}' -Force }`,
                `else {[System.IO.Compression.ZipFile]::ExtractToDirectory('${escapedFile}', '${escapedDest}', $true) }`
            ].join(' ');
            const args = [
                '-NoLogo',
                '-Sta',
                '-NoProfile',
                '-NonInteractive',
                '-ExecutionPolicy',
                'Unrestricted',
                '-Command',
                powershellCommand
            ];
            const powershellPath = yield io.which('powershell', true);
            core.debug(`Using powershell at path: ${powershellPath}`);
            yield exec(`"${powershellPath}"`, args);
        }
    });
}
function extractZipNix(file, dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const unzipPath = yield io.which('unzip', true);
        const args = [file];
        if (!core.isDebug()) {
            args.unshift('-q');
        }
        args.unshift('-o'); //overwrite with -o, otherwise a prompt is shown which freezes the run
        yield exec(`"${unzipPath}"`, args, { cwd: dest });
    });
}
/**
 * Caches a directory and installs it into the tool cacheDir
 *
 * @param sourceDir    the directory to cache into tools
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheDir(sourceDir, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source dir: ${sourceDir}`);
        if (!fs.statSync(sourceDir).isDirectory()) {
            throw new Error('sourceDir is not a directory');
        }
        // Create the tool dir
        const destPath = yield _createToolPath(tool, version, arch);
        // copy each child item. do not move. move can fail on Windows
        // due to anti-virus software having an open handle on a file.
        for (const itemName of fs.readdirSync(sourceDir)) {
            const s = path.join(sourceDir, itemName);
            yield io.cp(s, destPath, { recursive: true });
        }
        // write .complete
        _completeToolPath(tool, version, arch);
        return destPath;
    });
}
/**
 * Caches a downloaded file (GUID) and installs it
 * into the tool cache with a given targetName
 *
 * @param sourceFile    the file to cache into tools.  Typically a result of downloadTool which is a guid.
 * @param targetFile    the name of the file name in the tools directory
 * @param tool          tool name
 * @param version       version of the tool.  semver format
 * @param arch          architecture of the tool.  Optional.  Defaults to machine architecture
 */
function cacheFile(sourceFile, targetFile, tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        version = semver.clean(version) || version;
        arch = arch || os.arch();
        core.debug(`Caching tool ${tool} ${version} ${arch}`);
        core.debug(`source file: ${sourceFile}`);
        if (!fs.statSync(sourceFile).isFile()) {
            throw new Error('sourceFile is not a file');
        }
        // create the tool dir
        const destFolder = yield _createToolPath(tool, version, arch);
        // copy instead of move. move can fail on Windows due to
        // anti-virus software having an open handle on a file.
        const destPath = path.join(destFolder, targetFile);
        core.debug(`destination file ${destPath}`);
        yield io.cp(sourceFile, destPath);
        // write .complete
        _completeToolPath(tool, version, arch);
        return destFolder;
    });
}
/**
 * Finds the path to a tool version in the local installed tool cache
 *
 * @param toolName      name of the tool
 * @param versionSpec   version of the tool
 * @param arch          optional arch.  defaults to arch of computer
 */
function find(toolName, versionSpec, arch) {
    if (!toolName) {
        throw new Error('toolName parameter is required');
    }
    if (!versionSpec) {
        throw new Error('versionSpec parameter is required');
    }
    arch = arch || external_os_.arch();
    // attempt to resolve an explicit version
    if (!isExplicitVersion(versionSpec)) {
        const localVersions = findAllVersions(toolName, arch);
        const match = evaluateVersions(localVersions, versionSpec);
        versionSpec = match;
    }
    // check for the explicit version in the cache
    let toolPath = '';
    if (versionSpec) {
        versionSpec = node_modules_semver.clean(versionSpec) || '';
        const cachePath = external_path_.join(_getCacheDirectory(), toolName, versionSpec, arch);
        lib_core/* debug */.Yz(`checking cache: ${cachePath}`);
        if (external_fs_.existsSync(cachePath) && external_fs_.existsSync(`${cachePath}.complete`)) {
            lib_core/* debug */.Yz(`Found tool in cache ${toolName} ${versionSpec} ${arch}`);
            toolPath = cachePath;
        }
        else {
            lib_core/* debug */.Yz('not found');
        }
    }
    return toolPath;
}
/**
 * Finds the paths to all versions of a tool that are installed in the local tool cache
 *
 * @param toolName  name of the tool
 * @param arch      optional arch.  defaults to arch of computer
 */
function findAllVersions(toolName, arch) {
    const versions = [];
    arch = arch || external_os_.arch();
    const toolPath = external_path_.join(_getCacheDirectory(), toolName);
    if (external_fs_.existsSync(toolPath)) {
        const children = external_fs_.readdirSync(toolPath);
        for (const child of children) {
            if (isExplicitVersion(child)) {
                const fullPath = external_path_.join(toolPath, child, arch || '');
                if (external_fs_.existsSync(fullPath) && external_fs_.existsSync(`${fullPath}.complete`)) {
                    versions.push(child);
                }
            }
        }
    }
    return versions;
}
function getManifestFromRepo(owner_1, repo_1, auth_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (owner, repo, auth, branch = 'master') {
        let releases = [];
        const treeUrl = `https://api.github.com/repos/${owner}/${repo}/git/trees/${branch}`;
        const http = new httpm.HttpClient('tool-cache');
        const headers = {};
        if (auth) {
            core.debug('set auth');
            headers.authorization = auth;
        }
        const response = yield http.getJson(treeUrl, headers);
        if (!response.result) {
            return releases;
        }
        let manifestUrl = '';
        for (const item of response.result.tree) {
            if (item.path === 'versions-manifest.json') {
                manifestUrl = item.url;
                break;
            }
        }
        headers['accept'] = 'application/vnd.github.VERSION.raw';
        let versionsRaw = yield (yield http.get(manifestUrl, headers)).readBody();
        if (versionsRaw) {
            // shouldn't be needed but protects against invalid json saved with BOM
            versionsRaw = versionsRaw.replace(/^\uFEFF/, '');
            try {
                releases = JSON.parse(versionsRaw);
            }
            catch (_a) {
                core.debug('Invalid json');
            }
        }
        return releases;
    });
}
function findFromManifest(versionSpec_1, stable_1, manifest_1) {
    return tool_cache_awaiter(this, arguments, void 0, function* (versionSpec, stable, manifest, archFilter = os.arch()) {
        // wrap the internal impl
        const match = yield mm._findMatch(versionSpec, stable, manifest, archFilter);
        return match;
    });
}
function _createExtractFolder(dest) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        if (!dest) {
            // create a temp dir
            dest = external_path_.join(_getTempDirectory(), external_crypto_.randomUUID());
        }
        yield lib_io/* mkdirP */.U$(dest);
        return dest;
    });
}
function _createToolPath(tool, version, arch) {
    return tool_cache_awaiter(this, void 0, void 0, function* () {
        const folderPath = path.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
        core.debug(`destination ${folderPath}`);
        const markerPath = `${folderPath}.complete`;
        yield io.rmRF(folderPath);
        yield io.rmRF(markerPath);
        yield io.mkdirP(folderPath);
        return folderPath;
    });
}
function _completeToolPath(tool, version, arch) {
    const folderPath = path.join(_getCacheDirectory(), tool, semver.clean(version) || version, arch || '');
    const markerPath = `${folderPath}.complete`;
    fs.writeFileSync(markerPath, '');
    core.debug('finished caching tool');
}
/**
 * Check if version string is explicit
 *
 * @param versionSpec      version string to check
 */
function isExplicitVersion(versionSpec) {
    const c = node_modules_semver.clean(versionSpec) || '';
    lib_core/* debug */.Yz(`isExplicit: ${c}`);
    const valid = node_modules_semver.valid(c) != null;
    lib_core/* debug */.Yz(`explicit? ${valid}`);
    return valid;
}
/**
 * Get the highest satisfiying semantic version in `versions` which satisfies `versionSpec`
 *
 * @param versions        array of versions to evaluate
 * @param versionSpec     semantic version spec to satisfy
 */
function evaluateVersions(versions, versionSpec) {
    let version = '';
    lib_core/* debug */.Yz(`evaluating ${versions.length} versions`);
    versions = versions.sort((a, b) => {
        if (node_modules_semver.gt(a, b)) {
            return 1;
        }
        return -1;
    });
    for (let i = versions.length - 1; i >= 0; i--) {
        const potential = versions[i];
        const satisfied = node_modules_semver.satisfies(potential, versionSpec);
        if (satisfied) {
            version = potential;
            break;
        }
    }
    if (version) {
        lib_core/* debug */.Yz(`matched: ${version}`);
    }
    else {
        lib_core/* debug */.Yz('match not found');
    }
    return version;
}
/**
 * Gets RUNNER_TOOL_CACHE
 */
function _getCacheDirectory() {
    const cacheDirectory = process.env['RUNNER_TOOL_CACHE'] || '';
    (0,external_assert_.ok)(cacheDirectory, 'Expected RUNNER_TOOL_CACHE to be defined');
    return cacheDirectory;
}
/**
 * Gets RUNNER_TEMP
 */
function _getTempDirectory() {
    const tempDirectory = process.env['RUNNER_TEMP'] || '';
    (0,external_assert_.ok)(tempDirectory, 'Expected RUNNER_TEMP to be defined');
    return tempDirectory;
}
/**
 * Gets a global variable
 */
function _getGlobal(key, defaultValue) {
    /* eslint-disable @typescript-eslint/no-explicit-any */
    const value = global[key];
    /* eslint-enable @typescript-eslint/no-explicit-any */
    return value !== undefined ? value : defaultValue;
}
/**
 * Returns an array of unique values.
 * @param values Values to make unique.
 */
function _unique(values) {
    return Array.from(new Set(values));
}
//# sourceMappingURL=tool-cache.js.map
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./src/lib/errors.ts
var errors = __webpack_require__(97268);
;// CONCATENATED MODULE: ./src/lib/etcd-release/install-dir.ts




/**
 * Moves a verified release folder `staged` to `final` with one rename (both on one file system:
 * stage beside the final folder), so a reader sees the whole release or nothing. Two jobs on one
 * runner installing the same release race here: the loser checks the winner's folder with
 * `verify` and uses it. A folder in the way that fails `verify` (left torn by a non-atomic
 * installer) is renamed aside, removed, and ours takes its place.
 */
async function placeRelease(staged, final, verify, logger) {
    for (let attempt = 0;; attempt++) {
        try {
            await (0,promises_.rename)(staged, final);
            return { installed: verify(final), raced: false };
        }
        catch (error) {
            if (!inTheWay(error))
                throw error;
        }
        try {
            const installed = verify(final);
            logger.info(`${final}: installed meanwhile by another process; verified, using it`);
            return { installed, raced: true };
        }
        catch (error) {
            if (attempt > 0)
                throw error;
            logger.warn(`${final} is unusable (${(0,errors/* errorMessage */.gJ)(error)}): replacing it`);
            await discardDir(final);
        }
    }
}
/**
 * Removes `dir` without a window where it is half gone: renamed aside first (a reader sees it
 * whole or not at all), then deleted. A folder already gone is fine.
 */
async function discardDir(dir) {
    const aside = (0,external_node_path_.join)((0,external_node_path_.dirname)(dir), `.discard-${(0,external_node_path_.basename)(dir)}-${(0,external_node_crypto_.randomBytes)(4).toString('hex')}`);
    try {
        await (0,promises_.rename)(dir, aside);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    await (0,promises_.rm)(aside, { recursive: true, force: true });
}
/** rename(2) onto a non-empty folder. */
function inTheWay(error) {
    const code = error.code;
    return code === 'ENOTEMPTY' || code === 'EEXIST' || code === 'EISDIR' || code === 'ENOTDIR';
}

// EXTERNAL MODULE: ./src/lib/backend/schema.ts
var schema = __webpack_require__(13397);
// EXTERNAL MODULE: ./src/lib/snapshot/inspect.ts
var inspect = __webpack_require__(96540);
// EXTERNAL MODULE: ./src/lib/etcd-release/releases.ts
var releases = __webpack_require__(20974);
;// CONCATENATED MODULE: ./src/lib/etcd-release/cluster-version.ts




/**
 * The `cluster` bucket's clusterVersion (`3.5.0`) of a snapshot: what `etcd-version: auto`
 * follows. Two point reads, unchecked (the full checks are the restore's job).
 */
async function snapshotClusterVersion(path) {
    try {
        return await (0,inspect/* readSnapshotDb */.TU)(path, (db) => {
            const value = db.bucket(schema/* Buckets */.cR.cluster)?.get(schema/* ClusterKeys */.H9.clusterVersion);
            return value === undefined ? undefined : new TextDecoder().decode(value);
        });
    }
    catch (error) {
        if (error instanceof errors/* SnapshotError */.JC)
            throw new errors/* SnapshotError */.JC(`cannot read the cluster version: ${(0,errors/* errorMessage */.gJ)(error)}`, {
                cause: error
            });
        throw error;
    }
}
/** The release to fetch: the one asked for, or `auto`'s pick for the snapshot. */
async function resolveRelease(spec, snapshotPath) {
    if (spec !== 'auto')
        return spec.version;
    return (0,releases/* autoRelease */.D)(await snapshotClusterVersion(snapshotPath), snapshotPath);
}

// EXTERNAL MODULE: ./src/lib/retry.ts
var lib_retry = __webpack_require__(61737);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/lib/etcd-release/verify.ts
/**
 * The trust step between a download and the tool cache: a release tarball is used only when its
 * sha256 matches the pin or its own line in the release's SHA256SUMS.
 */



/**
 * The sha256 that SHA256SUMS (`<sha256>  <file>` lines, `*<file>` for binary mode) gives for
 * `files.tarball`. Exactly one line must name it.
 */
function sha256FromSums(text, files) {
    const found = [];
    for (const line of text.split(/\r?\n/)) {
        const match = /^([0-9a-fA-F]{64}) [ *](.+)$/.exec(line.trim());
        if (match !== null && match[2]?.trim() === files.tarball)
            found.push(match[1].toLowerCase());
    }
    if (found.length === 0)
        throw new releases/* EtcdReleaseError */.sK(`SHA256SUMS at ${files.sumsUrl} has no line for ${files.tarball}: refusing an unverified tarball (or pin it with etcd-sha256)`);
    if (new Set(found).size > 1)
        throw new releases/* EtcdReleaseError */.sK(`SHA256SUMS at ${files.sumsUrl} has ${found.length} different lines for ${files.tarball}`);
    return { sha256: found[0], source: 'SHA256SUMS' };
}
/** sha256 (hex) of a file, streamed. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws the one-line mismatch error unless the downloaded tarball has the expected sha256. */
async function checkTarball(path, files, expected) {
    const actual = await sha256File(path);
    if (actual !== expected.sha256)
        throw new releases/* EtcdReleaseError */.sK(`sha256 mismatch for ${files.tarball}: ${expected.source} says ${expected.sha256}, file is ${actual}`);
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/fetch.ts
/**
 * The download → verify → binary check sequence both front ends share. The action plugs in
 * @actions/http-client (proxy-aware) and @actions/tool-cache (extractTar, cacheDir); the CLI
 * plugs in fetch and the tar library with its own cache (cli-cache.ts). Both retry a download
 * the same way (`retryingDownload`).
 */







/** A failed try; `retryable` when another try may pass (see `retryableStatus`). */
function fetch_attemptFailed(detail, retryable, cause) {
    return retryable ? new Error(detail, { cause }) : new lib_retry/* PermanentFailure */.RC(detail, cause);
}
/** HTTP statuses worth another try: 5xx, 408 Request Timeout, 429 Too Many Requests. */
function fetch_retryableStatus(status) {
    return status >= 500 || status === 408 || status === 429;
}
/**
 * Downloads into new files under `dir`, each URL tried up to `policy.attempts` times with
 * exponential back-off (lib/retry.ts); a failed try's partial file is removed before the next.
 * The last failure is one line: `download of <url> failed after 5 attempts: <reason>`.
 */
function retryingDownload(dir, attempt, logger, policy = (0,lib_retry/* downloadRetryPolicy */.Jh)()) {
    let n = 0;
    return async (url) => {
        const dest = (0,external_node_path_.join)(dir, `download-${++n}`);
        const what = `download of ${url}`;
        try {
            await (0,lib_retry/* withRetries */.LH)(() => attempt(url, dest), {
                ...{ policy, logger, what },
                cleanup: () => (0,promises_.rm)(dest, { force: true })
            });
        }
        catch (error) {
            if (!(error instanceof lib_retry/* RetriesFailed */.I3))
                throw error;
            throw new releases/* EtcdReleaseError */.sK((0,lib_retry/* retriedMessage */.vO)(what, error), { cause: error.last });
        }
        return dest;
    };
}
/**
 * Downloads the tarball and returns it once its sha256 matches `pin` or its line in the
 * release's SHA256SUMS; a tarball that does not match is deleted before the error is thrown.
 */
async function downloadVerified(files, pin, download, logger) {
    let expected = pin;
    if (expected === undefined) {
        const sums = await download(files.sumsUrl);
        try {
            expected = sha256FromSums(await (0,promises_.readFile)(sums, 'utf8'), files);
        }
        finally {
            await (0,promises_.rm)(sums, { force: true });
        }
    }
    logger.info(`Downloading ${files.tarballUrl}`);
    const tarball = await download(files.tarballUrl);
    try {
        await checkTarball(tarball, files, expected);
    }
    catch (error) {
        await (0,promises_.rm)(tarball, { force: true });
        throw error;
    }
    logger.info(`${files.tarball}: sha256 ${expected.sha256} matches ${expected.source}`);
    return { path: tarball, sha256: expected.sha256, verifiedBy: expected.source };
}
/**
 * The etcd server in an extracted release folder (the tarball's top folder), checked to run and
 * to report the requested version: a mirror serving the wrong build is refused.
 */
function releaseServer(dir, files) {
    let found;
    try {
        found = (0,etcd_binary/* findEtcd */.m)(`${dir}/etcd`);
    }
    catch (error) {
        if (!(error instanceof errors/* InputError */.dz))
            throw error;
        throw new releases/* EtcdReleaseError */.sK(`${files.tarball}: ${(0,errors/* errorMessage */.gJ)(error)}`, { cause: error });
    }
    if (found.version !== files.version)
        throw new releases/* EtcdReleaseError */.sK(`${files.tarball} holds etcd ${found.version}, not ${files.version}: refusing it`);
    return found;
}

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(46466);
;// CONCATENATED MODULE: ./src/lib/etcd-release/http-download.ts





/**
 * The CLI's download attempt: Node's fetch (redirects followed, as GitHub release URLs need)
 * into a new file. A body shorter than its Content-Length is a failed attempt.
 */
const fetchAttempt = async (url, dest) => {
    let response;
    try {
        response = await fetch(url, { redirect: 'follow' });
    }
    catch (error) {
        const cause = error.cause;
        throw attemptFailed(errorMessage(cause ?? error), true, error);
    }
    if (!response.ok || response.body === null) {
        await response.body?.cancel();
        const status = `HTTP ${response.status} ${response.statusText}`.trim();
        throw attemptFailed(status, retryableStatus(response.status));
    }
    const header = response.headers.get('content-length');
    await saveBody(Readable.fromWeb(response.body), header === null ? undefined : Number(header), dest);
};
/**
 * Writes a response body to `dest` (mode 0600), counting its bytes: a body that breaks or ends
 * before `declared` bytes is a retryable failed attempt ("cut short after N of M bytes").
 */
async function saveBody(body, declared, dest) {
    let bytes = 0;
    const count = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            bytes += chunk.length;
            done(null, chunk);
        }
    });
    const short = () => `cut short after ${bytes}${declared === undefined ? '' : ` of ${declared}`} bytes`;
    try {
        await (0,external_node_stream_promises_.pipeline)(body, count, (0,external_node_fs_.createWriteStream)(dest, { mode: 0o600 }));
    }
    catch (error) {
        throw fetch_attemptFailed(`${short()} (${(0,errors/* errorMessage */.gJ)(error)})`, true, error);
    }
    if (declared !== undefined && bytes !== declared)
        throw fetch_attemptFailed(short(), true);
}

// EXTERNAL MODULE: ./src/lib/interrupt.ts
var interrupt = __webpack_require__(84068);
;// CONCATENATED MODULE: ./src/action/drill/etcd-release.ts














const TOOL = 'etcd';
/**
 * An official etcd release through @actions/tool-cache: found in the runner's tool cache, or
 * downloaded, checked against the pin or SHA256SUMS, extracted and only then cached. A download
 * that breaks (reset, HTTP 5xx, short body) is retried with back-off (lib/retry.ts); a refused
 * tarball or a last failed attempt leaves nothing behind (the work folder is removed; nothing
 * reaches the cache). The cache is written atomically (cacheRelease), so two jobs on one
 * self-hosted runner installing the same release at once both succeed.
 */
async function toolCacheEtcd(request, snapshotPath, logger, retry = (0,lib_retry/* downloadRetryPolicy */.Jh)()) {
    const version = await resolveRelease(request.spec, snapshotPath);
    if (request.spec === 'auto')
        logger.info(`${constants/* Inputs */.G0.EtcdVersion} auto: etcd ${version} for snapshot ${snapshotPath}`);
    const files = (0,releases/* releaseFiles */.dy)(request.mirror, version, (0,releases/* releaseArch */.UU)());
    const cached = find(TOOL, version, files.arch);
    if (cached) {
        try {
            const found = releaseServer(cached, files);
            logger.info(`etcd ${version}: found in the tool cache (${cached})`);
            return { ...found, source: 'tool-cache' };
        }
        catch (error) {
            // cacheRelease below replaces the folder
            logger.warn(`${cached} is unusable (${(0,errors/* errorMessage */.gJ)(error)}): downloading etcd ${version} again`);
        }
    }
    const work = await (0,promises_.mkdtemp)((0,external_node_path_.join)(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), 'etcd-release-'));
    const untrack = (0,interrupt/* trackFolder */.MZ)(work); // a signal mid-download removes it too
    try {
        const pin = request.sha256 && { sha256: request.sha256, source: constants/* Inputs */.G0.EtcdSha256 };
        const download = retryingDownload(work, httpClientAttempt, logger, retry);
        const tarball = await downloadVerified(files, pin || undefined, download, logger);
        const installed = await cacheRelease(tarball.path, files, logger);
        if (!installed.raced)
            logger.info(`etcd ${version}: verified and cached in the tool cache (${installed.path})`);
        return {
            ...installed.server,
            source: 'download',
            ...{ url: files.tarballUrl, sha256: tarball.sha256, verifiedBy: tarball.verifiedBy }
        };
    }
    finally {
        await (0,promises_.rm)(work, { recursive: true, force: true });
        untrack();
    }
}
/**
 * One download attempt with @actions/http-client, as tool-cache's downloadTool makes it (the
 * runner's proxy settings honoured, redirects followed) but without its own retries (3 attempts,
 * 10–20 s apart): retryingDownload retries, the same way as the CLI.
 */
const httpClientAttempt = async (url, dest) => {
    const http = new lib/* HttpClient */.Qq('etcd-restore-action', [], { allowRetries: false });
    let response;
    try {
        response = await http.get(url);
    }
    catch (error) {
        throw fetch_attemptFailed((0,errors/* errorMessage */.gJ)(error), true, error);
    }
    const status = response.message.statusCode ?? 0;
    if (status !== 200) {
        response.message.resume();
        const line = `HTTP ${status} ${response.message.statusMessage ?? ''}`.trim();
        throw fetch_attemptFailed(line, fetch_retryableStatus(status));
    }
    const header = response.message.headers['content-length'];
    await saveBody(response.message, header === undefined ? undefined : Number(header), dest);
};
/**
 * tc.cacheDir, made atomic: cacheDir empties the final folder and copies into it, so a second
 * job installing the same release meanwhile would see (or remove) a half-copied folder. Here
 * the tarball is extracted into a staging folder beside the final one
 * (`<tool cache>/etcd/<version>/.staging-<arch>-*`, which tc.find and findAllVersions never list),
 * verified, given its `.complete` marker and renamed into place; the job that loses the rename
 * verifies and uses the winner's folder.
 */
async function cacheRelease(tarball, files, logger) {
    const root = process.env.RUNNER_TOOL_CACHE;
    if (!root)
        throw new Error('RUNNER_TOOL_CACHE is not set: no tool cache to install etcd into');
    const versionDir = (0,external_node_path_.join)(root, TOOL, files.version);
    const final = (0,external_node_path_.join)(versionDir, files.arch);
    await (0,promises_.mkdir)(versionDir, { recursive: true });
    const staging = await (0,promises_.mkdtemp)((0,external_node_path_.join)(versionDir, `.staging-${files.arch}-`));
    try {
        const dir = (0,external_node_path_.join)(await extractTar(tarball, staging), files.topDir);
        releaseServer(dir, files);
        // before the rename: tc.find wants the folder and the marker, so neither alone is found
        await (0,promises_.writeFile)(`${final}.complete`, '');
        const placed = await placeRelease(dir, final, (d) => releaseServer(d, files), logger);
        return { path: final, server: placed.installed, raced: placed.raced };
    }
    finally {
        await (0,promises_.rm)(staging, { recursive: true, force: true });
        // a refused tarball leaves no empty version folder (one holding a release stays)
        await (0,promises_.rmdir)(versionDir).catch(() => undefined);
    }
}

;// CONCATENATED MODULE: ./src/action/drill/etcd.ts



/** The etcd the drill boots: the one checkEtcd found, else the official release (tool cache). */
async function drillEtcd(found, inputs, snapshotPath, logger) {
    if (found !== undefined)
        return { ...(0,etcd_binary/* findEtcd */.m)(found), source: inputs.path ? 'etcd-path' : 'PATH' };
    const request = inputs.release ?? { spec: 'auto', mirror: inputs.mirror };
    if (inputs.release === undefined)
        logger.info(`no etcd on PATH and no '${constants/* Inputs */.G0.EtcdPath}': using ${constants/* Inputs */.G0.EtcdVersion}: auto`);
    return toolCacheEtcd(request, snapshotPath, logger);
}


/***/ })

};
