import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 222:
/***/ ((module) => {


module.exports = asPromise;

/**
 * Callback as used by {@link util.asPromise}.
 * @typedef asPromiseCallback
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {...*} params Additional arguments
 * @returns {undefined}
 */

/**
 * Returns a promise from a node-style callback function.
 * @memberof util
 * @param {asPromiseCallback} fn Function to call
 * @param {*} ctx Function context
 * @param {...*} params Function arguments
 * @returns {Promise<*>} Promisified function
 */
function asPromise(fn, ctx/*, varargs */) {
    var params  = new Array(arguments.length - 1),
        offset  = 0,
        index   = 2,
        pending = true;
    while (index < arguments.length)
        params[offset++] = arguments[index++];
    return new Promise(function executor(resolve, reject) {
        params[offset] = function callback(err/*, varargs */) {
            if (pending) {
                pending = false;
                if (err)
                    reject(err);
                else {
                    var params = new Array(arguments.length - 1),
                        offset = 0;
                    while (offset < params.length)
                        params[offset++] = arguments[offset];
                    resolve.apply(null, params);
                }
            }
        };
        try {
            fn.apply(ctx || null, params);
        } catch (err) {
            if (pending) {
                pending = false;
                reject(err);
            }
        }
    });
}


/***/ }),

/***/ 478:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal base64 implementation for number arrays.
 * @memberof util
 * @namespace
 */
var base64 = exports;

/**
 * Calculates the byte length of a base64 encoded string.
 * @param {string} string Base64 encoded string
 * @returns {number} Byte length
 */
base64.length = function length(string) {
    var p = string.length;
    if (!p)
        return 0;
    var n = 0;
    while (--p % 4 > 1 && string.charAt(p) === "=")
        ++n;
    return Math.ceil(string.length * 3) / 4 - n;
};

// Base64 encoding table
var b64 = new Array(64);

// Base64 decoding table
var s64 = new Array(123);

// 65..90, 97..122, 48..57, 43, 47
for (var i = 0; i < 64;)
    s64[b64[i] = i < 26 ? i + 65 : i < 52 ? i + 71 : i < 62 ? i - 4 : i - 59 | 43] = i++;

/**
 * Encodes a buffer to a base64 encoded string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} Base64 encoded string
 */
base64.encode = function encode(buffer, start, end) {
    var parts = null,
        chunk = [];
    var i = 0, // output index
        j = 0, // goto index
        t;     // temporary
    while (start < end) {
        var b = buffer[start++];
        switch (j) {
            case 0:
                chunk[i++] = b64[b >> 2];
                t = (b & 3) << 4;
                j = 1;
                break;
            case 1:
                chunk[i++] = b64[t | b >> 4];
                t = (b & 15) << 2;
                j = 2;
                break;
            case 2:
                chunk[i++] = b64[t | b >> 6];
                chunk[i++] = b64[b & 63];
                j = 0;
                break;
        }
        if (i > 8191) {
            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk));
            i = 0;
        }
    }
    if (j) {
        chunk[i++] = b64[t];
        chunk[i++] = 61;
        if (j === 1)
            chunk[i++] = 61;
    }
    if (parts) {
        if (i)
            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
    }
    return String.fromCharCode.apply(String, chunk.slice(0, i));
};

var invalidEncoding = "invalid encoding";

/**
 * Decodes a base64 encoded string to a buffer.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Number of bytes written
 * @throws {Error} If encoding is invalid
 */
base64.decode = function decode(string, buffer, offset) {
    var start = offset;
    var j = 0, // goto index
        t;     // temporary
    for (var i = 0; i < string.length;) {
        var c = string.charCodeAt(i++);
        if (c === 61 && j > 1)
            break;
        if ((c = s64[c]) === undefined)
            throw Error(invalidEncoding);
        switch (j) {
            case 0:
                t = c;
                j = 1;
                break;
            case 1:
                buffer[offset++] = t << 2 | (c & 48) >> 4;
                t = c;
                j = 2;
                break;
            case 2:
                buffer[offset++] = (t & 15) << 4 | (c & 60) >> 2;
                t = c;
                j = 3;
                break;
            case 3:
                buffer[offset++] = (t & 3) << 6 | c;
                j = 0;
                break;
        }
    }
    if (j === 1)
        throw Error(invalidEncoding);
    return offset - start;
};

/**
 * Tests if the specified string appears to be base64 encoded.
 * @param {string} string String to test
 * @returns {boolean} `true` if probably base64 encoded, otherwise false
 */
base64.test = function test(string) {
    return /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(string);
};


/***/ }),

/***/ 346:
/***/ ((module) => {


module.exports = codegen;

var reservedRe = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;

/**
 * Begins generating a function.
 * @memberof util
 * @param {string[]} functionParams Function parameter names
 * @param {string} [functionName] Function name if not anonymous
 * @returns {Codegen} Appender that appends code to the function's body
 */
function codegen(functionParams, functionName) {

    /* istanbul ignore if */
    if (typeof functionParams === "string") {
        functionName = functionParams;
        functionParams = undefined;
    }

    var body = [];

    /**
     * Appends code to the function's body or finishes generation.
     * @typedef Codegen
     * @type {function}
     * @param {string|Object.<string,*>} [formatStringOrScope] Format string or, to finish the function, an object of additional scope variables, if any
     * @param {...*} [formatParams] Format parameters
     * @returns {Codegen|Function} Itself or the generated function if finished
     * @throws {Error} If format parameter counts do not match
     */

    function Codegen(formatStringOrScope) {
        // note that explicit array handling below makes this ~50% faster

        // finish the function
        if (typeof formatStringOrScope !== "string") {
            var source = toString();
            if (codegen.verbose)
                console.log("codegen: " + source); // eslint-disable-line no-console
            source = "return " + source;
            if (formatStringOrScope) {
                var scopeKeys   = Object.keys(formatStringOrScope),
                    scopeParams = new Array(scopeKeys.length + 1),
                    scopeValues = new Array(scopeKeys.length),
                    scopeOffset = 0;
                while (scopeOffset < scopeKeys.length) {
                    scopeParams[scopeOffset] = scopeKeys[scopeOffset];
                    scopeValues[scopeOffset] = formatStringOrScope[scopeKeys[scopeOffset++]];
                }
                scopeParams[scopeOffset] = source;
                return Function.apply(null, scopeParams).apply(null, scopeValues); // eslint-disable-line no-new-func
            }
            return Function(source)(); // eslint-disable-line no-new-func
        }

        // otherwise append to body
        var formatParams = new Array(arguments.length - 1),
            formatOffset = 0;
        while (formatOffset < formatParams.length)
            formatParams[formatOffset] = arguments[++formatOffset];
        formatOffset = 0;
        formatStringOrScope = formatStringOrScope.replace(/%([%dfijs])/g, function replace($0, $1) {
            var value = formatParams[formatOffset++];
            switch ($1) {
                case "d": case "f": return String(Number(value));
                case "i": return String(Math.floor(value));
                case "j": return JSON.stringify(value);
                case "s": return String(value);
            }
            return "%";
        });
        if (formatOffset !== formatParams.length)
            throw Error("parameter count mismatch");
        body.push(formatStringOrScope);
        return Codegen;
    }

    function toString(functionNameOverride) {
        return "function " + safeFunctionName(functionNameOverride || functionName) + "(" + (functionParams && functionParams.join(",") || "") + "){\n  " + body.join("\n  ") + "\n}";
    }

    Codegen.toString = toString;
    return Codegen;
}

/**
 * Begins generating a function.
 * @memberof util
 * @function codegen
 * @param {string} [functionName] Function name if not anonymous
 * @returns {Codegen} Appender that appends code to the function's body
 * @variation 2
 */

/**
 * When set to `true`, codegen will log generated code to console. Useful for debugging.
 * @name util.codegen.verbose
 * @type {boolean}
 */
codegen.verbose = false;

function safeFunctionName(name) {
    if (!name)
        return "";
    name = String(name).replace(/[^\w$]/g, "");
    if (!name)
        return "";
    if (/^\d/.test(name))
        name = "_" + name;
    return reservedRe.test(name) ? name + "_" : name;
}


/***/ }),

/***/ 491:
/***/ ((module) => {


module.exports = EventEmitter;

/**
 * Constructs a new event emitter instance.
 * @classdesc A minimal event emitter.
 * @memberof util
 * @constructor
 */
function EventEmitter() {

    /**
     * Registered listeners.
     * @type {Object.<string,*>}
     * @private
     */
    this._listeners = Object.create(null);
}

/**
 * Event listener as used by {@link util.EventEmitter}.
 * @typedef EventEmitterListener
 * @type {function}
 * @param {...*} args Arguments
 * @returns {undefined}
 */

/**
 * Registers an event listener.
 * @param {string} evt Event name
 * @param {EventEmitterListener} fn Listener
 * @param {*} [ctx] Listener context
 * @returns {this} `this`
 */
EventEmitter.prototype.on = function on(evt, fn, ctx) {
    (this._listeners[evt] || (this._listeners[evt] = [])).push({
        fn  : fn,
        ctx : ctx || this
    });
    return this;
};

/**
 * Removes an event listener or any matching listeners if arguments are omitted.
 * @param {string} [evt] Event name. Removes all listeners if omitted.
 * @param {EventEmitterListener} [fn] Listener to remove. Removes all listeners of `evt` if omitted.
 * @returns {this} `this`
 */
EventEmitter.prototype.off = function off(evt, fn) {
    if (evt === undefined)
        this._listeners = Object.create(null);
    else {
        if (fn === undefined)
            this._listeners[evt] = [];
        else {
            var listeners = this._listeners[evt];
            if (!listeners)
                return this;
            for (var i = 0; i < listeners.length;)
                if (listeners[i].fn === fn)
                    listeners.splice(i, 1);
                else
                    ++i;
        }
    }
    return this;
};

/**
 * Emits an event by calling its listeners with the specified arguments.
 * @param {string} evt Event name
 * @param {...*} args Arguments
 * @returns {this} `this`
 */
EventEmitter.prototype.emit = function emit(evt) {
    var listeners = this._listeners[evt];
    if (listeners) {
        var args = [],
            i = 1;
        for (; i < arguments.length;)
            args.push(arguments[i++]);
        for (i = 0; i < listeners.length;)
            listeners[i].fn.apply(listeners[i++].ctx, args);
    }
    return this;
};


/***/ }),

/***/ 279:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = fetch;

var asPromise = __nccwpck_require__(222),
    fs        = __nccwpck_require__(193);

/**
 * Node-style callback as used by {@link util.fetch}.
 * @typedef FetchCallback
 * @type {function}
 * @param {?Error} error Error, if any, otherwise `null`
 * @param {string} [contents] File contents, if there hasn't been an error
 * @returns {undefined}
 */

/**
 * Options as used by {@link util.fetch}.
 * @interface IFetchOptions
 * @property {boolean} [binary=false] Whether expecting a binary response
 * @property {boolean} [xhr=false] If `true`, forces the use of XMLHttpRequest
 */

/**
 * Fetches the contents of a file.
 * @memberof util
 * @param {string} filename File path or url
 * @param {IFetchOptions} options Fetch options
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 */
function fetch(filename, options, callback) {
    if (typeof options === "function") {
        callback = options;
        options = {};
    } else if (!options)
        options = {};

    if (!callback)
        return asPromise(fetch, this, filename, options); // eslint-disable-line no-invalid-this

    // if a node-like filesystem is present, try it first but fall back to XHR if nothing is found.
    if (!options.xhr && fs && fs.readFile)
        return fs.readFile(filename, function fetchReadFileCallback(err, contents) {
            return err && typeof XMLHttpRequest !== "undefined"
                ? fetch.xhr(filename, options, callback)
                : err
                ? callback(err)
                : callback(null, options.binary ? contents : contents.toString("utf8"));
        });

    // use the XHR version otherwise.
    return fetch.xhr(filename, options, callback);
}

/**
 * Fetches the contents of a file.
 * @name util.fetch
 * @function
 * @param {string} path File path or url
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 * @variation 2
 */

/**
 * Fetches the contents of a file.
 * @name util.fetch
 * @function
 * @param {string} path File path or url
 * @param {IFetchOptions} [options] Fetch options
 * @returns {Promise<string|Uint8Array>} Promise
 * @variation 3
 */

/**/
fetch.xhr = function fetch_xhr(filename, options, callback) {
    var xhr = new XMLHttpRequest();
    xhr.onreadystatechange /* works everywhere */ = function fetchOnReadyStateChange() {

        if (xhr.readyState !== 4)
            return undefined;

        // local cors security errors return status 0 / empty string, too. afaik this cannot be
        // reliably distinguished from an actually empty file for security reasons. feel free
        // to send a pull request if you are aware of a solution.
        if (xhr.status !== 0 && xhr.status !== 200)
            return callback(Error("status " + xhr.status));

        // if binary data is expected, make sure that some sort of array is returned, even if
        // ArrayBuffers are not supported. the binary string fallback, however, is unsafe.
        if (options.binary) {
            var buffer = xhr.response;
            if (!buffer) {
                buffer = [];
                for (var i = 0; i < xhr.responseText.length; ++i)
                    buffer.push(xhr.responseText.charCodeAt(i) & 255);
            }
            return callback(null, typeof Uint8Array !== "undefined" ? new Uint8Array(buffer) : buffer);
        }
        return callback(null, xhr.responseText);
    };

    if (options.binary) {
        // ref: https://developer.mozilla.org/en-US/docs/Web/API/XMLHttpRequest/Sending_and_Receiving_Binary_Data#Receiving_binary_data_in_older_browsers
        if ("overrideMimeType" in xhr)
            xhr.overrideMimeType("text/plain; charset=x-user-defined");
        xhr.responseType = "arraybuffer";
    }

    xhr.open("GET", filename);
    xhr.send();
};


/***/ }),

/***/ 193:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var fs = null;
try {
    fs = __nccwpck_require__(/* webpackIgnore: true */ 896);
    if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
} catch (e) {
    // `fs` is unavailable in browsers and browser-like bundles.
}
module.exports = fs;


/***/ }),

/***/ 597:
/***/ ((module) => {



module.exports = factory(factory);

/**
 * Reads / writes floats / doubles from / to buffers.
 * @name util.float
 * @namespace
 */

/**
 * Writes a 32 bit float to a buffer using little endian byte order.
 * @name util.float.writeFloatLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 32 bit float to a buffer using big endian byte order.
 * @name util.float.writeFloatBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 32 bit float from a buffer using little endian byte order.
 * @name util.float.readFloatLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 32 bit float from a buffer using big endian byte order.
 * @name util.float.readFloatBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Writes a 64 bit double to a buffer using little endian byte order.
 * @name util.float.writeDoubleLE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Writes a 64 bit double to a buffer using big endian byte order.
 * @name util.float.writeDoubleBE
 * @function
 * @param {number} val Value to write
 * @param {Uint8Array} buf Target buffer
 * @param {number} pos Target buffer offset
 * @returns {undefined}
 */

/**
 * Reads a 64 bit double from a buffer using little endian byte order.
 * @name util.float.readDoubleLE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

/**
 * Reads a 64 bit double from a buffer using big endian byte order.
 * @name util.float.readDoubleBE
 * @function
 * @param {Uint8Array} buf Source buffer
 * @param {number} pos Source buffer offset
 * @returns {number} Value read
 */

// Factory function for the purpose of node-based testing in modified global environments
function factory(exports) {

    // float: typed array
    if (typeof Float32Array !== "undefined") (function() {

        var f32 = new Float32Array([ -0 ]),
            f8b = new Uint8Array(f32.buffer),
            le  = f8b[3] === 128;

        function writeFloat_f32_cpy(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
        }

        function writeFloat_f32_rev(val, buf, pos) {
            f32[0] = val;
            buf[pos    ] = f8b[3];
            buf[pos + 1] = f8b[2];
            buf[pos + 2] = f8b[1];
            buf[pos + 3] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeFloatLE = le ? writeFloat_f32_cpy : writeFloat_f32_rev;
        /* istanbul ignore next */
        exports.writeFloatBE = le ? writeFloat_f32_rev : writeFloat_f32_cpy;

        function readFloat_f32_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            return f32[0];
        }

        function readFloat_f32_rev(buf, pos) {
            f8b[3] = buf[pos    ];
            f8b[2] = buf[pos + 1];
            f8b[1] = buf[pos + 2];
            f8b[0] = buf[pos + 3];
            return f32[0];
        }

        /* istanbul ignore next */
        exports.readFloatLE = le ? readFloat_f32_cpy : readFloat_f32_rev;
        /* istanbul ignore next */
        exports.readFloatBE = le ? readFloat_f32_rev : readFloat_f32_cpy;

    // float: ieee754
    })(); else (function() {

        function writeFloat_ieee754(writeUint, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0)
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos);
            else if (isNaN(val))
                writeUint(2143289344, buf, pos);
            else if (val > 3.4028234663852886e+38) // +-Infinity
                writeUint((sign << 31 | 2139095040) >>> 0, buf, pos);
            else if (val < 1.1754943508222875e-38) // denormal
                writeUint((sign << 31 | Math.round(val / 1.401298464324817e-45)) >>> 0, buf, pos);
            else {
                var exponent = Math.floor(Math.log(val) / Math.LN2),
                    mantissa = Math.round(val * Math.pow(2, -exponent) * 8388608) & 8388607;
                writeUint((sign << 31 | exponent + 127 << 23 | mantissa) >>> 0, buf, pos);
            }
        }

        exports.writeFloatLE = writeFloat_ieee754.bind(null, writeUintLE);
        exports.writeFloatBE = writeFloat_ieee754.bind(null, writeUintBE);

        function readFloat_ieee754(readUint, buf, pos) {
            var uint = readUint(buf, pos),
                sign = (uint >> 31) * 2 + 1,
                exponent = uint >>> 23 & 255,
                mantissa = uint & 8388607;
            return exponent === 255
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 1.401298464324817e-45 * mantissa
                : sign * Math.pow(2, exponent - 150) * (mantissa + 8388608);
        }

        exports.readFloatLE = readFloat_ieee754.bind(null, readUintLE);
        exports.readFloatBE = readFloat_ieee754.bind(null, readUintBE);

    })();

    // double: typed array
    if (typeof Float64Array !== "undefined") (function() {

        var f64 = new Float64Array([-0]),
            f8b = new Uint8Array(f64.buffer),
            le  = f8b[7] === 128;

        function writeDouble_f64_cpy(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[0];
            buf[pos + 1] = f8b[1];
            buf[pos + 2] = f8b[2];
            buf[pos + 3] = f8b[3];
            buf[pos + 4] = f8b[4];
            buf[pos + 5] = f8b[5];
            buf[pos + 6] = f8b[6];
            buf[pos + 7] = f8b[7];
        }

        function writeDouble_f64_rev(val, buf, pos) {
            f64[0] = val;
            buf[pos    ] = f8b[7];
            buf[pos + 1] = f8b[6];
            buf[pos + 2] = f8b[5];
            buf[pos + 3] = f8b[4];
            buf[pos + 4] = f8b[3];
            buf[pos + 5] = f8b[2];
            buf[pos + 6] = f8b[1];
            buf[pos + 7] = f8b[0];
        }

        /* istanbul ignore next */
        exports.writeDoubleLE = le ? writeDouble_f64_cpy : writeDouble_f64_rev;
        /* istanbul ignore next */
        exports.writeDoubleBE = le ? writeDouble_f64_rev : writeDouble_f64_cpy;

        function readDouble_f64_cpy(buf, pos) {
            f8b[0] = buf[pos    ];
            f8b[1] = buf[pos + 1];
            f8b[2] = buf[pos + 2];
            f8b[3] = buf[pos + 3];
            f8b[4] = buf[pos + 4];
            f8b[5] = buf[pos + 5];
            f8b[6] = buf[pos + 6];
            f8b[7] = buf[pos + 7];
            return f64[0];
        }

        function readDouble_f64_rev(buf, pos) {
            f8b[7] = buf[pos    ];
            f8b[6] = buf[pos + 1];
            f8b[5] = buf[pos + 2];
            f8b[4] = buf[pos + 3];
            f8b[3] = buf[pos + 4];
            f8b[2] = buf[pos + 5];
            f8b[1] = buf[pos + 6];
            f8b[0] = buf[pos + 7];
            return f64[0];
        }

        /* istanbul ignore next */
        exports.readDoubleLE = le ? readDouble_f64_cpy : readDouble_f64_rev;
        /* istanbul ignore next */
        exports.readDoubleBE = le ? readDouble_f64_rev : readDouble_f64_cpy;

    // double: ieee754
    })(); else (function() {

        function writeDouble_ieee754(writeUint, off0, off1, val, buf, pos) {
            var sign = val < 0 ? 1 : 0;
            if (sign)
                val = -val;
            if (val === 0) {
                writeUint(0, buf, pos + off0);
                writeUint(1 / val > 0 ? /* positive */ 0 : /* negative 0 */ 2147483648, buf, pos + off1);
            } else if (isNaN(val)) {
                writeUint(0, buf, pos + off0);
                writeUint(2146959360, buf, pos + off1);
            } else if (val > 1.7976931348623157e+308) { // +-Infinity
                writeUint(0, buf, pos + off0);
                writeUint((sign << 31 | 2146435072) >>> 0, buf, pos + off1);
            } else {
                var mantissa;
                if (val < 2.2250738585072014e-308) { // denormal
                    mantissa = val / 5e-324;
                    writeUint(mantissa >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | mantissa / 4294967296) >>> 0, buf, pos + off1);
                } else {
                    var exponent = Math.floor(Math.log(val) / Math.LN2);
                    if (exponent === 1024)
                        exponent = 1023;
                    mantissa = val * Math.pow(2, -exponent);
                    writeUint(mantissa * 4503599627370496 >>> 0, buf, pos + off0);
                    writeUint((sign << 31 | exponent + 1023 << 20 | mantissa * 1048576 & 1048575) >>> 0, buf, pos + off1);
                }
            }
        }

        exports.writeDoubleLE = writeDouble_ieee754.bind(null, writeUintLE, 0, 4);
        exports.writeDoubleBE = writeDouble_ieee754.bind(null, writeUintBE, 4, 0);

        function readDouble_ieee754(readUint, off0, off1, buf, pos) {
            var lo = readUint(buf, pos + off0),
                hi = readUint(buf, pos + off1);
            var sign = (hi >> 31) * 2 + 1,
                exponent = hi >>> 20 & 2047,
                mantissa = 4294967296 * (hi & 1048575) + lo;
            return exponent === 2047
                ? mantissa
                ? NaN
                : sign * Infinity
                : exponent === 0 // denormal
                ? sign * 5e-324 * mantissa
                : sign * Math.pow(2, exponent - 1075) * (mantissa + 4503599627370496);
        }

        exports.readDoubleLE = readDouble_ieee754.bind(null, readUintLE, 0, 4);
        exports.readDoubleBE = readDouble_ieee754.bind(null, readUintBE, 4, 0);

    })();

    return exports;
}

// uint helpers

function writeUintLE(val, buf, pos) {
    buf[pos    ] =  val        & 255;
    buf[pos + 1] =  val >>> 8  & 255;
    buf[pos + 2] =  val >>> 16 & 255;
    buf[pos + 3] =  val >>> 24;
}

function writeUintBE(val, buf, pos) {
    buf[pos    ] =  val >>> 24;
    buf[pos + 1] =  val >>> 16 & 255;
    buf[pos + 2] =  val >>> 8  & 255;
    buf[pos + 3] =  val        & 255;
}

function readUintLE(buf, pos) {
    return (buf[pos    ]
          | buf[pos + 1] << 8
          | buf[pos + 2] << 16
          | buf[pos + 3] << 24) >>> 0;
}

function readUintBE(buf, pos) {
    return (buf[pos    ] << 24
          | buf[pos + 1] << 16
          | buf[pos + 2] << 8
          | buf[pos + 3]) >>> 0;
}


/***/ }),

/***/ 90:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal path module to resolve Unix, Windows and URL paths alike.
 * @memberof util
 * @namespace
 */
var path = exports;

var isAbsolute =
/**
 * Tests if the specified path is absolute.
 * @param {string} path Path to test
 * @returns {boolean} `true` if path is absolute
 */
path.isAbsolute = function isAbsolute(path) {
    return /^(?:\/|\w+:)/.test(path);
};

var normalize =
/**
 * Normalizes the specified path.
 * @param {string} path Path to normalize
 * @returns {string} Normalized path
 */
path.normalize = function normalize(path) {
    path = path.replace(/\\/g, "/")
               .replace(/\/{2,}/g, "/");
    var parts    = path.split("/"),
        absolute = isAbsolute(path),
        prefix   = "";
    if (absolute)
        prefix = parts.shift() + "/";
    for (var i = 0; i < parts.length;) {
        if (parts[i] === "..") {
            if (i > 0 && parts[i - 1] !== "..")
                parts.splice(--i, 2);
            else if (absolute)
                parts.splice(i, 1);
            else
                ++i;
        } else if (parts[i] === ".")
            parts.splice(i, 1);
        else
            ++i;
    }
    return prefix + parts.join("/");
};

/**
 * Resolves the specified include path against the specified origin path.
 * @param {string} originPath Path to the origin file
 * @param {string} includePath Include path relative to origin path
 * @param {boolean} [alreadyNormalized=false] `true` if both paths are already known to be normalized
 * @returns {string} Path to the include file
 */
path.resolve = function resolve(originPath, includePath, alreadyNormalized) {
    if (!alreadyNormalized)
        includePath = normalize(includePath);
    if (isAbsolute(includePath))
        return includePath;
    if (!alreadyNormalized)
        originPath = normalize(originPath);
    return (originPath = originPath.replace(/(?:\/|^)[^/]+$/, "")).length ? normalize(originPath + "/" + includePath) : includePath;
};


/***/ }),

/***/ 239:
/***/ ((module) => {


module.exports = pool;

/**
 * An allocator as used by {@link util.pool}.
 * @typedef PoolAllocator
 * @type {function}
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */

/**
 * A slicer as used by {@link util.pool}.
 * @typedef PoolSlicer
 * @type {function}
 * @param {number} start Start offset
 * @param {number} end End offset
 * @returns {Uint8Array} Buffer slice
 * @this {Uint8Array}
 */

/**
 * A general purpose buffer pool.
 * @memberof util
 * @function
 * @param {PoolAllocator} alloc Allocator
 * @param {PoolSlicer} slice Slicer
 * @param {number} [size=8192] Slab size
 * @returns {PoolAllocator} Pooled allocator
 */
function pool(alloc, slice, size) {
    var SIZE   = size || 8192;
    var MAX    = SIZE >>> 1;
    var slab   = null;
    var offset = SIZE;
    return function pool_alloc(size) {
        if (size < 1 || size > MAX)
            return alloc(size);
        if (offset + size > SIZE) {
            slab = alloc(SIZE);
            offset = 0;
        }
        var buf = slice.call(slab, offset, offset += size);
        if (offset & 7) // align to 32 bit
            offset = (offset | 7) + 1;
        return buf;
    };
}


/***/ }),

/***/ 958:
/***/ ((__unused_webpack_module, exports) => {



/**
 * A minimal UTF8 implementation for number arrays.
 * @memberof util
 * @namespace
 */
var utf8 = exports,
    replacementCharCode = 0xFFFD; // U+FFFD REPLACEMENT CHARACTER

/**
 * Calculates the UTF8 byte length of a string.
 * @param {string} string String
 * @returns {number} Byte length
 */
utf8.length = function utf8_length(string) {
    var len = 0,
        c = 0;
    for (var i = 0; i < string.length; ++i) {
        c = string.charCodeAt(i);
        if (c < 128)
            len += 1;
        else if (c < 2048)
            len += 2;
        else if ((c & 0xFC00) === 0xD800 && (string.charCodeAt(i + 1) & 0xFC00) === 0xDC00) {
            ++i;
            len += 4;
        } else
            len += 3;
    }
    return len;
};

/**
 * Reads UTF8 bytes as a string.
 * @param {Uint8Array} buffer Source buffer
 * @param {number} start Source start
 * @param {number} end Source end
 * @returns {string} String read
 */
utf8.read = function utf8_read(buffer, start, end) {
    if (end - start < 1)
        return "";
    // Batch code units and flush via String.fromCharCode.apply in 8192-unit
    // chunks to avoid the per-character ConsString buildup of `str += ...`.
    var parts = null,
        chunk = [],
        i = 0, // chunk write index
        t, t2, c2, c3;
    while (start < end) {
        t = buffer[start++];
        if (t <= 0x7F) {
            chunk[i++] = t;
        } else if (t >= 0xC0 && t < 0xE0) {
            c2 = (t & 0x1F) << 6 | buffer[start++] & 0x3F;
            chunk[i++] = c2 >= 0x80 ? c2 : replacementCharCode;
        } else if (t >= 0xE0 && t < 0xF0) {
            c3 = (t & 0xF) << 12 | (buffer[start++] & 0x3F) << 6 | buffer[start++] & 0x3F;
            chunk[i++] = c3 >= 0x800 ? c3 : replacementCharCode;
        } else if (t >= 0xF0) {
            t2 = (t & 7) << 18 | (buffer[start++] & 0x3F) << 12 | (buffer[start++] & 0x3F) << 6 | buffer[start++] & 0x3F;
            if (t2 < 0x10000 || t2 > 0x10FFFF)
                chunk[i++] = replacementCharCode;
            else {
                t2 -= 0x10000;
                chunk[i++] = 0xD800 + (t2 >> 10);
                chunk[i++] = 0xDC00 + (t2 & 0x3FF);
            }
        }
        if (i > 8191) {
            (parts || (parts = [])).push(String.fromCharCode.apply(String, chunk.slice(0, i)));
            i = 0;
        }
    }
    if (parts) {
        if (i)
            parts.push(String.fromCharCode.apply(String, chunk.slice(0, i)));
        return parts.join("");
    }
    return String.fromCharCode.apply(String, chunk.slice(0, i));
};

/**
 * Writes a string as UTF8 bytes.
 * @param {string} string Source string
 * @param {Uint8Array} buffer Destination buffer
 * @param {number} offset Destination offset
 * @returns {number} Bytes written
 */
utf8.write = function utf8_write(string, buffer, offset) {
    var start = offset,
        c1, // character 1
        c2; // character 2
    for (var i = 0; i < string.length; ++i) {
        c1 = string.charCodeAt(i);
        if (c1 < 128) {
            buffer[offset++] = c1;
        } else if (c1 < 2048) {
            buffer[offset++] = c1 >> 6       | 192;
            buffer[offset++] = c1       & 63 | 128;
        } else if ((c1 & 0xFC00) === 0xD800 && ((c2 = string.charCodeAt(i + 1)) & 0xFC00) === 0xDC00) {
            c1 = 0x10000 + ((c1 & 0x03FF) << 10) + (c2 & 0x03FF);
            ++i;
            buffer[offset++] = c1 >> 18      | 240;
            buffer[offset++] = c1 >> 12 & 63 | 128;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        } else {
            buffer[offset++] = c1 >> 12      | 224;
            buffer[offset++] = c1 >> 6  & 63 | 128;
            buffer[offset++] = c1       & 63 | 128;
        }
    }
    return offset - start;
};


/***/ }),

/***/ 928:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

// full library entry point.


module.exports = __nccwpck_require__(513);


/***/ }),

/***/ 872:
/***/ ((module) => {


module.exports = common;

var commonRe = /\/|\./;

/**
 * Provides common type definitions.
 * Can also be used to provide additional google types or your own custom types.
 * @param {string} name Short name as in `google/protobuf/[name].proto` or full file name
 * @param {Object.<string,*>} json JSON definition within `google.protobuf` if a short name, otherwise the file's root definition
 * @returns {undefined}
 * @property {INamespace} google/protobuf/any.proto Any
 * @property {INamespace} google/protobuf/duration.proto Duration
 * @property {INamespace} google/protobuf/empty.proto Empty
 * @property {INamespace} google/protobuf/field_mask.proto FieldMask
 * @property {INamespace} google/protobuf/struct.proto Struct, Value, NullValue and ListValue
 * @property {INamespace} google/protobuf/timestamp.proto Timestamp
 * @property {INamespace} google/protobuf/wrappers.proto Wrappers
 * @example
 * // manually provides descriptor.proto (assumes google/protobuf/ namespace and .proto extension)
 * protobuf.common("descriptor", descriptorJson);
 *
 * // manually provides a custom definition (uses my.foo namespace)
 * protobuf.common("my/foo/bar.proto", myFooBarJson);
 */
function common(name, json) {
    if (!commonRe.test(name)) {
        name = "google/protobuf/" + name + ".proto";
        json = { nested: { google: { nested: { protobuf: { nested: json } } } } };
    }
    common[name] = json;
}

// Not provided because of limited use (feel free to discuss or to provide yourself):
//
// google/protobuf/descriptor.proto
// google/protobuf/source_context.proto
// google/protobuf/type.proto
//
// Stripped and pre-parsed versions of these non-bundled files are instead available as part of
// the repository or package within the google/protobuf directory.

common("any", {

    /**
     * Properties of a google.protobuf.Any message.
     * @interface IAny
     * @type {Object}
     * @property {string} [typeUrl]
     * @property {Uint8Array} [bytes]
     * @memberof common
     */
    Any: {
        fields: {
            type_url: {
                type: "string",
                id: 1
            },
            value: {
                type: "bytes",
                id: 2
            }
        }
    }
});

var timeType;

common("duration", {

    /**
     * Properties of a google.protobuf.Duration message.
     * @interface IDuration
     * @type {Object}
     * @property {number|Long} [seconds]
     * @property {number} [nanos]
     * @memberof common
     */
    Duration: timeType = {
        fields: {
            seconds: {
                type: "int64",
                id: 1
            },
            nanos: {
                type: "int32",
                id: 2
            }
        }
    }
});

common("timestamp", {

    /**
     * Properties of a google.protobuf.Timestamp message.
     * @interface ITimestamp
     * @type {Object}
     * @property {number|Long} [seconds]
     * @property {number} [nanos]
     * @memberof common
     */
    Timestamp: timeType
});

common("empty", {

    /**
     * Properties of a google.protobuf.Empty message.
     * @interface IEmpty
     * @memberof common
     */
    Empty: {
        fields: {}
    }
});

common("struct", {

    /**
     * Properties of a google.protobuf.Struct message.
     * @interface IStruct
     * @type {Object}
     * @property {Object.<string,IValue>} [fields]
     * @memberof common
     */
    Struct: {
        fields: {
            fields: {
                keyType: "string",
                type: "Value",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.Value message.
     * @interface IValue
     * @type {Object}
     * @property {string} [kind]
     * @property {0} [nullValue]
     * @property {number} [numberValue]
     * @property {string} [stringValue]
     * @property {boolean} [boolValue]
     * @property {IStruct} [structValue]
     * @property {IListValue} [listValue]
     * @memberof common
     */
    Value: {
        oneofs: {
            kind: {
                oneof: [
                    "nullValue",
                    "numberValue",
                    "stringValue",
                    "boolValue",
                    "structValue",
                    "listValue"
                ]
            }
        },
        fields: {
            nullValue: {
                type: "NullValue",
                id: 1
            },
            numberValue: {
                type: "double",
                id: 2
            },
            stringValue: {
                type: "string",
                id: 3
            },
            boolValue: {
                type: "bool",
                id: 4
            },
            structValue: {
                type: "Struct",
                id: 5
            },
            listValue: {
                type: "ListValue",
                id: 6
            }
        }
    },

    NullValue: {
        values: {
            NULL_VALUE: 0
        }
    },

    /**
     * Properties of a google.protobuf.ListValue message.
     * @interface IListValue
     * @type {Object}
     * @property {Array.<IValue>} [values]
     * @memberof common
     */
    ListValue: {
        fields: {
            values: {
                rule: "repeated",
                type: "Value",
                id: 1
            }
        }
    }
});

common("wrappers", {

    /**
     * Properties of a google.protobuf.DoubleValue message.
     * @interface IDoubleValue
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    DoubleValue: {
        fields: {
            value: {
                type: "double",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.FloatValue message.
     * @interface IFloatValue
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    FloatValue: {
        fields: {
            value: {
                type: "float",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.Int64Value message.
     * @interface IInt64Value
     * @type {Object}
     * @property {number|Long} [value]
     * @memberof common
     */
    Int64Value: {
        fields: {
            value: {
                type: "int64",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.UInt64Value message.
     * @interface IUInt64Value
     * @type {Object}
     * @property {number|Long} [value]
     * @memberof common
     */
    UInt64Value: {
        fields: {
            value: {
                type: "uint64",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.Int32Value message.
     * @interface IInt32Value
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    Int32Value: {
        fields: {
            value: {
                type: "int32",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.UInt32Value message.
     * @interface IUInt32Value
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    UInt32Value: {
        fields: {
            value: {
                type: "uint32",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.BoolValue message.
     * @interface IBoolValue
     * @type {Object}
     * @property {boolean} [value]
     * @memberof common
     */
    BoolValue: {
        fields: {
            value: {
                type: "bool",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.StringValue message.
     * @interface IStringValue
     * @type {Object}
     * @property {string} [value]
     * @memberof common
     */
    StringValue: {
        fields: {
            value: {
                type: "string",
                id: 1
            }
        }
    },

    /**
     * Properties of a google.protobuf.BytesValue message.
     * @interface IBytesValue
     * @type {Object}
     * @property {Uint8Array} [value]
     * @memberof common
     */
    BytesValue: {
        fields: {
            value: {
                type: "bytes",
                id: 1
            }
        }
    }
});

common("field_mask", {

    /**
     * Properties of a google.protobuf.FieldMask message.
     * @interface IDoubleValue
     * @type {Object}
     * @property {number} [value]
     * @memberof common
     */
    FieldMask: {
        fields: {
            paths: {
                rule: "repeated",
                type: "string",
                id: 1
            }
        }
    }
});

/**
 * Gets the root definition of the specified common proto file.
 *
 * Bundled definitions are:
 * - google/protobuf/any.proto
 * - google/protobuf/duration.proto
 * - google/protobuf/empty.proto
 * - google/protobuf/field_mask.proto
 * - google/protobuf/struct.proto
 * - google/protobuf/timestamp.proto
 * - google/protobuf/wrappers.proto
 *
 * @param {string} file Proto file name
 * @returns {INamespace|null} Root definition or `null` if not defined
 */
common.get = function get(file) {
    return common[file] || null;
};


/***/ }),

/***/ 437:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/**
 * Runtime message from/to plain object converters.
 * @namespace
 */
var converter = exports;

var Enum = __nccwpck_require__(528),
    util = __nccwpck_require__(609);

/**
 * Generates a partial value fromObject conveter.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} prop Property reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genValuePartial_fromObject(gen, field, fieldIndex, prop) {
    var defaultAlreadyEmitted = false;
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) { gen
            ("switch(d%s){", prop);
            for (var values = field.resolvedType.values, keys = Object.keys(values), i = 0; i < keys.length; ++i) {
                // enum unknown values passthrough
                if (values[keys[i]] === field.typeDefault && !defaultAlreadyEmitted) { gen
                    ("default:")
                        ("if(typeof(d%s)===\"number\"){m%s=d%s;break}", prop, prop, prop);
                    if (!field.repeated) gen // fallback to default value only for
                                             // arrays, to avoid leaving holes.
                        ("break");           // for non-repeated fields, just ignore
                    defaultAlreadyEmitted = true;
                }
                gen
                ("case%j:", keys[i])
                ("case %i:", values[keys[i]])
                    ("m%s=%j", prop, values[keys[i]])
                    ("break");
            } gen
            ("}");
        } else gen
            ("if(!util.isObject(d%s))", prop)
                ("throw TypeError(%j)", field.fullName + ": object expected")
            ("m%s=types[%i].fromObject(d%s,n+1)", prop, fieldIndex, prop);
    } else {
        var isUnsigned = false;
        switch (field.type) {
            case "double":
            case "float": gen
                ("m%s=Number(d%s)", prop, prop); // also catches "NaN", "Infinity"
                break;
            case "uint32":
            case "fixed32": gen
                ("m%s=d%s>>>0", prop, prop);
                break;
            case "int32":
            case "sint32":
            case "sfixed32": gen
                ("m%s=d%s|0", prop, prop);
                break;
            case "uint64":
            case "fixed64":
                isUnsigned = true;
                // eslint-disable-next-line no-fallthrough
            case "int64":
            case "sint64":
            case "sfixed64": gen
                ("if(util.Long)")
                    ("m%s=util.Long.fromValue(d%s,%j)", prop, prop, isUnsigned)
                ("else if(typeof d%s===\"string\")", prop)
                    ("m%s=parseInt(d%s,10)", prop, prop)
                ("else if(typeof d%s===\"number\")", prop)
                    ("m%s=d%s", prop, prop)
                ("else if(typeof d%s===\"object\")", prop)
                    ("m%s=new util.LongBits(d%s.low>>>0,d%s.high>>>0).toNumber(%s)", prop, prop, prop, isUnsigned ? "true" : "");
                break;
            case "bytes": gen
                ("if(typeof d%s===\"string\")", prop)
                    ("util.base64.decode(d%s,m%s=util.newBuffer(util.base64.length(d%s)),0)", prop, prop, prop)
                ("else if(d%s.length >= 0)", prop)
                    ("m%s=d%s", prop, prop);
                break;
            case "string": gen
                ("m%s=String(d%s)", prop, prop);
                break;
            case "bool": gen
                ("m%s=Boolean(d%s)", prop, prop);
                break;
            /* default: gen
                ("m%s=d%s", prop, prop);
                break; */
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}

/**
 * Generates a plain object to runtime message converter specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
converter.fromObject = function fromObject(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var fields = mtype.fieldsArray;
    var gen = util.codegen(["d", "n"], mtype.name + "$fromObject")
    ("if(d instanceof this.ctor)")
        ("return d");
    if (!fields.length) return gen
    ("return new this.ctor");
    gen
    ("if(!util.isObject(d))")
        ("throw TypeError(%j)", mtype.fullName + ": object expected")
    ("if(n===undefined)n=0")
    ("if(n>util.recursionLimit)")
        ("throw Error(\"maximum nesting depth exceeded\")");
    gen
    ("var m=new this.ctor");
    for (var i = 0; i < fields.length; ++i) {
        var field  = fields[i].resolve(),
            prop   = util.safeProp(field.name);

        // Map fields
        if (field.map) { gen
    ("if(d%s){", prop)
        ("if(!util.isObject(d%s))", prop)
            ("throw TypeError(%j)", field.fullName + ": object expected")
        ("m%s={}", prop)
        ("for(var ks=Object.keys(d%s),i=0;i<ks.length;++i){", prop);
            gen
        ("if(ks[i]===\"__proto__\")")
            ("util.makeProp(m%s,ks[i])", prop);
            genValuePartial_fromObject(gen, field, /* not sorted */ i, prop + "[ks[i]]")
        ("}")
    ("}");

        // Repeated fields
        } else if (field.repeated) { gen
    ("if(d%s){", prop)
        ("if(!Array.isArray(d%s))", prop)
            ("throw TypeError(%j)", field.fullName + ": array expected")
        ("m%s=[]", prop)
        ("for(var i=0;i<d%s.length;++i){", prop);
            genValuePartial_fromObject(gen, field, /* not sorted */ i, prop + "[i]")
        ("}")
    ("}");

        // Non-repeated fields
        } else {
            if (!(field.resolvedType instanceof Enum)) gen // no need to test for null/undefined if an enum (uses switch)
    ("if(d%s!=null){", prop); // !== undefined && !== null
        genValuePartial_fromObject(gen, field, /* not sorted */ i, prop);
            if (!(field.resolvedType instanceof Enum)) gen
    ("}");
        }
    } return gen
    ("return m");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
};

/**
 * Generates a partial value toObject converter.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} prop Property reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genValuePartial_toObject(gen, field, fieldIndex, prop) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) gen
            ("d%s=o.enums===String?(types[%i].values[m%s]===undefined?m%s:types[%i].values[m%s]):m%s", prop, fieldIndex, prop, prop, fieldIndex, prop, prop);
        else gen
            ("d%s=types[%i].toObject(m%s,o,q+1)", prop, fieldIndex, prop);
    } else {
        var isUnsigned = false;
        switch (field.type) {
            case "double":
            case "float": gen
            ("d%s=o.json&&!isFinite(m%s)?String(m%s):m%s", prop, prop, prop, prop);
                break;
            case "uint64":
            case "fixed64":
                isUnsigned = true;
                // eslint-disable-next-line no-fallthrough
            case "int64":
            case "sint64":
            case "sfixed64": gen
            ("if(typeof BigInt!==\"undefined\"&&o.longs===BigInt)")
                ("d%s=typeof m%s===\"number\"?BigInt(m%s):util.Long.fromBits(m%s.low>>>0,m%s.high>>>0,%j).toBigInt()", prop, prop, prop, prop, prop, isUnsigned)
            ("else if(typeof m%s===\"number\")", prop)
                ("d%s=o.longs===String?String(m%s):m%s", prop, prop, prop)
            ("else") // Long-like
                ("d%s=o.longs===String?util.Long.prototype.toString.call(m%s):o.longs===Number?new util.LongBits(m%s.low>>>0,m%s.high>>>0).toNumber(%s):m%s", prop, prop, prop, prop, isUnsigned ? "true": "", prop);
                break;
            case "bytes": gen
            ("d%s=o.bytes===String?util.base64.encode(m%s,0,m%s.length):o.bytes===Array?Array.prototype.slice.call(m%s):m%s", prop, prop, prop, prop, prop);
                break;
            default: gen
            ("d%s=m%s", prop, prop);
                break;
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}

/**
 * Generates a runtime message to plain object converter specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
converter.toObject = function toObject(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var fields = mtype.fieldsArray.slice().sort(util.compareFieldsById);
    if (!fields.length)
        return util.codegen()("return {}");
    var gen = util.codegen(["m", "o", "q"], mtype.name + "$toObject")
    ("if(!o)")
        ("o={}")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")")
    ("var d={}");

    var repeatedFields = [],
        mapFields = [],
        normalFields = [],
        i = 0;
    for (; i < fields.length; ++i)
        if (!fields[i].partOf)
            ( fields[i].resolve().repeated ? repeatedFields
            : fields[i].map ? mapFields
            : normalFields).push(fields[i]);

    if (repeatedFields.length) { gen
    ("if(o.arrays||o.defaults){");
        for (i = 0; i < repeatedFields.length; ++i) gen
        ("d%s=[]", util.safeProp(repeatedFields[i].name));
        gen
    ("}");
    }

    if (mapFields.length) { gen
    ("if(o.objects||o.defaults){");
        for (i = 0; i < mapFields.length; ++i) gen
        ("d%s={}", util.safeProp(mapFields[i].name));
        gen
    ("}");
    }

    if (normalFields.length) { gen
    ("if(o.defaults){");
        for (i = 0; i < normalFields.length; ++i) {
            var field = normalFields[i],
                prop  = util.safeProp(field.name);
            if (field.resolvedType instanceof Enum) gen
        ("d%s=o.enums===String?%j:%j", prop, field.resolvedType.valuesById[field.typeDefault], field.typeDefault);
            else if (field.long) gen
        ("if(util.Long){")
            ("var n=new util.Long(%i,%i,%j)", field.typeDefault.low, field.typeDefault.high, field.typeDefault.unsigned)
            ("d%s=o.longs===String?n.toString():o.longs===Number?n.toNumber():typeof BigInt!==\"undefined\"&&o.longs===BigInt?n.toBigInt():n", prop)
        ("}else")
            ("d%s=o.longs===String?%j:typeof BigInt!==\"undefined\"&&o.longs===BigInt?BigInt(%j):%i", prop, field.typeDefault.toString(), field.typeDefault.toString(), field.typeDefault.toNumber());
            else if (field.bytes) {
                var arrayDefault = Array.prototype.slice.call(field.typeDefault);
                gen
        ("if(o.bytes===String)d%s=%j", prop, String.fromCharCode.apply(String, field.typeDefault))
        ("else{")
            ("d%s=%j", prop, arrayDefault)
            ("if(o.bytes!==Array)d%s=util.newBuffer(d%s)", prop, prop)
        ("}");
            } else gen
        ("d%s=%j", prop, field.typeDefault); // also messages (=null)
        } gen
    ("}");
    }
    var hasKs2 = false;
    for (i = 0; i < fields.length; ++i) {
        var field = fields[i],
            index = mtype._fieldsArray.indexOf(field),
            prop  = util.safeProp(field.name);
        if (field.map) {
            if (!hasKs2) { hasKs2 = true; gen
    ("var ks2");
            } gen
    ("if(m%s&&(ks2=Object.keys(m%s)).length){", prop, prop)
        ("d%s={}", prop)
        ("for(var j=0;j<ks2.length;++j){");
            gen
        ("if(ks2[j]===\"__proto__\")")
            ("util.makeProp(d%s,ks2[j])", prop);
            genValuePartial_toObject(gen, field, /* sorted */ index, prop + "[ks2[j]]")
        ("}");
        } else if (field.repeated) { gen
    ("if(m%s&&m%s.length){", prop, prop)
        ("d%s=[]", prop)
        ("for(var j=0;j<m%s.length;++j){", prop);
            genValuePartial_toObject(gen, field, /* sorted */ index, prop + "[j]")
        ("}");
        } else { gen
    ("if(m%s!=null&&Object.hasOwnProperty.call(m,%j)){", prop, field.name); // !== undefined && !== null
        genValuePartial_toObject(gen, field, /* sorted */ index, prop);
        if (field.partOf) gen
        ("if(o.oneofs)")
            ("d%s=%j", util.safeProp(field.partOf.name), field.name);
        }
        gen
    ("}");
    }
    return gen
    ("return d");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
};


/***/ }),

/***/ 301:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = decoder;

var Enum    = __nccwpck_require__(528),
    types   = __nccwpck_require__(24),
    util    = __nccwpck_require__(609);

function missing(field) {
    return "missing required '" + field.name + "'";
}

/**
 * Generates a decoder specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function decoder(mtype) {
    /* eslint-disable no-unexpected-multiline */
    var gen = util.codegen(["r", "l", "e", "n"], mtype.name + "$decode")
    ("if(!(r instanceof Reader))")
        ("r=Reader.create(r)")
    ("if(n===undefined)n=0")
    ("if(n>Reader.recursionLimit)")
        ("throw Error(\"maximum nesting depth exceeded\")")
    ("var c,m" + (mtype.fieldsArray.filter(function(field) { return field.map; }).length ? ",k,value" : ""))
    ("if(l===undefined)")
        ("c=r.len")
    ("else{")
        ("c=r.pos+l")
        ("if(c>r.len)")
            ("throw RangeError(\"index out of range\")")
        ("l=r.len")
        ("r.len=c")
    ("}")
    ("m=new this.ctor")
    ("while(r.pos<c){")
        ("var t=r.uint32()")
        ("if(t===e)")
            ("break")
        ("switch(t>>>3){");

    var i = 0;
    for (; i < /* initializes */ mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(),
            type  = field.resolvedType instanceof Enum ? "int32" : field.type,
            ref   = "m" + util.safeProp(field.name); gen
            ("case %i: {", field.id);

        // Map fields
        if (field.map) { gen
                ("if(%s===util.emptyObject)", ref)
                    ("%s={}", ref)
                ("var c2=r.uint32()+r.pos")
                ("if(c2>r.len)")
                    ("throw RangeError(\"index out of range\")")
                ("r.len=c2");

            if (types.defaults[field.keyType] !== undefined) gen
                ("k=%j", types.defaults[field.keyType]);
            else gen
                ("k=null");

            if (types.defaults[type] !== undefined) gen
                ("value=%j", types.defaults[type]);
            else gen
                ("value=null");

            gen
                ("while(r.pos<c2){")
                    ("var tag2=r.uint32()")
                    ("switch(tag2>>>3){")
                        ("case 1: k=r.%s(); break", field.keyType)
                        ("case 2:");

            if (types.basic[type] === undefined) gen
                            ("value=types[%i].decode(r,r.uint32(),undefined,n+1)", i); // can't be groups
            else gen
                            ("value=r.%s()", type);

            gen
                            ("break")
                        ("default:")
                            ("r.skipType(tag2&7,n)")
                            ("break")
                    ("}")
                ("}")
                ("if(r.pos!==c2)")
                    ("throw RangeError(\"index out of range\")")
                ("r.len=c");

            if (types.long[field.keyType] !== undefined) gen
                ("%s[typeof k===\"object\"?util.longToHash(k):k]=value", ref);
            else {
                if (field.keyType === "string") gen
                ("if(k===\"__proto__\")")
                    ("util.makeProp(%s,k)", ref);
                gen
                ("%s[k]=value", ref);
            }

        // Repeated fields
        } else if (field.repeated) { gen

                ("if(!(%s&&%s.length))", ref, ref)
                    ("%s=[]", ref);

            // Packable (always check for forward and backward compatiblity)
            if (types.packed[type] !== undefined) gen
                ("if((t&7)===2){")
                    ("var c2=r.uint32()+r.pos")
                    ("if(c2>r.len)")
                        ("throw RangeError(\"index out of range\")")
                    ("r.len=c2")
                    ("while(r.pos<c2)")
                        ("%s.push(r.%s())", ref, type)
                    ("if(r.pos!==c2)")
                        ("throw RangeError(\"index out of range\")")
                    ("r.len=c")
                ("}else");

            // Non-packed
            if (types.basic[type] === undefined) gen(field.delimited
                    ? "%s.push(types[%i].decode(r,undefined,((t&~7)|4),n+1))"
                    : "%s.push(types[%i].decode(r,r.uint32(),undefined,n+1))", ref, i);
            else gen
                    ("%s.push(r.%s())", ref, type);

        // Non-repeated
        } else if (types.basic[type] === undefined) gen(field.delimited
                ? "%s=types[%i].decode(r,undefined,((t&~7)|4),n+1)"
                : "%s=types[%i].decode(r,r.uint32(),undefined,n+1)", ref, i);
        else gen
                ("%s=r.%s()", ref, type);
        gen
                ("break")
            ("}");
        // Unknown fields
    } gen
            ("default:")
                ("r.skipType(t&7,n)")
                ("break")

        ("}")
    ("}");

    gen
    ("if(l!==undefined){")
        ("if(r.pos!==c)")
            ("throw RangeError(\"index out of range\")")
        ("r.len=l")
    ("}");

    // Field presence
    for (i = 0; i < mtype._fieldsArray.length; ++i) {
        var rfield = mtype._fieldsArray[i];
        if (rfield.required) gen
            ("if(!Object.hasOwnProperty.call(m,%j))", rfield.name)
        ("throw util.ProtocolError(%j,{instance:m})", missing(rfield));
    }

    return gen
    ("return m");
    /* eslint-enable no-unexpected-multiline */
}


/***/ }),

/***/ 641:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = encoder;

var Enum     = __nccwpck_require__(528),
    types    = __nccwpck_require__(24),
    util     = __nccwpck_require__(609);

/**
 * Generates a partial message type encoder.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genTypePartial(gen, field, fieldIndex, ref) {
    return field.delimited
        ? gen("types[%i].encode(%s,w.uint32(%i),q+1).uint32(%i)", fieldIndex, ref, (field.id << 3 | 3) >>> 0, (field.id << 3 | 4) >>> 0)
        : gen("types[%i].encode(%s,w.uint32(%i).fork(),q+1).ldelim()", fieldIndex, ref, (field.id << 3 | 2) >>> 0);
}

/**
 * Generates an encoder specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function encoder(mtype) {
    /* eslint-disable no-unexpected-multiline, block-scoped-var, no-redeclare */
    var gen = util.codegen(["m", "w", "q"], mtype.name + "$encode")
    ("if(!w)")
        ("w=Writer.create()")
    ("if(q===undefined)q=0")
    ("if(q>util.recursionLimit)")
        ("throw Error(\"max depth exceeded\")");

    var i, ref;

    // "when a message is serialized its known fields should be written sequentially by field number"
    var fields = /* initializes */ mtype.fieldsArray.slice().sort(util.compareFieldsById);

    for (var i = 0; i < fields.length; ++i) {
        var field    = fields[i].resolve(),
            index    = mtype._fieldsArray.indexOf(field),
            type     = field.resolvedType instanceof Enum ? "int32" : field.type,
            wireType = types.basic[type];
            ref      = "m" + util.safeProp(field.name);

        // Map fields
        if (field.map) {
            gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name) // !== undefined && !== null
        ("for(var ks=Object.keys(%s),i=0;i<ks.length;++i){", ref)
            ("w.uint32(%i).fork().uint32(%i).%s(ks[i])", (field.id << 3 | 2) >>> 0, 8 | types.mapKey[field.keyType], field.keyType);
            if (wireType === undefined) gen
            ("types[%i].encode(%s[ks[i]],w.uint32(18).fork(),q+1).ldelim().ldelim()", index, ref); // can't be groups
            else gen
            (".uint32(%i).%s(%s[ks[i]]).ldelim()", 16 | wireType, type, ref);
            gen
        ("}")
    ("}");

            // Repeated fields
        } else if (field.repeated) { gen
    ("if(%s!=null&&%s.length){", ref, ref); // !== undefined && !== null

            // Packed repeated
            if (field.packed && types.packed[type] !== undefined) { gen

        ("w.uint32(%i).fork()", (field.id << 3 | 2) >>> 0)
        ("for(var i=0;i<%s.length;++i)", ref)
            ("w.%s(%s[i])", type, ref)
        ("w.ldelim()");

            // Non-packed
            } else { gen

        ("for(var i=0;i<%s.length;++i)", ref);
                if (wireType === undefined)
            genTypePartial(gen, field, index, ref + "[i]");
                else gen
            ("w.uint32(%i).%s(%s[i])", (field.id << 3 | wireType) >>> 0, type, ref);

            } gen
    ("}");

        // Non-repeated
        } else {
            if (field.optional) gen
    ("if(%s!=null&&Object.hasOwnProperty.call(m,%j))", ref, field.name); // !== undefined && !== null

            if (wireType === undefined)
        genTypePartial(gen, field, index, ref);
            else gen
        ("w.uint32(%i).%s(%s)", (field.id << 3 | wireType) >>> 0, type, ref);

        }
    }

    return gen
    ("return w");
    /* eslint-enable no-unexpected-multiline, block-scoped-var, no-redeclare */
}


/***/ }),

/***/ 528:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Enum;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(946);
((Enum.prototype = Object.create(ReflectionObject.prototype)).constructor = Enum).className = "Enum";

var Namespace = __nccwpck_require__(565),
    util = __nccwpck_require__(609);

/**
 * Constructs a new enum instance.
 * @classdesc Reflected enum.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {Object.<string,number>} [values] Enum values as an object, by name
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] The comment for this enum
 * @param {Object.<string,string>} [comments] The value comments for this enum
 * @param {Object.<string,Object<string,*>>|undefined} [valuesOptions] The value options for this enum
 */
function Enum(name, values, options, comment, comments, valuesOptions) {
    ReflectionObject.call(this, name, options);

    if (values && typeof values !== "object")
        throw TypeError("values must be an object");

    /**
     * Enum values by id.
     * @type {Object.<number,string>}
     */
    this.valuesById = {};

    /**
     * Enum values by name.
     * @type {Object.<string,number>}
     */
    this.values = Object.create(this.valuesById); // toJSON, marker

    /**
     * Enum comment text.
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Value comment texts, if any.
     * @type {Object.<string,string>}
     */
    this.comments = comments || {};

    /**
     * Values options, if any
     * @type {Object<string, Object<string, *>>|undefined}
     */
    this.valuesOptions = valuesOptions;

    /**
     * Resolved values features, if any
     * @type {Object<string, Object<string, *>>|undefined}
     */
    this._valuesFeatures = {};

    /**
     * Reserved ranges, if any.
     * @type {Array.<number[]|string>}
     */
    this.reserved = undefined; // toJSON

    // Note that values inherit valuesById on their prototype which makes them a TypeScript-
    // compatible enum. This is used by pbts to write actual enum definitions that work for
    // static and reflection code alike instead of emitting generic object definitions.

    if (values)
        for (var keys = Object.keys(values), i = 0; i < keys.length; ++i)
            if (keys[i] !== "__proto__" && typeof values[keys[i]] === "number") // use forward entries only
                this.valuesById[ this.values[keys[i]] = values[keys[i]] ] = keys[i];
}

/**
 * @override
 */
Enum.prototype._resolveFeatures = function _resolveFeatures(edition) {
    edition = this._edition || edition;
    ReflectionObject.prototype._resolveFeatures.call(this, edition);

    Object.keys(this.values).forEach(key => {
        var parentFeaturesCopy = util.merge({}, this._features);
        this._valuesFeatures[key] = util.merge(parentFeaturesCopy, this.valuesOptions && this.valuesOptions[key] && this.valuesOptions[key].features || {});
    });

    return this;
};

/**
 * Enum descriptor.
 * @interface IEnum
 * @property {Object.<string,number>} values Enum values
 * @property {Object.<string,*>} [options] Enum options
 */

/**
 * Constructs an enum from an enum descriptor.
 * @param {string} name Enum name
 * @param {IEnum} json Enum descriptor
 * @returns {Enum} Created enum
 * @throws {TypeError} If arguments are invalid
 */
Enum.fromJSON = function fromJSON(name, json) {
    var enm = new Enum(name, json.values, json.options, json.comment, json.comments);
    enm.reserved = json.reserved;
    if (json.edition)
        enm._edition = json.edition;
    enm._defaultEdition = "proto3";  // For backwards-compatibility.
    return enm;
};

/**
 * Converts this enum to an enum descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IEnum} Enum descriptor
 */
Enum.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"       , this._editionToJSON(),
        "options"       , this.options,
        "valuesOptions" , this.valuesOptions,
        "values"        , this.values,
        "reserved"      , this.reserved && this.reserved.length ? this.reserved : undefined,
        "comment"       , keepComments ? this.comment : undefined,
        "comments"      , keepComments ? this.comments : undefined
    ]);
};

/**
 * Adds a value to this enum.
 * @param {string} name Value name
 * @param {number} id Value id
 * @param {string} [comment] Comment, if any
 * @param {Object.<string, *>|undefined} [options] Options, if any
 * @returns {Enum} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a value with this name or id
 */
Enum.prototype.add = function add(name, id, comment, options) {
    // utilized by the parser but not by .fromJSON

    if (!util.isString(name))
        throw TypeError("name must be a string");

    if (!util.isInteger(id))
        throw TypeError("id must be an integer");

    if (name === "__proto__")
        return this;

    if (this.values[name] !== undefined)
        throw Error("duplicate name '" + name + "' in " + this);

    if (this.isReservedId(id))
        throw Error("id " + id + " is reserved in " + this);

    if (this.isReservedName(name))
        throw Error("name '" + name + "' is reserved in " + this);

    if (this.valuesById[id] !== undefined) {
        if (!(this.options && this.options.allow_alias))
            throw Error("duplicate id " + id + " in " + this);
        this.values[name] = id;
    } else
        this.valuesById[this.values[name] = id] = name;

    if (options) {
        if (this.valuesOptions === undefined)
            this.valuesOptions = {};
        this.valuesOptions[name] = options || null;
    }

    this.comments[name] = comment || null;
    return this;
};

/**
 * Removes a value from this enum
 * @param {string} name Value name
 * @returns {Enum} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `name` is not a name of this enum
 */
Enum.prototype.remove = function remove(name) {

    if (!util.isString(name))
        throw TypeError("name must be a string");

    var val = this.values[name];
    if (val == null)
        throw Error("name '" + name + "' does not exist in " + this);

    delete this.valuesById[val];
    delete this.values[name];
    delete this.comments[name];
    if (this.valuesOptions)
        delete this.valuesOptions[name];

    return this;
};

/**
 * Tests if the specified id is reserved.
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Enum.prototype.isReservedId = function isReservedId(id) {
    return Namespace.isReservedId(this.reserved, id);
};

/**
 * Tests if the specified name is reserved.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Enum.prototype.isReservedName = function isReservedName(name) {
    return Namespace.isReservedName(this.reserved, name);
};


/***/ }),

/***/ 457:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Field;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(946);
((Field.prototype = Object.create(ReflectionObject.prototype)).constructor = Field).className = "Field";

var Enum  = __nccwpck_require__(528),
    types = __nccwpck_require__(24),
    util  = __nccwpck_require__(609);

var Type; // cyclic

var ruleRe = /^required|optional|repeated$/;

/**
 * Constructs a new message field instance. Note that {@link MapField|map fields} have their own class.
 * @name Field
 * @classdesc Reflected message field.
 * @extends FieldBase
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} type Value type
 * @param {string|Object.<string,*>} [rule="optional"] Field rule
 * @param {string|Object.<string,*>} [extend] Extended type if different from parent
 * @param {Object.<string,*>} [options] Declared options
 */

/**
 * Constructs a field from a field descriptor.
 * @param {string} name Field name
 * @param {IField} json Field descriptor
 * @returns {Field} Created field
 * @throws {TypeError} If arguments are invalid
 */
Field.fromJSON = function fromJSON(name, json) {
    var field = new Field(name, json.id, json.type, json.rule, json.extend, json.options, json.comment);
    if (json.edition)
        field._edition = json.edition;
    field._defaultEdition = "proto3";  // For backwards-compatibility.
    return field;
};

/**
 * Not an actual constructor. Use {@link Field} instead.
 * @classdesc Base class of all reflected message fields. This is not an actual class but here for the sake of having consistent type definitions.
 * @exports FieldBase
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} type Value type
 * @param {string|Object.<string,*>} [rule="optional"] Field rule
 * @param {string|Object.<string,*>} [extend] Extended type if different from parent
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function Field(name, id, type, rule, extend, options, comment) {

    if (util.isObject(rule)) {
        comment = extend;
        options = rule;
        rule = extend = undefined;
    } else if (util.isObject(extend)) {
        comment = options;
        options = extend;
        extend = undefined;
    }

    ReflectionObject.call(this, name, options);

    if (!util.isInteger(id) || id < 0)
        throw TypeError("id must be a non-negative integer");

    if (!util.isString(type))
        throw TypeError("type must be a string");

    if (rule !== undefined && !ruleRe.test(rule = rule.toString().toLowerCase()))
        throw TypeError("rule must be a string rule");

    if (extend !== undefined && !util.isString(extend))
        throw TypeError("extend must be a string");

    /**
     * Field rule, if any.
     * @type {string|undefined}
     */
    if (rule === "proto3_optional") {
        rule = "optional";
    }
    this.rule = rule && rule !== "optional" ? rule : undefined; // toJSON

    /**
     * Field type.
     * @type {string}
     */
    this.type = type; // toJSON

    /**
     * Unique field id.
     * @type {number}
     */
    this.id = id; // toJSON, marker

    /**
     * Extended type if different from parent.
     * @type {string|undefined}
     */
    this.extend = extend || undefined; // toJSON

    /**
     * Whether this field is repeated.
     * @type {boolean}
     */
    this.repeated = rule === "repeated";

    /**
     * Whether this field is a map or not.
     * @type {boolean}
     */
    this.map = false;

    /**
     * Message this field belongs to.
     * @type {Type|null}
     */
    this.message = null;

    /**
     * OneOf this field belongs to, if any,
     * @type {OneOf|null}
     */
    this.partOf = null;

    /**
     * The field type's default value.
     * @type {*}
     */
    this.typeDefault = null;

    /**
     * The field's default value on prototypes.
     * @type {*}
     */
    this.defaultValue = null;

    /**
     * Whether this field's value should be treated as a long.
     * @type {boolean}
     */
    this.long = util.Long ? types.long[type] !== undefined : /* istanbul ignore next */ false;

    /**
     * Whether this field's value is a buffer.
     * @type {boolean}
     */
    this.bytes = type === "bytes";

    /**
     * Resolved type if not a basic type.
     * @type {Type|Enum|null}
     */
    this.resolvedType = null;

    /**
     * Sister-field within the extended type if a declaring extension field.
     * @type {Field|null}
     */
    this.extensionField = null;

    /**
     * Sister-field within the declaring namespace if an extended field.
     * @type {Field|null}
     */
    this.declaringField = null;

    /**
     * Comment for this field.
     * @type {string|null}
     */
    this.comment = comment;
}

/**
 * Determines whether this field is required.
 * @name Field#required
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "required", {
    get: function() {
        return this._features.field_presence === "LEGACY_REQUIRED";
    }
});

/**
 * Determines whether this field is not required.
 * @name Field#optional
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "optional", {
    get: function() {
        return !this.required;
    }
});

/**
 * Determines whether this field uses tag-delimited encoding.  In proto2 this
 * corresponded to group syntax.
 * @name Field#delimited
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "delimited", {
    get: function() {
        return this.resolvedType instanceof Type &&
            this._features.message_encoding === "DELIMITED";
    }
});

/**
 * Determines whether this field is packed. Only relevant when repeated.
 * @name Field#packed
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "packed", {
    get: function() {
        return this._features.repeated_field_encoding === "PACKED";
    }
});

/**
 * Determines whether this field tracks presence.
 * @name Field#hasPresence
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(Field.prototype, "hasPresence", {
    get: function() {
        if (this.repeated || this.map) {
            return false;
        }
        return this.partOf || // oneofs
            this.declaringField || this.extensionField || // extensions
            this._features.field_presence !== "IMPLICIT";
    }
});

/**
 * @override
 */
Field.prototype.setOption = function setOption(name, value, ifNotSet) {
    return ReflectionObject.prototype.setOption.call(this, name, value, ifNotSet);
};

/**
 * Field descriptor.
 * @interface IField
 * @property {string} [rule="optional"] Field rule
 * @property {string} type Field type
 * @property {number} id Field id
 * @property {Object.<string,*>} [options] Field options
 */

/**
 * Extension field descriptor.
 * @interface IExtensionField
 * @extends IField
 * @property {string} extend Extended type
 */

/**
 * Converts this field to a field descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IField} Field descriptor
 */
Field.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition" , this._editionToJSON(),
        "rule"    , this.rule !== "optional" && this.rule || undefined,
        "type"    , this.type,
        "id"      , this.id,
        "extend"  , this.extend,
        "options" , this.options,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Resolves this field's type references.
 * @returns {Field} `this`
 * @throws {Error} If any reference cannot be resolved
 */
Field.prototype.resolve = function resolve() {

    if (this.resolved)
        return this;

    if ((this.typeDefault = types.defaults[this.type]) === undefined) { // if not a basic type, resolve it
        this.resolvedType = (this.declaringField ? this.declaringField.parent : this.parent).lookupTypeOrEnum(this.type);
        if (this.resolvedType instanceof Type)
            this.typeDefault = null;
        else // instanceof Enum
            this.typeDefault = this.resolvedType.values[Object.keys(this.resolvedType.values)[0]]; // first defined
    } else if (this.options && this.options.proto3_optional) {
        // proto3 scalar value marked optional; should default to null
        this.typeDefault = null;
    }

    // use explicitly set default value if present
    if (this.options && this.options["default"] != null) {
        this.typeDefault = this.options["default"];
        if (this.resolvedType instanceof Enum && typeof this.typeDefault === "string")
            this.typeDefault = this.resolvedType.values[this.typeDefault];
    }

    // remove unnecessary options
    if (this.options) {
        if (this.options.packed !== undefined && this.resolvedType && !(this.resolvedType instanceof Enum))
            delete this.options.packed;
        if (!Object.keys(this.options).length)
            this.options = undefined;
    }

    // convert to internal data type if necesssary
    if (this.long) {
        this.typeDefault = util.Long.fromNumber(this.typeDefault, this.type === "uint64" || this.type === "fixed64");

        /* istanbul ignore else */
        if (Object.freeze)
            Object.freeze(this.typeDefault); // long instances are meant to be immutable anyway (i.e. use small int cache that even requires it)

    } else if (this.bytes && typeof this.typeDefault === "string") {
        var buf;
        if (util.base64.test(this.typeDefault))
            util.base64.decode(this.typeDefault, buf = util.newBuffer(util.base64.length(this.typeDefault)), 0);
        else
            util.utf8.write(this.typeDefault, buf = util.newBuffer(util.utf8.length(this.typeDefault)), 0);
        this.typeDefault = buf;
    }

    // take special care of maps and repeated fields
    if (this.map)
        this.defaultValue = util.emptyObject;
    else if (this.repeated)
        this.defaultValue = util.emptyArray;
    else
        this.defaultValue = this.typeDefault;

    // ensure proper value on prototype
    if (this.parent instanceof Type)
        this.parent.ctor.prototype[this.name] = this.defaultValue;

    return ReflectionObject.prototype.resolve.call(this);
};

/**
 * Infers field features from legacy syntax that may have been specified differently.
 * in older editions.
 * @param {string|undefined} edition The edition this proto is on, or undefined if pre-editions
 * @returns {object} The feature values to override
 */
Field.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(edition) {
    if (edition !== "proto2" && edition !== "proto3") {
        return {};
    }

    var features = {};

    if (this.rule === "required") {
        features.field_presence = "LEGACY_REQUIRED";
    }
    if (this.parent && types.defaults[this.type] === undefined) {
        // We can't use resolvedType because types may not have been resolved yet.  However,
        // legacy groups are always in the same scope as the field so we don't have to do a
        // full scan of the tree.
        var type = this.parent.get(this.type.split(".").pop());
        if (type && type instanceof Type && type.group) {
            features.message_encoding = "DELIMITED";
        }
    }
    if (this.getOption("packed") === true) {
        features.repeated_field_encoding = "PACKED";
    } else if (this.getOption("packed") === false) {
        features.repeated_field_encoding = "EXPANDED";
    }
    return features;
};

/**
 * @override
 */
Field.prototype._resolveFeatures = function _resolveFeatures(edition) {
    return ReflectionObject.prototype._resolveFeatures.call(this, this._edition || edition);
};

/**
 * Decorator function as returned by {@link Field.d} and {@link MapField.d} (TypeScript).
 * @typedef FieldDecorator
 * @type {function}
 * @param {Object} prototype Target prototype
 * @param {string} fieldName Field name
 * @returns {undefined}
 */

/**
 * Field decorator (TypeScript).
 * @name Field.d
 * @function
 * @param {number} fieldId Field id
 * @param {"double"|"float"|"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"string"|"bool"|"bytes"|Object} fieldType Field type
 * @param {"optional"|"required"|"repeated"} [fieldRule="optional"] Field rule
 * @param {T} [defaultValue] Default value
 * @returns {FieldDecorator} Decorator function
 * @template T extends number | number[] | Long | Long[] | string | string[] | boolean | boolean[] | Uint8Array | Uint8Array[] | Buffer | Buffer[]
 */
Field.d = function decorateField(fieldId, fieldType, fieldRule, defaultValue) {

    // submessage: decorate the submessage and use its name as the type
    if (typeof fieldType === "function")
        fieldType = util.decorateType(fieldType).name;

    // enum reference: create a reflected copy of the enum and keep reuseing it
    else if (fieldType && typeof fieldType === "object")
        fieldType = util.decorateEnum(fieldType).name;

    return function fieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor)
            .add(new Field(fieldName, fieldId, fieldType, fieldRule, { "default": defaultValue }));
    };
};

/**
 * Field decorator (TypeScript).
 * @name Field.d
 * @function
 * @param {number} fieldId Field id
 * @param {Constructor<T>|string} fieldType Field type
 * @param {"optional"|"required"|"repeated"} [fieldRule="optional"] Field rule
 * @returns {FieldDecorator} Decorator function
 * @template T extends Message<T>
 * @variation 2
 */
// like Field.d but without a default value

// Sets up cyclic dependencies (called in index-light)
Field._configure = function configure(Type_) {
    Type = Type_;
};


/***/ }),

/***/ 504:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var protobuf = module.exports = __nccwpck_require__(579);

protobuf.build = "light";

/**
 * A node-style callback as used by {@link load} and {@link Root#load}.
 * @typedef LoadCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Root} [root] Root, if there hasn't been an error
 * @returns {undefined}
 */

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and calls the callback.
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} root Root namespace, defaults to create a new one if omitted.
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @see {@link Root#load}
 */
function load(filename, root, callback) {
    if (typeof root === "function") {
        callback = root;
        root = new protobuf.Root();
    } else if (!root)
        root = new protobuf.Root();
    return root.load(filename, callback);
}

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and calls the callback.
 * @name load
 * @function
 * @param {string|string[]} filename One or multiple files to load
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @see {@link Root#load}
 * @variation 2
 */
// function load(filename:string, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into a common root namespace and returns a promise.
 * @name load
 * @function
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted.
 * @returns {Promise<Root>} Promise
 * @see {@link Root#load}
 * @variation 3
 */
// function load(filename:string, [root:Root]):Promise<Root>

protobuf.load = load;

/**
 * Synchronously loads one or multiple .proto or preprocessed .json files into a common root namespace (node only).
 * @param {string|string[]} filename One or multiple files to load
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted.
 * @returns {Root} Root namespace
 * @throws {Error} If synchronous fetching is not supported (i.e. in browsers) or if a file's syntax is invalid
 * @see {@link Root#loadSync}
 */
function loadSync(filename, root) {
    if (!root)
        root = new protobuf.Root();
    return root.loadSync(filename);
}

protobuf.loadSync = loadSync;

// Serialization
protobuf.encoder          = __nccwpck_require__(641);
protobuf.decoder          = __nccwpck_require__(301);
protobuf.verifier         = __nccwpck_require__(639);
protobuf.converter        = __nccwpck_require__(437);

// Reflection
protobuf.ReflectionObject = __nccwpck_require__(946);
protobuf.Namespace        = __nccwpck_require__(565);
protobuf.Root             = __nccwpck_require__(185);
protobuf.Enum             = __nccwpck_require__(528);
protobuf.Type             = __nccwpck_require__(901);
protobuf.Field            = __nccwpck_require__(457);
protobuf.OneOf            = __nccwpck_require__(624);
protobuf.MapField         = __nccwpck_require__(791);
protobuf.Service          = __nccwpck_require__(338);
protobuf.Method           = __nccwpck_require__(988);

// Runtime
protobuf.Message          = __nccwpck_require__(450);
protobuf.wrappers         = __nccwpck_require__(781);

// Utility
protobuf.types            = __nccwpck_require__(24);
protobuf.util             = __nccwpck_require__(609);

// Set up possibly cyclic reflection dependencies
protobuf.ReflectionObject._configure(protobuf.Root);
protobuf.Namespace._configure(protobuf.Type, protobuf.Service, protobuf.Enum);
protobuf.Root._configure(protobuf.Type);
protobuf.Field._configure(protobuf.Type);


/***/ }),

/***/ 579:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


var protobuf = exports;

/**
 * Build type, one of `"full"`, `"light"` or `"minimal"`.
 * @name build
 * @type {string}
 * @const
 */
protobuf.build = "minimal";

// Serialization
protobuf.Writer       = __nccwpck_require__(654);
protobuf.BufferWriter = __nccwpck_require__(751);
protobuf.Reader       = __nccwpck_require__(350);
protobuf.BufferReader = __nccwpck_require__(423);

// Utility
protobuf.util         = __nccwpck_require__(857);
protobuf.rpc          = __nccwpck_require__(882);
protobuf.roots        = __nccwpck_require__(460);
protobuf.configure    = configure;

/* istanbul ignore next */
/**
 * Reconfigures the library according to the environment.
 * @returns {undefined}
 */
function configure() {
    protobuf.util._configure();
    protobuf.Writer._configure(protobuf.BufferWriter);
    protobuf.Reader._configure(protobuf.BufferReader);
}

// Set up buffer utility according to the environment
configure();


/***/ }),

/***/ 513:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


var protobuf = module.exports = __nccwpck_require__(504);

protobuf.build = "full";

// Parser
protobuf.tokenize         = __nccwpck_require__(580);
protobuf.parse            = __nccwpck_require__(790);
protobuf.common           = __nccwpck_require__(872);

// Configure parser
protobuf.Root._configure(protobuf.Type, protobuf.parse, protobuf.common);


/***/ }),

/***/ 791:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = MapField;

// extends Field
var Field = __nccwpck_require__(457);
((MapField.prototype = Object.create(Field.prototype)).constructor = MapField).className = "MapField";

var types   = __nccwpck_require__(24),
    util    = __nccwpck_require__(609);

/**
 * Constructs a new map field instance.
 * @classdesc Reflected map field.
 * @extends FieldBase
 * @constructor
 * @param {string} name Unique name within its namespace
 * @param {number} id Unique id within its namespace
 * @param {string} keyType Key type
 * @param {string} type Value type
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function MapField(name, id, keyType, type, options, comment) {
    Field.call(this, name, id, type, undefined, undefined, options, comment);

    /* istanbul ignore if */
    if (!util.isString(keyType))
        throw TypeError("keyType must be a string");

    /**
     * Key type.
     * @type {string}
     */
    this.keyType = keyType; // toJSON, marker

    /**
     * Resolved key type if not a basic type.
     * @type {ReflectionObject|null}
     */
    this.resolvedKeyType = null;

    // Overrides Field#map
    this.map = true;
}

/**
 * Map field descriptor.
 * @interface IMapField
 * @extends {IField}
 * @property {string} keyType Key type
 */

/**
 * Extension map field descriptor.
 * @interface IExtensionMapField
 * @extends IMapField
 * @property {string} extend Extended type
 */

/**
 * Constructs a map field from a map field descriptor.
 * @param {string} name Field name
 * @param {IMapField} json Map field descriptor
 * @returns {MapField} Created map field
 * @throws {TypeError} If arguments are invalid
 */
MapField.fromJSON = function fromJSON(name, json) {
    return new MapField(name, json.id, json.keyType, json.type, json.options, json.comment);
};

/**
 * Converts this map field to a map field descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IMapField} Map field descriptor
 */
MapField.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "keyType" , this.keyType,
        "type"    , this.type,
        "id"      , this.id,
        "extend"  , this.extend,
        "options" , this.options,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * @override
 */
MapField.prototype.resolve = function resolve() {
    if (this.resolved)
        return this;

    // Besides a value type, map fields have a key type that may be "any scalar type except for floating point types and bytes"
    if (types.mapKey[this.keyType] === undefined)
        throw Error("invalid key type: " + this.keyType);

    return Field.prototype.resolve.call(this);
};

/**
 * Map field decorator (TypeScript).
 * @name MapField.d
 * @function
 * @param {number} fieldId Field id
 * @param {"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"bool"|"string"} fieldKeyType Field key type
 * @param {"double"|"float"|"int32"|"uint32"|"sint32"|"fixed32"|"sfixed32"|"int64"|"uint64"|"sint64"|"fixed64"|"sfixed64"|"bool"|"string"|"bytes"|Object|Constructor<{}>} fieldValueType Field value type
 * @returns {FieldDecorator} Decorator function
 * @template T extends { [key: string]: number | Long | string | boolean | Uint8Array | Buffer | number[] | Message<{}> }
 */
MapField.d = function decorateMapField(fieldId, fieldKeyType, fieldValueType) {

    // submessage value: decorate the submessage and use its name as the type
    if (typeof fieldValueType === "function")
        fieldValueType = util.decorateType(fieldValueType).name;

    // enum reference value: create a reflected copy of the enum and keep reuseing it
    else if (fieldValueType && typeof fieldValueType === "object")
        fieldValueType = util.decorateEnum(fieldValueType).name;

    return function mapFieldDecorator(prototype, fieldName) {
        util.decorateType(prototype.constructor)
            .add(new MapField(fieldName, fieldId, fieldKeyType, fieldValueType));
    };
};


/***/ }),

/***/ 450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Message;

var util = __nccwpck_require__(857);

/**
 * Constructs a new message instance.
 * @classdesc Abstract runtime message.
 * @constructor
 * @param {Properties<T>} [properties] Properties to set
 * @template T extends object = object
 */
function Message(properties) {
    // not used internally
    if (properties)
        for (var keys = Object.keys(properties), i = 0; i < keys.length; ++i) {
            var key = keys[i];
            if (key === "__proto__")
                continue;
            this[key] = properties[key];
        }
}

/**
 * Reference to the reflected type.
 * @name Message.$type
 * @type {Type}
 * @readonly
 */

/**
 * Reference to the reflected type.
 * @name Message#$type
 * @type {Type}
 * @readonly
 */

/*eslint-disable valid-jsdoc*/

/**
 * Creates a new message of this type using the specified properties.
 * @param {Object.<string,*>} [properties] Properties to set
 * @returns {Message<T>} Message instance
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.create = function create(properties) {
    return this.$type.create(properties);
};

/**
 * Encodes a message of this type.
 * @param {T|Object.<string,*>} message Message to encode
 * @param {Writer} [writer] Writer to use
 * @returns {Writer} Writer
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.encode = function encode(message, writer) {
    return this.$type.encode(message, writer);
};

/**
 * Encodes a message of this type preceeded by its length as a varint.
 * @param {T|Object.<string,*>} message Message to encode
 * @param {Writer} [writer] Writer to use
 * @returns {Writer} Writer
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.encodeDelimited = function encodeDelimited(message, writer) {
    return this.$type.encodeDelimited(message, writer);
};

/**
 * Decodes a message of this type.
 * @name Message.decode
 * @function
 * @param {Reader|Uint8Array} reader Reader or buffer to decode
 * @returns {T} Decoded message
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.decode = function decode(reader) {
    return this.$type.decode(reader);
};

/**
 * Decodes a message of this type preceeded by its length as a varint.
 * @name Message.decodeDelimited
 * @function
 * @param {Reader|Uint8Array} reader Reader or buffer to decode
 * @returns {T} Decoded message
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.decodeDelimited = function decodeDelimited(reader) {
    return this.$type.decodeDelimited(reader);
};

/**
 * Verifies a message of this type.
 * @name Message.verify
 * @function
 * @param {Object.<string,*>} message Plain object to verify
 * @returns {string|null} `null` if valid, otherwise the reason why it is not
 */
Message.verify = function verify(message) {
    return this.$type.verify(message);
};

/**
 * Creates a new message of this type from a plain object. Also converts values to their respective internal types.
 * @param {Object.<string,*>} object Plain object
 * @returns {T} Message instance
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.fromObject = function fromObject(object) {
    return this.$type.fromObject(object);
};

/**
 * Creates a plain object from a message of this type. Also converts values to other types if specified.
 * @param {T} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 * @template T extends Message<T>
 * @this Constructor<T>
 */
Message.toObject = function toObject(message, options) {
    return this.$type.toObject(message, options);
};

/**
 * Converts this message to JSON.
 * @returns {Object.<string,*>} JSON object
 */
Message.prototype.toJSON = function toJSON() {
    return this.$type.toObject(this, util.toJSONOptions);
};

/*eslint-enable valid-jsdoc*/


/***/ }),

/***/ 988:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Method;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(946);
((Method.prototype = Object.create(ReflectionObject.prototype)).constructor = Method).className = "Method";

var util = __nccwpck_require__(609);

/**
 * Constructs a new service method instance.
 * @classdesc Reflected service method.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Method name
 * @param {string|undefined} type Method type, usually `"rpc"`
 * @param {string} requestType Request message type
 * @param {string} responseType Response message type
 * @param {boolean|Object.<string,*>} [requestStream] Whether the request is streamed
 * @param {boolean|Object.<string,*>} [responseStream] Whether the response is streamed
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] The comment for this method
 * @param {Object.<string,*>} [parsedOptions] Declared options, properly parsed into an object
 */
function Method(name, type, requestType, responseType, requestStream, responseStream, options, comment, parsedOptions) {

    /* istanbul ignore next */
    if (util.isObject(requestStream)) {
        options = requestStream;
        requestStream = responseStream = undefined;
    } else if (util.isObject(responseStream)) {
        options = responseStream;
        responseStream = undefined;
    }

    /* istanbul ignore if */
    if (!(type === undefined || util.isString(type)))
        throw TypeError("type must be a string");

    /* istanbul ignore if */
    if (!util.isString(requestType))
        throw TypeError("requestType must be a string");

    /* istanbul ignore if */
    if (!util.isString(responseType))
        throw TypeError("responseType must be a string");

    ReflectionObject.call(this, name, options);

    /**
     * Method type.
     * @type {string}
     */
    this.type = type || "rpc"; // toJSON

    /**
     * Request type.
     * @type {string}
     */
    this.requestType = requestType; // toJSON, marker

    /**
     * Whether requests are streamed or not.
     * @type {boolean|undefined}
     */
    this.requestStream = requestStream ? true : undefined; // toJSON

    /**
     * Response type.
     * @type {string}
     */
    this.responseType = responseType; // toJSON

    /**
     * Whether responses are streamed or not.
     * @type {boolean|undefined}
     */
    this.responseStream = responseStream ? true : undefined; // toJSON

    /**
     * Resolved request type.
     * @type {Type|null}
     */
    this.resolvedRequestType = null;

    /**
     * Resolved response type.
     * @type {Type|null}
     */
    this.resolvedResponseType = null;

    /**
     * Comment for this method
     * @type {string|null}
     */
    this.comment = comment;

    /**
     * Options properly parsed into an object
     */
    this.parsedOptions = parsedOptions;
}

/**
 * Method descriptor.
 * @interface IMethod
 * @property {string} [type="rpc"] Method type
 * @property {string} requestType Request type
 * @property {string} responseType Response type
 * @property {boolean} [requestStream=false] Whether requests are streamed
 * @property {boolean} [responseStream=false] Whether responses are streamed
 * @property {Object.<string,*>} [options] Method options
 * @property {string} comment Method comments
 * @property {Object.<string,*>} [parsedOptions] Method options properly parsed into an object
 */

/**
 * Constructs a method from a method descriptor.
 * @param {string} name Method name
 * @param {IMethod} json Method descriptor
 * @returns {Method} Created method
 * @throws {TypeError} If arguments are invalid
 */
Method.fromJSON = function fromJSON(name, json) {
    return new Method(name, json.type, json.requestType, json.responseType, json.requestStream, json.responseStream, json.options, json.comment, json.parsedOptions);
};

/**
 * Converts this method to a method descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IMethod} Method descriptor
 */
Method.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "type"           , this.type !== "rpc" && /* istanbul ignore next */ this.type || undefined,
        "requestType"    , this.requestType,
        "requestStream"  , this.requestStream,
        "responseType"   , this.responseType,
        "responseStream" , this.responseStream,
        "options"        , this.options,
        "comment"        , keepComments ? this.comment : undefined,
        "parsedOptions"  , this.parsedOptions,
    ]);
};

/**
 * @override
 */
Method.prototype.resolve = function resolve() {

    /* istanbul ignore if */
    if (this.resolved)
        return this;

    this.resolvedRequestType = this.parent.lookupType(this.requestType);
    this.resolvedResponseType = this.parent.lookupType(this.responseType);

    return ReflectionObject.prototype.resolve.call(this);
};


/***/ }),

/***/ 565:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Namespace;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(946);
((Namespace.prototype = Object.create(ReflectionObject.prototype)).constructor = Namespace).className = "Namespace";

var Field    = __nccwpck_require__(457),
    util     = __nccwpck_require__(609),
    OneOf    = __nccwpck_require__(624);

var Type,    // cyclic
    Service,
    Enum;

/**
 * Constructs a new namespace instance.
 * @name Namespace
 * @classdesc Reflected namespace.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Namespace name
 * @param {Object.<string,*>} [options] Declared options
 */

/**
 * Constructs a namespace from JSON.
 * @memberof Namespace
 * @function
 * @param {string} name Namespace name
 * @param {Object.<string,*>} json JSON object
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Namespace} Created namespace
 * @throws {TypeError} If arguments are invalid
 */
Namespace.fromJSON = function fromJSON(name, json, depth) {
    depth = util.checkDepth(depth);
    return new Namespace(name, json.options).addJSON(json.nested, depth);
};

/**
 * Converts an array of reflection objects to JSON.
 * @memberof Namespace
 * @param {ReflectionObject[]} array Object array
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {Object.<string,*>|undefined} JSON object or `undefined` when array is empty
 */
function arrayToJSON(array, toJSONOptions) {
    if (!(array && array.length))
        return undefined;
    var obj = {};
    for (var i = 0; i < array.length; ++i)
        obj[array[i].name] = array[i].toJSON(toJSONOptions);
    return obj;
}

Namespace.arrayToJSON = arrayToJSON;

/**
 * Tests if the specified id is reserved.
 * @param {Array.<number[]|string>|undefined} reserved Array of reserved ranges and names
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Namespace.isReservedId = function isReservedId(reserved, id) {
    if (reserved)
        for (var i = 0; i < reserved.length; ++i)
            if (typeof reserved[i] !== "string" && reserved[i][0] <= id && reserved[i][1] > id)
                return true;
    return false;
};

/**
 * Tests if the specified name is reserved.
 * @param {Array.<number[]|string>|undefined} reserved Array of reserved ranges and names
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Namespace.isReservedName = function isReservedName(reserved, name) {
    if (reserved)
        for (var i = 0; i < reserved.length; ++i)
            if (reserved[i] === name)
                return true;
    return false;
};

/**
 * Not an actual constructor. Use {@link Namespace} instead.
 * @classdesc Base class of all reflection objects containing nested objects. This is not an actual class but here for the sake of having consistent type definitions.
 * @exports NamespaceBase
 * @extends ReflectionObject
 * @abstract
 * @constructor
 * @param {string} name Namespace name
 * @param {Object.<string,*>} [options] Declared options
 * @see {@link Namespace}
 */
function Namespace(name, options) {
    ReflectionObject.call(this, name, options);

    /**
     * Nested objects by name.
     * @type {Object.<string,ReflectionObject>|undefined}
     */
    this.nested = undefined; // toJSON

    /**
     * Cached nested objects as an array.
     * @type {ReflectionObject[]|null}
     * @private
     */
    this._nestedArray = null;

    /**
     * Cache lookup calls for any objects contains anywhere under this namespace.
     * This drastically speeds up resolve for large cross-linked protos where the same
     * types are looked up repeatedly.
     * @type {Object.<string,ReflectionObject|null>}
     * @private
     */
    this._lookupCache = Object.create(null);

    /**
     * Whether or not objects contained in this namespace need feature resolution.
     * @type {boolean}
     * @protected
     */
    this._needsRecursiveFeatureResolution = true;

    /**
     * Whether or not objects contained in this namespace need a resolve.
     * @type {boolean}
     * @protected
     */
    this._needsRecursiveResolve = true;
}

function clearCache(namespace) {
    namespace._nestedArray = null;
    namespace._lookupCache = Object.create(null);

    // Also clear parent caches, since they include nested lookups.
    var parent = namespace;
    while(parent = parent.parent) {
        parent._lookupCache = Object.create(null);
    }
    return namespace;
}

/**
 * Nested objects of this namespace as an array for iteration.
 * @name NamespaceBase#nestedArray
 * @type {ReflectionObject[]}
 * @readonly
 */
Object.defineProperty(Namespace.prototype, "nestedArray", {
    get: function() {
        return this._nestedArray || (this._nestedArray = util.toArray(this.nested));
    }
});

/**
 * Namespace descriptor.
 * @interface INamespace
 * @property {Object.<string,*>} [options] Namespace options
 * @property {Object.<string,AnyNestedObject>} [nested] Nested object descriptors
 */

/**
 * Any extension field descriptor.
 * @typedef AnyExtensionField
 * @type {IExtensionField|IExtensionMapField}
 */

/**
 * Any nested object descriptor.
 * @typedef AnyNestedObject
 * @type {IEnum|IType|IService|AnyExtensionField|INamespace|IOneOf}
 */

/**
 * Converts this namespace to a namespace descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {INamespace} Namespace descriptor
 */
Namespace.prototype.toJSON = function toJSON(toJSONOptions) {
    return util.toObject([
        "options" , this.options,
        "nested"  , arrayToJSON(this.nestedArray, toJSONOptions)
    ]);
};

/**
 * Adds nested objects to this namespace from nested object descriptors.
 * @param {Object.<string,AnyNestedObject>} nestedJson Any nested object descriptors
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Namespace} `this`
 */
Namespace.prototype.addJSON = function addJSON(nestedJson, depth) {
    depth = util.checkDepth(depth);
    var ns = this;
    /* istanbul ignore else */
    if (nestedJson) {
        for (var names = Object.keys(nestedJson), i = 0, nested; i < names.length; ++i) {
            nested = nestedJson[names[i]];
            ns.add( // most to least likely
                ( nested.fields !== undefined
                ? Type.fromJSON
                : nested.values !== undefined
                ? Enum.fromJSON
                : nested.methods !== undefined
                ? Service.fromJSON
                : nested.id !== undefined
                ? Field.fromJSON
                : Namespace.fromJSON )(names[i], nested, depth + 1)
            );
        }
    }
    return this;
};

/**
 * Gets the nested object of the specified name.
 * @param {string} name Nested object name
 * @returns {ReflectionObject|null} The reflection object or `null` if it doesn't exist
 */
Namespace.prototype.get = function get(name) {
    return this.nested && Object.prototype.hasOwnProperty.call(this.nested, name)
        ? this.nested[name]
        : null;
};

/**
 * Gets the values of the nested {@link Enum|enum} of the specified name.
 * This methods differs from {@link Namespace#get|get} in that it returns an enum's values directly and throws instead of returning `null`.
 * @param {string} name Nested enum name
 * @returns {Object.<string,number>} Enum values
 * @throws {Error} If there is no such enum
 */
Namespace.prototype.getEnum = function getEnum(name) {
    if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name) && this.nested[name] instanceof Enum)
        return this.nested[name].values;
    throw Error("no such enum: " + name);
};

/**
 * Adds a nested object to this namespace.
 * @param {ReflectionObject} object Nested object to add
 * @returns {Namespace} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a nested object with this name
 */
Namespace.prototype.add = function add(object) {

    if (!(object instanceof Field && object.extend !== undefined || object instanceof Type  || object instanceof OneOf || object instanceof Enum || object instanceof Service || object instanceof Namespace))
        throw TypeError("object must be a valid nested object");

    if (object.name === "__proto__")
        return this;

    if (!this.nested)
        this.nested = {};
    else {
        var prev = this.get(object.name);
        if (prev) {
            if (prev instanceof Namespace && object instanceof Namespace && !(prev instanceof Type || prev instanceof Service)) {
                // replace plain namespace but keep existing nested elements and options
                var nested = prev.nestedArray;
                for (var i = 0; i < nested.length; ++i)
                    object.add(nested[i]);
                this.remove(prev);
                if (!this.nested)
                    this.nested = {};
                object.setOptions(prev.options, true);

            } else
                throw Error("duplicate name '" + object.name + "' in " + this);
        }
    }
    this.nested[object.name] = object;

    if (!(this instanceof Type || this instanceof Service || this instanceof Enum || this instanceof Field)) {
        // This is a package or a root namespace.
        if (!object._edition) {
            // Make sure that some edition is set if it hasn't already been specified.
            object._edition = object._defaultEdition;
        }
    }

    this._needsRecursiveFeatureResolution = true;
    this._needsRecursiveResolve = true;

    // Also clear parent caches, since they need to recurse down.
    var parent = this;
    while(parent = parent.parent) {
        parent._needsRecursiveFeatureResolution = true;
        parent._needsRecursiveResolve = true;
    }

    object.onAdd(this);
    return clearCache(this);
};

/**
 * Removes a nested object from this namespace.
 * @param {ReflectionObject} object Nested object to remove
 * @returns {Namespace} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `object` is not a member of this namespace
 */
Namespace.prototype.remove = function remove(object) {

    if (!(object instanceof ReflectionObject))
        throw TypeError("object must be a ReflectionObject");
    if (object.parent !== this)
        throw Error(object + " is not a member of " + this);

    delete this.nested[object.name];
    if (!Object.keys(this.nested).length)
        this.nested = undefined;

    object.onRemove(this);
    return clearCache(this);
};

/**
 * Defines additial namespaces within this one if not yet existing.
 * @param {string|string[]} path Path to create
 * @param {*} [json] Nested types to create from JSON
 * @returns {Namespace} Pointer to the last namespace created or `this` if path is empty
 */
Namespace.prototype.define = function define(path, json) {

    if (util.isString(path))
        path = path.split(".");
    else if (!Array.isArray(path))
        throw TypeError("illegal path");
    if (path && path.length && path[0] === "")
        throw Error("path must be relative");
    if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");

    var ptr = this;
    while (path.length > 0) {
        var part = path.shift();
        if (ptr.nested && ptr.nested[part]) {
            ptr = ptr.nested[part];
            if (!(ptr instanceof Namespace))
                throw Error("path conflicts with non-namespace objects");
        } else
            ptr.add(ptr = new Namespace(part));
    }
    if (json)
        ptr.addJSON(json);
    return ptr;
};

/**
 * Resolves this namespace's and all its nested objects' type references. Useful to validate a reflection tree, but comes at a cost.
 * @returns {Namespace} `this`
 */
Namespace.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    this._resolveFeaturesRecursive(this._edition);

    var nested = this.nestedArray, i = 0;
    this.resolve();
    while (i < nested.length)
        if (nested[i] instanceof Namespace)
            nested[i++].resolveAll();
        else
            nested[i++].resolve();
    this._needsRecursiveResolve = false;
    return this;
};

/**
 * @override
 */
Namespace.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;
    this._needsRecursiveFeatureResolution = false;

    edition = this._edition || edition;

    ReflectionObject.prototype._resolveFeaturesRecursive.call(this, edition);
    this.nestedArray.forEach(nested => {
        nested._resolveFeaturesRecursive(edition);
    });
    return this;
};

/**
 * Recursively looks up the reflection object matching the specified path in the scope of this namespace.
 * @param {string|string[]} path Path to look up
 * @param {*|Array.<*>} filterTypes Filter types, any combination of the constructors of `protobuf.Type`, `protobuf.Enum`, `protobuf.Service` etc.
 * @param {boolean} [parentAlreadyChecked=false] If known, whether the parent has already been checked
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 */
Namespace.prototype.lookup = function lookup(path, filterTypes, parentAlreadyChecked) {
    /* istanbul ignore next */
    if (typeof filterTypes === "boolean") {
        parentAlreadyChecked = filterTypes;
        filterTypes = undefined;
    } else if (filterTypes && !Array.isArray(filterTypes))
        filterTypes = [ filterTypes ];

    if (util.isString(path) && path.length) {
        if (path === ".")
            return this.root;
        path = path.split(".");
    } else if (!path.length)
        return this;

    var flatPath = path.join(".");

    // Start at root if path is absolute
    if (path[0] === "")
        return this.root.lookup(path.slice(1), filterTypes);

    // Early bailout for objects with matching absolute paths
    var found = this.root._fullyQualifiedObjects && this.root._fullyQualifiedObjects["." + flatPath];
    if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
    }

    // Do a regular lookup at this namespace and below
    found = this._lookupImpl(path, flatPath);
    if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
        return found;
    }

    if (parentAlreadyChecked)
        return null;

    // If there hasn't been a match, walk up the tree and look more broadly
    var current = this;
    while (current.parent) {
        found = current.parent._lookupImpl(path, flatPath);
        if (found && (!filterTypes || filterTypes.indexOf(found.constructor) > -1)) {
            return found;
        }
        current = current.parent;
    }
    return null;
};

/**
 * Internal helper for lookup that handles searching just at this namespace and below along with caching.
 * @param {string[]} path Path to look up
 * @param {string} flatPath Flattened version of the path to use as a cache key
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 * @private
 */
Namespace.prototype._lookupImpl = function lookup(path, flatPath) {
    if(Object.prototype.hasOwnProperty.call(this._lookupCache, flatPath)) {
        return this._lookupCache[flatPath];
    }

    // Test if the first part matches any nested object, and if so, traverse if path contains more
    var found = this.get(path[0]);
    var exact = null;
    if (found) {
        if (path.length === 1) {
            exact = found;
        } else if (found instanceof Namespace) {
            path = path.slice(1);
            exact = found._lookupImpl(path, path.join("."));
        }

    // Otherwise try each nested namespace
    } else {
        for (var i = 0; i < this.nestedArray.length; ++i)
            if (this._nestedArray[i] instanceof Namespace && (found = this._nestedArray[i]._lookupImpl(path, flatPath))) {
                exact = found;
                break;
            }
    }

    // Set this even when null, so that when we walk up the tree we can quickly bail on repeated checks back down.
    this._lookupCache[flatPath] = exact;
    return exact;
};

/**
 * Looks up the reflection object at the specified path, relative to this namespace.
 * @name NamespaceBase#lookup
 * @function
 * @param {string|string[]} path Path to look up
 * @param {boolean} [parentAlreadyChecked=false] Whether the parent has already been checked
 * @returns {ReflectionObject|null} Looked up object or `null` if none could be found
 * @variation 2
 */
// lookup(path: string, [parentAlreadyChecked: boolean])

/**
 * Looks up the {@link Type|type} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Type} Looked up type
 * @throws {Error} If `path` does not point to a type
 */
Namespace.prototype.lookupType = function lookupType(path) {
    var found = this.lookup(path, [ Type ]);
    if (!found)
        throw Error("no such type: " + path);
    return found;
};

/**
 * Looks up the values of the {@link Enum|enum} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Enum} Looked up enum
 * @throws {Error} If `path` does not point to an enum
 */
Namespace.prototype.lookupEnum = function lookupEnum(path) {
    var found = this.lookup(path, [ Enum ]);
    if (!found)
        throw Error("no such Enum '" + path + "' in " + this);
    return found;
};

/**
 * Looks up the {@link Type|type} or {@link Enum|enum} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Type} Looked up type or enum
 * @throws {Error} If `path` does not point to a type or enum
 */
Namespace.prototype.lookupTypeOrEnum = function lookupTypeOrEnum(path) {
    var found = this.lookup(path, [ Type, Enum ]);
    if (!found)
        throw Error("no such Type or Enum '" + path + "' in " + this);
    return found;
};

/**
 * Looks up the {@link Service|service} at the specified path, relative to this namespace.
 * Besides its signature, this methods differs from {@link Namespace#lookup|lookup} in that it throws instead of returning `null`.
 * @param {string|string[]} path Path to look up
 * @returns {Service} Looked up service
 * @throws {Error} If `path` does not point to a service
 */
Namespace.prototype.lookupService = function lookupService(path) {
    var found = this.lookup(path, [ Service ]);
    if (!found)
        throw Error("no such Service '" + path + "' in " + this);
    return found;
};

// Sets up cyclic dependencies (called in index-light)
Namespace._configure = function(Type_, Service_, Enum_) {
    Type    = Type_;
    Service = Service_;
    Enum    = Enum_;
};


/***/ }),

/***/ 946:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = ReflectionObject;

ReflectionObject.className = "ReflectionObject";

const OneOf = __nccwpck_require__(624);
var util = __nccwpck_require__(609);

var Root; // cyclic

/* eslint-disable no-warning-comments */
// TODO: Replace with embedded proto.
var editions2023Defaults = {enum_type: "OPEN", field_presence: "EXPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY"};
var proto2Defaults = {enum_type: "CLOSED", field_presence: "EXPLICIT", json_format: "LEGACY_BEST_EFFORT", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "EXPANDED", utf8_validation: "NONE"};
var proto3Defaults = {enum_type: "OPEN", field_presence: "IMPLICIT", json_format: "ALLOW", message_encoding: "LENGTH_PREFIXED", repeated_field_encoding: "PACKED", utf8_validation: "VERIFY"};

/**
 * Constructs a new reflection object instance.
 * @classdesc Base class of all reflection objects.
 * @constructor
 * @param {string} name Object name
 * @param {Object.<string,*>} [options] Declared options
 * @abstract
 */
function ReflectionObject(name, options) {

    if (!util.isString(name))
        throw TypeError("name must be a string");

    if (options && !util.isObject(options))
        throw TypeError("options must be an object");

    /**
     * Options.
     * @type {Object.<string,*>|undefined}
     */
    this.options = options; // toJSON

    /**
     * Parsed Options.
     * @type {Array.<Object.<string,*>>|undefined}
     */
    this.parsedOptions = null;

    /**
     * Unique name within its namespace.
     * @type {string}
     */
    this.name = name;

    /**
     * The edition specified for this object.  Only relevant for top-level objects.
     * @type {string}
     * @private
     */
    this._edition = null;

    /**
     * The default edition to use for this object if none is specified.  For legacy reasons,
     * this is proto2 except in the JSON parsing case where it was proto3.
     * @type {string}
     * @private
     */
    this._defaultEdition = "proto2";

    /**
     * Resolved Features.
     * @type {object}
     * @private
     */
    this._features = {};

    /**
     * Whether or not features have been resolved.
     * @type {boolean}
     * @private
     */
    this._featuresResolved = false;

    /**
     * Parent namespace.
     * @type {Namespace|null}
     */
    this.parent = null;

    /**
     * Whether already resolved or not.
     * @type {boolean}
     */
    this.resolved = false;

    /**
     * Comment text, if any.
     * @type {string|null}
     */
    this.comment = null;

    /**
     * Defining file name.
     * @type {string|null}
     */
    this.filename = null;
}

Object.defineProperties(ReflectionObject.prototype, {

    /**
     * Reference to the root namespace.
     * @name ReflectionObject#root
     * @type {Root}
     * @readonly
     */
    root: {
        get: function() {
            var ptr = this;
            while (ptr.parent !== null)
                ptr = ptr.parent;
            return ptr;
        }
    },

    /**
     * Full name including leading dot.
     * @name ReflectionObject#fullName
     * @type {string}
     * @readonly
     */
    fullName: {
        get: function() {
            var path = [ this.name ],
                ptr = this.parent;
            while (ptr) {
                path.unshift(ptr.name);
                ptr = ptr.parent;
            }
            return path.join(".");
        }
    }
});

/**
 * Converts this reflection object to its descriptor representation.
 * @returns {Object.<string,*>} Descriptor
 * @abstract
 */
ReflectionObject.prototype.toJSON = /* istanbul ignore next */ function toJSON() {
    throw Error(); // not implemented, shouldn't happen
};

/**
 * Called when this object is added to a parent.
 * @param {ReflectionObject} parent Parent added to
 * @returns {undefined}
 */
ReflectionObject.prototype.onAdd = function onAdd(parent) {
    if (this.parent && this.parent !== parent)
        this.parent.remove(this);
    this.parent = parent;
    this.resolved = false;
    var root = parent.root;
    if (root instanceof Root)
        root._handleAdd(this);
};

/**
 * Called when this object is removed from a parent.
 * @param {ReflectionObject} parent Parent removed from
 * @returns {undefined}
 */
ReflectionObject.prototype.onRemove = function onRemove(parent) {
    var root = parent.root;
    if (root instanceof Root)
        root._handleRemove(this);
    this.parent = null;
    this.resolved = false;
};

/**
 * Resolves this objects type references.
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.resolve = function resolve() {
    if (this.resolved)
        return this;
    if (this.root instanceof Root)
        this.resolved = true; // only if part of a root
    return this;
};

/**
 * Resolves this objects editions features.
 * @param {string} edition The edition we're currently resolving for.
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    return this._resolveFeatures(this._edition || edition);
};

/**
 * Resolves child features from parent features
 * @param {string} edition The edition we're currently resolving for.
 * @returns {undefined}
 */
ReflectionObject.prototype._resolveFeatures = function _resolveFeatures(edition) {
    if (this._featuresResolved) {
        return;
    }

    var defaults = {};

    /* istanbul ignore if */
    if (!edition) {
        throw new Error("Unknown edition for " + this.fullName);
    }

    var protoFeatures = util.merge({}, this.options && this.options.features,
        this._inferLegacyProtoFeatures(edition));

    if (this._edition) {
        // For a namespace marked with a specific edition, reset defaults.
        /* istanbul ignore else */
        if (edition === "proto2") {
            defaults = Object.assign({}, proto2Defaults);
        } else if (edition === "proto3") {
            defaults = Object.assign({}, proto3Defaults);
        } else if (edition === "2023") {
            defaults = Object.assign({}, editions2023Defaults);
        } else {
            throw new Error("Unknown edition: " + edition);
        }
        this._features = util.merge(defaults, protoFeatures);
        this._featuresResolved = true;
        return;
    }

    // fields in Oneofs aren't actually children of them, so we have to
    // special-case it
    /* istanbul ignore else */
    if (this.partOf instanceof OneOf) {
        var lexicalParentFeaturesCopy = util.merge({}, this.partOf._features);
        this._features = util.merge(lexicalParentFeaturesCopy, protoFeatures);
    } else if (this.declaringField) {
        // Skip feature resolution of sister fields.
    } else if (this.parent) {
        var parentFeaturesCopy = util.merge({}, this.parent._features);
        this._features = util.merge(parentFeaturesCopy, protoFeatures);
    } else {
        throw new Error("Unable to find a parent for " + this.fullName);
    }
    if (this.extensionField) {
        // Sister fields should have the same features as their extensions.
        this.extensionField._features = this._features;
    }
    this._featuresResolved = true;
};

/**
 * Infers features from legacy syntax that may have been specified differently.
 * in older editions.
 * @param {string|undefined} edition The edition this proto is on, or undefined if pre-editions
 * @returns {object} The feature values to override
 */
ReflectionObject.prototype._inferLegacyProtoFeatures = function _inferLegacyProtoFeatures(/*edition*/) {
    return {};
};

/**
 * Gets an option value.
 * @param {string} name Option name
 * @returns {*} Option value or `undefined` if not set
 */
ReflectionObject.prototype.getOption = function getOption(name) {
    if (this.options)
        return this.options[name];
    return undefined;
};

/**
 * Sets an option.
 * @param {string} name Option name
 * @param {*} value Option value
 * @param {boolean|undefined} [ifNotSet] Sets the option only if it isn't currently set
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setOption = function setOption(name, value, ifNotSet) {
    if (name === "__proto__")
        return this;
    if (!this.options)
        this.options = {};
    if (/^features\./.test(name)) {
        util.setProperty(this.options, name, value, ifNotSet);
    } else if (!ifNotSet || this.options[name] === undefined) {
        if (this.getOption(name) !== value) this.resolved = false;
        this.options[name] = value;
    }

    return this;
};

/**
 * Sets a parsed option.
 * @param {string} name parsed Option name
 * @param {*} value Option value
 * @param {string} propName dot '.' delimited full path of property within the option to set. if undefined\empty, will add a new option with that value
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setParsedOption = function setParsedOption(name, value, propName) {
    if (name === "__proto__")
        return this;
    if (!this.parsedOptions) {
        this.parsedOptions = [];
    }
    var parsedOptions = this.parsedOptions;
    if (propName) {
        // If setting a sub property of an option then try to merge it
        // with an existing option
        var opt = parsedOptions.find(function (opt) {
            return Object.prototype.hasOwnProperty.call(opt, name);
        });
        if (opt) {
            // If we found an existing option - just merge the property value
            // (If it's a feature, will just write over)
            var newValue = opt[name];
            util.setProperty(newValue, propName, value);
        } else {
            // otherwise, create a new option, set its property and add it to the list
            opt = {};
            opt[name] = util.setProperty({}, propName, value);
            parsedOptions.push(opt);
        }
    } else {
        // Always create a new option when setting the value of the option itself
        var newOpt = {};
        newOpt[name] = value;
        parsedOptions.push(newOpt);
    }

    return this;
};

/**
 * Sets multiple options.
 * @param {Object.<string,*>} options Options to set
 * @param {boolean} [ifNotSet] Sets an option only if it isn't currently set
 * @returns {ReflectionObject} `this`
 */
ReflectionObject.prototype.setOptions = function setOptions(options, ifNotSet) {
    if (options)
        for (var keys = Object.keys(options), i = 0; i < keys.length; ++i)
            this.setOption(keys[i], options[keys[i]], ifNotSet);
    return this;
};

/**
 * Converts this instance to its string representation.
 * @returns {string} Class name[, space, full name]
 */
ReflectionObject.prototype.toString = function toString() {
    var className = this.constructor.className,
        fullName  = this.fullName;
    if (fullName.length)
        return className + " " + fullName;
    return className;
};

/**
 * Converts the edition this object is pinned to for JSON format.
 * @returns {string|undefined} The edition string for JSON representation
 */
ReflectionObject.prototype._editionToJSON = function _editionToJSON() {
    if (!this._edition || this._edition === "proto3") {
        // Avoid emitting proto3 since we need to default to it for backwards
        // compatibility anyway.
        return undefined;
    }
    return this._edition;
};

// Sets up cyclic dependencies (called in index-light)
ReflectionObject._configure = function(Root_) {
    Root = Root_;
};


/***/ }),

/***/ 624:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = OneOf;

// extends ReflectionObject
var ReflectionObject = __nccwpck_require__(946);
((OneOf.prototype = Object.create(ReflectionObject.prototype)).constructor = OneOf).className = "OneOf";

var Field = __nccwpck_require__(457),
    util  = __nccwpck_require__(609);

/**
 * Constructs a new oneof instance.
 * @classdesc Reflected oneof.
 * @extends ReflectionObject
 * @constructor
 * @param {string} name Oneof name
 * @param {string[]|Object.<string,*>} [fieldNames] Field names
 * @param {Object.<string,*>} [options] Declared options
 * @param {string} [comment] Comment associated with this field
 */
function OneOf(name, fieldNames, options, comment) {
    if (!Array.isArray(fieldNames)) {
        options = fieldNames;
        fieldNames = undefined;
    }
    ReflectionObject.call(this, name, options);

    /* istanbul ignore if */
    if (!(fieldNames === undefined || Array.isArray(fieldNames)))
        throw TypeError("fieldNames must be an Array");

    /**
     * Field names that belong to this oneof.
     * @type {string[]}
     */
    this.oneof = fieldNames || []; // toJSON, marker

    /**
     * Fields that belong to this oneof as an array for iteration.
     * @type {Field[]}
     * @readonly
     */
    this.fieldsArray = []; // declared readonly for conformance, possibly not yet added to parent

    /**
     * Comment for this field.
     * @type {string|null}
     */
    this.comment = comment;
}

/**
 * Oneof descriptor.
 * @interface IOneOf
 * @property {Array.<string>} oneof Oneof field names
 * @property {Object.<string,*>} [options] Oneof options
 */

/**
 * Constructs a oneof from a oneof descriptor.
 * @param {string} name Oneof name
 * @param {IOneOf} json Oneof descriptor
 * @returns {OneOf} Created oneof
 * @throws {TypeError} If arguments are invalid
 */
OneOf.fromJSON = function fromJSON(name, json) {
    return new OneOf(name, json.oneof, json.options, json.comment);
};

/**
 * Converts this oneof to a oneof descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IOneOf} Oneof descriptor
 */
OneOf.prototype.toJSON = function toJSON(toJSONOptions) {
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "options" , this.options,
        "oneof"   , this.oneof,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Adds the fields of the specified oneof to the parent if not already done so.
 * @param {OneOf} oneof The oneof
 * @returns {undefined}
 * @inner
 * @ignore
 */
function addFieldsToParent(oneof) {
    if (oneof.parent)
        for (var i = 0; i < oneof.fieldsArray.length; ++i)
            if (!oneof.fieldsArray[i].parent)
                oneof.parent.add(oneof.fieldsArray[i]);
}

/**
 * Adds a field to this oneof and removes it from its current parent, if any.
 * @param {Field} field Field to add
 * @returns {OneOf} `this`
 */
OneOf.prototype.add = function add(field) {

    /* istanbul ignore if */
    if (!(field instanceof Field))
        throw TypeError("field must be a Field");

    if (field.parent && field.parent !== this.parent)
        field.parent.remove(field);
    this.oneof.push(field.name);
    this.fieldsArray.push(field);
    field.partOf = this; // field.parent remains null
    addFieldsToParent(this);
    return this;
};

/**
 * Removes a field from this oneof and puts it back to the oneof's parent.
 * @param {Field} field Field to remove
 * @returns {OneOf} `this`
 */
OneOf.prototype.remove = function remove(field) {

    /* istanbul ignore if */
    if (!(field instanceof Field))
        throw TypeError("field must be a Field");

    var index = this.fieldsArray.indexOf(field);

    /* istanbul ignore if */
    if (index < 0)
        throw Error(field + " is not a member of " + this);

    this.fieldsArray.splice(index, 1);
    index = this.oneof.indexOf(field.name);

    /* istanbul ignore else */
    if (index > -1) // theoretical
        this.oneof.splice(index, 1);

    field.partOf = null;
    return this;
};

/**
 * @override
 */
OneOf.prototype.onAdd = function onAdd(parent) {
    ReflectionObject.prototype.onAdd.call(this, parent);
    var self = this;
    // Collect present fields
    for (var i = 0; i < this.oneof.length; ++i) {
        var field = parent.get(this.oneof[i]);
        if (field && !field.partOf) {
            field.partOf = self;
            self.fieldsArray.push(field);
        }
    }
    // Add not yet present fields
    addFieldsToParent(this);
};

/**
 * @override
 */
OneOf.prototype.onRemove = function onRemove(parent) {
    for (var i = 0, field; i < this.fieldsArray.length; ++i)
        if ((field = this.fieldsArray[i]).parent)
            field.parent.remove(field);
    ReflectionObject.prototype.onRemove.call(this, parent);
};

/**
 * Determines whether this field corresponds to a synthetic oneof created for
 * a proto3 optional field.  No behavioral logic should depend on this, but it
 * can be relevant for reflection.
 * @name OneOf#isProto3Optional
 * @type {boolean}
 * @readonly
 */
Object.defineProperty(OneOf.prototype, "isProto3Optional", {
    get: function() {
        if (this.fieldsArray == null || this.fieldsArray.length !== 1) {
            return false;
        }

        var field = this.fieldsArray[0];
        return field.options != null && field.options["proto3_optional"] === true;
    }
});

/**
 * Decorator function as returned by {@link OneOf.d} (TypeScript).
 * @typedef OneOfDecorator
 * @type {function}
 * @param {Object} prototype Target prototype
 * @param {string} oneofName OneOf name
 * @returns {undefined}
 */

/**
 * OneOf decorator (TypeScript).
 * @function
 * @param {...string} fieldNames Field names
 * @returns {OneOfDecorator} Decorator function
 * @template T extends string
 */
OneOf.d = function decorateOneOf() {
    var fieldNames = new Array(arguments.length),
        index = 0;
    while (index < arguments.length)
        fieldNames[index] = arguments[index++];
    return function oneOfDecorator(prototype, oneofName) {
        util.decorateType(prototype.constructor)
            .add(new OneOf(oneofName, fieldNames));
        Object.defineProperty(prototype, oneofName, {
            get: util.oneOfGetter(fieldNames),
            set: util.oneOfSetter(fieldNames)
        });
    };
};


/***/ }),

/***/ 790:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = parse;

parse.filename = null;
parse.defaults = { keepCase: false };

var tokenize  = __nccwpck_require__(580),
    Root      = __nccwpck_require__(185),
    Type      = __nccwpck_require__(901),
    Field     = __nccwpck_require__(457),
    MapField  = __nccwpck_require__(791),
    OneOf     = __nccwpck_require__(624),
    Enum      = __nccwpck_require__(528),
    Service   = __nccwpck_require__(338),
    Method    = __nccwpck_require__(988),
    ReflectionObject = __nccwpck_require__(946),
    types     = __nccwpck_require__(24),
    util      = __nccwpck_require__(609);

var base10Re    = /^[1-9][0-9]*$/,
    base10NegRe = /^-?[1-9][0-9]*$/,
    base16Re    = /^0[x][0-9a-fA-F]+$/,
    base16NegRe = /^-?0[x][0-9a-fA-F]+$/,
    base8Re     = /^0[0-7]+$/,
    base8NegRe  = /^-?0[0-7]+$/,
    numberRe    = util.patterns.numberRe,
    nameRe      = /^[a-zA-Z_][a-zA-Z_0-9]*$/,
    typeRefRe   = util.patterns.typeRefRe;

/**
 * Result object returned from {@link parse}.
 * @interface IParserResult
 * @property {string|undefined} package Package name, if declared
 * @property {string[]|undefined} imports Imports, if any
 * @property {string[]|undefined} weakImports Weak imports, if any
 * @property {Root} root Populated root instance
 */

/**
 * Options modifying the behavior of {@link parse}.
 * @interface IParseOptions
 * @property {boolean} [keepCase=false] Keeps field casing instead of converting to camel case
 * @property {boolean} [alternateCommentMode=false] Recognize double-slash comments in addition to doc-block comments.
 * @property {boolean} [preferTrailingComment=false] Use trailing comment when both leading comment and trailing comment exist.
 */

/**
 * Options modifying the behavior of JSON serialization.
 * @interface IToJSONOptions
 * @property {boolean} [keepComments=false] Serializes comments.
 */

/**
 * Parses the given .proto source and returns an object with the parsed contents.
 * @param {string} source Source contents
 * @param {Root} root Root to populate
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {IParserResult} Parser result
 * @property {string} filename=null Currently processing file name for error reporting, if known
 * @property {IParseOptions} defaults Default {@link IParseOptions}
 */
function parse(source, root, options) {
    /* eslint-disable callback-return */
    if (!(root instanceof Root)) {
        options = root;
        root = new Root();
    }
    if (!options)
        options = parse.defaults;

    var preferTrailingComment = options.preferTrailingComment || false;
    var tn = tokenize(source, options.alternateCommentMode || false),
        next = tn.next,
        push = tn.push,
        peek = tn.peek,
        skip = tn.skip,
        cmnt = tn.cmnt;

    var head = true,
        pkg,
        imports,
        weakImports,
        edition = "proto2";

    var ptr = root;

    var topLevelObjects = [];
    var topLevelOptions = {};

    var applyCase = options.keepCase ? function(name) { return name; } : util.camelCase;

    function resolveFileFeatures() {
        topLevelObjects.forEach(obj => {
            obj._edition = edition;
            Object.keys(topLevelOptions).forEach(opt => {
                if (obj.getOption(opt) !== undefined) return;
                obj.setOption(opt, topLevelOptions[opt], true);
            });
        });
    }

    /* istanbul ignore next */
    function illegal(token, name, insideTryCatch) {
        var filename = parse.filename;
        if (!insideTryCatch)
            parse.filename = null;
        return Error("illegal " + (name || "token") + " '" + token + "' (" + (filename ? filename + ", " : "") + "line " + tn.line + ")");
    }

    function readString() {
        var values = [],
            token;
        do {
            /* istanbul ignore if */
            if ((token = next()) !== "\"" && token !== "'")
                throw illegal(token);

            values.push(next());
            skip(token);
            token = peek();
        } while (token === "\"" || token === "'");
        return values.join("");
    }

    function readValue(acceptTypeRef) {
        var token = next();
        switch (token) {
            case "'":
            case "\"":
                push(token);
                return readString();
            case "true": case "TRUE":
                return true;
            case "false": case "FALSE":
                return false;
        }
        try {
            return parseNumber(token, /* insideTryCatch */ true);
        } catch (e) {
            /* istanbul ignore else */
            if (acceptTypeRef && typeRefRe.test(token))
                return token;

            /* istanbul ignore next */
            throw illegal(token, "value");
        }
    }

    function readRanges(target, acceptStrings) {
        var token, start;
        do {
            if (acceptStrings && ((token = peek()) === "\"" || token === "'")) {
                var str = readString();
                target.push(str);
                if (edition >= 2023) {
                    throw illegal(str, "id");
                }
            } else {
                try {
                    target.push([ start = parseId(next()), skip("to", true) ? parseId(next()) : start ]);
                } catch (err) {
                    if (acceptStrings && typeRefRe.test(token) && edition >= 2023) {
                        target.push(token);
                    } else {
                        throw err;
                    }
                }
            }
        } while (skip(",", true));
        var dummy = {options: undefined};
        dummy.setOption = function(name, value) {
          if (this.options === undefined) this.options = {};
          this.options[name] = value;
        };
        ifBlock(
            dummy,
            function parseRange_block(token) {
              /* istanbul ignore else */
              if (token === "option") {
                parseOption(dummy, token);  // skip
                skip(";");
              } else
                throw illegal(token);
            },
            function parseRange_line() {
              parseInlineOptions(dummy);  // skip
            });
    }

    function parseNumber(token, insideTryCatch) {
        var sign = 1;
        if (token.charAt(0) === "-") {
            sign = -1;
            token = token.substring(1);
        }
        switch (token) {
            case "inf": case "INF": case "Inf":
                return sign * Infinity;
            case "nan": case "NAN": case "Nan": case "NaN":
                return NaN;
            case "0":
                return 0;
        }
        if (base10Re.test(token))
            return sign * parseInt(token, 10);
        if (base16Re.test(token))
            return sign * parseInt(token, 16);
        if (base8Re.test(token))
            return sign * parseInt(token, 8);

        /* istanbul ignore else */
        if (numberRe.test(token))
            return sign * parseFloat(token);

        /* istanbul ignore next */
        throw illegal(token, "number", insideTryCatch);
    }

    function parseId(token, acceptNegative) {
        switch (token) {
            case "max": case "MAX": case "Max":
                return 536870911;
            case "0":
                return 0;
        }

        /* istanbul ignore if */
        if (!acceptNegative && token.charAt(0) === "-")
            throw illegal(token, "id");

        if (base10NegRe.test(token))
            return parseInt(token, 10);
        if (base16NegRe.test(token))
            return parseInt(token, 16);

        /* istanbul ignore else */
        if (base8NegRe.test(token))
            return parseInt(token, 8);

        /* istanbul ignore next */
        throw illegal(token, "id");
    }

    function parsePackage() {
        /* istanbul ignore if */
        if (pkg !== undefined)
            throw illegal("package");

        pkg = next();

        /* istanbul ignore if */
        if (!typeRefRe.test(pkg))
            throw illegal(pkg, "name");

        ptr = ptr.define(pkg);

        skip(";");
    }

    function parseImport() {
        var token = peek();
        var whichImports;
        switch (token) {
            case "weak":
                whichImports = weakImports || (weakImports = []);
                next();
                break;
            case "public":
                next();
                // eslint-disable-next-line no-fallthrough
            default:
                whichImports = imports || (imports = []);
                break;
        }
        token = readString();
        skip(";");
        whichImports.push(token);
    }

    function parseSyntax() {
        skip("=");
        edition = readString();

        /* istanbul ignore if */
        if (edition < 2023)
            throw illegal(edition, "syntax");

        skip(";");
    }

    function parseEdition() {
        skip("=");
        edition = readString();
        const supportedEditions = ["2023"];

        /* istanbul ignore if */
        if (!supportedEditions.includes(edition))
            throw illegal(edition, "edition");

        skip(";");
    }


    function parseCommon(parent, token, depth) {
        if (depth === undefined)
            depth = 0;
        // depth is checked by dispatched functions
        switch (token) {

            case "option":
                parseOption(parent, token);
                skip(";");
                return true;

            case "message":
                parseType(parent, token, depth + 1);
                return true;

            case "enum":
                parseEnum(parent, token);
                return true;

            case "service":
                parseService(parent, token, depth + 1);
                return true;

            case "extend":
                parseExtension(parent, token, depth);
                return true;
        }
        return false;
    }

    function ifBlock(obj, fnIf, fnElse) {
        var trailingLine = tn.line;
        if (obj) {
            if(typeof obj.comment !== "string") {
              obj.comment = cmnt(); // try block-type comment
            }
            obj.filename = parse.filename;
        }
        if (skip("{", true)) {
            var token;
            while ((token = next()) !== "}")
                fnIf(token);
            skip(";", true);
        } else {
            if (fnElse)
                fnElse();
            skip(";");
            if (obj && (typeof obj.comment !== "string" || preferTrailingComment))
                obj.comment = cmnt(trailingLine) || obj.comment; // try line-type comment
        }
    }

    function parseType(parent, token, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.nestingLimit)
            throw Error("max depth exceeded");

        /* istanbul ignore if */
        if (!nameRe.test(token = next()))
            throw illegal(token, "type name");

        var type = new Type(token);
        ifBlock(type, function parseType_block(token) {
            if (parseCommon(type, token, depth))
                return;

            switch (token) {

                case "map":
                    parseMapField(type, token);
                    break;

                case "required":
                    if (edition !== "proto2")
                        throw illegal(token);
                /* eslint-disable no-fallthrough */
                case "repeated":
                    parseField(type, token, undefined, depth + 1);
                    break;

                case "optional":
                    /* istanbul ignore if */
                    if (edition === "proto3") {
                        parseField(type, "proto3_optional", undefined, depth + 1);
                    } else if (edition !== "proto2") {
                        throw illegal(token);
                    } else {
                        parseField(type, "optional", undefined, depth + 1);
                    }
                    break;

                case "oneof":
                    parseOneOf(type, token, depth + 1);
                    break;

                case "extensions":
                    readRanges(type.extensions || (type.extensions = []));
                    break;

                case "reserved":
                    readRanges(type.reserved || (type.reserved = []), true);
                    break;

                default:
                    /* istanbul ignore if */
                    if (edition === "proto2" || !typeRefRe.test(token)) {
                        throw illegal(token);
                    }

                    push(token);
                    parseField(type, "optional", undefined, depth + 1);
                    break;
            }
        });
        parent.add(type);
        if (parent === ptr) {
            topLevelObjects.push(type);
        }
    }

    function parseField(parent, rule, extend, depth) {
        var type = next();
        if (type === "group") {
            parseGroup(parent, rule, depth);
            return;
        }
        // Type names can consume multiple tokens, in multiple variants:
        //    package.subpackage   field       tokens: "package.subpackage" [TYPE NAME ENDS HERE] "field"
        //    package . subpackage field       tokens: "package" "." "subpackage" [TYPE NAME ENDS HERE] "field"
        //    package.  subpackage field       tokens: "package." "subpackage" [TYPE NAME ENDS HERE] "field"
        //    package  .subpackage field       tokens: "package" ".subpackage" [TYPE NAME ENDS HERE] "field"
        // Keep reading tokens until we get a type name with no period at the end,
        // and the next token does not start with a period.
        while (type.endsWith(".") || peek().startsWith(".")) {
            type += next();
        }

        /* istanbul ignore if */
        if (!typeRefRe.test(type))
            throw illegal(type, "type");

        var name = next();

        /* istanbul ignore if */

        if (!nameRe.test(name))
            throw illegal(name, "name");

        name = applyCase(name);
        skip("=");

        var field = new Field(name, parseId(next()), type, rule, extend);

        ifBlock(field, function parseField_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(field, token);
                skip(";");
            } else
                throw illegal(token);

        }, function parseField_line() {
            parseInlineOptions(field);
        });

        if (rule === "proto3_optional") {
            // for proto3 optional fields, we create a single-member Oneof to mimic "optional" behavior
            var oneof = new OneOf("_" + name);
            field.setOption("proto3_optional", true);
            oneof.add(field);
            parent.add(oneof);
        } else {
            parent.add(field);
        }
        if (parent === ptr) {
            topLevelObjects.push(field);
        }
    }

    function parseGroup(parent, rule, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.nestingLimit)
            throw Error("max depth exceeded");
        if (edition >= 2023) {
            throw illegal("group");
        }
        var name = next();

        /* istanbul ignore if */
        if (!nameRe.test(name))
            throw illegal(name, "name");

        var fieldName = util.lcFirst(name);
        if (name === fieldName)
            name = util.ucFirst(name);
        skip("=");
        var id = parseId(next());
        var type = new Type(name);
        type.group = true;
        var field = new Field(fieldName, id, name, rule);
        field.filename = parse.filename;
        ifBlock(type, function parseGroup_block(token) {
            switch (token) {

                case "option":
                    parseOption(type, token);
                    skip(";");
                    break;
                case "required":
                case "repeated":
                    parseField(type, token, undefined, depth + 1);
                    break;

                case "optional":
                    /* istanbul ignore if */
                    if (edition === "proto3") {
                        parseField(type, "proto3_optional", undefined, depth + 1);
                    } else {
                        parseField(type, "optional", undefined, depth + 1);
                    }
                    break;

                case "message":
                    parseType(type, token, depth + 1);
                    break;

                case "enum":
                    parseEnum(type, token);
                    break;

                case "reserved":
                    readRanges(type.reserved || (type.reserved = []), true);
                    break;

                /* istanbul ignore next */
                default:
                    throw illegal(token); // there are no groups with proto3 semantics
            }
        });
        parent.add(type)
              .add(field);
    }

    function parseMapField(parent) {
        skip("<");
        var keyType = next();

        /* istanbul ignore if */
        if (types.mapKey[keyType] === undefined)
            throw illegal(keyType, "type");

        skip(",");
        var valueType = next();

        /* istanbul ignore if */
        if (!typeRefRe.test(valueType))
            throw illegal(valueType, "type");

        skip(">");
        var name = next();

        /* istanbul ignore if */
        if (!nameRe.test(name))
            throw illegal(name, "name");

        skip("=");
        var field = new MapField(applyCase(name), parseId(next()), keyType, valueType);
        ifBlock(field, function parseMapField_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(field, token);
                skip(";");
            } else
                throw illegal(token);

        }, function parseMapField_line() {
            parseInlineOptions(field);
        });
        parent.add(field);
    }

    function parseOneOf(parent, token, depth) {

        /* istanbul ignore if */
        if (!nameRe.test(token = next()))
            throw illegal(token, "name");

        var oneof = new OneOf(applyCase(token));
        ifBlock(oneof, function parseOneOf_block(token) {
            if (token === "option") {
                parseOption(oneof, token);
                skip(";");
            } else {
                push(token);
                parseField(oneof, "optional", undefined, depth);
            }
        });
        parent.add(oneof);
    }

    function parseEnum(parent, token) {

        /* istanbul ignore if */
        if (!nameRe.test(token = next()))
            throw illegal(token, "name");

        var enm = new Enum(token);
        ifBlock(enm, function parseEnum_block(token) {
          switch(token) {
            case "option":
              parseOption(enm, token);
              skip(";");
              break;

            case "reserved":
              readRanges(enm.reserved || (enm.reserved = []), true);
              if(enm.reserved === undefined) enm.reserved = [];
              break;

            default:
              parseEnumValue(enm, token);
          }
        });
        parent.add(enm);
        if (parent === ptr) {
            topLevelObjects.push(enm);
        }
    }

    function parseEnumValue(parent, token) {

        /* istanbul ignore if */
        if (!nameRe.test(token))
            throw illegal(token, "name");

        skip("=");
        var value = parseId(next(), true),
            dummy = {
                options: undefined
            };
        dummy.getOption = function(name) {
            return this.options[name];
        };
        dummy.setOption = function(name, value) {
            ReflectionObject.prototype.setOption.call(dummy, name, value);
        };
        dummy.setParsedOption = function() {
            return undefined;
        };
        ifBlock(dummy, function parseEnumValue_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(dummy, token); // skip
                skip(";");
            } else
                throw illegal(token);

        }, function parseEnumValue_line() {
            parseInlineOptions(dummy); // skip
        });
        parent.add(token, value, dummy.comment, dummy.parsedOptions || dummy.options);
    }

    function parseOption(parent, token) {
            var option;
            var propName;
            var isOption = true;
            if (token === "option") {
                token = next();
            }

            while (token !== "=") {
                if (token === null) {
                    throw illegal(token, "end of input");
                }
                if (token === "(") {
                    var parensValue = next();
                    skip(")");
                    token = "(" + parensValue + ")";
                }
                if (isOption) {
                    isOption = false;
                    if (token.includes(".") && !token.includes("(")) {
                        var tokens = token.split(".");
                        option = tokens[0] + ".";
                        token = tokens[1];
                        continue;
                    }
                    option = token;
                } else {
                    propName = propName ? propName += token : token;
                }
                token = next();
            }
            var name = propName ? option.concat(propName) : option;
            var optionValue = parseOptionValue(parent, name);
            propName = propName && propName[0] === "." ? propName.slice(1) : propName;
            option = option && option[option.length - 1] === "." ? option.slice(0, -1) : option;
            setParsedOption(parent, option, optionValue, propName);
    }

    function parseOptionValue(parent, name, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");
        // { a: "foo" b { c: "bar" } }
        if (skip("{", true)) {
            var objectResult = {};

            while (!skip("}", true)) {
                /* istanbul ignore if */
                if (!nameRe.test(token = next())) {
                    throw illegal(token, "name");
                }
                if (token === null) {
                  throw illegal(token, "end of input");
                }

                var value;
                var propName = token;

                skip(":", true);

                if (peek() === "{") {
                    // option (my_option) = {
                    //     repeated_value: [ "foo", "bar" ]
                    // };
                    value = parseOptionValue(parent, name + "." + token, depth + 1);
                } else if (peek() === "[") {
                    value = [];
                    var lastValue;
                    if (skip("[", true)) {
                        do {
                            lastValue = readValue(true);
                            value.push(lastValue);
                        } while (skip(",", true));
                        skip("]");
                        if (typeof lastValue !== "undefined") {
                            setOption(parent, name + "." + token, lastValue);
                        }
                    }
                } else {
                    value = readValue(true);
                    setOption(parent, name + "." + token, value);
                }

                var prevValue = objectResult[propName];

                if (prevValue)
                    value = [].concat(prevValue).concat(value);

                if (propName !== "__proto__")
                    objectResult[propName] = value;

                // Semicolons and commas can be optional
                skip(",", true);
                skip(";", true);
            }

            return objectResult;
        }

        var simpleValue = readValue(true);
        setOption(parent, name, simpleValue);
        return simpleValue;
        // Does not enforce a delimiter to be universal
    }

    function setOption(parent, name, value) {
        if (ptr === parent && /^features\./.test(name)) {
            topLevelOptions[name] = value;
            return;
        }
        if (parent.setOption)
            parent.setOption(name, value);
    }

    function setParsedOption(parent, name, value, propName) {
        if (parent.setParsedOption)
            parent.setParsedOption(name, value, propName);
    }

    function parseInlineOptions(parent) {
        if (skip("[", true)) {
            do {
                parseOption(parent, "option");
            } while (skip(",", true));
            skip("]");
        }
        return parent;
    }

    function parseService(parent, token, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        /* istanbul ignore if */
        if (!nameRe.test(token = next()))
            throw illegal(token, "service name");

        var service = new Service(token);
        ifBlock(service, function parseService_block(token) {
            if (parseCommon(service, token, depth)) {
                return;
            }

            /* istanbul ignore else */
            if (token === "rpc")
                parseMethod(service, token);
            else
                throw illegal(token);
        });
        parent.add(service);
        if (parent === ptr) {
            topLevelObjects.push(service);
        }
    }

    function parseMethod(parent, token) {
        // Get the comment of the preceding line now (if one exists) in case the
        // method is defined across multiple lines.
        var commentText = cmnt();

        var type = token;

        /* istanbul ignore if */
        if (!nameRe.test(token = next()))
            throw illegal(token, "name");

        var name = token,
            requestType, requestStream,
            responseType, responseStream;

        skip("(");
        if (skip("stream", true))
            requestStream = true;

        /* istanbul ignore if */
        if (!typeRefRe.test(token = next()))
            throw illegal(token);

        requestType = token;
        skip(")"); skip("returns"); skip("(");
        if (skip("stream", true))
            responseStream = true;

        /* istanbul ignore if */
        if (!typeRefRe.test(token = next()))
            throw illegal(token);

        responseType = token;
        skip(")");

        var method = new Method(name, type, requestType, responseType, requestStream, responseStream);
        method.comment = commentText;
        ifBlock(method, function parseMethod_block(token) {

            /* istanbul ignore else */
            if (token === "option") {
                parseOption(method, token);
                skip(";");
            } else
                throw illegal(token);

        });
        parent.add(method);
    }

    function parseExtension(parent, token, depth) {

        /* istanbul ignore if */
        if (!typeRefRe.test(token = next()))
            throw illegal(token, "reference");

        var reference = token;
        ifBlock(null, function parseExtension_block(token) {
            switch (token) {

                case "required":
                case "repeated":
                    parseField(parent, token, reference, depth + 1);
                    break;

                case "optional":
                    /* istanbul ignore if */
                    if (edition === "proto3") {
                        parseField(parent, "proto3_optional", reference, depth + 1);
                    } else {
                        parseField(parent, "optional", reference, depth + 1);
                    }
                    break;

                default:
                    /* istanbul ignore if */
                    if (edition === "proto2" || !typeRefRe.test(token))
                        throw illegal(token);
                    push(token);
                    parseField(parent, "optional", reference, depth + 1);
                    break;
            }
        });
    }

    var token;
    while ((token = next()) !== null) {
        switch (token) {

            case "package":

                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);

                parsePackage();
                break;

            case "import":

                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);

                parseImport();
                break;

            case "syntax":

                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);

                parseSyntax();
                break;

            case "edition":
                /* istanbul ignore if */
                if (!head)
                    throw illegal(token);
                parseEdition();
                break;

            case "option":
                parseOption(ptr, token);
                skip(";", true);
                break;

            default:

                /* istanbul ignore else */
                if (parseCommon(ptr, token, 0)) {
                    head = false;
                    continue;
                }

                /* istanbul ignore next */
                throw illegal(token);
        }
    }

    resolveFileFeatures();

    parse.filename = null;
    return {
        "package"     : pkg,
        "imports"     : imports,
         weakImports  : weakImports,
         root         : root
    };
}

/**
 * Parses the given .proto source and returns an object with the parsed contents.
 * @name parse
 * @function
 * @param {string} source Source contents
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {IParserResult} Parser result
 * @property {string} filename=null Currently processing file name for error reporting, if known
 * @property {IParseOptions} defaults Default {@link IParseOptions}
 * @variation 2
 */


/***/ }),

/***/ 350:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Reader;

var util      = __nccwpck_require__(857);

var BufferReader; // cyclic

var LongBits  = util.LongBits,
    utf8      = util.utf8;

/* istanbul ignore next */
function indexOutOfRange(reader, writeLength) {
    return RangeError("index out of range: " + reader.pos + " + " + (writeLength || 1) + " > " + reader.len);
}

/**
 * Constructs a new reader instance using the specified buffer.
 * @classdesc Wire format reader using `Uint8Array` if available, otherwise `Array`.
 * @constructor
 * @param {Uint8Array} buffer Buffer to read from
 */
function Reader(buffer) {

    /**
     * Read buffer.
     * @type {Uint8Array}
     */
    this.buf = buffer;

    /**
     * Read buffer position.
     * @type {number}
     */
    this.pos = 0;

    /**
     * Read buffer length.
     * @type {number}
     */
    this.len = buffer.length;
}

var create_array = typeof Uint8Array !== "undefined"
    ? function create_typed_array(buffer) {
        if (buffer instanceof Uint8Array || Array.isArray(buffer))
            return new Reader(buffer);
        throw Error("illegal buffer");
    }
    /* istanbul ignore next */
    : function create_array(buffer) {
        if (Array.isArray(buffer))
            return new Reader(buffer);
        throw Error("illegal buffer");
    };

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup(buffer) {
            return (Reader.create = function create_buffer(buffer) {
                return util.Buffer.isBuffer(buffer)
                    ? new BufferReader(buffer)
                    /* istanbul ignore next */
                    : create_array(buffer);
            })(buffer);
        }
        /* istanbul ignore next */
        : create_array;
};

/**
 * Creates a new reader using the specified buffer.
 * @function
 * @param {Uint8Array|Buffer} buffer Buffer to read from
 * @returns {Reader|BufferReader} A {@link BufferReader} if `buffer` is a Buffer, otherwise a {@link Reader}
 * @throws {Error} If `buffer` is not a valid buffer
 */
Reader.create = create();

Reader.prototype._slice = util.Array.prototype.subarray || /* istanbul ignore next */ util.Array.prototype.slice;

function readVarint32NearEnd(reader) {
    // Safely read up to four bytes of a varint32 near the reader limit
    var value = 0;
    for (var i = 0; i < 4; ++i) {
        if (reader.pos >= reader.len)
            throw indexOutOfRange(reader);
        var b = reader.buf[reader.pos++];
        value = (value | (b & 127) << i * 7) >>> 0;
        if (b < 128)
            return value;
    }
    throw indexOutOfRange(reader);
}

/**
 * Reads a varint as an unsigned 32 bit value.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.uint32 = (function read_uint32_setup() {
    var value = 4294967295; // optimizer type-hint, tends to deopt otherwise (?!)
    return function read_uint32() {
        if (this.len - this.pos < 5) {
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            if (this.buf[this.pos] >= 128)
                return readVarint32NearEnd(this);
        }
        value = (         this.buf[this.pos] & 127       ) >>> 0; if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) <<  7) >>> 0; if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 14) >>> 0; if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] & 127) << 21) >>> 0; if (this.buf[this.pos++] < 128) return value;
        value = (value | (this.buf[this.pos] &  15) << 28) >>> 0; if (this.buf[this.pos++] < 128) return value;

        /* istanbul ignore if */
        if ((this.pos += 5) > this.len) {
            this.pos = this.len;
            throw indexOutOfRange(this, 10);
        }
        return value;
    };
})();

/**
 * Reads a varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.int32 = function read_int32() {
    return this.uint32() | 0;
};

/**
 * Reads a zig-zag encoded varint as a signed 32 bit value.
 * @returns {number} Value read
 */
Reader.prototype.sint32 = function read_sint32() {
    var value = this.uint32();
    return value >>> 1 ^ -(value & 1) | 0;
};

/* eslint-disable no-invalid-this */

function readLongVarint() {
    // tends to deopt with local vars for octet etc.
    var bits = new LongBits(0, 0);
    var i = 0;
    if (this.len - this.pos > 4) { // fast route (lo)
        for (; i < 4; ++i) {
            // 1st..4th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        // 5th
        bits.lo = (bits.lo | (this.buf[this.pos] & 127) << 28) >>> 0;
        bits.hi = (bits.hi | (this.buf[this.pos] & 127) >>  4) >>> 0;
        if (this.buf[this.pos++] < 128)
            return bits;
        i = 0;
    } else {
        for (; i < 3; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 1st..3th
            bits.lo = (bits.lo | (this.buf[this.pos] & 127) << i * 7) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
        // 4th
        bits.lo = (bits.lo | (this.buf[this.pos++] & 127) << i * 7) >>> 0;
        return bits;
    }
    if (this.len - this.pos > 4) { // fast route (hi)
        for (; i < 5; ++i) {
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    } else {
        for (; i < 5; ++i) {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
            // 6th..10th
            bits.hi = (bits.hi | (this.buf[this.pos] & 127) << i * 7 + 3) >>> 0;
            if (this.buf[this.pos++] < 128)
                return bits;
        }
    }
    /* istanbul ignore next */
    throw Error("invalid varint encoding");
}

/* eslint-enable no-invalid-this */

/**
 * Reads a varint as a signed 64 bit value.
 * @name Reader#int64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as an unsigned 64 bit value.
 * @name Reader#uint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a zig-zag encoded varint as a signed 64 bit value.
 * @name Reader#sint64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a varint as a boolean.
 * @returns {boolean} Value read
 */
Reader.prototype.bool = function read_bool() {
    return this.uint32() !== 0;
};

function readFixed32_end(buf, end) { // note that this uses `end`, not `pos`
    return (buf[end - 4]
          | buf[end - 3] << 8
          | buf[end - 2] << 16
          | buf[end - 1] << 24) >>> 0;
}

/**
 * Reads fixed 32 bits as an unsigned 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.fixed32 = function read_fixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4);
};

/**
 * Reads fixed 32 bits as a signed 32 bit integer.
 * @returns {number} Value read
 */
Reader.prototype.sfixed32 = function read_sfixed32() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    return readFixed32_end(this.buf, this.pos += 4) | 0;
};

/* eslint-disable no-invalid-this */

function readFixed64(/* this: Reader */) {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 8);

    return new LongBits(readFixed32_end(this.buf, this.pos += 4), readFixed32_end(this.buf, this.pos += 4));
}

/* eslint-enable no-invalid-this */

/**
 * Reads fixed 64 bits.
 * @name Reader#fixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads zig-zag encoded fixed 64 bits.
 * @name Reader#sfixed64
 * @function
 * @returns {Long} Value read
 */

/**
 * Reads a float (32 bit) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.float = function read_float() {

    /* istanbul ignore if */
    if (this.pos + 4 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readFloatLE(this.buf, this.pos);
    this.pos += 4;
    return value;
};

/**
 * Reads a double (64 bit float) as a number.
 * @function
 * @returns {number} Value read
 */
Reader.prototype.double = function read_double() {

    /* istanbul ignore if */
    if (this.pos + 8 > this.len)
        throw indexOutOfRange(this, 4);

    var value = util.float.readDoubleLE(this.buf, this.pos);
    this.pos += 8;
    return value;
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @returns {Uint8Array} Value read
 */
Reader.prototype.bytes = function read_bytes() {
    var length = this.uint32(),
        start  = this.pos,
        end    = this.pos + length;

    /* istanbul ignore if */
    if (end > this.len)
        throw indexOutOfRange(this, length);

    this.pos += length;
    if (Array.isArray(this.buf)) // plain array
        return this.buf.slice(start, end);

    if (start === end) { // fix for IE 10/Win8 and others' subarray returning array of size 1
        var nativeBuffer = util.Buffer;
        return nativeBuffer
            ? nativeBuffer.alloc(0)
            : new this.buf.constructor(0);
    }
    return this._slice.call(this.buf, start, end);
};

/**
 * Reads a string preceeded by its byte length as a varint.
 * @returns {string} Value read
 */
Reader.prototype.string = function read_string() {
    var bytes = this.bytes();
    return utf8.read(bytes, 0, bytes.length);
};

/**
 * Skips the specified number of bytes if specified, otherwise skips a varint.
 * @param {number} [length] Length if known, otherwise a varint is assumed
 * @returns {Reader} `this`
 */
Reader.prototype.skip = function skip(length) {
    if (typeof length === "number") {
        /* istanbul ignore if */
        if (this.pos + length > this.len)
            throw indexOutOfRange(this, length);
        this.pos += length;
    } else {
        do {
            /* istanbul ignore if */
            if (this.pos >= this.len)
                throw indexOutOfRange(this);
        } while (this.buf[this.pos++] & 128);
    }
    return this;
};

/**
 * Recursion limit.
 * @type {number}
 */
Reader.recursionLimit = util.recursionLimit;

/**
 * Skips the next element of the specified wire type.
 * @param {number} wireType Wire type received
 * @param {number} [depth] Depth of recursion to control nested calls; 0 if omitted
 * @returns {Reader} `this`
 */
Reader.prototype.skipType = function(wireType, depth) {
    if (depth === undefined) depth = 0;
    if (depth > Reader.recursionLimit)
        throw Error("maximum nesting depth exceeded");
    switch (wireType) {
        case 0:
            this.skip();
            break;
        case 1:
            this.skip(8);
            break;
        case 2:
            this.skip(this.uint32());
            break;
        case 3:
            while ((wireType = this.uint32() & 7) !== 4) {
                this.skipType(wireType, depth + 1);
            }
            break;
        case 5:
            this.skip(4);
            break;

        /* istanbul ignore next */
        default:
            throw Error("invalid wire type " + wireType + " at offset " + this.pos);
    }
    return this;
};

Reader._configure = function(BufferReader_) {
    BufferReader = BufferReader_;
    Reader.create = create();
    BufferReader._configure();

    var fn = util.Long ? "toLong" : /* istanbul ignore next */ "toNumber";
    util.merge(Reader.prototype, {

        int64: function read_int64() {
            return readLongVarint.call(this)[fn](false);
        },

        uint64: function read_uint64() {
            return readLongVarint.call(this)[fn](true);
        },

        sint64: function read_sint64() {
            return readLongVarint.call(this).zzDecode()[fn](false);
        },

        fixed64: function read_fixed64() {
            return readFixed64.call(this)[fn](true);
        },

        sfixed64: function read_sfixed64() {
            return readFixed64.call(this)[fn](false);
        }

    });
};


/***/ }),

/***/ 423:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferReader;

// extends Reader
var Reader = __nccwpck_require__(350);
(BufferReader.prototype = Object.create(Reader.prototype)).constructor = BufferReader;

var util = __nccwpck_require__(857);

/**
 * Constructs a new buffer reader instance.
 * @classdesc Wire format reader using node buffers.
 * @extends Reader
 * @constructor
 * @param {Buffer} buffer Buffer to read from
 */
function BufferReader(buffer) {
    Reader.call(this, buffer);

    /**
     * Read buffer.
     * @name BufferReader#buf
     * @type {Buffer}
     */
}

BufferReader._configure = function () {
    /* istanbul ignore else */
    if (util.Buffer)
        BufferReader.prototype._slice = util.Buffer.prototype.slice;
};


/**
 * @override
 */
BufferReader.prototype.string = function read_string_buffer() {
    var len = this.uint32(); // modifies pos
    return this.buf.utf8Slice
        ? this.buf.utf8Slice(this.pos, this.pos = Math.min(this.pos + len, this.len))
        : this.buf.toString("utf-8", this.pos, this.pos = Math.min(this.pos + len, this.len));
};

/**
 * Reads a sequence of bytes preceeded by its length as a varint.
 * @name BufferReader#bytes
 * @function
 * @returns {Buffer} Value read
 */

BufferReader._configure();


/***/ }),

/***/ 185:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Root;

// extends Namespace
var Namespace = __nccwpck_require__(565);
((Root.prototype = Object.create(Namespace.prototype)).constructor = Root).className = "Root";

var Field   = __nccwpck_require__(457),
    Enum    = __nccwpck_require__(528),
    OneOf   = __nccwpck_require__(624),
    util    = __nccwpck_require__(609);

var Type,   // cyclic
    parse,  // might be excluded
    common; // "

/**
 * Constructs a new root namespace instance.
 * @classdesc Root namespace wrapping all types, enums, services, sub-namespaces etc. that belong together.
 * @extends NamespaceBase
 * @constructor
 * @param {Object.<string,*>} [options] Top level options
 */
function Root(options) {
    Namespace.call(this, "", options);

    /**
     * Deferred extension fields.
     * @type {Field[]}
     */
    this.deferred = [];

    /**
     * Resolved file names of loaded files.
     * @type {string[]}
     */
    this.files = [];

    /**
     * Edition, defaults to proto2 if unspecified.
     * @type {string}
     * @private
     */
    this._edition = "proto2";

    /**
     * Global lookup cache of fully qualified names.
     * @type {Object.<string,ReflectionObject>}
     * @private
     */
    this._fullyQualifiedObjects = {};
}

/**
 * Loads a namespace descriptor into a root namespace.
 * @param {INamespace} json Namespace descriptor
 * @param {Root} [root] Root namespace, defaults to create a new one if omitted
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Root} Root namespace
 */
Root.fromJSON = function fromJSON(json, root, depth) {
    depth = util.checkDepth(depth);
    if (!root)
        root = new Root();
    if (json.options)
        root.setOptions(json.options);
    return root.addJSON(json.nested, depth).resolveAll();
};

/**
 * Resolves the path of an imported file, relative to the importing origin.
 * This method exists so you can override it with your own logic in case your imports are scattered over multiple directories.
 * @function
 * @param {string} origin The file name of the importing file
 * @param {string} target The file name being imported
 * @returns {string|null} Resolved path to `target` or `null` to skip the file
 */
Root.prototype.resolvePath = util.path.resolve;

/**
 * Fetch content from file path or url
 * This method exists so you can override it with your own logic.
 * @function
 * @param {string} path File path or url
 * @param {FetchCallback} callback Callback function
 * @returns {undefined}
 */
Root.prototype.fetch = util.fetch;

// A symbol-like function to safely signal synchronous loading
/* istanbul ignore next */
function SYNC() {} // eslint-disable-line no-empty-function

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and calls the callback.
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} options Parse options
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 */
Root.prototype.load = function load(filename, options, callback) {
    if (typeof options === "function") {
        callback = options;
        options = undefined;
    }
    var self = this;
    if (!callback) {
        return util.asPromise(load, self, filename, options);
    }

    var sync = callback === SYNC; // undocumented

    // Finishes loading by calling the callback (exactly once)
    function finish(err, root) {
        /* istanbul ignore if */
        if (!callback) {
            return;
        }
        if (sync) {
            throw err;
        }
        if (root) {
            root.resolveAll();
        }
        var cb = callback;
        callback = null;
        cb(err, root);
    }

    // Bundled definition existence checking
    function getBundledFileName(filename) {
        var idx = filename.lastIndexOf("google/protobuf/");
        if (idx > -1) {
            var altname = filename.substring(idx);
            if (altname in common) return altname;
        }
        return null;
    }

    // Processes a single file
    function process(filename, source, depth) {
        if (depth === undefined)
            depth = 0;
        try {
            if (depth > util.recursionLimit)
                throw Error("max depth exceeded");
            if (util.isString(source) && source.charAt(0) === "{")
                source = JSON.parse(source);
            if (!util.isString(source))
                self.setOptions(source.options).addJSON(source.nested);
            else {
                parse.filename = filename;
                var parsed = parse(source, self, options),
                    resolved,
                    i = 0;
                if (parsed.imports)
                    for (; i < parsed.imports.length; ++i)
                        if (resolved = getBundledFileName(parsed.imports[i]) || self.resolvePath(filename, parsed.imports[i]))
                            fetch(resolved, false, depth + 1);
                if (parsed.weakImports)
                    for (i = 0; i < parsed.weakImports.length; ++i)
                        if (resolved = getBundledFileName(parsed.weakImports[i]) || self.resolvePath(filename, parsed.weakImports[i]))
                            fetch(resolved, true, depth + 1);
            }
        } catch (err) {
            finish(err);
        }
        if (!sync && !queued) {
            finish(null, self); // only once anyway
        }
    }

    // Fetches a single file
    function fetch(filename, weak, depth) {
        if (depth === undefined)
            depth = 0;
        filename = getBundledFileName(filename) || filename;

        // Skip if already loaded / attempted
        if (self.files.indexOf(filename) > -1) {
            return;
        }
        self.files.push(filename);

        // Shortcut bundled definitions
        if (filename in common) {
            if (sync) {
                process(filename, common[filename], depth);
            } else {
                ++queued;
                setTimeout(function() {
                    --queued;
                    process(filename, common[filename], depth);
                });
            }
            return;
        }

        // Otherwise fetch from disk or network
        if (sync) {
            var source;
            try {
                source = util.fs.readFileSync(filename).toString("utf8");
            } catch (err) {
                if (!weak)
                    finish(err);
                return;
            }
            process(filename, source, depth);
        } else {
            ++queued;
            self.fetch(filename, function(err, source) {
                --queued;
                /* istanbul ignore if */
                if (!callback) {
                    return; // terminated meanwhile
                }
                if (err) {
                    /* istanbul ignore else */
                    if (!weak)
                        finish(err);
                    else if (!queued) // can't be covered reliably
                        finish(null, self);
                    return;
                }
                process(filename, source, depth);
            });
        }
    }
    var queued = 0;

    // Assembling the root namespace doesn't require working type
    // references anymore, so we can load everything in parallel
    if (util.isString(filename)) {
        filename = [ filename ];
    }
    for (var i = 0, resolved; i < filename.length; ++i)
        if (resolved = self.resolvePath("", filename[i]))
            fetch(resolved);
    if (sync) {
        self.resolveAll();
        return self;
    }
    if (!queued) {
        finish(null, self);
    }

    return self;
};
// function load(filename:string, options:IParseOptions, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and calls the callback.
 * @function Root#load
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {LoadCallback} callback Callback function
 * @returns {undefined}
 * @variation 2
 */
// function load(filename:string, callback:LoadCallback):undefined

/**
 * Loads one or multiple .proto or preprocessed .json files into this root namespace and returns a promise.
 * @function Root#load
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {Promise<Root>} Promise
 * @variation 3
 */
// function load(filename:string, [options:IParseOptions]):Promise<Root>

/**
 * Synchronously loads one or multiple .proto or preprocessed .json files into this root namespace (node only).
 * @function Root#loadSync
 * @param {string|string[]} filename Names of one or multiple files to load
 * @param {IParseOptions} [options] Parse options. Defaults to {@link parse.defaults} when omitted.
 * @returns {Root} Root namespace
 * @throws {Error} If synchronous fetching is not supported (i.e. in browsers) or if a file's syntax is invalid
 */
Root.prototype.loadSync = function loadSync(filename, options) {
    if (!util.isNode)
        throw Error("not supported");
    return this.load(filename, options, SYNC);
};

/**
 * @override
 */
Root.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    if (this.deferred.length)
        throw Error("unresolvable extensions: " + this.deferred.map(function(field) {
            return "'extend " + field.extend + "' in " + field.parent.fullName;
        }).join(", "));
    return Namespace.prototype.resolveAll.call(this);
};

// only uppercased (and thus conflict-free) children are exposed, see below
var exposeRe = /^[A-Z]/;

/**
 * Handles a deferred declaring extension field by creating a sister field to represent it within its extended type.
 * @param {Root} root Root instance
 * @param {Field} field Declaring extension field witin the declaring type
 * @returns {boolean} `true` if successfully added to the extended type, `false` otherwise
 * @inner
 * @ignore
 */
function tryHandleExtension(root, field) {
    var extendedType = field.parent.lookup(field.extend);
    if (extendedType) {
        var sisterField = new Field(field.fullName, field.id, field.type, field.rule, undefined, field.options);
        //do not allow to extend same field twice to prevent the error
        if (extendedType.get(sisterField.name)) {
            return true;
        }
        sisterField.declaringField = field;
        field.extensionField = sisterField;
        extendedType.add(sisterField);
        return true;
    }
    return false;
}

/**
 * Called when any object is added to this root or its sub-namespaces.
 * @param {ReflectionObject} object Object added
 * @returns {undefined}
 * @private
 */
Root.prototype._handleAdd = function _handleAdd(object) {
    if (object instanceof Field) {

        if (/* an extension field (implies not part of a oneof) */ object.extend !== undefined && /* not already handled */ !object.extensionField)
            if (!tryHandleExtension(this, object))
                this.deferred.push(object);

    } else if (object instanceof Enum) {

        if (exposeRe.test(object.name))
            object.parent[object.name] = object.values; // expose enum values as property of its parent

    } else if (!(object instanceof OneOf)) /* everything else is a namespace */ {

        if (object instanceof Type) // Try to handle any deferred extensions
            for (var i = 0; i < this.deferred.length;)
                if (tryHandleExtension(this, this.deferred[i]))
                    this.deferred.splice(i, 1);
                else
                    ++i;
        for (var j = 0; j < /* initializes */ object.nestedArray.length; ++j) // recurse into the namespace
            this._handleAdd(object._nestedArray[j]);
        if (exposeRe.test(object.name))
            object.parent[object.name] = object; // expose namespace as property of its parent
    }

    if (object instanceof Type || object instanceof Enum || object instanceof Field) {
        // Only store types and enums for quick lookup during resolve.
        this._fullyQualifiedObjects[object.fullName] = object;
    }

    // The above also adds uppercased (and thus conflict-free) nested types, services and enums as
    // properties of namespaces just like static code does. This allows using a .d.ts generated for
    // a static module with reflection-based solutions where the condition is met.
};

/**
 * Called when any object is removed from this root or its sub-namespaces.
 * @param {ReflectionObject} object Object removed
 * @returns {undefined}
 * @private
 */
Root.prototype._handleRemove = function _handleRemove(object) {
    if (object instanceof Field) {

        if (/* an extension field */ object.extend !== undefined) {
            if (/* already handled */ object.extensionField) { // remove its sister field
                object.extensionField.parent.remove(object.extensionField);
                object.extensionField = null;
            } else { // cancel the extension
                var index = this.deferred.indexOf(object);
                /* istanbul ignore else */
                if (index > -1)
                    this.deferred.splice(index, 1);
            }
        }

    } else if (object instanceof Enum) {

        if (exposeRe.test(object.name))
            delete object.parent[object.name]; // unexpose enum values

    } else if (object instanceof Namespace) {

        for (var i = 0; i < /* initializes */ object.nestedArray.length; ++i) // recurse into the namespace
            this._handleRemove(object._nestedArray[i]);

        if (exposeRe.test(object.name))
            delete object.parent[object.name]; // unexpose namespaces

    }

    delete this._fullyQualifiedObjects[object.fullName];
};

// Sets up cyclic dependencies (called in index-light)
Root._configure = function(Type_, parse_, common_) {
    Type   = Type_;
    parse  = parse_;
    common = common_;
};


/***/ }),

/***/ 460:
/***/ ((module) => {


module.exports = Object.create(null);

/**
 * Named roots.
 * This is where pbjs stores generated structures (the option `-r, --root` specifies a name).
 * Can also be used manually to make roots available across modules.
 * @name roots
 * @type {Object.<string,Root>}
 * @example
 * // pbjs -r myroot -o compiled.js ...
 *
 * // in another module:
 * require("./compiled.js");
 *
 * // in any subsequent module:
 * var root = protobuf.roots["myroot"];
 */


/***/ }),

/***/ 882:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Streaming RPC helpers.
 * @namespace
 */
var rpc = exports;

/**
 * RPC implementation passed to {@link Service#create} performing a service request on network level, i.e. by utilizing http requests or websockets.
 * @typedef RPCImpl
 * @type {function}
 * @param {Method|rpc.ServiceMethod<Message<{}>,Message<{}>>} method Reflected or static method being called
 * @param {Uint8Array} requestData Request data
 * @param {RPCImplCallback} callback Callback function
 * @returns {undefined}
 * @example
 * function rpcImpl(method, requestData, callback) {
 *     if (protobuf.util.lcFirst(method.name) !== "myMethod") // compatible with static code
 *         throw Error("no such method");
 *     asynchronouslyObtainAResponse(requestData, function(err, responseData) {
 *         callback(err, responseData);
 *     });
 * }
 */

/**
 * Node-style callback as used by {@link RPCImpl}.
 * @typedef RPCImplCallback
 * @type {function}
 * @param {Error|null} error Error, if any, otherwise `null`
 * @param {Uint8Array|null} [response] Response data or `null` to signal end of stream, if there hasn't been an error
 * @returns {undefined}
 */

rpc.Service = __nccwpck_require__(26);


/***/ }),

/***/ 26:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

var util = __nccwpck_require__(857);

// Extends EventEmitter
(Service.prototype = Object.create(util.EventEmitter.prototype)).constructor = Service;

/**
 * A service method callback as used by {@link rpc.ServiceMethod|ServiceMethod}.
 *
 * Differs from {@link RPCImplCallback} in that it is an actual callback of a service method which may not return `response = null`.
 * @typedef rpc.ServiceMethodCallback
 * @template TRes extends Message<TRes>
 * @type {function}
 * @param {Error|null} error Error, if any
 * @param {TRes} [response] Response message
 * @returns {undefined}
 */

/**
 * A service method part of a {@link rpc.Service} as created by {@link Service.create}.
 * @typedef rpc.ServiceMethod
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 * @type {function}
 * @param {TReq|Properties<TReq>} request Request message or plain object
 * @param {rpc.ServiceMethodCallback<TRes>} [callback] Node-style callback called with the error, if any, and the response message
 * @returns {Promise<Message<TRes>>} Promise if `callback` has been omitted, otherwise `undefined`
 */

/**
 * Constructs a new RPC service instance.
 * @classdesc An RPC service as returned by {@link Service#create}.
 * @exports rpc.Service
 * @extends util.EventEmitter
 * @constructor
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 */
function Service(rpcImpl, requestDelimited, responseDelimited) {

    if (typeof rpcImpl !== "function")
        throw TypeError("rpcImpl must be a function");

    util.EventEmitter.call(this);

    /**
     * RPC implementation. Becomes `null` once the service is ended.
     * @type {RPCImpl|null}
     */
    this.rpcImpl = rpcImpl;

    /**
     * Whether requests are length-delimited.
     * @type {boolean}
     */
    this.requestDelimited = Boolean(requestDelimited);

    /**
     * Whether responses are length-delimited.
     * @type {boolean}
     */
    this.responseDelimited = Boolean(responseDelimited);
}

/**
 * Calls a service method through {@link rpc.Service#rpcImpl|rpcImpl}.
 * @param {Method|rpc.ServiceMethod<TReq,TRes>} method Reflected or static method
 * @param {Constructor<TReq>} requestCtor Request constructor
 * @param {Constructor<TRes>} responseCtor Response constructor
 * @param {TReq|Properties<TReq>} request Request message or plain object
 * @param {rpc.ServiceMethodCallback<TRes>} callback Service callback
 * @returns {undefined}
 * @template TReq extends Message<TReq>
 * @template TRes extends Message<TRes>
 */
Service.prototype.rpcCall = function rpcCall(method, requestCtor, responseCtor, request, callback) {

    if (!request)
        throw TypeError("request must be specified");

    var self = this;
    if (!callback)
        return util.asPromise(rpcCall, self, method, requestCtor, responseCtor, request);

    if (!self.rpcImpl) {
        setTimeout(function() { callback(Error("already ended")); }, 0);
        return undefined;
    }

    try {
        return self.rpcImpl(
            method,
            requestCtor[self.requestDelimited ? "encodeDelimited" : "encode"](request).finish(),
            function rpcCallback(err, response) {

                if (err) {
                    self.emit("error", err, method);
                    return callback(err);
                }

                if (response === null) {
                    self.end(/* endedByRPC */ true);
                    return undefined;
                }

                if (!(response instanceof responseCtor)) {
                    try {
                        response = responseCtor[self.responseDelimited ? "decodeDelimited" : "decode"](response);
                    } catch (err) {
                        self.emit("error", err, method);
                        return callback(err);
                    }
                }

                self.emit("data", response, method);
                return callback(null, response);
            }
        );
    } catch (err) {
        self.emit("error", err, method);
        setTimeout(function() { callback(err); }, 0);
        return undefined;
    }
};

/**
 * Ends this service and emits the `end` event.
 * @param {boolean} [endedByRPC=false] Whether the service has been ended by the RPC implementation.
 * @returns {rpc.Service} `this`
 */
Service.prototype.end = function end(endedByRPC) {
    if (this.rpcImpl) {
        if (!endedByRPC) // signal end to rpcImpl
            this.rpcImpl(null, null, null);
        this.rpcImpl = null;
        this.emit("end").off();
    }
    return this;
};


/***/ }),

/***/ 338:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Service;

// extends Namespace
var Namespace = __nccwpck_require__(565);
((Service.prototype = Object.create(Namespace.prototype)).constructor = Service).className = "Service";

var Method = __nccwpck_require__(988),
    util   = __nccwpck_require__(609),
    rpc    = __nccwpck_require__(882);

/**
 * Constructs a new service instance.
 * @classdesc Reflected service.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Service name
 * @param {Object.<string,*>} [options] Service options
 * @throws {TypeError} If arguments are invalid
 */
function Service(name, options) {
    Namespace.call(this, name, options);

    /**
     * Service methods.
     * @type {Object.<string,Method>}
     */
    this.methods = {}; // toJSON, marker

    /**
     * Cached methods as an array.
     * @type {Method[]|null}
     * @private
     */
    this._methodsArray = null;
}

/**
 * Service descriptor.
 * @interface IService
 * @extends INamespace
 * @property {Object.<string,IMethod>} methods Method descriptors
 */

/**
 * Constructs a service from a service descriptor.
 * @param {string} name Service name
 * @param {IService} json Service descriptor
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Service} Created service
 * @throws {TypeError} If arguments are invalid
 */
Service.fromJSON = function fromJSON(name, json, depth) {
    depth = util.checkDepth(depth);
    var service = new Service(name, json.options);
    /* istanbul ignore else */
    if (json.methods)
        for (var names = Object.keys(json.methods), i = 0; i < names.length; ++i)
            service.add(Method.fromJSON(names[i], json.methods[names[i]]));
    if (json.nested)
        service.addJSON(json.nested, depth);
    if (json.edition)
        service._edition = json.edition;
    service.comment = json.comment;
    service._defaultEdition = "proto3";  // For backwards-compatibility.
    return service;
};

/**
 * Converts this service to a service descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IService} Service descriptor
 */
Service.prototype.toJSON = function toJSON(toJSONOptions) {
    var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition" , this._editionToJSON(),
        "options" , inherited && inherited.options || undefined,
        "methods" , Namespace.arrayToJSON(this.methodsArray, toJSONOptions) || /* istanbul ignore next */ {},
        "nested"  , inherited && inherited.nested || undefined,
        "comment" , keepComments ? this.comment : undefined
    ]);
};

/**
 * Methods of this service as an array for iteration.
 * @name Service#methodsArray
 * @type {Method[]}
 * @readonly
 */
Object.defineProperty(Service.prototype, "methodsArray", {
    get: function() {
        return this._methodsArray || (this._methodsArray = util.toArray(this.methods));
    }
});

function clearCache(service) {
    service._methodsArray = null;
    return service;
}

/**
 * @override
 */
Service.prototype.get = function get(name) {
    return Object.prototype.hasOwnProperty.call(this.methods, name)
        ? this.methods[name]
        : Namespace.prototype.get.call(this, name);
};

/**
 * @override
 */
Service.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    Namespace.prototype.resolve.call(this);
    var methods = this.methodsArray;
    for (var i = 0; i < methods.length; ++i)
        methods[i].resolve();
    return this;
};

/**
 * @override
 */
Service.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;

    edition = this._edition || edition;

    Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
    this.methodsArray.forEach(method => {
        method._resolveFeaturesRecursive(edition);
    });
    return this;
};

/**
 * @override
 */
Service.prototype.add = function add(object) {
    /* istanbul ignore if */
    if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);

    if (object instanceof Method) {
        if (object.name === "__proto__")
            return this;
        this.methods[object.name] = object;
        object.parent = this;
        return clearCache(this);
    }
    return Namespace.prototype.add.call(this, object);
};

/**
 * @override
 */
Service.prototype.remove = function remove(object) {
    if (object instanceof Method) {

        /* istanbul ignore if */
        if (this.methods[object.name] !== object)
            throw Error(object + " is not a member of " + this);

        delete this.methods[object.name];
        object.parent = null;
        return clearCache(this);
    }
    return Namespace.prototype.remove.call(this, object);
};

/**
 * Creates a runtime service using the specified rpc implementation.
 * @param {RPCImpl} rpcImpl RPC implementation
 * @param {boolean} [requestDelimited=false] Whether requests are length-delimited
 * @param {boolean} [responseDelimited=false] Whether responses are length-delimited
 * @returns {rpc.Service} RPC service. Useful where requests and/or responses are streamed.
 */
Service.prototype.create = function create(rpcImpl, requestDelimited, responseDelimited) {
    var rpcService = new rpc.Service(rpcImpl, requestDelimited, responseDelimited);
    for (var i = 0, method; i < /* initializes */ this.methodsArray.length; ++i) {
        var methodName = util.lcFirst((method = this._methodsArray[i]).resolve().name).replace(/[^$\w_]/g, "");
        rpcService[methodName] = (function(method, requestType, responseType) {
            return function rpcMethod(request, callback) {
                return rpc.Service.prototype.rpcCall.call(this, method, requestType, responseType, request, callback);
            };
        })(method, method.resolvedRequestType.ctor, method.resolvedResponseType.ctor);
    }
    return rpcService;
};


/***/ }),

/***/ 580:
/***/ ((module) => {


module.exports = tokenize;

var delimRe        = /[\s{}=;:[\],'"()<>]/g,
    stringDoubleRe = /(?:"([^"\\]*(?:\\.[^"\\]*)*)")/g,
    stringSingleRe = /(?:'([^'\\]*(?:\\.[^'\\]*)*)')/g;

var setCommentRe = /^ *[*/]+ */,
    setCommentAltRe = /^\s*\*?\/*/,
    setCommentSplitRe = /\n/g,
    whitespaceRe = /\s/,
    unescapeRe = /\\(.?)/g;

var unescapeMap = {
    "0": "\0",
    "r": "\r",
    "n": "\n",
    "t": "\t"
};

/**
 * Unescapes a string.
 * @param {string} str String to unescape
 * @returns {string} Unescaped string
 * @property {Object.<string,string>} map Special characters map
 * @memberof tokenize
 */
function unescape(str) {
    return str.replace(unescapeRe, function($0, $1) {
        switch ($1) {
            case "\\":
            case "":
                return $1;
            default:
                return unescapeMap[$1] || "";
        }
    });
}

tokenize.unescape = unescape;

/**
 * Gets the next token and advances.
 * @typedef TokenizerHandleNext
 * @type {function}
 * @returns {string|null} Next token or `null` on eof
 */

/**
 * Peeks for the next token.
 * @typedef TokenizerHandlePeek
 * @type {function}
 * @returns {string|null} Next token or `null` on eof
 */

/**
 * Pushes a token back to the stack.
 * @typedef TokenizerHandlePush
 * @type {function}
 * @param {string} token Token
 * @returns {undefined}
 */

/**
 * Skips the next token.
 * @typedef TokenizerHandleSkip
 * @type {function}
 * @param {string} expected Expected token
 * @param {boolean} [optional=false] If optional
 * @returns {boolean} Whether the token matched
 * @throws {Error} If the token didn't match and is not optional
 */

/**
 * Gets the comment on the previous line or, alternatively, the line comment on the specified line.
 * @typedef TokenizerHandleCmnt
 * @type {function}
 * @param {number} [line] Line number
 * @returns {string|null} Comment text or `null` if none
 */

/**
 * Handle object returned from {@link tokenize}.
 * @interface ITokenizerHandle
 * @property {TokenizerHandleNext} next Gets the next token and advances (`null` on eof)
 * @property {TokenizerHandlePeek} peek Peeks for the next token (`null` on eof)
 * @property {TokenizerHandlePush} push Pushes a token back to the stack
 * @property {TokenizerHandleSkip} skip Skips a token, returns its presence and advances or, if non-optional and not present, throws
 * @property {TokenizerHandleCmnt} cmnt Gets the comment on the previous line or the line comment on the specified line, if any
 * @property {number} line Current line number
 */

/**
 * Tokenizes the given .proto source and returns an object with useful utility functions.
 * @param {string} source Source contents
 * @param {boolean} alternateCommentMode Whether we should activate alternate comment parsing mode.
 * @returns {ITokenizerHandle} Tokenizer handle
 */
function tokenize(source, alternateCommentMode) {
    /* eslint-disable callback-return */
    source = source.toString();

    var offset = 0,
        length = source.length,
        line = 1,
        lastCommentLine = 0,
        comments = {};

    var stack = [];

    var stringDelim = null;

    /* istanbul ignore next */
    /**
     * Creates an error for illegal syntax.
     * @param {string} subject Subject
     * @returns {Error} Error created
     * @inner
     */
    function illegal(subject) {
        return Error("illegal " + subject + " (line " + line + ")");
    }

    /**
     * Reads a string till its end.
     * @returns {string} String read
     * @inner
     */
    function readString() {
        var re = stringDelim === "'" ? stringSingleRe : stringDoubleRe;
        re.lastIndex = offset - 1;
        var match = re.exec(source);
        if (!match)
            throw illegal("string");
        offset = re.lastIndex;
        push(stringDelim);
        stringDelim = null;
        return unescape(match[1]);
    }

    /**
     * Gets the character at `pos` within the source.
     * @param {number} pos Position
     * @returns {string} Character
     * @inner
     */
    function charAt(pos) {
        return source.charAt(pos);
    }

    /**
     * Sets the current comment text.
     * @param {number} start Start offset
     * @param {number} end End offset
     * @param {boolean} isLeading set if a leading comment
     * @returns {undefined}
     * @inner
     */
    function setComment(start, end, isLeading) {
        var comment = {
            type: source.charAt(start++),
            lineEmpty: false,
            leading: isLeading,
        };
        var lookback;
        if (alternateCommentMode) {
            lookback = 2;  // alternate comment parsing: "//" or "/*"
        } else {
            lookback = 3;  // "///" or "/**"
        }
        var commentOffset = start - lookback,
            c;
        do {
            if (--commentOffset < 0 ||
                    (c = source.charAt(commentOffset)) === "\n") {
                comment.lineEmpty = true;
                break;
            }
        } while (c === " " || c === "\t");
        var lines = source
            .substring(start, end)
            .split(setCommentSplitRe);
        for (var i = 0; i < lines.length; ++i)
            lines[i] = lines[i]
                .replace(alternateCommentMode ? setCommentAltRe : setCommentRe, "")
                .trim();
        comment.text = lines
            .join("\n")
            .trim();

        comments[line] = comment;
        lastCommentLine = line;
    }

    function isDoubleSlashCommentLine(startOffset) {
        var endOffset = findEndOfLine(startOffset);

        // see if remaining line matches comment pattern
        var lineText = source.substring(startOffset, endOffset);
        var isComment = /^\s*\/\//.test(lineText);
        return isComment;
    }

    function findEndOfLine(cursor) {
        // find end of cursor's line
        var endOffset = cursor;
        while (endOffset < length && charAt(endOffset) !== "\n") {
            endOffset++;
        }
        return endOffset;
    }

    /**
     * Obtains the next token.
     * @returns {string|null} Next token or `null` on eof
     * @inner
     */
    function next() {
        if (stack.length > 0)
            return stack.shift();
        if (stringDelim)
            return readString();
        var repeat,
            prev,
            curr,
            start,
            isDoc,
            isLeadingComment = offset === 0;
        do {
            if (offset === length)
                return null;
            repeat = false;
            while (whitespaceRe.test(curr = charAt(offset))) {
                if (curr === "\n") {
                    isLeadingComment = true;
                    ++line;
                }
                if (++offset === length)
                    return null;
            }

            if (charAt(offset) === "/") {
                if (++offset === length) {
                    throw illegal("comment");
                }
                if (charAt(offset) === "/") { // Line
                    if (!alternateCommentMode) {
                        // check for triple-slash comment
                        isDoc = charAt(start = offset + 1) === "/";

                        while (charAt(++offset) !== "\n") {
                            if (offset === length) {
                                return null;
                            }
                        }
                        ++offset;
                        if (isDoc) {
                            setComment(start, offset - 1, isLeadingComment);
                            // Trailing comment cannot not be multi-line,
                            // so leading comment state should be reset to handle potential next comments
                            isLeadingComment = true;
                        }
                        ++line;
                        repeat = true;
                    } else {
                        // check for double-slash comments, consolidating consecutive lines
                        start = offset;
                        isDoc = false;
                        if (isDoubleSlashCommentLine(offset - 1)) {
                            isDoc = true;
                            do {
                                offset = findEndOfLine(offset);
                                if (offset === length) {
                                    break;
                                }
                                offset++;
                                if (!isLeadingComment) {
                                    // Trailing comment cannot not be multi-line
                                    break;
                                }
                            } while (isDoubleSlashCommentLine(offset));
                        } else {
                            offset = Math.min(length, findEndOfLine(offset) + 1);
                        }
                        if (isDoc) {
                            setComment(start, offset, isLeadingComment);
                            isLeadingComment = true;
                        }
                        line++;
                        repeat = true;
                    }
                } else if ((curr = charAt(offset)) === "*") { /* Block */
                    // check for /** (regular comment mode) or /* (alternate comment mode)
                    start = offset + 1;
                    isDoc = alternateCommentMode || charAt(start) === "*";
                    do {
                        if (curr === "\n") {
                            ++line;
                        }
                        if (++offset === length) {
                            throw illegal("comment");
                        }
                        prev = curr;
                        curr = charAt(offset);
                    } while (prev !== "*" || curr !== "/");
                    ++offset;
                    if (isDoc) {
                        setComment(start, offset - 2, isLeadingComment);
                        isLeadingComment = true;
                    }
                    repeat = true;
                } else {
                    return "/";
                }
            }
        } while (repeat);

        // offset !== length if we got here

        var end = offset;
        delimRe.lastIndex = 0;
        var delim = delimRe.test(charAt(end++));
        if (!delim)
            while (end < length && !delimRe.test(charAt(end)))
                ++end;
        var token = source.substring(offset, offset = end);
        if (token === "\"" || token === "'")
            stringDelim = token;
        return token;
    }

    /**
     * Pushes a token back to the stack.
     * @param {string} token Token
     * @returns {undefined}
     * @inner
     */
    function push(token) {
        stack.push(token);
    }

    /**
     * Peeks for the next token.
     * @returns {string|null} Token or `null` on eof
     * @inner
     */
    function peek() {
        if (!stack.length) {
            var token = next();
            if (token === null)
                return null;
            push(token);
        }
        return stack[0];
    }

    /**
     * Skips a token.
     * @param {string} expected Expected token
     * @param {boolean} [optional=false] Whether the token is optional
     * @returns {boolean} `true` when skipped, `false` if not
     * @throws {Error} When a required token is not present
     * @inner
     */
    function skip(expected, optional) {
        var actual = peek(),
            equals = actual === expected;
        if (equals) {
            next();
            return true;
        }
        if (!optional)
            throw illegal("token '" + actual + "', '" + expected + "' expected");
        return false;
    }

    /**
     * Gets a comment.
     * @param {number} [trailingLine] Line number if looking for a trailing comment
     * @returns {string|null} Comment text
     * @inner
     */
    function cmnt(trailingLine) {
        var ret = null;
        var comment;
        if (trailingLine === undefined) {
            comment = comments[line - 1];
            delete comments[line - 1];
            if (comment && (alternateCommentMode || comment.type === "*" || comment.lineEmpty)) {
                ret = comment.leading ? comment.text : null;
            }
        } else {
            /* istanbul ignore else */
            if (lastCommentLine < trailingLine) {
                peek();
            }
            comment = comments[trailingLine];
            delete comments[trailingLine];
            if (comment && !comment.lineEmpty && (alternateCommentMode || comment.type === "/")) {
                ret = comment.leading ? null : comment.text;
            }
        }
        return ret;
    }

    return Object.defineProperty({
        next: next,
        peek: peek,
        push: push,
        skip: skip,
        cmnt: cmnt
    }, "line", {
        get: function() { return line; }
    });
    /* eslint-enable callback-return */
}


/***/ }),

/***/ 901:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Type;

// extends Namespace
var Namespace = __nccwpck_require__(565);
((Type.prototype = Object.create(Namespace.prototype)).constructor = Type).className = "Type";

var Enum      = __nccwpck_require__(528),
    OneOf     = __nccwpck_require__(624),
    Field     = __nccwpck_require__(457),
    MapField  = __nccwpck_require__(791),
    Service   = __nccwpck_require__(338),
    Message   = __nccwpck_require__(450),
    Reader    = __nccwpck_require__(350),
    Writer    = __nccwpck_require__(654),
    util      = __nccwpck_require__(609),
    encoder   = __nccwpck_require__(641),
    decoder   = __nccwpck_require__(301),
    verifier  = __nccwpck_require__(639),
    converter = __nccwpck_require__(437),
    wrappers  = __nccwpck_require__(781);

/**
 * Constructs a new reflected message type instance.
 * @classdesc Reflected message type.
 * @extends NamespaceBase
 * @constructor
 * @param {string} name Message name
 * @param {Object.<string,*>} [options] Declared options
 */
function Type(name, options) {
    name = name.replace(/\W/g, "");
    Namespace.call(this, name, options);

    /**
     * Message fields.
     * @type {Object.<string,Field>}
     */
    this.fields = {};  // toJSON, marker

    /**
     * Oneofs declared within this namespace, if any.
     * @type {Object.<string,OneOf>}
     */
    this.oneofs = undefined; // toJSON

    /**
     * Extension ranges, if any.
     * @type {number[][]}
     */
    this.extensions = undefined; // toJSON

    /**
     * Reserved ranges, if any.
     * @type {Array.<number[]|string>}
     */
    this.reserved = undefined; // toJSON

    /*?
     * Whether this type is a legacy group.
     * @type {boolean|undefined}
     */
    this.group = undefined; // toJSON

    /**
     * Cached fields by id.
     * @type {Object.<number,Field>|null}
     * @private
     */
    this._fieldsById = null;

    /**
     * Cached fields as an array.
     * @type {Field[]|null}
     * @private
     */
    this._fieldsArray = null;

    /**
     * Cached oneofs as an array.
     * @type {OneOf[]|null}
     * @private
     */
    this._oneofsArray = null;

    /**
     * Cached constructor.
     * @type {Constructor<{}>}
     * @private
     */
    this._ctor = null;
}

Object.defineProperties(Type.prototype, {

    /**
     * Message fields by id.
     * @name Type#fieldsById
     * @type {Object.<number,Field>}
     * @readonly
     */
    fieldsById: {
        get: function() {

            /* istanbul ignore if */
            if (this._fieldsById)
                return this._fieldsById;

            this._fieldsById = {};
            for (var names = Object.keys(this.fields), i = 0; i < names.length; ++i) {
                var field = this.fields[names[i]],
                    id = field.id;

                /* istanbul ignore if */
                if (this._fieldsById[id])
                    throw Error("duplicate id " + id + " in " + this);

                this._fieldsById[id] = field;
            }
            return this._fieldsById;
        }
    },

    /**
     * Fields of this message as an array for iteration.
     * @name Type#fieldsArray
     * @type {Field[]}
     * @readonly
     */
    fieldsArray: {
        get: function() {
            return this._fieldsArray || (this._fieldsArray = util.toArray(this.fields));
        }
    },

    /**
     * Oneofs of this message as an array for iteration.
     * @name Type#oneofsArray
     * @type {OneOf[]}
     * @readonly
     */
    oneofsArray: {
        get: function() {
            return this._oneofsArray || (this._oneofsArray = util.toArray(this.oneofs));
        }
    },

    /**
     * The registered constructor, if any registered, otherwise a generic constructor.
     * Assigning a function replaces the internal constructor. If the function does not extend {@link Message} yet, its prototype will be setup accordingly and static methods will be populated. If it already extends {@link Message}, it will just replace the internal constructor.
     * @name Type#ctor
     * @type {Constructor<{}>}
     */
    ctor: {
        get: function() {
            return this._ctor || (this.ctor = Type.generateConstructor(this)());
        },
        set: function(ctor) {

            // Ensure proper prototype
            var prototype = ctor.prototype;
            if (!(prototype instanceof Message)) {
                (ctor.prototype = new Message()).constructor = ctor;
                util.merge(ctor.prototype, prototype);
            }

            // Classes and messages reference their reflected type
            ctor.$type = ctor.prototype.$type = this;

            // Mix in static methods
            util.merge(ctor, Message, true);

            this._ctor = ctor;

            // Messages have non-enumerable default values on their prototype
            var i = 0;
            for (; i < /* initializes */ this.fieldsArray.length; ++i)
                this._fieldsArray[i].resolve(); // ensures a proper value

            // Messages have non-enumerable getters and setters for each virtual oneof field
            var ctorProperties = {};
            for (i = 0; i < /* initializes */ this.oneofsArray.length; ++i)
                ctorProperties[this._oneofsArray[i].resolve().name] = {
                    get: util.oneOfGetter(this._oneofsArray[i].oneof),
                    set: util.oneOfSetter(this._oneofsArray[i].oneof)
                };
            if (i)
                Object.defineProperties(ctor.prototype, ctorProperties);
        }
    }
});

/**
 * Generates a constructor function for the specified type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
Type.generateConstructor = function generateConstructor(mtype) {
    /* eslint-disable no-unexpected-multiline */
    var gen = util.codegen(["p"], mtype.name);
    // explicitly initialize mutable object/array fields so that these aren't just inherited from the prototype
    for (var i = 0, field; i < mtype.fieldsArray.length; ++i)
        if ((field = mtype._fieldsArray[i]).map) gen
            ("this%s={}", util.safeProp(field.name));
        else if (field.repeated) gen
            ("this%s=[]", util.safeProp(field.name));
    return gen
    ("if(p)for(var ks=Object.keys(p),i=0;i<ks.length;++i)if(p[ks[i]]!=null&&ks[i]!==\"__proto__\")") // omit undefined or null
        ("this[ks[i]]=p[ks[i]]");
    /* eslint-enable no-unexpected-multiline */
};

function clearCache(type) {
    type._fieldsById = type._fieldsArray = type._oneofsArray = null;
    delete type.encode;
    delete type.decode;
    delete type.verify;
    return type;
}

/**
 * Message type descriptor.
 * @interface IType
 * @extends INamespace
 * @property {Object.<string,IOneOf>} [oneofs] Oneof descriptors
 * @property {Object.<string,IField>} fields Field descriptors
 * @property {number[][]} [extensions] Extension ranges
 * @property {Array.<number[]|string>} [reserved] Reserved ranges
 * @property {boolean} [group=false] Whether a legacy group or not
 */

/**
 * Creates a message type from a message type descriptor.
 * @param {string} name Message name
 * @param {IType} json Message type descriptor
 * @param {number} [depth] Current nesting depth, defaults to `0`
 * @returns {Type} Created message type
 */
Type.fromJSON = function fromJSON(name, json, depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.nestingLimit)
        throw Error("max depth exceeded");
    var type = new Type(name, json.options);
    type.extensions = json.extensions;
    type.reserved = json.reserved;
    var names = Object.keys(json.fields),
        i = 0;
    for (; i < names.length; ++i)
        type.add(
            ( typeof json.fields[names[i]].keyType !== "undefined"
            ? MapField.fromJSON
            : Field.fromJSON )(names[i], json.fields[names[i]])
        );
    if (json.oneofs)
        for (names = Object.keys(json.oneofs), i = 0; i < names.length; ++i)
            type.add(OneOf.fromJSON(names[i], json.oneofs[names[i]]));
    if (json.nested)
        for (names = Object.keys(json.nested), i = 0; i < names.length; ++i) {
            var nested = json.nested[names[i]];
            type.add( // most to least likely
                ( nested.id !== undefined
                ? Field.fromJSON
                : nested.fields !== undefined
                ? Type.fromJSON
                : nested.values !== undefined
                ? Enum.fromJSON
                : nested.methods !== undefined
                ? Service.fromJSON
                : Namespace.fromJSON )(names[i], nested, depth + 1)
            );
        }
    if (json.extensions && json.extensions.length)
        type.extensions = json.extensions;
    if (json.reserved && json.reserved.length)
        type.reserved = json.reserved;
    if (json.group)
        type.group = true;
    if (json.comment)
        type.comment = json.comment;
    if (json.edition)
        type._edition = json.edition;
    type._defaultEdition = "proto3";  // For backwards-compatibility.
    return type;
};

/**
 * Converts this message type to a message type descriptor.
 * @param {IToJSONOptions} [toJSONOptions] JSON conversion options
 * @returns {IType} Message type descriptor
 */
Type.prototype.toJSON = function toJSON(toJSONOptions) {
    var inherited = Namespace.prototype.toJSON.call(this, toJSONOptions);
    var keepComments = toJSONOptions ? Boolean(toJSONOptions.keepComments) : false;
    return util.toObject([
        "edition"    , this._editionToJSON(),
        "options"    , inherited && inherited.options || undefined,
        "oneofs"     , Namespace.arrayToJSON(this.oneofsArray, toJSONOptions),
        "fields"     , Namespace.arrayToJSON(this.fieldsArray.filter(function(obj) { return !obj.declaringField; }), toJSONOptions) || {},
        "extensions" , this.extensions && this.extensions.length ? this.extensions : undefined,
        "reserved"   , this.reserved && this.reserved.length ? this.reserved : undefined,
        "group"      , this.group || undefined,
        "nested"     , inherited && inherited.nested || undefined,
        "comment"    , keepComments ? this.comment : undefined
    ]);
};

/**
 * @override
 */
Type.prototype.resolveAll = function resolveAll() {
    if (!this._needsRecursiveResolve) return this;

    Namespace.prototype.resolveAll.call(this);
    var oneofs = this.oneofsArray; i = 0;
    while (i < oneofs.length)
        oneofs[i++].resolve();
    var fields = this.fieldsArray, i = 0;
    while (i < fields.length)
        fields[i++].resolve();
    return this;
};

/**
 * @override
 */
Type.prototype._resolveFeaturesRecursive = function _resolveFeaturesRecursive(edition) {
    if (!this._needsRecursiveFeatureResolution) return this;

    edition = this._edition || edition;

    Namespace.prototype._resolveFeaturesRecursive.call(this, edition);
    this.oneofsArray.forEach(oneof => {
        oneof._resolveFeatures(edition);
    });
    this.fieldsArray.forEach(field => {
        field._resolveFeatures(edition);
    });
    return this;
};

/**
 * @override
 */
Type.prototype.get = function get(name) {
    if (Object.prototype.hasOwnProperty.call(this.fields, name))
        return this.fields[name];
    if (this.oneofs && Object.prototype.hasOwnProperty.call(this.oneofs, name))
        return this.oneofs[name];
    if (this.nested && Object.prototype.hasOwnProperty.call(this.nested, name))
        return this.nested[name];
    return null;
};

/**
 * Adds a nested object to this type.
 * @param {ReflectionObject} object Nested object to add
 * @returns {Type} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If there is already a nested object with this name or, if a field, when there is already a field with this id
 */
Type.prototype.add = function add(object) {
    if (this.get(object.name))
        throw Error("duplicate name '" + object.name + "' in " + this);

    if (object instanceof Field && object.extend === undefined) {
        // NOTE: Extension fields aren't actual fields on the declaring type, but nested objects.
        // The root object takes care of adding distinct sister-fields to the respective extended
        // type instead.

        // avoids calling the getter if not absolutely necessary because it's called quite frequently
        if (this._fieldsById ? /* istanbul ignore next */ this._fieldsById[object.id] : this.fieldsById[object.id])
            throw Error("duplicate id " + object.id + " in " + this);
        if (this.isReservedId(object.id))
            throw Error("id " + object.id + " is reserved in " + this);
        if (this.isReservedName(object.name) || object.name.charAt(0) === "$")
            throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
            return this;

        if (object.parent)
            object.parent.remove(object);
        this.fields[object.name] = object;
        object.message = this;
        object.onAdd(this);
        return clearCache(this);
    }
    if (object instanceof OneOf) {
        if (object.name.charAt(0) === "$")
            throw Error("name '" + object.name + "' is reserved in " + this);
        if (object.name === "__proto__")
            return this;
        if (!this.oneofs)
            this.oneofs = {};
        this.oneofs[object.name] = object;
        object.onAdd(this);
        return clearCache(this);
    }
    return Namespace.prototype.add.call(this, object);
};

/**
 * Removes a nested object from this type.
 * @param {ReflectionObject} object Nested object to remove
 * @returns {Type} `this`
 * @throws {TypeError} If arguments are invalid
 * @throws {Error} If `object` is not a member of this type
 */
Type.prototype.remove = function remove(object) {
    if (object instanceof Field && object.extend === undefined) {
        // See Type#add for the reason why extension fields are excluded here.

        /* istanbul ignore if */
        if (!this.fields || this.fields[object.name] !== object)
            throw Error(object + " is not a member of " + this);

        delete this.fields[object.name];
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
    }
    if (object instanceof OneOf) {

        /* istanbul ignore if */
        if (!this.oneofs || this.oneofs[object.name] !== object)
            throw Error(object + " is not a member of " + this);

        delete this.oneofs[object.name];
        object.parent = null;
        object.onRemove(this);
        return clearCache(this);
    }
    return Namespace.prototype.remove.call(this, object);
};

/**
 * Tests if the specified id is reserved.
 * @param {number} id Id to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Type.prototype.isReservedId = function isReservedId(id) {
    return Namespace.isReservedId(this.reserved, id);
};

/**
 * Tests if the specified name is reserved.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
Type.prototype.isReservedName = function isReservedName(name) {
    return Namespace.isReservedName(this.reserved, name);
};

/**
 * Creates a new message of this type using the specified properties.
 * @param {Object.<string,*>} [properties] Properties to set
 * @returns {Message<{}>} Message instance
 */
Type.prototype.create = function create(properties) {
    return new this.ctor(properties);
};

/**
 * Sets up {@link Type#encode|encode}, {@link Type#decode|decode} and {@link Type#verify|verify}.
 * @returns {Type} `this`
 */
Type.prototype.setup = function setup() {
    // Sets up everything at once so that the prototype chain does not have to be re-evaluated
    // multiple times (V8, soft-deopt prototype-check).

    var fullName = this.fullName,
        types    = [];
    for (var i = 0; i < /* initializes */ this.fieldsArray.length; ++i)
        types.push(this._fieldsArray[i].resolve().resolvedType);

    // Replace setup methods with type-specific generated functions
    this.encode = encoder(this)({
        Writer : Writer,
        types  : types,
        util   : util
    });
    this.decode = decoder(this)({
        Reader : Reader,
        types  : types,
        util   : util
    });
    this.verify = verifier(this)({
        types : types,
        util  : util
    });
    this.fromObject = converter.fromObject(this)({
        types : types,
        util  : util
    });
    this.toObject = converter.toObject(this)({
        types : types,
        util  : util
    });

    // Inject custom wrappers for common types
    var wrapper = wrappers[fullName];
    if (wrapper) {
        var originalThis = Object.create(this);
        // if (wrapper.fromObject) {
            originalThis.fromObject = this.fromObject;
            this.fromObject = wrapper.fromObject.bind(originalThis);
        // }
        // if (wrapper.toObject) {
            originalThis.toObject = this.toObject;
            this.toObject = wrapper.toObject.bind(originalThis);
        // }
    }

    return this;
};

/**
 * Encodes a message of this type. Does not implicitly {@link Type#verify|verify} messages.
 * @param {Message<{}>|Object.<string,*>} message Message instance or plain object
 * @param {Writer} [writer] Writer to encode to
 * @returns {Writer} writer
 */
Type.prototype.encode = function encode_setup(message, writer) { // eslint-disable-line no-unused-vars
    return this.setup().encode.apply(this, arguments); // overrides this method
};

/**
 * Encodes a message of this type preceeded by its byte length as a varint. Does not implicitly {@link Type#verify|verify} messages.
 * @param {Message<{}>|Object.<string,*>} message Message instance or plain object
 * @param {Writer} [writer] Writer to encode to
 * @returns {Writer} writer
 */
Type.prototype.encodeDelimited = function encodeDelimited(message, writer) {
    return this.encode(message, writer && writer.len ? writer.fork() : writer).ldelim();
};

/**
 * Decodes a message of this type.
 * @param {Reader|Uint8Array} reader Reader or buffer to decode from
 * @param {number} [length] Length of the message, if known beforehand
 * @param {number} [end] Expected group end tag, if decoding a group
 * @param {number} [depth] Current nesting depth
 * @returns {Message<{}>} Decoded message
 * @throws {Error} If the payload is not a reader or valid buffer
 * @throws {util.ProtocolError<{}>} If required fields are missing
 */
Type.prototype.decode = function decode_setup(reader, length, end, depth) {
    return this.setup().decode(reader, length, end, depth); // overrides this method
};

/**
 * Decodes a message of this type preceeded by its byte length as a varint.
 * @param {Reader|Uint8Array} reader Reader or buffer to decode from
 * @returns {Message<{}>} Decoded message
 * @throws {Error} If the payload is not a reader or valid buffer
 * @throws {util.ProtocolError} If required fields are missing
 */
Type.prototype.decodeDelimited = function decodeDelimited(reader) {
    if (!(reader instanceof Reader))
        reader = Reader.create(reader);
    return this.decode(reader, reader.uint32());
};

/**
 * Verifies that field values are valid and that required fields are present.
 * @param {Object.<string,*>} message Plain object to verify
 * @param {number} [depth] Current nesting depth
 * @returns {null|string} `null` if valid, otherwise the reason why it is not
 */
Type.prototype.verify = function verify_setup(message, depth) {
    return this.setup().verify(message, depth); // overrides this method
};

/**
 * Creates a new message of this type from a plain object. Also converts values to their respective internal types.
 * @param {Object.<string,*>} object Plain object to convert
 * @param {number} [depth] Current nesting depth
 * @returns {Message<{}>} Message instance
 */
Type.prototype.fromObject = function fromObject(object, depth) {
    return this.setup().fromObject(object, depth);
};

/**
 * Conversion options as used by {@link Type#toObject} and {@link Message.toObject}.
 * @interface IConversionOptions
 * @property {Function} [longs] Long conversion type.
 * Valid values are `BigInt`, `String` and `Number` (the global types).
 * Defaults to copy the present value, which is a possibly unsafe number without and a {@link Long} with a long library.
 * @property {Function} [enums] Enum value conversion type.
 * Only valid value is `String` (the global type).
 * Defaults to copy the present value, which is the numeric id.
 * @property {Function} [bytes] Bytes value conversion type.
 * Valid values are `Array` and (a base64 encoded) `String` (the global types).
 * Defaults to copy the present value, which usually is a Buffer under node and an Uint8Array in the browser.
 * @property {boolean} [defaults=false] Also sets default values on the resulting object
 * @property {boolean} [arrays=false] Sets empty arrays for missing repeated fields even if `defaults=false`
 * @property {boolean} [objects=false] Sets empty objects for missing map fields even if `defaults=false`
 * @property {boolean} [oneofs=false] Includes virtual oneof properties set to the present field's name, if any
 * @property {boolean} [json=false] Performs additional JSON compatibility conversions, i.e. NaN and Infinity to strings
 */

/**
 * Creates a plain object from a message of this type. Also converts values to other types if specified.
 * @param {Message<{}>} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 */
Type.prototype.toObject = function toObject(message, options) { // eslint-disable-line no-unused-vars
    return this.setup().toObject.apply(this, arguments);
};

/**
 * Decorator function as returned by {@link Type.d} (TypeScript).
 * @typedef TypeDecorator
 * @type {function}
 * @param {Constructor<T>} target Target constructor
 * @returns {undefined}
 * @template T extends Message<T>
 */

/**
 * Type decorator (TypeScript).
 * @param {string} [typeName] Type name, defaults to the constructor's name
 * @returns {TypeDecorator<T>} Decorator function
 * @template T extends Message<T>
 */
Type.d = function decorateType(typeName) {
    return function typeDecorator(target) {
        util.decorateType(target, typeName);
    };
};


/***/ }),

/***/ 24:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Common type constants.
 * @namespace
 */
var types = exports;

var util = __nccwpck_require__(609);

var s = [
    "double",   // 0
    "float",    // 1
    "int32",    // 2
    "uint32",   // 3
    "sint32",   // 4
    "fixed32",  // 5
    "sfixed32", // 6
    "int64",    // 7
    "uint64",   // 8
    "sint64",   // 9
    "fixed64",  // 10
    "sfixed64", // 11
    "bool",     // 12
    "string",   // 13
    "bytes"     // 14
];

function bake(values, offset) {
    var i = 0, o = Object.create(null);
    offset |= 0;
    while (i < values.length) o[s[i + offset]] = values[i++];
    return o;
}

/**
 * Basic type wire types.
 * @type {Object.<string,number>}
 * @const
 * @property {number} double=1 Fixed64 wire type
 * @property {number} float=5 Fixed32 wire type
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 * @property {number} string=2 Ldelim wire type
 * @property {number} bytes=2 Ldelim wire type
 */
types.basic = bake([
    /* double   */ 1,
    /* float    */ 5,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0,
    /* string   */ 2,
    /* bytes    */ 2
]);

/**
 * Basic type defaults.
 * @type {Object.<string,*>}
 * @const
 * @property {number} double=0 Double default
 * @property {number} float=0 Float default
 * @property {number} int32=0 Int32 default
 * @property {number} uint32=0 Uint32 default
 * @property {number} sint32=0 Sint32 default
 * @property {number} fixed32=0 Fixed32 default
 * @property {number} sfixed32=0 Sfixed32 default
 * @property {number} int64=0 Int64 default
 * @property {number} uint64=0 Uint64 default
 * @property {number} sint64=0 Sint32 default
 * @property {number} fixed64=0 Fixed64 default
 * @property {number} sfixed64=0 Sfixed64 default
 * @property {boolean} bool=false Bool default
 * @property {string} string="" String default
 * @property {Array.<number>} bytes=Array(0) Bytes default
 * @property {null} message=null Message default
 */
types.defaults = bake([
    /* double   */ 0,
    /* float    */ 0,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 0,
    /* sfixed32 */ 0,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 0,
    /* sfixed64 */ 0,
    /* bool     */ false,
    /* string   */ "",
    /* bytes    */ util.emptyArray,
    /* message  */ null
]);

/**
 * Basic long type wire types.
 * @type {Object.<string,number>}
 * @const
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 */
types.long = bake([
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1
], 7);

/**
 * Allowed types for map keys with their associated wire type.
 * @type {Object.<string,number>}
 * @const
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 * @property {number} string=2 Ldelim wire type
 */
types.mapKey = bake([
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0,
    /* string   */ 2
], 2);

/**
 * Allowed types for packed repeated fields with their associated wire type.
 * @type {Object.<string,number>}
 * @const
 * @property {number} double=1 Fixed64 wire type
 * @property {number} float=5 Fixed32 wire type
 * @property {number} int32=0 Varint wire type
 * @property {number} uint32=0 Varint wire type
 * @property {number} sint32=0 Varint wire type
 * @property {number} fixed32=5 Fixed32 wire type
 * @property {number} sfixed32=5 Fixed32 wire type
 * @property {number} int64=0 Varint wire type
 * @property {number} uint64=0 Varint wire type
 * @property {number} sint64=0 Varint wire type
 * @property {number} fixed64=1 Fixed64 wire type
 * @property {number} sfixed64=1 Fixed64 wire type
 * @property {number} bool=0 Varint wire type
 */
types.packed = bake([
    /* double   */ 1,
    /* float    */ 5,
    /* int32    */ 0,
    /* uint32   */ 0,
    /* sint32   */ 0,
    /* fixed32  */ 5,
    /* sfixed32 */ 5,
    /* int64    */ 0,
    /* uint64   */ 0,
    /* sint64   */ 0,
    /* fixed64  */ 1,
    /* sfixed64 */ 1,
    /* bool     */ 0
]);


/***/ }),

/***/ 609:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



/**
 * Various utility functions.
 * @namespace
 */
var util = module.exports = __nccwpck_require__(857);

var roots = __nccwpck_require__(460);

var Type, // cyclic
    Enum;

util.codegen = __nccwpck_require__(346);
util.fetch   = __nccwpck_require__(279);
util.path    = __nccwpck_require__(90);
util.patterns = __nccwpck_require__(991);

var reservedRe = util.patterns.reservedRe;

/**
 * Node's fs module if available.
 * @type {Object.<string,*>}
 */
util.fs = __nccwpck_require__(763);

/**
 * Checks a recursion depth.
 * @param {number|undefined} depth Depth of recursion
 * @returns {number} Depth of recursion
 * @throws {Error} If depth exceeds util.recursionLimit
 */
util.checkDepth = function checkDepth(depth) {
    if (depth === undefined)
        depth = 0;
    if (depth > util.recursionLimit)
        throw Error("max depth exceeded");
    return depth;
};

/**
 * Converts an object's values to an array.
 * @param {Object.<string,*>} object Object to convert
 * @returns {Array.<*>} Converted array
 */
util.toArray = function toArray(object) {
    if (object) {
        var keys  = Object.keys(object),
            array = new Array(keys.length),
            index = 0;
        while (index < keys.length)
            array[index] = object[keys[index++]];
        return array;
    }
    return [];
};

/**
 * Converts an array of keys immediately followed by their respective value to an object, omitting undefined values.
 * @param {Array.<*>} array Array to convert
 * @returns {Object.<string,*>} Converted object
 */
util.toObject = function toObject(array) {
    var object = {},
        index  = 0;
    while (index < array.length) {
        var key = array[index++],
            val = array[index++];
        if (val !== undefined)
            object[key] = val;
    }
    return object;
};

/**
 * Tests whether the specified name is a reserved word in JS.
 * @param {string} name Name to test
 * @returns {boolean} `true` if reserved, otherwise `false`
 */
util.isReserved = function isReserved(name) {
    return reservedRe.test(name);
};

/**
 * Returns a safe property accessor for the specified property name.
 * @param {string} prop Property name
 * @returns {string} Safe accessor
 */
util.safeProp = function safeProp(prop) {
    if (!/^[$\w_]+$/.test(prop) || reservedRe.test(prop))
        return "[" + JSON.stringify(prop) + "]";
    return "." + prop;
};

/**
 * Converts the first character of a string to upper case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.ucFirst = function ucFirst(str) {
    return str.charAt(0).toUpperCase() + str.substring(1);
};

var camelCaseRe = /_([a-z])/g;

/**
 * Converts a string to camel case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.camelCase = function camelCase(str) {
    return str.substring(0, 1)
         + str.substring(1)
               .replace(camelCaseRe, function($0, $1) { return $1.toUpperCase(); });
};

/**
 * Compares reflected fields by id.
 * @param {Field} a First field
 * @param {Field} b Second field
 * @returns {number} Comparison value
 */
util.compareFieldsById = function compareFieldsById(a, b) {
    return a.id - b.id;
};

/**
 * Decorator helper for types (TypeScript).
 * @param {Constructor<T>} ctor Constructor function
 * @param {string} [typeName] Type name, defaults to the constructor's name
 * @returns {Type} Reflected type
 * @template T extends Message<T>
 * @property {Root} root Decorators root
 */
util.decorateType = function decorateType(ctor, typeName) {

    /* istanbul ignore if */
    if (ctor.$type) {
        if (typeName && ctor.$type.name !== typeName) {
            util.decorateRoot.remove(ctor.$type);
            ctor.$type.name = typeName;
            util.decorateRoot.add(ctor.$type);
        }
        return ctor.$type;
    }

    /* istanbul ignore next */
    if (!Type)
        Type = __nccwpck_require__(901);

    var type = new Type(typeName || ctor.name);
    util.decorateRoot.add(type);
    type.ctor = ctor; // sets up .encode, .decode etc.
    Object.defineProperty(ctor, "$type", { value: type, enumerable: false });
    Object.defineProperty(ctor.prototype, "$type", { value: type, enumerable: false });
    return type;
};

var decorateEnumIndex = 0;

/**
 * Decorator helper for enums (TypeScript).
 * @param {Object} object Enum object
 * @returns {Enum} Reflected enum
 */
util.decorateEnum = function decorateEnum(object) {

    /* istanbul ignore if */
    if (object.$type)
        return object.$type;

    /* istanbul ignore next */
    if (!Enum)
        Enum = __nccwpck_require__(528);

    var enm = new Enum("Enum" + decorateEnumIndex++, object);
    util.decorateRoot.add(enm);
    Object.defineProperty(object, "$type", { value: enm, enumerable: false });
    return enm;
};


/**
 * Sets the value of a property by property path. If a value already exists, it is turned to an array
 * @param {Object.<string,*>} dst Destination object
 * @param {string} path dot '.' delimited path of the property to set
 * @param {Object} value the value to set
 * @param {boolean|undefined} [ifNotSet] Sets the option only if it isn't currently set
 * @returns {Object.<string,*>} Destination object
 */
util.setProperty = function setProperty(dst, path, value, ifNotSet) {
    function setProp(dst, path, value) {
        var part = path.shift();
        if (util.isUnsafeProperty(part))
            return dst;
        if (path.length > 0) {
            dst[part] = setProp(dst[part] || {}, path, value);
        } else {
            var prevValue = dst[part];
            if (prevValue && ifNotSet)
                return dst;
            if (prevValue)
                value = [].concat(prevValue).concat(value);
            dst[part] = value;
        }
        return dst;
    }

    if (typeof dst !== "object")
        throw TypeError("dst must be an object");
    if (!path)
        throw TypeError("path must be specified");

    path = path.split(".");
    if (path.length > util.recursionLimit)
        throw Error("max depth exceeded");
    return setProp(dst, path, value);
};

/**
 * Decorator root (TypeScript).
 * @name util.decorateRoot
 * @type {Root}
 * @readonly
 */
Object.defineProperty(util, "decorateRoot", {
    get: function() {
        return roots["decorated"] || (roots["decorated"] = new (__nccwpck_require__(185))());
    }
});


/***/ }),

/***/ 763:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



var fs = null;
try {
    fs = __nccwpck_require__(/* webpackIgnore: true */ 896);
    if (!fs || !fs.readFile || !fs.readFileSync)
        fs = null;
} catch (e) {
    // `fs` is unavailable in browsers and browser-like bundles.
}
module.exports = fs;


/***/ }),

/***/ 994:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = LongBits;

var util = __nccwpck_require__(857);

/**
 * Constructs new long bits.
 * @classdesc Helper class for working with the low and high bits of a 64 bit value.
 * @memberof util
 * @constructor
 * @param {number} lo Low 32 bits, unsigned
 * @param {number} hi High 32 bits, unsigned
 */
function LongBits(lo, hi) {

    // note that the casts below are theoretically unnecessary as of today, but older statically
    // generated converter code might still call the ctor with signed 32bits. kept for compat.

    /**
     * Low bits.
     * @type {number}
     */
    this.lo = lo >>> 0;

    /**
     * High bits.
     * @type {number}
     */
    this.hi = hi >>> 0;
}

/**
 * Zero bits.
 * @memberof util.LongBits
 * @type {util.LongBits}
 */
var zero = LongBits.zero = new LongBits(0, 0);

zero.toNumber = function() { return 0; };
zero.zzEncode = zero.zzDecode = function() { return this; };
zero.length = function() { return 1; };

/**
 * Zero hash.
 * @memberof util.LongBits
 * @type {string}
 */
var zeroHash = LongBits.zeroHash = "\0\0\0\0\0\0\0\0";

/**
 * Constructs new long bits from the specified number.
 * @param {number} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.fromNumber = function fromNumber(value) {
    if (value === 0)
        return zero;
    var sign = value < 0;
    if (sign)
        value = -value;
    var lo = value >>> 0,
        hi = (value - lo) / 4294967296 >>> 0;
    if (sign) {
        hi = ~hi >>> 0;
        lo = ~lo >>> 0;
        if (++lo > 4294967295) {
            lo = 0;
            if (++hi > 4294967295)
                hi = 0;
        }
    }
    return new LongBits(lo, hi);
};

/**
 * Constructs new long bits from a number, long or string.
 * @param {Long|number|string} value Value
 * @returns {util.LongBits} Instance
 */
LongBits.from = function from(value) {
    if (typeof value === "number")
        return LongBits.fromNumber(value);
    if (util.isString(value)) {
        /* istanbul ignore else */
        if (util.Long)
            value = util.Long.fromString(value);
        else
            return LongBits.fromNumber(parseInt(value, 10));
    }
    return value.low || value.high ? new LongBits(value.low >>> 0, value.high >>> 0) : zero;
};

/**
 * Converts this long bits to a possibly unsafe JavaScript number.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {number} Possibly unsafe number
 */
LongBits.prototype.toNumber = function toNumber(unsigned) {
    if (!unsigned && this.hi >>> 31) {
        var lo = ~this.lo + 1 >>> 0,
            hi = ~this.hi     >>> 0;
        if (!lo)
            hi = hi + 1 >>> 0;
        return -(lo + hi * 4294967296);
    }
    return this.lo + this.hi * 4294967296;
};

/**
 * Converts this long bits to a long.
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long} Long
 */
LongBits.prototype.toLong = function toLong(unsigned) {
    return util.Long
        ? new util.Long(this.lo | 0, this.hi | 0, Boolean(unsigned))
        /* istanbul ignore next */
        : { low: this.lo | 0, high: this.hi | 0, unsigned: Boolean(unsigned) };
};

var charCodeAt = String.prototype.charCodeAt;

/**
 * Constructs new long bits from the specified 8 characters long hash.
 * @param {string} hash Hash
 * @returns {util.LongBits} Bits
 */
LongBits.fromHash = function fromHash(hash) {
    if (hash === zeroHash)
        return zero;
    return new LongBits(
        ( charCodeAt.call(hash, 0)
        | charCodeAt.call(hash, 1) << 8
        | charCodeAt.call(hash, 2) << 16
        | charCodeAt.call(hash, 3) << 24) >>> 0
    ,
        ( charCodeAt.call(hash, 4)
        | charCodeAt.call(hash, 5) << 8
        | charCodeAt.call(hash, 6) << 16
        | charCodeAt.call(hash, 7) << 24) >>> 0
    );
};

/**
 * Converts this long bits to a 8 characters long hash.
 * @returns {string} Hash
 */
LongBits.prototype.toHash = function toHash() {
    return String.fromCharCode(
        this.lo        & 255,
        this.lo >>> 8  & 255,
        this.lo >>> 16 & 255,
        this.lo >>> 24      ,
        this.hi        & 255,
        this.hi >>> 8  & 255,
        this.hi >>> 16 & 255,
        this.hi >>> 24
    );
};

/**
 * Zig-zag encodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzEncode = function zzEncode() {
    var mask =   this.hi >> 31;
    this.hi  = ((this.hi << 1 | this.lo >>> 31) ^ mask) >>> 0;
    this.lo  = ( this.lo << 1                   ^ mask) >>> 0;
    return this;
};

/**
 * Zig-zag decodes this long bits.
 * @returns {util.LongBits} `this`
 */
LongBits.prototype.zzDecode = function zzDecode() {
    var mask = -(this.lo & 1);
    this.lo  = ((this.lo >>> 1 | this.hi << 31) ^ mask) >>> 0;
    this.hi  = ( this.hi >>> 1                  ^ mask) >>> 0;
    return this;
};

/**
 * Calculates the length of this longbits when encoded as a varint.
 * @returns {number} Length
 */
LongBits.prototype.length = function length() {
    var part0 =  this.lo,
        part1 = (this.lo >>> 28 | this.hi << 4) >>> 0,
        part2 =  this.hi >>> 24;
    return part2 === 0
         ? part1 === 0
           ? part0 < 16384
             ? part0 < 128 ? 1 : 2
             : part0 < 2097152 ? 3 : 4
           : part1 < 16384
             ? part1 < 128 ? 5 : 6
             : part1 < 2097152 ? 7 : 8
         : part2 < 128 ? 9 : 10;
};


/***/ }),

/***/ 857:
/***/ (function(__unused_webpack_module, exports, __nccwpck_require__) {


var util = exports;

// used to return a Promise where callback is omitted
util.asPromise = __nccwpck_require__(222);

// converts to / from base64 encoded strings
util.base64 = __nccwpck_require__(478);

// base class of rpc.Service
util.EventEmitter = __nccwpck_require__(491);

// float handling accross browsers
util.float = __nccwpck_require__(597);

// converts to / from utf8 encoded strings
util.utf8 = __nccwpck_require__(958);

// provides a node-like buffer pool in the browser
util.pool = __nccwpck_require__(239);

// utility to work with the low and high bits of a 64 bit value
util.LongBits = __nccwpck_require__(994);

/**
 * Tests if the specified key can affect object prototypes.
 * @memberof util
 * @param {string} key Key to test
 * @returns {boolean} `true` if the key is unsafe
 */
function isUnsafeProperty(key) {
    return key === "__proto__" || key === "prototype" || key === "constructor";
}

util.isUnsafeProperty = isUnsafeProperty;

/**
 * Whether running within node or not.
 * @memberof util
 * @type {boolean}
 */
util.isNode = Boolean(typeof global !== "undefined"
                   && global
                   && global.process
                   && global.process.versions
                   && global.process.versions.node);

/**
 * Global object reference.
 * @memberof util
 * @type {Object}
 */
util.global = util.isNode && global
           || typeof window !== "undefined" && window
           || typeof self   !== "undefined" && self
           || this; // eslint-disable-line no-invalid-this

/**
 * An immuable empty array.
 * @memberof util
 * @type {Array.<*>}
 * @const
 */
util.emptyArray = Object.freeze ? Object.freeze([]) : /* istanbul ignore next */ []; // used on prototypes

/**
 * An immutable empty object.
 * @type {Object}
 * @const
 */
util.emptyObject = Object.freeze ? Object.freeze({}) : /* istanbul ignore next */ {}; // used on prototypes

/**
 * Tests if the specified value is an integer.
 * @function
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is an integer
 */
util.isInteger = Number.isInteger || /* istanbul ignore next */ function isInteger(value) {
    return typeof value === "number" && isFinite(value) && Math.floor(value) === value;
};

/**
 * Tests if the specified value is a string.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a string
 */
util.isString = function isString(value) {
    return typeof value === "string" || value instanceof String;
};

/**
 * Tests if the specified value is a non-null object.
 * @param {*} value Value to test
 * @returns {boolean} `true` if the value is a non-null object
 */
util.isObject = function isObject(value) {
    return value && typeof value === "object";
};

/**
 * Checks if a property on a message is considered to be present.
 * This is an alias of {@link util.isSet}.
 * @function
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isset =

/**
 * Checks if a property on a message is considered to be present.
 * @param {Object} obj Plain object or message instance
 * @param {string} prop Property name
 * @returns {boolean} `true` if considered to be present, otherwise `false`
 */
util.isSet = function isSet(obj, prop) {
    var value = obj[prop];
    if (value != null && Object.hasOwnProperty.call(obj, prop)) // eslint-disable-line eqeqeq
        return typeof value !== "object" || (Array.isArray(value) ? value.length : Object.keys(value).length) > 0;
    return false;
};

/**
 * Any compatible Buffer instance.
 * This is a minimal stand-alone definition of a Buffer instance. The actual type is that exported by node's typings.
 * @interface Buffer
 * @extends Uint8Array
 */

/**
 * Node's Buffer class if available.
 * @type {Constructor<Buffer>}
 */
util.Buffer = (function() {
    try {
        var Buffer = util.global.Buffer;
        // refuse to use non-node buffers if not explicitly assigned (perf reasons):
        return Buffer.prototype.utf8Write ? Buffer : /* istanbul ignore next */ null;
    } catch (e) {
        /* istanbul ignore next */
        return null;
    }
})();

// Internal alias of or polyfull for Buffer.from.
util._Buffer_from = null;

// Internal alias of or polyfill for Buffer.allocUnsafe.
util._Buffer_allocUnsafe = null;

/**
 * Creates a new buffer of whatever type supported by the environment.
 * @param {number|number[]} [sizeOrArray=0] Buffer size or number array
 * @returns {Uint8Array|Buffer} Buffer
 */
util.newBuffer = function newBuffer(sizeOrArray) {
    /* istanbul ignore next */
    return typeof sizeOrArray === "number"
        ? util.Buffer
            ? util._Buffer_allocUnsafe(sizeOrArray)
            : new util.Array(sizeOrArray)
        : util.Buffer
            ? util._Buffer_from(sizeOrArray)
            : typeof Uint8Array === "undefined"
                ? sizeOrArray
                : new Uint8Array(sizeOrArray);
};

/**
 * Array implementation used in the browser. `Uint8Array` if supported, otherwise `Array`.
 * @type {Constructor<Uint8Array>}
 */
util.Array = typeof Uint8Array !== "undefined" ? Uint8Array /* istanbul ignore next */ : Array;

/**
 * Any compatible Long instance.
 * This is a minimal stand-alone definition of a Long instance. The actual type is that exported by long.js.
 * @interface Long
 * @property {number} low Low bits
 * @property {number} high High bits
 * @property {boolean} unsigned Whether unsigned or not
 */

/**
 * Long.js's Long class if available.
 * @type {Constructor<Long>}
 */
util.Long = /* istanbul ignore next */ util.global.dcodeIO && /* istanbul ignore next */ util.global.dcodeIO.Long
         || /* istanbul ignore next */ util.global.Long
         || (function() {
                try {
                    var Long = __nccwpck_require__(390);
                    return Long && Long.isLong ? Long : null;
                } catch (e) {
                    /* istanbul ignore next */
                    return null;
                }
            })();

/**
 * Regular expression used to verify 2 bit (`bool`) map keys.
 * @type {RegExp}
 * @const
 */
util.key2Re = /^true|false|0|1$/;

/**
 * Regular expression used to verify 32 bit (`int32` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key32Re = /^-?(?:0|[1-9][0-9]*)$/;

/**
 * Regular expression used to verify 64 bit (`int64` etc.) map keys.
 * @type {RegExp}
 * @const
 */
util.key64Re = /^(?:[\\x00-\\xff]{8}|-?(?:0|[1-9][0-9]*))$/;

/**
 * Converts a number or long to an 8 characters long hash string.
 * @param {Long|number} value Value to convert
 * @returns {string} Hash
 */
util.longToHash = function longToHash(value) {
    return value
        ? util.LongBits.from(value).toHash()
        : util.LongBits.zeroHash;
};

/**
 * Converts an 8 characters long hash string to a long or number.
 * @param {string} hash Hash
 * @param {boolean} [unsigned=false] Whether unsigned or not
 * @returns {Long|number} Original value
 */
util.longFromHash = function longFromHash(hash, unsigned) {
    var bits = util.LongBits.fromHash(hash);
    if (util.Long)
        return util.Long.fromBits(bits.lo, bits.hi, unsigned);
    return bits.toNumber(Boolean(unsigned));
};

/**
 * Merges the properties of the source object into the destination object.
 * @memberof util
 * @param {Object.<string,*>} dst Destination object
 * @param {...(Object.<string,*>|boolean)} src Source objects, optionally followed by an `ifNotSet` flag
 * @returns {Object.<string,*>} Destination object
 */
function merge(dst) { // used by converters
    var ifNotSet = typeof arguments[arguments.length - 1] === "boolean",
        limit = ifNotSet ? arguments.length - 1 : arguments.length;
    ifNotSet = ifNotSet && arguments[arguments.length - 1];
    for (var a = 1; a < limit; ++a) {
        var src = arguments[a];
        if (!src)
            continue;
        for (var keys = Object.keys(src), i = 0; i < keys.length; ++i)
            if (!isUnsafeProperty(keys[i]) && (dst[keys[i]] === undefined || !ifNotSet))
                dst[keys[i]] = src[keys[i]];
    }
    return dst;
}

util.merge = merge;

/**
 * Schema declaration nesting limit.
 * @memberof util
 * @type {number}
 */
util.nestingLimit = 32; // protoc: MaxMessageDeclarationNestingDepth

/**
 * Recursion limit.
 * @memberof util
 * @type {number}
 */
util.recursionLimit = 100; // protoc: CodedInputStream::default_recursion_limit_

/**
 * Makes a property safe for assignment as an own property.
 * @memberof util
 * @param {Object.<string,*>} obj Object
 * @param {string} key Property key
 * @returns {undefined}
 */
util.makeProp = function makeProp(obj, key) {
    Object.defineProperty(obj, key, {
        enumerable: true,
        configurable: true,
        writable: true
    });
};

/**
 * Converts the first character of a string to lower case.
 * @param {string} str String to convert
 * @returns {string} Converted string
 */
util.lcFirst = function lcFirst(str) {
    return str.charAt(0).toLowerCase() + str.substring(1);
};

/**
 * Creates a custom error constructor.
 * @memberof util
 * @param {string} name Error name
 * @returns {Constructor<Error>} Custom error constructor
 */
function newError(name) {

    function CustomError(message, properties) {

        if (!(this instanceof CustomError))
            return new CustomError(message, properties);

        // Error.call(this, message);
        // ^ just returns a new error instance because the ctor can be called as a function

        Object.defineProperty(this, "message", { get: function() { return message; } });

        /* istanbul ignore next */
        if (Error.captureStackTrace) // node
            Error.captureStackTrace(this, CustomError);
        else
            Object.defineProperty(this, "stack", { value: new Error().stack || "" });

        if (properties)
            merge(this, properties);
    }

    CustomError.prototype = Object.create(Error.prototype, {
        constructor: {
            value: CustomError,
            writable: true,
            enumerable: false,
            configurable: true,
        },
        name: {
            get: function get() { return name; },
            set: undefined,
            enumerable: false,
            // configurable: false would accurately preserve the behavior of
            // the original, but I'm guessing that was not intentional.
            // For an actual error subclass, this property would
            // be configurable.
            configurable: true,
        },
        toString: {
            value: function value() { return this.name + ": " + this.message; },
            writable: true,
            enumerable: false,
            configurable: true,
        },
    });

    return CustomError;
}

util.newError = newError;

/**
 * Constructs a new protocol error.
 * @classdesc Error subclass indicating a protocol specifc error.
 * @memberof util
 * @extends Error
 * @template T extends Message<T>
 * @constructor
 * @param {string} message Error message
 * @param {Object.<string,*>} [properties] Additional properties
 * @example
 * try {
 *     MyMessage.decode(someBuffer); // throws if required fields are missing
 * } catch (e) {
 *     if (e instanceof ProtocolError && e.instance)
 *         console.log("decoded so far: " + JSON.stringify(e.instance));
 * }
 */
util.ProtocolError = newError("ProtocolError");

/**
 * So far decoded message instance.
 * @name util.ProtocolError#instance
 * @type {Message<T>}
 */

/**
 * A OneOf getter as returned by {@link util.oneOfGetter}.
 * @typedef OneOfGetter
 * @type {function}
 * @returns {string|undefined} Set field name, if any
 */

/**
 * Builds a getter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfGetter} Unbound getter
 */
util.oneOfGetter = function getOneOf(fieldNames) {
    var fieldMap = {};
    for (var i = 0; i < fieldNames.length; ++i)
        fieldMap[fieldNames[i]] = 1;

    /**
     * @returns {string|undefined} Set field name, if any
     * @this Object
     * @ignore
     */
    return function() { // eslint-disable-line consistent-return
        for (var keys = Object.keys(this), i = keys.length - 1; i > -1; --i)
            if (fieldMap[keys[i]] === 1 && this[keys[i]] !== undefined && this[keys[i]] !== null)
                return keys[i];
    };
};

/**
 * A OneOf setter as returned by {@link util.oneOfSetter}.
 * @typedef OneOfSetter
 * @type {function}
 * @param {string|undefined} value Field name
 * @returns {undefined}
 */

/**
 * Builds a setter for a oneof's present field name.
 * @param {string[]} fieldNames Field names
 * @returns {OneOfSetter} Unbound setter
 */
util.oneOfSetter = function setOneOf(fieldNames) {

    /**
     * @param {string} name Field name
     * @returns {undefined}
     * @this Object
     * @ignore
     */
    return function(name) {
        for (var i = 0; i < fieldNames.length; ++i)
            if (fieldNames[i] !== name)
                delete this[fieldNames[i]];
    };
};

/**
 * Default conversion options used for {@link Message#toJSON} implementations.
 *
 * These options are close to proto3's JSON mapping with the exception that internal types like Any are handled just like messages. More precisely:
 *
 * - Longs become strings
 * - Enums become string keys
 * - Bytes become base64 encoded strings
 * - (Sub-)Messages become plain objects
 * - Maps become plain objects with all string keys
 * - Repeated fields become arrays
 * - NaN and Infinity for float and double fields become strings
 *
 * @type {IConversionOptions}
 * @see https://developers.google.com/protocol-buffers/docs/proto3?hl=en#json
 */
util.toJSONOptions = {
    longs: String,
    enums: String,
    bytes: String,
    json: true
};

// Sets up buffer utility according to the environment (called in index-minimal)
util._configure = function() {
    var Buffer = util.Buffer;
    /* istanbul ignore if */
    if (!Buffer) {
        util._Buffer_from = util._Buffer_allocUnsafe = null;
        return;
    }
    // because node 4.x buffers are incompatible & immutable
    // see: https://github.com/dcodeIO/protobuf.js/pull/665
    util._Buffer_from = Buffer.from !== Uint8Array.from && Buffer.from ||
        /* istanbul ignore next */
        function Buffer_from(value, encoding) {
            return new Buffer(value, encoding);
        };
    util._Buffer_allocUnsafe = Buffer.allocUnsafe ||
        /* istanbul ignore next */
        function Buffer_allocUnsafe(size) {
            return new Buffer(size);
        };
};


/***/ }),

/***/ 991:
/***/ ((__unused_webpack_module, exports) => {



var patterns = exports;

patterns.numberRe    = /^(?![eE])[0-9]*(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?$/;
patterns.typeRefRe   = /^(?:\.?[a-zA-Z_][a-zA-Z_0-9]*)(?:\.[a-zA-Z_][a-zA-Z_0-9]*)*$/;
patterns.reservedRe  = /^(?:do|if|in|for|let|new|try|var|case|else|enum|eval|false|null|this|true|void|with|break|catch|class|const|super|throw|while|yield|delete|export|import|public|return|static|switch|typeof|default|extends|finally|package|private|continue|debugger|function|arguments|interface|protected|implements|instanceof)$/;


/***/ }),

/***/ 639:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = verifier;

var Enum      = __nccwpck_require__(528),
    util      = __nccwpck_require__(609);

function invalid(field, expected) {
    return field.name + ": " + expected + (field.repeated && expected !== "array" ? "[]" : field.map && expected !== "object" ? "{k:"+field.keyType+"}" : "") + " expected";
}

/**
 * Generates a partial value verifier.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {number} fieldIndex Field index
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genVerifyValue(gen, field, fieldIndex, ref) {
    /* eslint-disable no-unexpected-multiline */
    if (field.resolvedType) {
        if (field.resolvedType instanceof Enum) { gen
            ("switch(%s){", ref)
                ("default:")
                    ("return%j", invalid(field, "enum value"));
            for (var keys = Object.keys(field.resolvedType.values), j = 0; j < keys.length; ++j) gen
                ("case %i:", field.resolvedType.values[keys[j]]);
            gen
                    ("break")
            ("}");
        } else {
            gen
            ("{")
                ("var e=types[%i].verify(%s,n+1);", fieldIndex, ref)
                ("if(e)")
                    ("return%j+e", field.name + ".")
            ("}");
        }
    } else {
        switch (field.type) {
            case "int32":
            case "uint32":
            case "sint32":
            case "fixed32":
            case "sfixed32": gen
                ("if(!util.isInteger(%s))", ref)
                    ("return%j", invalid(field, "integer"));
                break;
            case "int64":
            case "uint64":
            case "sint64":
            case "fixed64":
            case "sfixed64": gen
                ("if(!util.isInteger(%s)&&!(%s&&util.isInteger(%s.low)&&util.isInteger(%s.high)))", ref, ref, ref, ref)
                    ("return%j", invalid(field, "integer|Long"));
                break;
            case "float":
            case "double": gen
                ("if(typeof %s!==\"number\")", ref)
                    ("return%j", invalid(field, "number"));
                break;
            case "bool": gen
                ("if(typeof %s!==\"boolean\")", ref)
                    ("return%j", invalid(field, "boolean"));
                break;
            case "string": gen
                ("if(!util.isString(%s))", ref)
                    ("return%j", invalid(field, "string"));
                break;
            case "bytes": gen
                ("if(!(%s&&typeof %s.length===\"number\"||util.isString(%s)))", ref, ref, ref)
                    ("return%j", invalid(field, "buffer"));
                break;
        }
    }
    return gen;
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a partial key verifier.
 * @param {Codegen} gen Codegen instance
 * @param {Field} field Reflected field
 * @param {string} ref Variable reference
 * @returns {Codegen} Codegen instance
 * @ignore
 */
function genVerifyKey(gen, field, ref) {
    /* eslint-disable no-unexpected-multiline */
    switch (field.keyType) {
        case "int32":
        case "uint32":
        case "sint32":
        case "fixed32":
        case "sfixed32": gen
            ("if(!util.key32Re.test(%s))", ref)
                ("return%j", invalid(field, "integer key"));
            break;
        case "int64":
        case "uint64":
        case "sint64":
        case "fixed64":
        case "sfixed64": gen
            ("if(!util.key64Re.test(%s))", ref) // see comment above: x is ok, d is not
                ("return%j", invalid(field, "integer|Long key"));
            break;
        case "bool": gen
            ("if(!util.key2Re.test(%s))", ref)
                ("return%j", invalid(field, "boolean key"));
            break;
    }
    return gen;
    /* eslint-enable no-unexpected-multiline */
}

/**
 * Generates a verifier specific to the specified message type.
 * @param {Type} mtype Message type
 * @returns {Codegen} Codegen instance
 */
function verifier(mtype) {
    /* eslint-disable no-unexpected-multiline */

    var gen = util.codegen(["m", "n"], mtype.name + "$verify")
    ("if(typeof m!==\"object\"||m===null)")
        ("return%j", "object expected")
    ("if(n===undefined)n=0")
    ("if(n>util.recursionLimit)")
        ("return%j", "maximum nesting depth exceeded");
    var oneofs = mtype.oneofsArray,
        seenFirstField = {};
    if (oneofs.length) gen
    ("var p={}");

    for (var i = 0; i < /* initializes */ mtype.fieldsArray.length; ++i) {
        var field = mtype._fieldsArray[i].resolve(),
            ref   = "m" + util.safeProp(field.name);

        if (field.optional) gen
        ("if(%s!=null&&Object.hasOwnProperty.call(m,%j)){", ref, field.name); // !== undefined && !== null

        // map fields
        if (field.map) { gen
            ("if(!util.isObject(%s))", ref)
                ("return%j", invalid(field, "object"))
            ("var k=Object.keys(%s)", ref)
            ("for(var i=0;i<k.length;++i){");
                genVerifyKey(gen, field, "k[i]");
                genVerifyValue(gen, field, i, ref + "[k[i]]")
            ("}");

        // repeated fields
        } else if (field.repeated) { gen
            ("if(!Array.isArray(%s))", ref)
                ("return%j", invalid(field, "array"))
            ("for(var i=0;i<%s.length;++i){", ref);
                genVerifyValue(gen, field, i, ref + "[i]")
            ("}");

        // required or present fields
        } else {
            if (field.partOf) {
                var oneofProp = util.safeProp(field.partOf.name);
                if (seenFirstField[field.partOf.name] === 1) gen
            ("if(p%s===1)", oneofProp)
                ("return%j", field.partOf.name + ": multiple values");
                seenFirstField[field.partOf.name] = 1;
                gen
            ("p%s=1", oneofProp);
            }
            genVerifyValue(gen, field, i, ref);
        }
        if (field.optional) gen
        ("}");
    }
    return gen
    ("return null");
    /* eslint-enable no-unexpected-multiline */
}


/***/ }),

/***/ 781:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



/**
 * Wrappers for common types.
 * @type {Object.<string,IWrapper>}
 * @const
 */
var wrappers = exports;

var Message = __nccwpck_require__(450),
    util    = __nccwpck_require__(857);

/**
 * From object converter part of an {@link IWrapper}.
 * @typedef WrapperFromObjectConverter
 * @type {function}
 * @param {Object.<string,*>} object Plain object
 * @returns {Message<{}>} Message instance
 * @this Type
 */

/**
 * To object converter part of an {@link IWrapper}.
 * @typedef WrapperToObjectConverter
 * @type {function}
 * @param {Message<{}>} message Message instance
 * @param {IConversionOptions} [options] Conversion options
 * @returns {Object.<string,*>} Plain object
 * @this Type
 */

/**
 * Common type wrapper part of {@link wrappers}.
 * @interface IWrapper
 * @property {WrapperFromObjectConverter} [fromObject] From object converter
 * @property {WrapperToObjectConverter} [toObject] To object converter
 */

// Custom wrapper for Any
wrappers[".google.protobuf.Any"] = {

    fromObject: function(object, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        // unwrap value type if mapped
        if (object && object["@type"]) {
             // Only use fully qualified type name after the last '/'
            var name = object["@type"].substring(object["@type"].lastIndexOf("/") + 1);
            var type = this.lookup(name);
            /* istanbul ignore else */
            if (type) {
                // type_url does not accept leading "."
                var type_url = object["@type"].charAt(0) === "." ?
                    object["@type"].slice(1) : object["@type"];
                // type_url prefix is optional, but path seperator is required
                if (type_url.indexOf("/") === -1) {
                    type_url = "/" + type_url;
                }
                return this.create({
                    type_url: type_url,
                    value: type.encode(type.fromObject(object, depth + 1)).finish()
                });
            }
        }

        return this.fromObject(object, depth);
    },

    toObject: function(message, options, depth) {
        if (depth === undefined)
            depth = 0;
        if (depth > util.recursionLimit)
            throw Error("max depth exceeded");

        // Default prefix
        var googleApi = "type.googleapis.com/";
        var prefix = "";
        var name = "";

        // decode value if requested and unmapped
        if (options && options.json && message.type_url && message.value) {
            // Only use fully qualified type name after the last '/'
            name = message.type_url.substring(message.type_url.lastIndexOf("/") + 1);
            // Separate the prefix used
            prefix = message.type_url.substring(0, message.type_url.lastIndexOf("/") + 1);
            var type = this.lookup(name);
            /* istanbul ignore else */
            if (type)
                message = type.decode(message.value, undefined, undefined, depth + 1);
        }

        // wrap value if unmapped
        if (!(message instanceof this.ctor) && message instanceof Message) {
            var object = message.$type.toObject(message, options, depth + 1);
            var messageName = message.$type.fullName[0] === "." ?
                message.$type.fullName.slice(1) : message.$type.fullName;
            // Default to type.googleapis.com prefix if no prefix is used
            if (prefix === "") {
                prefix = googleApi;
            }
            name = prefix + messageName;
            object["@type"] = name;
            return object;
        }

        return this.toObject(message, options, depth);
    }
};


/***/ }),

/***/ 654:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = Writer;

var util      = __nccwpck_require__(857);

var BufferWriter; // cyclic

var LongBits  = util.LongBits,
    base64    = util.base64,
    utf8      = util.utf8;

/**
 * Constructs a new writer operation instance.
 * @classdesc Scheduled writer operation.
 * @constructor
 * @param {function(*, Uint8Array, number)} fn Function to call
 * @param {number} len Value byte length
 * @param {*} val Value to write
 * @ignore
 */
function Op(fn, len, val) {

    /**
     * Function to call.
     * @type {function(Uint8Array, number, *)}
     */
    this.fn = fn;

    /**
     * Value byte length.
     * @type {number}
     */
    this.len = len;

    /**
     * Next operation.
     * @type {Writer.Op|undefined}
     */
    this.next = undefined;

    /**
     * Value to write.
     * @type {*}
     */
    this.val = val; // type varies
}

/* istanbul ignore next */
function noop() {} // eslint-disable-line no-empty-function

/**
 * Constructs a new writer state instance.
 * @classdesc Copied writer state.
 * @memberof Writer
 * @constructor
 * @param {Writer} writer Writer to copy state from
 * @ignore
 */
function State(writer) {

    /**
     * Current head.
     * @type {Writer.Op}
     */
    this.head = writer.head;

    /**
     * Current tail.
     * @type {Writer.Op}
     */
    this.tail = writer.tail;

    /**
     * Current buffer length.
     * @type {number}
     */
    this.len = writer.len;

    /**
     * Next state.
     * @type {State|null}
     */
    this.next = writer.states;
}

/**
 * Constructs a new writer instance.
 * @classdesc Wire format writer using `Uint8Array` if available, otherwise `Array`.
 * @constructor
 */
function Writer() {

    /**
     * Current length.
     * @type {number}
     */
    this.len = 0;

    /**
     * Operations head.
     * @type {Object}
     */
    this.head = new Op(noop, 0, 0);

    /**
     * Operations tail
     * @type {Object}
     */
    this.tail = this.head;

    /**
     * Linked forked states.
     * @type {Object|null}
     */
    this.states = null;

    // When a value is written, the writer calculates its byte length and puts it into a linked
    // list of operations to perform when finish() is called. This both allows us to allocate
    // buffers of the exact required size and reduces the amount of work we have to do compared
    // to first calculating over objects and then encoding over objects. In our case, the encoding
    // part is just a linked list walk calling operations with already prepared values.
}

var create = function create() {
    return util.Buffer
        ? function create_buffer_setup() {
            return (Writer.create = function create_buffer() {
                return new BufferWriter();
            })();
        }
        /* istanbul ignore next */
        : function create_array() {
            return new Writer();
        };
};

/**
 * Creates a new writer.
 * @function
 * @returns {BufferWriter|Writer} A {@link BufferWriter} when Buffers are supported, otherwise a {@link Writer}
 */
Writer.create = create();

/**
 * Allocates a buffer of the specified size.
 * @param {number} size Buffer size
 * @returns {Uint8Array} Buffer
 */
Writer.alloc = function alloc(size) {
    return new util.Array(size);
};

// Use Uint8Array buffer pool in the browser, just like node does with buffers
/* istanbul ignore else */
if (util.Array !== Array)
    Writer.alloc = util.pool(Writer.alloc, util.Array.prototype.subarray);

/**
 * Pushes a new operation to the queue.
 * @param {function(Uint8Array, number, *)} fn Function to call
 * @param {number} len Value byte length
 * @param {number} val Value to write
 * @returns {Writer} `this`
 * @private
 */
Writer.prototype._push = function push(fn, len, val) {
    this.tail = this.tail.next = new Op(fn, len, val);
    this.len += len;
    return this;
};

function writeByte(val, buf, pos) {
    buf[pos] = val & 255;
}

function writeVarint32(val, buf, pos) {
    while (val > 127) {
        buf[pos++] = val & 127 | 128;
        val >>>= 7;
    }
    buf[pos] = val;
}

/**
 * Constructs a new varint writer operation instance.
 * @classdesc Scheduled varint writer operation.
 * @extends Op
 * @constructor
 * @param {number} len Value byte length
 * @param {number} val Value to write
 * @ignore
 */
function VarintOp(len, val) {
    this.len = len;
    this.next = undefined;
    this.val = val;
}

VarintOp.prototype = Object.create(Op.prototype);
VarintOp.prototype.fn = writeVarint32;

/**
 * Writes an unsigned 32 bit value as a varint.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.uint32 = function write_uint32(value) {
    // here, the call to this.push has been inlined and a varint specific Op subclass is used.
    // uint32 is by far the most frequently used operation and benefits significantly from this.
    this.len += (this.tail = this.tail.next = new VarintOp(
        (value = value >>> 0)
                < 128       ? 1
        : value < 16384     ? 2
        : value < 2097152   ? 3
        : value < 268435456 ? 4
        :                     5,
    value)).len;
    return this;
};

/**
 * Writes a signed 32 bit value as a varint.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.int32 = function write_int32(value) {
    return (value |= 0) < 0
        ? this._push(writeVarint64, 10, LongBits.fromNumber(value)) // 10 bytes per spec
        : this.uint32(value);
};

/**
 * Writes a 32 bit value as a varint, zig-zag encoded.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sint32 = function write_sint32(value) {
    return this.uint32((value << 1 ^ value >> 31) >>> 0);
};

function writeVarint64(val, buf, pos) {
    var lo = val.lo,
        hi = val.hi;
    while (hi) {
        buf[pos++] = lo & 127 | 128;
        lo = (lo >>> 7 | hi << 25) >>> 0;
        hi >>>= 7;
    }
    while (lo > 127) {
        buf[pos++] = lo & 127 | 128;
        lo = lo >>> 7;
    }
    buf[pos++] = lo;
}

/**
 * Writes an unsigned 64 bit value as a varint.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.uint64 = function write_uint64(value) {
    var bits = LongBits.from(value);
    return this._push(writeVarint64, bits.length(), bits);
};

/**
 * Writes a signed 64 bit value as a varint.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.int64 = Writer.prototype.uint64;

/**
 * Writes a signed 64 bit value as a varint, zig-zag encoded.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sint64 = function write_sint64(value) {
    var bits = LongBits.from(value).zzEncode();
    return this._push(writeVarint64, bits.length(), bits);
};

/**
 * Writes a boolish value as a varint.
 * @param {boolean} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.bool = function write_bool(value) {
    return this._push(writeByte, 1, value ? 1 : 0);
};

function writeFixed32(val, buf, pos) {
    buf[pos    ] =  val         & 255;
    buf[pos + 1] =  val >>> 8   & 255;
    buf[pos + 2] =  val >>> 16  & 255;
    buf[pos + 3] =  val >>> 24;
}

/**
 * Writes an unsigned 32 bit value as fixed 32 bits.
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.fixed32 = function write_fixed32(value) {
    return this._push(writeFixed32, 4, value >>> 0);
};

/**
 * Writes a signed 32 bit value as fixed 32 bits.
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.sfixed32 = Writer.prototype.fixed32;

/**
 * Writes an unsigned 64 bit value as fixed 64 bits.
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.fixed64 = function write_fixed64(value) {
    var bits = LongBits.from(value);
    return this._push(writeFixed32, 4, bits.lo)._push(writeFixed32, 4, bits.hi);
};

/**
 * Writes a signed 64 bit value as fixed 64 bits.
 * @function
 * @param {Long|number|string} value Value to write
 * @returns {Writer} `this`
 * @throws {TypeError} If `value` is a string and no long library is present.
 */
Writer.prototype.sfixed64 = Writer.prototype.fixed64;

/**
 * Writes a float (32 bit).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.float = function write_float(value) {
    return this._push(util.float.writeFloatLE, 4, value);
};

/**
 * Writes a double (64 bit float).
 * @function
 * @param {number} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.double = function write_double(value) {
    return this._push(util.float.writeDoubleLE, 8, value);
};

var writeBytes = util.Array.prototype.set
    ? function writeBytes_set(val, buf, pos) {
        buf.set(val, pos); // also works for plain array values
    }
    /* istanbul ignore next */
    : function writeBytes_for(val, buf, pos) {
        for (var i = 0; i < val.length; ++i)
            buf[pos + i] = val[i];
    };

/**
 * Writes a sequence of bytes.
 * @param {Uint8Array|string} value Buffer or base64 encoded string to write
 * @returns {Writer} `this`
 */
Writer.prototype.bytes = function write_bytes(value) {
    var len = value.length >>> 0;
    if (!len)
        return this._push(writeByte, 1, 0);
    if (util.isString(value)) {
        var buf = Writer.alloc(len = base64.length(value));
        base64.decode(value, buf, 0);
        value = buf;
    }
    return this.uint32(len)._push(writeBytes, len, value);
};

/**
 * Writes a string.
 * @param {string} value Value to write
 * @returns {Writer} `this`
 */
Writer.prototype.string = function write_string(value) {
    var len = utf8.length(value);
    return len
        ? this.uint32(len)._push(utf8.write, len, value)
        : this._push(writeByte, 1, 0);
};

/**
 * Forks this writer's state by pushing it to a stack.
 * Calling {@link Writer#reset|reset} or {@link Writer#ldelim|ldelim} resets the writer to the previous state.
 * @returns {Writer} `this`
 */
Writer.prototype.fork = function fork() {
    this.states = new State(this);
    this.head = this.tail = new Op(noop, 0, 0);
    this.len = 0;
    return this;
};

/**
 * Resets this instance to the last state.
 * @returns {Writer} `this`
 */
Writer.prototype.reset = function reset() {
    if (this.states) {
        this.head   = this.states.head;
        this.tail   = this.states.tail;
        this.len    = this.states.len;
        this.states = this.states.next;
    } else {
        this.head = this.tail = new Op(noop, 0, 0);
        this.len  = 0;
    }
    return this;
};

/**
 * Resets to the last state and appends the fork state's current write length as a varint followed by its operations.
 * @returns {Writer} `this`
 */
Writer.prototype.ldelim = function ldelim() {
    var head = this.head,
        tail = this.tail,
        len  = this.len;
    this.reset().uint32(len);
    if (len) {
        this.tail.next = head.next; // skip noop
        this.tail = tail;
        this.len += len;
    }
    return this;
};

/**
 * Finishes the write operation.
 * @returns {Uint8Array} Finished buffer
 */
Writer.prototype.finish = function finish() {
    var head = this.head.next, // skip noop
        buf  = this.constructor.alloc(this.len),
        pos  = 0;
    while (head) {
        head.fn(head.val, buf, pos);
        pos += head.len;
        head = head.next;
    }
    // this.head = this.tail = null;
    return buf;
};

Writer._configure = function(BufferWriter_) {
    BufferWriter = BufferWriter_;
    Writer.create = create();
    BufferWriter._configure();
};


/***/ }),

/***/ 751:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


module.exports = BufferWriter;

// extends Writer
var Writer = __nccwpck_require__(654);
(BufferWriter.prototype = Object.create(Writer.prototype)).constructor = BufferWriter;

var util = __nccwpck_require__(857);

/**
 * Constructs a new buffer writer instance.
 * @classdesc Wire format writer using node buffers.
 * @extends Writer
 * @constructor
 */
function BufferWriter() {
    Writer.call(this);
}

BufferWriter._configure = function () {
    /**
     * Allocates a buffer of the specified size.
     * @function
     * @param {number} size Buffer size
     * @returns {Buffer} Buffer
     */
    BufferWriter.alloc = util._Buffer_allocUnsafe;

    BufferWriter.writeBytesBuffer = util.Buffer && util.Buffer.prototype instanceof Uint8Array && util.Buffer.prototype.set.name === "set"
        ? function writeBytesBuffer_set(val, buf, pos) {
          buf.set(val, pos); // faster than copy (requires node >= 4 where Buffers extend Uint8Array and set is properly inherited)
          // also works for plain array values
        }
        /* istanbul ignore next */
        : function writeBytesBuffer_copy(val, buf, pos) {
          if (val.copy) // Buffer values
            val.copy(buf, pos, 0, val.length);
          else for (var i = 0; i < val.length;) // plain array values
            buf[pos++] = val[i++];
        };
};


/**
 * @override
 */
BufferWriter.prototype.bytes = function write_bytes_buffer(value) {
    if (util.isString(value))
        value = util._Buffer_from(value, "base64");
    var len = value.length >>> 0;
    this.uint32(len);
    if (len)
        this._push(BufferWriter.writeBytesBuffer, len, value);
    return this;
};

function writeStringBuffer(val, buf, pos) {
    if (val.length < 40) // plain js is faster for short strings (probably due to redundant assertions)
        util.utf8.write(val, buf, pos);
    else if (buf.utf8Write)
        buf.utf8Write(val, pos);
    else
        buf.write(val, pos);
}

/**
 * @override
 */
BufferWriter.prototype.string = function write_string_buffer(value) {
    var len = util.Buffer.byteLength(value);
    this.uint32(len);
    if (len)
        this._push(writeStringBuffer, len, value);
    return this;
};


/**
 * Finishes the write operation.
 * @name BufferWriter#finish
 * @function
 * @returns {Buffer} Finished buffer
 */

BufferWriter._configure();


/***/ }),

/***/ 896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 390:
/***/ (function(module, exports) {

// GENERATED FILE. DO NOT EDIT.
(function (global, factory) {
  function preferDefault(exports) {
    return exports.default || exports;
  }
  if (typeof define === "function" && define.amd) {
    define([], function () {
      var exports = {};
      factory(exports);
      return preferDefault(exports);
    });
  } else if (true) {
    factory(exports);
    if (true) module.exports = preferDefault(exports);
  } else {}
})(
  typeof globalThis !== "undefined"
    ? globalThis
    : typeof self !== "undefined"
      ? self
      : this,
  function (_exports) {
    "use strict";

    Object.defineProperty(_exports, "__esModule", {
      value: true,
    });
    _exports.default = void 0;
    /**
     * @license
     * Copyright 2009 The Closure Library Authors
     * Copyright 2020 Daniel Wirtz / The long.js Authors.
     *
     * Licensed under the Apache License, Version 2.0 (the "License");
     * you may not use this file except in compliance with the License.
     * You may obtain a copy of the License at
     *
     *     http://www.apache.org/licenses/LICENSE-2.0
     *
     * Unless required by applicable law or agreed to in writing, software
     * distributed under the License is distributed on an "AS IS" BASIS,
     * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
     * See the License for the specific language governing permissions and
     * limitations under the License.
     *
     * SPDX-License-Identifier: Apache-2.0
     */

    // WebAssembly optimizations to do native i64 multiplication and divide
    var wasm = null;
    try {
      wasm = new WebAssembly.Instance(
        new WebAssembly.Module(
          new Uint8Array([
            // \0asm
            0, 97, 115, 109,
            // version 1
            1, 0, 0, 0,
            // section "type"
            1, 13, 2,
            // 0, () => i32
            96, 0, 1, 127,
            // 1, (i32, i32, i32, i32) => i32
            96, 4, 127, 127, 127, 127, 1, 127,
            // section "function"
            3, 7, 6,
            // 0, type 0
            0,
            // 1, type 1
            1,
            // 2, type 1
            1,
            // 3, type 1
            1,
            // 4, type 1
            1,
            // 5, type 1
            1,
            // section "global"
            6, 6, 1,
            // 0, "high", mutable i32
            127, 1, 65, 0, 11,
            // section "export"
            7, 50, 6,
            // 0, "mul"
            3, 109, 117, 108, 0, 1,
            // 1, "div_s"
            5, 100, 105, 118, 95, 115, 0, 2,
            // 2, "div_u"
            5, 100, 105, 118, 95, 117, 0, 3,
            // 3, "rem_s"
            5, 114, 101, 109, 95, 115, 0, 4,
            // 4, "rem_u"
            5, 114, 101, 109, 95, 117, 0, 5,
            // 5, "get_high"
            8, 103, 101, 116, 95, 104, 105, 103, 104, 0, 0,
            // section "code"
            10, 191, 1, 6,
            // 0, "get_high"
            4, 0, 35, 0, 11,
            // 1, "mul"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 126, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 2, "div_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 127, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 3, "div_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 128, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 4, "rem_s"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 129, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
            // 5, "rem_u"
            36, 1, 1, 126, 32, 0, 173, 32, 1, 173, 66, 32, 134, 132, 32, 2, 173,
            32, 3, 173, 66, 32, 134, 132, 130, 34, 4, 66, 32, 135, 167, 36, 0,
            32, 4, 167, 11,
          ]),
        ),
        {},
      ).exports;
    } catch {
      // no wasm support :(
    }

    /**
     * Constructs a 64 bit two's-complement integer, given its low and high 32 bit values as *signed* integers.
     *  See the from* functions below for more convenient ways of constructing Longs.
     * @exports Long
     * @class A Long class for representing a 64 bit two's-complement integer value.
     * @param {number} low The low (signed) 32 bits of the long
     * @param {number} high The high (signed) 32 bits of the long
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @constructor
     */
    function Long(low, high, unsigned) {
      /**
       * The low 32 bits as a signed value.
       * @type {number}
       */
      this.low = low | 0;

      /**
       * The high 32 bits as a signed value.
       * @type {number}
       */
      this.high = high | 0;

      /**
       * Whether unsigned or not.
       * @type {boolean}
       */
      this.unsigned = !!unsigned;
    }

    // The internal representation of a long is the two given signed, 32-bit values.
    // We use 32-bit pieces because these are the size of integers on which
    // Javascript performs bit-operations.  For operations like addition and
    // multiplication, we split each number into 16 bit pieces, which can easily be
    // multiplied within Javascript's floating-point representation without overflow
    // or change in sign.
    //
    // In the algorithms below, we frequently reduce the negative case to the
    // positive case by negating the input(s) and then post-processing the result.
    // Note that we must ALWAYS check specially whether those values are MIN_VALUE
    // (-2^63) because -MIN_VALUE == MIN_VALUE (since 2^63 cannot be represented as
    // a positive number, it overflows back into a negative).  Not handling this
    // case would often result in infinite recursion.
    //
    // Common constant values ZERO, ONE, NEG_ONE, etc. are defined below the from*
    // methods on which they depend.

    /**
     * An indicator used to reliably determine if an object is a Long or not.
     * @type {boolean}
     * @const
     * @private
     */
    Long.prototype.__isLong__;
    Object.defineProperty(Long.prototype, "__isLong__", {
      value: true,
    });

    /**
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     * @inner
     */
    function isLong(obj) {
      return (obj && obj["__isLong__"]) === true;
    }

    /**
     * @function
     * @param {*} value number
     * @returns {number}
     * @inner
     */
    function ctz32(value) {
      var c = Math.clz32(value & -value);
      return value ? 31 - c : c;
    }

    /**
     * Tests if the specified object is a Long.
     * @function
     * @param {*} obj Object
     * @returns {boolean}
     */
    Long.isLong = isLong;

    /**
     * A cache of the Long representations of small integer values.
     * @type {!Object}
     * @inner
     */
    var INT_CACHE = {};

    /**
     * A cache of the Long representations of small unsigned integer values.
     * @type {!Object}
     * @inner
     */
    var UINT_CACHE = {};

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromInt(value, unsigned) {
      var obj, cachedObj, cache;
      if (unsigned) {
        value >>>= 0;
        if ((cache = 0 <= value && value < 256)) {
          cachedObj = UINT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, 0, true);
        if (cache) UINT_CACHE[value] = obj;
        return obj;
      } else {
        value |= 0;
        if ((cache = -128 <= value && value < 128)) {
          cachedObj = INT_CACHE[value];
          if (cachedObj) return cachedObj;
        }
        obj = fromBits(value, value < 0 ? -1 : 0, false);
        if (cache) INT_CACHE[value] = obj;
        return obj;
      }
    }

    /**
     * Returns a Long representing the given 32 bit integer value.
     * @function
     * @param {number} value The 32 bit integer in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromInt = fromInt;

    /**
     * @param {number} value
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromNumber(value, unsigned) {
      if (isNaN(value)) return unsigned ? UZERO : ZERO;
      if (unsigned) {
        if (value < 0) return UZERO;
        if (value >= TWO_PWR_64_DBL) return MAX_UNSIGNED_VALUE;
      } else {
        if (value <= -TWO_PWR_63_DBL) return MIN_VALUE;
        if (value + 1 >= TWO_PWR_63_DBL) return MAX_VALUE;
      }
      if (value < 0) return fromNumber(-value, unsigned).neg();
      return fromBits(
        value % TWO_PWR_32_DBL | 0,
        (value / TWO_PWR_32_DBL) | 0,
        unsigned,
      );
    }

    /**
     * Returns a Long representing the given value, provided that it is a finite number. Otherwise, zero is returned.
     * @function
     * @param {number} value The number in question
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromNumber = fromNumber;

    /**
     * @param {number} lowBits
     * @param {number} highBits
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromBits(lowBits, highBits, unsigned) {
      return new Long(lowBits, highBits, unsigned);
    }

    /**
     * Returns a Long representing the 64 bit integer that comes by concatenating the given low and high bits. Each is
     *  assumed to use 32 bits.
     * @function
     * @param {number} lowBits The low 32 bits
     * @param {number} highBits The high 32 bits
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long} The corresponding Long value
     */
    Long.fromBits = fromBits;

    /**
     * @function
     * @param {number} base
     * @param {number} exponent
     * @returns {number}
     * @inner
     */
    var pow_dbl = Math.pow; // Used 4 times (4*8 to 15+4)

    /**
     * @param {string} str
     * @param {(boolean|number)=} unsigned
     * @param {number=} radix
     * @returns {!Long}
     * @inner
     */
    function fromString(str, unsigned, radix) {
      if (str.length === 0) throw Error("empty string");
      if (typeof unsigned === "number") {
        // For goog.math.long compatibility
        radix = unsigned;
        unsigned = false;
      } else {
        unsigned = !!unsigned;
      }
      if (
        str === "NaN" ||
        str === "Infinity" ||
        str === "+Infinity" ||
        str === "-Infinity"
      )
        return unsigned ? UZERO : ZERO;
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      var p;
      if ((p = str.indexOf("-")) > 0) throw Error("interior hyphen");
      else if (p === 0) {
        return fromString(str.substring(1), unsigned, radix).neg();
      }

      // Do several (8) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 8));
      var result = ZERO;
      for (var i = 0; i < str.length; i += 8) {
        var size = Math.min(8, str.length - i),
          value = parseInt(str.substring(i, i + size), radix);
        if (size < 8) {
          var power = fromNumber(pow_dbl(radix, size));
          result = result.mul(power).add(fromNumber(value));
        } else {
          result = result.mul(radixToPower);
          result = result.add(fromNumber(value));
        }
      }
      result.unsigned = unsigned;
      return result;
    }

    /**
     * Returns a Long representation of the given string, written using the specified radix.
     * @function
     * @param {string} str The textual representation of the Long
     * @param {(boolean|number)=} unsigned Whether unsigned or not, defaults to signed
     * @param {number=} radix The radix in which the text is written (2-36), defaults to 10
     * @returns {!Long} The corresponding Long value
     */
    Long.fromString = fromString;

    /**
     * @function
     * @param {!Long|number|string|!{low: number, high: number, unsigned: boolean}} val
     * @param {boolean=} unsigned
     * @returns {!Long}
     * @inner
     */
    function fromValue(val, unsigned) {
      if (typeof val === "number") return fromNumber(val, unsigned);
      if (typeof val === "string") return fromString(val, unsigned);
      // Throws for non-objects, converts non-instanceof Long:
      return fromBits(
        val.low,
        val.high,
        typeof unsigned === "boolean" ? unsigned : val.unsigned,
      );
    }

    /**
     * Converts the specified value to a Long using the appropriate from* function for its type.
     * @function
     * @param {!Long|number|bigint|string|!{low: number, high: number, unsigned: boolean}} val Value
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {!Long}
     */
    Long.fromValue = fromValue;

    // NOTE: the compiler should inline these constant values below and then remove these variables, so there should be
    // no runtime penalty for these.

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_16_DBL = 1 << 16;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_24_DBL = 1 << 24;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_32_DBL = TWO_PWR_16_DBL * TWO_PWR_16_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_64_DBL = TWO_PWR_32_DBL * TWO_PWR_32_DBL;

    /**
     * @type {number}
     * @const
     * @inner
     */
    var TWO_PWR_63_DBL = TWO_PWR_64_DBL / 2;

    /**
     * @type {!Long}
     * @const
     * @inner
     */
    var TWO_PWR_24 = fromInt(TWO_PWR_24_DBL);

    /**
     * @type {!Long}
     * @inner
     */
    var ZERO = fromInt(0);

    /**
     * Signed zero.
     * @type {!Long}
     */
    Long.ZERO = ZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var UZERO = fromInt(0, true);

    /**
     * Unsigned zero.
     * @type {!Long}
     */
    Long.UZERO = UZERO;

    /**
     * @type {!Long}
     * @inner
     */
    var ONE = fromInt(1);

    /**
     * Signed one.
     * @type {!Long}
     */
    Long.ONE = ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var UONE = fromInt(1, true);

    /**
     * Unsigned one.
     * @type {!Long}
     */
    Long.UONE = UONE;

    /**
     * @type {!Long}
     * @inner
     */
    var NEG_ONE = fromInt(-1);

    /**
     * Signed negative one.
     * @type {!Long}
     */
    Long.NEG_ONE = NEG_ONE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_VALUE = fromBits(0xffffffff | 0, 0x7fffffff | 0, false);

    /**
     * Maximum signed value.
     * @type {!Long}
     */
    Long.MAX_VALUE = MAX_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MAX_UNSIGNED_VALUE = fromBits(0xffffffff | 0, 0xffffffff | 0, true);

    /**
     * Maximum unsigned value.
     * @type {!Long}
     */
    Long.MAX_UNSIGNED_VALUE = MAX_UNSIGNED_VALUE;

    /**
     * @type {!Long}
     * @inner
     */
    var MIN_VALUE = fromBits(0, 0x80000000 | 0, false);

    /**
     * Minimum signed value.
     * @type {!Long}
     */
    Long.MIN_VALUE = MIN_VALUE;

    /**
     * @alias Long.prototype
     * @inner
     */
    var LongPrototype = Long.prototype;

    /**
     * Converts the Long to a 32 bit integer, assuming it is a 32 bit integer.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toInt = function toInt() {
      return this.unsigned ? this.low >>> 0 : this.low;
    };

    /**
     * Converts the Long to a the nearest floating-point representation of this value (double, 53 bit mantissa).
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.toNumber = function toNumber() {
      if (this.unsigned)
        return (this.high >>> 0) * TWO_PWR_32_DBL + (this.low >>> 0);
      return this.high * TWO_PWR_32_DBL + (this.low >>> 0);
    };

    /**
     * Converts the Long to a string written in the specified radix.
     * @this {!Long}
     * @param {number=} radix Radix (2-36), defaults to 10
     * @returns {string}
     * @override
     * @throws {RangeError} If `radix` is out of range
     */
    LongPrototype.toString = function toString(radix) {
      radix = radix || 10;
      if (radix < 2 || 36 < radix) throw RangeError("radix");
      if (this.isZero()) return "0";
      if (this.isNegative()) {
        // Unsigned Longs are never negative
        if (this.eq(MIN_VALUE)) {
          // We need to change the Long value before it can be negated, so we remove
          // the bottom-most digit in this base and then recurse to do the rest.
          var radixLong = fromNumber(radix),
            div = this.div(radixLong),
            rem1 = div.mul(radixLong).sub(this);
          return div.toString(radix) + rem1.toInt().toString(radix);
        } else return "-" + this.neg().toString(radix);
      }

      // Do several (6) digits each time through the loop, so as to
      // minimize the calls to the very expensive emulated div.
      var radixToPower = fromNumber(pow_dbl(radix, 6), this.unsigned),
        rem = this;
      var result = "";
      while (true) {
        var remDiv = rem.div(radixToPower),
          intval = rem.sub(remDiv.mul(radixToPower)).toInt() >>> 0,
          digits = intval.toString(radix);
        rem = remDiv;
        if (rem.isZero()) return digits + result;
        else {
          while (digits.length < 6) digits = "0" + digits;
          result = "" + digits + result;
        }
      }
    };

    /**
     * Gets the high 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed high bits
     */
    LongPrototype.getHighBits = function getHighBits() {
      return this.high;
    };

    /**
     * Gets the high 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned high bits
     */
    LongPrototype.getHighBitsUnsigned = function getHighBitsUnsigned() {
      return this.high >>> 0;
    };

    /**
     * Gets the low 32 bits as a signed integer.
     * @this {!Long}
     * @returns {number} Signed low bits
     */
    LongPrototype.getLowBits = function getLowBits() {
      return this.low;
    };

    /**
     * Gets the low 32 bits as an unsigned integer.
     * @this {!Long}
     * @returns {number} Unsigned low bits
     */
    LongPrototype.getLowBitsUnsigned = function getLowBitsUnsigned() {
      return this.low >>> 0;
    };

    /**
     * Gets the number of bits needed to represent the absolute value of this Long.
     * @this {!Long}
     * @returns {number}
     */
    LongPrototype.getNumBitsAbs = function getNumBitsAbs() {
      if (this.isNegative())
        // Unsigned Longs are never negative
        return this.eq(MIN_VALUE) ? 64 : this.neg().getNumBitsAbs();
      var val = this.high != 0 ? this.high : this.low;
      for (var bit = 31; bit > 0; bit--) if ((val & (1 << bit)) != 0) break;
      return this.high != 0 ? bit + 33 : bit + 1;
    };

    /**
     * Tests if this Long can be safely represented as a JavaScript number.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isSafeInteger = function isSafeInteger() {
      // 2^53-1 is the maximum safe value
      var top11Bits = this.high >> 21;
      // [0, 2^53-1]
      if (!top11Bits) return true;
      // > 2^53-1
      if (this.unsigned) return false;
      // [-2^53, -1] except -2^53
      return top11Bits === -1 && !(this.low === 0 && this.high === -0x200000);
    };

    /**
     * Tests if this Long's value equals zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isZero = function isZero() {
      return this.high === 0 && this.low === 0;
    };

    /**
     * Tests if this Long's value equals zero. This is an alias of {@link Long#isZero}.
     * @returns {boolean}
     */
    LongPrototype.eqz = LongPrototype.isZero;

    /**
     * Tests if this Long's value is negative.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isNegative = function isNegative() {
      return !this.unsigned && this.high < 0;
    };

    /**
     * Tests if this Long's value is positive or zero.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isPositive = function isPositive() {
      return this.unsigned || this.high >= 0;
    };

    /**
     * Tests if this Long's value is odd.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isOdd = function isOdd() {
      return (this.low & 1) === 1;
    };

    /**
     * Tests if this Long's value is even.
     * @this {!Long}
     * @returns {boolean}
     */
    LongPrototype.isEven = function isEven() {
      return (this.low & 1) === 0;
    };

    /**
     * Tests if this Long's value equals the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.equals = function equals(other) {
      if (!isLong(other)) other = fromValue(other);
      if (
        this.unsigned !== other.unsigned &&
        this.high >>> 31 === 1 &&
        other.high >>> 31 === 1
      )
        return false;
      return this.high === other.high && this.low === other.low;
    };

    /**
     * Tests if this Long's value equals the specified's. This is an alias of {@link Long#equals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.eq = LongPrototype.equals;

    /**
     * Tests if this Long's value differs from the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.notEquals = function notEquals(other) {
      return !this.eq(/* validates */ other);
    };

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.neq = LongPrototype.notEquals;

    /**
     * Tests if this Long's value differs from the specified's. This is an alias of {@link Long#notEquals}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ne = LongPrototype.notEquals;

    /**
     * Tests if this Long's value is less than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThan = function lessThan(other) {
      return this.comp(/* validates */ other) < 0;
    };

    /**
     * Tests if this Long's value is less than the specified's. This is an alias of {@link Long#lessThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lt = LongPrototype.lessThan;

    /**
     * Tests if this Long's value is less than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lessThanOrEqual = function lessThanOrEqual(other) {
      return this.comp(/* validates */ other) <= 0;
    };

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.lte = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is less than or equal the specified's. This is an alias of {@link Long#lessThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.le = LongPrototype.lessThanOrEqual;

    /**
     * Tests if this Long's value is greater than the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThan = function greaterThan(other) {
      return this.comp(/* validates */ other) > 0;
    };

    /**
     * Tests if this Long's value is greater than the specified's. This is an alias of {@link Long#greaterThan}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gt = LongPrototype.greaterThan;

    /**
     * Tests if this Long's value is greater than or equal the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.greaterThanOrEqual = function greaterThanOrEqual(other) {
      return this.comp(/* validates */ other) >= 0;
    };

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.gte = LongPrototype.greaterThanOrEqual;

    /**
     * Tests if this Long's value is greater than or equal the specified's. This is an alias of {@link Long#greaterThanOrEqual}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {boolean}
     */
    LongPrototype.ge = LongPrototype.greaterThanOrEqual;

    /**
     * Compares this Long's value with the specified's.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.compare = function compare(other) {
      if (!isLong(other)) other = fromValue(other);
      if (this.eq(other)) return 0;
      var thisNeg = this.isNegative(),
        otherNeg = other.isNegative();
      if (thisNeg && !otherNeg) return -1;
      if (!thisNeg && otherNeg) return 1;
      // At this point the sign bits are the same
      if (!this.unsigned) return this.sub(other).isNegative() ? -1 : 1;
      // Both are positive if at least one is unsigned
      return other.high >>> 0 > this.high >>> 0 ||
        (other.high === this.high && other.low >>> 0 > this.low >>> 0)
        ? -1
        : 1;
    };

    /**
     * Compares this Long's value with the specified's. This is an alias of {@link Long#compare}.
     * @function
     * @param {!Long|number|bigint|string} other Other value
     * @returns {number} 0 if they are the same, 1 if the this is greater and -1
     *  if the given one is greater
     */
    LongPrototype.comp = LongPrototype.compare;

    /**
     * Negates this Long's value.
     * @this {!Long}
     * @returns {!Long} Negated Long
     */
    LongPrototype.negate = function negate() {
      if (!this.unsigned && this.eq(MIN_VALUE)) return MIN_VALUE;
      return this.not().add(ONE);
    };

    /**
     * Negates this Long's value. This is an alias of {@link Long#negate}.
     * @function
     * @returns {!Long} Negated Long
     */
    LongPrototype.neg = LongPrototype.negate;

    /**
     * Returns the sum of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} addend Addend
     * @returns {!Long} Sum
     */
    LongPrototype.add = function add(addend) {
      if (!isLong(addend)) addend = fromValue(addend);

      // Divide each number into 4 chunks of 16 bits, and then sum the chunks.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = addend.high >>> 16;
      var b32 = addend.high & 0xffff;
      var b16 = addend.low >>> 16;
      var b00 = addend.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 + b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 + b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 + b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 + b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the difference of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.subtract = function subtract(subtrahend) {
      if (!isLong(subtrahend)) subtrahend = fromValue(subtrahend);
      return this.add(subtrahend.neg());
    };

    /**
     * Returns the difference of this and the specified Long. This is an alias of {@link Long#subtract}.
     * @function
     * @param {!Long|number|bigint|string} subtrahend Subtrahend
     * @returns {!Long} Difference
     */
    LongPrototype.sub = LongPrototype.subtract;

    /**
     * Returns the product of this and the specified Long.
     * @this {!Long}
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.multiply = function multiply(multiplier) {
      if (this.isZero()) return this;
      if (!isLong(multiplier)) multiplier = fromValue(multiplier);

      // use wasm support if present
      if (wasm) {
        var low = wasm["mul"](
          this.low,
          this.high,
          multiplier.low,
          multiplier.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (multiplier.isZero()) return this.unsigned ? UZERO : ZERO;
      if (this.eq(MIN_VALUE)) return multiplier.isOdd() ? MIN_VALUE : ZERO;
      if (multiplier.eq(MIN_VALUE)) return this.isOdd() ? MIN_VALUE : ZERO;
      if (this.isNegative()) {
        if (multiplier.isNegative()) return this.neg().mul(multiplier.neg());
        else return this.neg().mul(multiplier).neg();
      } else if (multiplier.isNegative())
        return this.mul(multiplier.neg()).neg();

      // If both longs are small, use float multiplication
      if (this.lt(TWO_PWR_24) && multiplier.lt(TWO_PWR_24))
        return fromNumber(
          this.toNumber() * multiplier.toNumber(),
          this.unsigned,
        );

      // Divide each long into 4 chunks of 16 bits, and then add up 4x4 products.
      // We can skip products that would overflow.

      var a48 = this.high >>> 16;
      var a32 = this.high & 0xffff;
      var a16 = this.low >>> 16;
      var a00 = this.low & 0xffff;
      var b48 = multiplier.high >>> 16;
      var b32 = multiplier.high & 0xffff;
      var b16 = multiplier.low >>> 16;
      var b00 = multiplier.low & 0xffff;
      var c48 = 0,
        c32 = 0,
        c16 = 0,
        c00 = 0;
      c00 += a00 * b00;
      c16 += c00 >>> 16;
      c00 &= 0xffff;
      c16 += a16 * b00;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c16 += a00 * b16;
      c32 += c16 >>> 16;
      c16 &= 0xffff;
      c32 += a32 * b00;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a16 * b16;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c32 += a00 * b32;
      c48 += c32 >>> 16;
      c32 &= 0xffff;
      c48 += a48 * b00 + a32 * b16 + a16 * b32 + a00 * b48;
      c48 &= 0xffff;
      return fromBits((c16 << 16) | c00, (c48 << 16) | c32, this.unsigned);
    };

    /**
     * Returns the product of this and the specified Long. This is an alias of {@link Long#multiply}.
     * @function
     * @param {!Long|number|bigint|string} multiplier Multiplier
     * @returns {!Long} Product
     */
    LongPrototype.mul = LongPrototype.multiply;

    /**
     * Returns this Long divided by the specified. The result is signed if this Long is signed or
     *  unsigned if this Long is unsigned.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.divide = function divide(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);
      if (divisor.isZero()) throw Error("division by zero");

      // use wasm support if present
      if (wasm) {
        // guard against signed division overflow: the largest
        // negative number / -1 would be 1 larger than the largest
        // positive number, due to two's complement.
        if (
          !this.unsigned &&
          this.high === -0x80000000 &&
          divisor.low === -1 &&
          divisor.high === -1
        ) {
          // be consistent with non-wasm code path
          return this;
        }
        var low = (this.unsigned ? wasm["div_u"] : wasm["div_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      if (this.isZero()) return this.unsigned ? UZERO : ZERO;
      var approx, rem, res;
      if (!this.unsigned) {
        // This section is only relevant for signed longs and is derived from the
        // closure library as a whole.
        if (this.eq(MIN_VALUE)) {
          if (divisor.eq(ONE) || divisor.eq(NEG_ONE))
            return MIN_VALUE; // recall that -MIN_VALUE == MIN_VALUE
          else if (divisor.eq(MIN_VALUE)) return ONE;
          else {
            // At this point, we have |other| >= 2, so |this/other| < |MIN_VALUE|.
            var halfThis = this.shr(1);
            approx = halfThis.div(divisor).shl(1);
            if (approx.eq(ZERO)) {
              return divisor.isNegative() ? ONE : NEG_ONE;
            } else {
              rem = this.sub(divisor.mul(approx));
              res = approx.add(rem.div(divisor));
              return res;
            }
          }
        } else if (divisor.eq(MIN_VALUE)) return this.unsigned ? UZERO : ZERO;
        if (this.isNegative()) {
          if (divisor.isNegative()) return this.neg().div(divisor.neg());
          return this.neg().div(divisor).neg();
        } else if (divisor.isNegative()) return this.div(divisor.neg()).neg();
        res = ZERO;
      } else {
        // The algorithm below has not been made for unsigned longs. It's therefore
        // required to take special care of the MSB prior to running it.
        if (!divisor.unsigned) divisor = divisor.toUnsigned();
        if (divisor.gt(this)) return UZERO;
        if (divisor.gt(this.shru(1)))
          // 15 >>> 1 = 7 ; with divisor = 8 ; true
          return UONE;
        res = UZERO;
      }

      // Repeat the following until the remainder is less than other:  find a
      // floating-point that approximates remainder / other *from below*, add this
      // into the result, and subtract it from the remainder.  It is critical that
      // the approximate value is less than or equal to the real value so that the
      // remainder never becomes negative.
      rem = this;
      while (rem.gte(divisor)) {
        // Approximate the result of division. This may be a little greater or
        // smaller than the actual value.
        approx = Math.max(1, Math.floor(rem.toNumber() / divisor.toNumber()));

        // We will tweak the approximate result by changing it in the 48-th digit or
        // the smallest non-fractional digit, whichever is larger.
        var log2 = Math.ceil(Math.log(approx) / Math.LN2),
          delta = log2 <= 48 ? 1 : pow_dbl(2, log2 - 48),
          // Decrease the approximation until it is smaller than the remainder.  Note
          // that if it is too large, the product overflows and is negative.
          approxRes = fromNumber(approx),
          approxRem = approxRes.mul(divisor);
        while (approxRem.isNegative() || approxRem.gt(rem)) {
          approx -= delta;
          approxRes = fromNumber(approx, this.unsigned);
          approxRem = approxRes.mul(divisor);
        }

        // We know the answer can't be zero... and actually, zero would cause
        // infinite recursion since we would make no progress.
        if (approxRes.isZero()) approxRes = ONE;
        res = res.add(approxRes);
        rem = rem.sub(approxRem);
      }
      return res;
    };

    /**
     * Returns this Long divided by the specified. This is an alias of {@link Long#divide}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Quotient
     */
    LongPrototype.div = LongPrototype.divide;

    /**
     * Returns this Long modulo the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.modulo = function modulo(divisor) {
      if (!isLong(divisor)) divisor = fromValue(divisor);

      // use wasm support if present
      if (wasm) {
        var low = (this.unsigned ? wasm["rem_u"] : wasm["rem_s"])(
          this.low,
          this.high,
          divisor.low,
          divisor.high,
        );
        return fromBits(low, wasm["get_high"](), this.unsigned);
      }
      return this.sub(this.div(divisor).mul(divisor));
    };

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.mod = LongPrototype.modulo;

    /**
     * Returns this Long modulo the specified. This is an alias of {@link Long#modulo}.
     * @function
     * @param {!Long|number|bigint|string} divisor Divisor
     * @returns {!Long} Remainder
     */
    LongPrototype.rem = LongPrototype.modulo;

    /**
     * Returns the bitwise NOT of this Long.
     * @this {!Long}
     * @returns {!Long}
     */
    LongPrototype.not = function not() {
      return fromBits(~this.low, ~this.high, this.unsigned);
    };

    /**
     * Returns count leading zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countLeadingZeros = function countLeadingZeros() {
      return this.high ? Math.clz32(this.high) : Math.clz32(this.low) + 32;
    };

    /**
     * Returns count leading zeros. This is an alias of {@link Long#countLeadingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.clz = LongPrototype.countLeadingZeros;

    /**
     * Returns count trailing zeros of this Long.
     * @this {!Long}
     * @returns {!number}
     */
    LongPrototype.countTrailingZeros = function countTrailingZeros() {
      return this.low ? ctz32(this.low) : ctz32(this.high) + 32;
    };

    /**
     * Returns count trailing zeros. This is an alias of {@link Long#countTrailingZeros}.
     * @function
     * @param {!Long}
     * @returns {!number}
     */
    LongPrototype.ctz = LongPrototype.countTrailingZeros;

    /**
     * Returns the bitwise AND of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.and = function and(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low & other.low,
        this.high & other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise OR of this Long and the specified.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.or = function or(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low | other.low,
        this.high | other.high,
        this.unsigned,
      );
    };

    /**
     * Returns the bitwise XOR of this Long and the given one.
     * @this {!Long}
     * @param {!Long|number|bigint|string} other Other Long
     * @returns {!Long}
     */
    LongPrototype.xor = function xor(other) {
      if (!isLong(other)) other = fromValue(other);
      return fromBits(
        this.low ^ other.low,
        this.high ^ other.high,
        this.unsigned,
      );
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftLeft = function shiftLeft(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          this.low << numBits,
          (this.high << numBits) | (this.low >>> (32 - numBits)),
          this.unsigned,
        );
      else return fromBits(0, this.low << (numBits - 32), this.unsigned);
    };

    /**
     * Returns this Long with bits shifted to the left by the given amount. This is an alias of {@link Long#shiftLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shl = LongPrototype.shiftLeft;

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRight = function shiftRight(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      else if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >> numBits,
          this.unsigned,
        );
      else
        return fromBits(
          this.high >> (numBits - 32),
          this.high >= 0 ? 0 : -1,
          this.unsigned,
        );
    };

    /**
     * Returns this Long with bits arithmetically shifted to the right by the given amount. This is an alias of {@link Long#shiftRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr = LongPrototype.shiftRight;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shiftRightUnsigned = function shiftRightUnsigned(numBits) {
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits < 32)
        return fromBits(
          (this.low >>> numBits) | (this.high << (32 - numBits)),
          this.high >>> numBits,
          this.unsigned,
        );
      if (numBits === 32) return fromBits(this.high, 0, this.unsigned);
      return fromBits(this.high >>> (numBits - 32), 0, this.unsigned);
    };

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shru = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits logically shifted to the right by the given amount. This is an alias of {@link Long#shiftRightUnsigned}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Shifted Long
     */
    LongPrototype.shr_u = LongPrototype.shiftRightUnsigned;

    /**
     * Returns this Long with bits rotated to the left by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateLeft = function rotateLeft(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.low << numBits) | (this.high >>> b),
          (this.high << numBits) | (this.low >>> b),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.high << numBits) | (this.low >>> b),
        (this.low << numBits) | (this.high >>> b),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the left by the given amount. This is an alias of {@link Long#rotateLeft}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotl = LongPrototype.rotateLeft;

    /**
     * Returns this Long with bits rotated to the right by the given amount.
     * @this {!Long}
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotateRight = function rotateRight(numBits) {
      var b;
      if (isLong(numBits)) numBits = numBits.toInt();
      if ((numBits &= 63) === 0) return this;
      if (numBits === 32) return fromBits(this.high, this.low, this.unsigned);
      if (numBits < 32) {
        b = 32 - numBits;
        return fromBits(
          (this.high << b) | (this.low >>> numBits),
          (this.low << b) | (this.high >>> numBits),
          this.unsigned,
        );
      }
      numBits -= 32;
      b = 32 - numBits;
      return fromBits(
        (this.low << b) | (this.high >>> numBits),
        (this.high << b) | (this.low >>> numBits),
        this.unsigned,
      );
    };
    /**
     * Returns this Long with bits rotated to the right by the given amount. This is an alias of {@link Long#rotateRight}.
     * @function
     * @param {number|!Long} numBits Number of bits
     * @returns {!Long} Rotated Long
     */
    LongPrototype.rotr = LongPrototype.rotateRight;

    /**
     * Converts this Long to signed.
     * @this {!Long}
     * @returns {!Long} Signed long
     */
    LongPrototype.toSigned = function toSigned() {
      if (!this.unsigned) return this;
      return fromBits(this.low, this.high, false);
    };

    /**
     * Converts this Long to unsigned.
     * @this {!Long}
     * @returns {!Long} Unsigned long
     */
    LongPrototype.toUnsigned = function toUnsigned() {
      if (this.unsigned) return this;
      return fromBits(this.low, this.high, true);
    };

    /**
     * Converts this Long to its byte representation.
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @this {!Long}
     * @returns {!Array.<number>} Byte representation
     */
    LongPrototype.toBytes = function toBytes(le) {
      return le ? this.toBytesLE() : this.toBytesBE();
    };

    /**
     * Converts this Long to its little endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Little endian byte representation
     */
    LongPrototype.toBytesLE = function toBytesLE() {
      var hi = this.high,
        lo = this.low;
      return [
        lo & 0xff,
        (lo >>> 8) & 0xff,
        (lo >>> 16) & 0xff,
        lo >>> 24,
        hi & 0xff,
        (hi >>> 8) & 0xff,
        (hi >>> 16) & 0xff,
        hi >>> 24,
      ];
    };

    /**
     * Converts this Long to its big endian byte representation.
     * @this {!Long}
     * @returns {!Array.<number>} Big endian byte representation
     */
    LongPrototype.toBytesBE = function toBytesBE() {
      var hi = this.high,
        lo = this.low;
      return [
        hi >>> 24,
        (hi >>> 16) & 0xff,
        (hi >>> 8) & 0xff,
        hi & 0xff,
        lo >>> 24,
        (lo >>> 16) & 0xff,
        (lo >>> 8) & 0xff,
        lo & 0xff,
      ];
    };

    /**
     * Creates a Long from its byte representation.
     * @param {!Array.<number>} bytes Byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @param {boolean=} le Whether little or big endian, defaults to big endian
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytes = function fromBytes(bytes, unsigned, le) {
      return le
        ? Long.fromBytesLE(bytes, unsigned)
        : Long.fromBytesBE(bytes, unsigned);
    };

    /**
     * Creates a Long from its little endian byte representation.
     * @param {!Array.<number>} bytes Little endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesLE = function fromBytesLE(bytes, unsigned) {
      return new Long(
        bytes[0] | (bytes[1] << 8) | (bytes[2] << 16) | (bytes[3] << 24),
        bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24),
        unsigned,
      );
    };

    /**
     * Creates a Long from its big endian byte representation.
     * @param {!Array.<number>} bytes Big endian byte representation
     * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
     * @returns {Long} The corresponding Long value
     */
    Long.fromBytesBE = function fromBytesBE(bytes, unsigned) {
      return new Long(
        (bytes[4] << 24) | (bytes[5] << 16) | (bytes[6] << 8) | bytes[7],
        (bytes[0] << 24) | (bytes[1] << 16) | (bytes[2] << 8) | bytes[3],
        unsigned,
      );
    };

    // Support conversion to/from BigInt where available
    if (typeof BigInt === "function") {
      /**
       * Returns a Long representing the given big integer.
       * @function
       * @param {number} value The big integer value
       * @param {boolean=} unsigned Whether unsigned or not, defaults to signed
       * @returns {!Long} The corresponding Long value
       */
      Long.fromBigInt = function fromBigInt(value, unsigned) {
        var lowBits = Number(BigInt.asIntN(32, value));
        var highBits = Number(BigInt.asIntN(32, value >> BigInt(32)));
        return fromBits(lowBits, highBits, unsigned);
      };

      // Override
      Long.fromValue = function fromValueWithBigInt(value, unsigned) {
        if (typeof value === "bigint") return Long.fromBigInt(value, unsigned);
        return fromValue(value, unsigned);
      };

      /**
       * Converts the Long to its big integer representation.
       * @this {!Long}
       * @returns {bigint}
       */
      LongPrototype.toBigInt = function toBigInt() {
        var lowBigInt = BigInt(this.low >>> 0);
        var highBigInt = BigInt(this.unsigned ? this.high >>> 0 : this.high);
        return (highBigInt << BigInt(32)) | lowBigInt;
      };
    }
    var _default = (_exports.default = Long);
  },
);


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./src/lib/errors.ts
/**
 * Every error a user can meet. Each class owns an exit code, so the CLI and the action
 * report one clear line and the right status without matching on message text.
 * Anything thrown that is not a RestoreError is a bug (exit code 1).
 */
/** Exit codes of `etcd-restore`, documented in the README. */
const ExitCode = {
    ok: 0,
    internal: 1,
    usage: 2,
    snapshot: 3,
    target: 4,
    verification: 5,
    regression: 6
};
/** Base class of the errors that are the user's to fix. */
class RestoreError extends Error {
    exitCode = ExitCode.internal;
    constructor(message, options) {
        super(message, options);
        this.name = new.target.name;
    }
}
/** A flag, input or cluster description is wrong. Nothing was read or written. */
class InputError extends RestoreError {
    exitCode = ExitCode.usage;
}
/** The snapshot cannot be trusted: it is missing, unreadable, truncated, corrupt or not etcd's. */
class errors_SnapshotError extends RestoreError {
    exitCode = ExitCode.snapshot;
}
/** The file has no sha256 trailer (size % 512 != 32): most likely a raw `member/snap/db` copy. */
class MissingHashError extends errors_SnapshotError {
}
/** The file is shorter than the database it describes. */
class TruncatedSnapshotError extends errors_SnapshotError {
}
/** The sha256 trailer does not match the contents. */
class HashMismatchError extends errors_SnapshotError {
}
/**
 * The bbolt structure is broken. `pageId` names the page where the first problem was found,
 * when there is one.
 */
class BoltFormatError extends errors_SnapshotError {
    pageId;
    constructor(message, pageId) {
        super(pageId === undefined ? message : `page ${pageId}: ${message}`);
        this.pageId = pageId;
    }
}
/** The restore target is in the way (data-dir not empty, wal-dir exists) or cannot be written. */
class TargetError extends RestoreError {
    exitCode = ExitCode.target;
}
/** A restore drill check failed: the restored cluster does not serve what the snapshot holds. */
class VerificationError extends RestoreError {
    exitCode = ExitCode.verification;
}
/** The backup holds less than its baseline (snapshot diff gate): revision back, keys or kinds lost. */
class RegressionError extends RestoreError {
    exitCode = ExitCode.regression;
}
/** A broken internal invariant: a bug in this tool, never the user's input. */
class errors_InvariantError extends Error {
    constructor(message) {
        super(`assertion failed: ${message}`);
        this.name = 'InvariantError';
    }
}
/** One line for a person: the message of a RestoreError, or of anything else thrown. */
function errorMessage(error) {
    if (error instanceof Error)
        return error.message;
    return String(error);
}
/** The exit code for anything thrown. */
function exitCodeOf(error) {
    return error instanceof RestoreError ? error.exitCode : ExitCode.internal;
}

;// CONCATENATED MODULE: ./src/lib/version.ts
/** The tool's version, kept equal to package.json's (a test checks); part of cache keys and reports. */
const TOOL_VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/lib/options.ts
const TARGET_VERSIONS = ['3.4', '3.5', '3.6', '3.7'];
const DEFRAG_MODES = ['auto', 'always', 'never'];
/** etcdutl's defaults. */
const DEFAULTS = {
    name: 'default',
    initialCluster: 'default=http://localhost:2380',
    initialClusterToken: 'etcd-cluster',
    initialAdvertisePeerUrls: 'http://localhost:2380',
    targetVersion: '3.5'
};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/lib/logger.ts
/** A logger that drops everything; the default for library calls and tests. */
const silentLogger = {
    info: () => { },
    warn: () => { },
    debug: () => { },
    group: (_name, fn) => fn()
};

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/lib/member-dir/layout.ts

/** etcd's data-dir layout (format doc §3): everything lives under `<data-dir>/member`. */
const DIR_MODE = 0o700;
const DB_MODE = 0o600;
const WAL_MODE = 0o600;
/** etcd writes the .snap with 0666 and lets the umask decide (usually 0644). */
const SNAP_MODE = 0o666;
function memberLayout(dataDir, walDir) {
    const snapDir = (0,external_node_path_namespaceObject.join)(dataDir, 'member', 'snap');
    return {
        dataDir,
        snapDir,
        dbPath: (0,external_node_path_namespaceObject.join)(snapDir, 'db'),
        walDir: walDir ?? (0,external_node_path_namespaceObject.join)(dataDir, 'member', 'wal'),
        separateWal: walDir !== undefined
    };
}

;// CONCATENATED MODULE: ./src/lib/member-dir/fsync.ts

/** Makes a directory's entries (new files, renames) durable: fsync on the directory itself. */
function fsyncDir(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
    try {
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** fsync of a file by path. */
function fsyncFile(path) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r+');
    try {
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: ./src/lib/member-dir/write.ts





/**
 * Creates a member's data-dir, `member` and `member/snap` folders at `dataDir`, which must not
 * exist: the caller passes staging paths and renames them into place afterwards.
 */
function makeMemberDirs(dataDir, walDir) {
    const layout = memberLayout(dataDir, walDir);
    makeDir(layout.dataDir);
    makeDir((0,external_node_path_namespaceObject.join)(layout.dataDir, 'member'));
    makeDir(layout.snapDir);
    return layout;
}
/**
 * Copies the db to `dest` (reflink, else copy_file_range: the bytes never pass through this
 * process) in libuv's thread pool, so several members' copies run side by side while the main
 * thread goes on, cuts it to `size` bytes when given, and makes it durable.
 */
async function copyDb(source, dest, size) {
    await (0,promises_namespaceObject.copyFile)(source, dest, external_node_fs_namespaceObject.constants.COPYFILE_FICLONE);
    // a copy of the snapshot file itself: its sha256 trailer goes
    await syncFile(dest, { mode: DB_MODE, ...(size === undefined ? {} : { size }) });
}
/** fsync in the thread pool, after cutting the file to `size` and setting `mode` when given. */
async function syncFile(path, change = {}) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r+');
    try {
        if (change.size !== undefined)
            await handle.truncate(change.size);
        if (change.mode !== undefined)
            await handle.chmod(change.mode);
        await handle.sync();
    }
    finally {
        await handle.close();
    }
}
/**
 * Completes a member made by makeMemberDirs: moves the db in when `moveDbFrom` is given (else it
 * was copied there by copyDb), writes the .snap and the WAL (at `layout.walDir`), and fsyncs
 * every file and folder before it returns.
 */
function writeMemberFiles(layout, files, moveDbFrom) {
    if (moveDbFrom !== undefined) {
        (0,external_node_fs_namespaceObject.renameSync)(moveDbFrom, layout.dbPath);
        (0,external_node_fs_namespaceObject.chmodSync)(layout.dbPath, DB_MODE);
        fsyncFile(layout.dbPath);
    }
    writeFileDurably((0,external_node_path_namespaceObject.join)(layout.snapDir, files.snapName), files.snapBytes, SNAP_MODE);
    fsyncDir(layout.snapDir);
    if (layout.separateWal)
        (0,external_node_fs_namespaceObject.mkdirSync)((0,external_node_path_namespaceObject.dirname)(layout.walDir), { recursive: true, mode: DIR_MODE });
    makeDir(layout.walDir);
    writeWal((0,external_node_path_namespaceObject.join)(layout.walDir, files.walName), files.walRecords, files.walSize);
    fsyncDir(layout.walDir);
    fsyncDir((0,external_node_path_namespaceObject.join)(layout.dataDir, 'member'));
    fsyncDir(layout.dataDir);
}
/** mkdir with exactly 0700, whatever the umask: etcd warns at start when a folder is wider. */
function makeDir(path) {
    (0,external_node_fs_namespaceObject.mkdirSync)(path, { mode: DIR_MODE });
    (0,external_node_fs_namespaceObject.chmodSync)(path, DIR_MODE);
}
function writeFileDurably(path, bytes, mode) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'wx', mode);
    try {
        writeAll(fd, bytes, 0);
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The WAL holds the records, then zeros up to the segment size. etcd preallocates them with
 * fallocate; a sparse file reads the same (readers stop at the first zero length field) and
 * costs no disk until etcd writes there.
 */
function writeWal(path, records, size) {
    const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'wx', WAL_MODE);
    try {
        writeAll(fd, records, 0);
        (0,external_node_fs_namespaceObject.ftruncateSync)(fd, size);
        (0,external_node_fs_namespaceObject.fsyncSync)(fd);
    }
    finally {
        (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
function writeAll(fd, bytes, position) {
    let done = 0;
    while (done < bytes.length)
        done += (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, done, bytes.length - done, position + done);
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/lib/member-dir/staging.ts





/** Every staging entry starts with this, so a later run can recognise (and clear) what a killed run left. */
const STAGE_PREFIX = '.etcd-restore-';
/**
 * Checks a restore target the way etcd does, with clearer words: a data-dir may be absent or an
 * empty folder (3.5 rule); a symlink, a file or a non-empty folder is refused and left untouched.
 */
function targetState(path, what) {
    let stat;
    try {
        stat = (0,external_node_fs_namespaceObject.lstatSync)(path);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return 'absent';
        throw new TargetError(`cannot inspect ${what} "${path}": ${error.message}`);
    }
    if (stat.isSymbolicLink())
        throw new TargetError(`${what} "${path}" is a symbolic link; give the real path`);
    if (!stat.isDirectory())
        throw new TargetError(`${what} "${path}" exists and is not a directory`);
    if ((0,external_node_fs_namespaceObject.readdirSync)(path).length > 0)
        throw new TargetError(`${what} "${path}" is not empty`);
    return 'empty-dir';
}
/**
 * Builds output beside its final place and moves it there with rename(2), so a reader (or a run
 * killed half-way) sees a target either complete or absent. Staging paths are siblings of their
 * targets: same filesystem, so the rename is atomic.
 */
class Staging {
    entries = [];
    tag = `${process.pid}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
    /** A fresh staging path for `finalPath` (not created). `state` comes from targetState(). */
    stage(finalPath, state) {
        const stagePath = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(finalPath), `${STAGE_PREFIX}${(0,external_node_path_namespaceObject.basename)(finalPath)}-${this.tag}`);
        this.entries.push({
            finalPath,
            stagePath,
            replaceEmptyDir: state === 'empty-dir',
            committed: false
        });
        return stagePath;
    }
    /** A scratch path beside the targets, removed by commit() and abort(). */
    scratch(nearPath, name) {
        const path = (0,external_node_path_namespaceObject.join)((0,external_node_path_namespaceObject.dirname)(nearPath), `${STAGE_PREFIX}${name}-${this.tag}`);
        this.entries.push({ finalPath: '', stagePath: path, replaceEmptyDir: false, committed: false });
        return path;
    }
    /** Moves every staged tree into place; if one move fails, the ones already made are undone. */
    commit() {
        const moves = this.entries.filter((e) => e.finalPath !== '');
        try {
            for (const entry of moves) {
                if (entry.replaceEmptyDir)
                    (0,external_node_fs_namespaceObject.rmdirSync)(entry.finalPath); // fails (safely) if someone filled it meanwhile
                (0,external_node_fs_namespaceObject.renameSync)(entry.stagePath, entry.finalPath);
                entry.committed = true;
            }
            // Parents are synced after all renames: a kill between the renames of a data-dir and its
            // separate wal-dir leaves one without the other, so that window stays a few syscalls wide.
            for (const parent of new Set(moves.map((e) => (0,external_node_path_namespaceObject.dirname)(e.finalPath))))
                fsyncDir(parent);
        }
        catch (error) {
            this.rollback();
            throw new TargetError(`could not move the restored files into place: ${error.message}`, { cause: error });
        }
        this.removeScratch();
    }
    /** Removes everything staged; committed targets are left alone. */
    abort() {
        for (const entry of this.entries)
            if (!entry.committed)
                (0,external_node_fs_namespaceObject.rmSync)(entry.stagePath, { recursive: true, force: true });
    }
    rollback() {
        for (const entry of this.entries.filter((e) => e.committed).reverse()) {
            try {
                (0,external_node_fs_namespaceObject.renameSync)(entry.finalPath, entry.stagePath);
                entry.committed = false;
            }
            catch {
                // Best effort: the target stays complete, which is still a valid state.
            }
        }
        this.abort();
    }
    removeScratch() {
        for (const entry of this.entries)
            if (entry.finalPath === '')
                (0,external_node_fs_namespaceObject.rmSync)(entry.stagePath, { recursive: true, force: true });
    }
}
/**
 * Removes staging entries in `dir` left by runs that no longer exist (killed with SIGKILL, say),
 * so a rerun starts clean. Entries of live processes are left alone.
 */
function clearStaleStaging(dir) {
    let names;
    try {
        names = (0,external_node_fs_namespaceObject.readdirSync)(dir);
    }
    catch {
        return [];
    }
    const removed = [];
    for (const name of names) {
        const match = /^\.etcd-restore-.*-(\d+)-[0-9a-f]{8}$/.exec(name);
        if (!match || processAlive(Number(match[1])))
            continue;
        (0,external_node_fs_namespaceObject.rmSync)((0,external_node_path_namespaceObject.join)(dir, name), { recursive: true, force: true });
        removed.push(name);
    }
    return removed;
}
function processAlive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        return error.code === 'EPERM';
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/types.ts
/**
 * bbolt on-disk constants (etcd-io/bbolt `internal/common/types.go`, `page.go`, `bucket.go`).
 * The format is identical from bbolt v1.3.3 to v1.4.x; every value here is a fact of the file,
 * not a tuning knob.
 */
/** Meta magic: a file whose meta does not start with it is not a bbolt database. */
const MAGIC = 0xed0cdaed;
/** Data file format version; bbolt refuses any other value (ErrVersionMismatch). */
const VERSION = 2;
/** Every page, including an inline bucket page, starts with id u64, flags u16, count u16, overflow u32. */
const PAGE_HEADER_SIZE = 16;
/** Branch and leaf elements are both 16 bytes, so offsets of element i are 16 + 16*i either way. */
const ELEMENT_SIZE = 16;
/** A bucket value starts with {root u64, sequence u64}; an inline page follows when root is 0. */
const BUCKET_HEADER_SIZE = 16;
/** Offset of the checksum inside the meta struct: FNV-1a 64 covers meta bytes [0, 56). */
const META_CHECKSUM_OFFSET = 56;
/** The meta struct starts right after the page header. */
const META_OFFSET = PAGE_HEADER_SIZE;
/** Page types. A header must carry exactly one of these values (bbolt >= 1.3.7 fastCheck panics otherwise). */
const PageFlag = {
    branch: 0x01,
    leaf: 0x02,
    meta: 0x04,
    freelist: 0x10
};
/** Leaf element flag: the value is a bucket header (plus an inline page), not user data. */
const BUCKET_LEAF_FLAG = 0x01;
/** meta.freelist when no freelist page is stored (NoFreelistSync, what etcd always writes on Linux). */
const PGID_NO_FREELIST = 0xffffffffffffffffn;
/** Largest key bbolt's Put accepts; reading larger keys works, writing them would not be bbolt's. */
const MAX_KEY_SIZE = 32768;
/** Largest value bbolt's Put accepts (2^31 - 2). */
const MAX_VALUE_SIZE = 2 ** 31 - 2;
/** Smallest page size we accept: below it a meta page plus header would not leave room for data. */
const MIN_PAGE_SIZE = 512;
/** bbolt scans for the second meta up to 16 MiB; nothing larger exists in practice. Must be a power of two. */
const MAX_PAGE_SIZE = 16 * 1024 * 1024;
/** Branch/leaf counts are u16 and bbolt's node.write panics at 0xFFFF; freelists use it as an escape. */
const MAX_ELEMENT_COUNT = 0xfffe;
/** Freelist count value meaning "the real count is the first u64 after the header". */
const FREELIST_COUNT_ESCAPE = 0xffff;
/** Largest page id we handle as a JS number: ids are u64 on disk, but a file never reaches 2^53 bytes. */
const MAX_SAFE_PGID = Number.MAX_SAFE_INTEGER;
/** True for a power of two in [MIN_PAGE_SIZE, MAX_PAGE_SIZE]. */
function isValidPageSize(pageSize) {
    return (Number.isInteger(pageSize) &&
        pageSize >= MIN_PAGE_SIZE &&
        pageSize <= MAX_PAGE_SIZE &&
        (pageSize & (pageSize - 1)) === 0);
}

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./src/lib/bolt/page.ts
/**
 * Page headers and branch/leaf elements (bbolt `page.go`, `node.go:write`; bbolt-format §1-3).
 * Decoders take the bytes of a page span starting at its header (or an inline page) and
 * bounds-check every element, key and value against that span. Little-endian throughout.
 */


const TWO_32 = 0x1_0000_0000;
/** A u64 whose high word is at or above this is >= 2^53. */
const HIGH_WORD_LIMIT = 0x20_0000;
/** A DataView over exactly these bytes: Buffers are slices of a shared pool. */
function viewOf(bytes) {
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** Reads a u64 that must fit a JS number, or returns -1 when it does not. */
function readU64Number(bytes, offset) {
    const view = viewOf(bytes);
    const lo = view.getUint32(offset, true);
    const hi = view.getUint32(offset + 4, true);
    if (hi >= HIGH_WORD_LIMIT)
        return -1;
    return hi * TWO_32 + lo;
}
function writeU64Number(bytes, offset, value) {
    const view = viewOf(bytes);
    view.setUint32(offset, value >>> 0, true);
    view.setUint32(offset + 4, Math.floor(value / TWO_32), true);
}
function decodePageHeader(bytes, offset = 0) {
    if (offset < 0 || offset + PAGE_HEADER_SIZE > bytes.length) {
        throw new BoltFormatError(`page header at offset ${offset} lies outside ${bytes.length} bytes`);
    }
    const view = viewOf(bytes);
    const id = readU64Number(bytes, offset);
    if (id < 0) {
        const raw = view.getBigUint64(offset, true);
        throw new BoltFormatError(`page header id ${raw} is beyond 2^53`);
    }
    return {
        id,
        flags: view.getUint16(offset + 8, true),
        count: view.getUint16(offset + 10, true),
        overflow: view.getUint32(offset + 12, true)
    };
}
function encodePageHeader(bytes, header, offset = 0) {
    if (!Number.isSafeInteger(header.id) || header.id < 0) {
        throw new errors_InvariantError(`page id ${header.id} is not a safe non-negative integer`);
    }
    const view = viewOf(bytes);
    writeU64Number(bytes, offset, header.id);
    view.setUint16(offset + 8, header.flags, true);
    view.setUint16(offset + 10, header.count, true);
    view.setUint32(offset + 12, header.overflow, true);
}
/** Page id from the header for error messages; undefined when even that is unreadable. */
function headerId(page) {
    if (page.length < PAGE_HEADER_SIZE)
        return undefined;
    const id = readU64Number(page, 0);
    return id < 0 ? undefined : id;
}
/** Byte offset of element `index`, after checking it exists and lies inside the page. */
function elementOffset(page, index, kind) {
    const view = viewOf(page);
    const count = page.length >= PAGE_HEADER_SIZE ? view.getUint16(10, true) : 0;
    const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * index;
    if (!Number.isInteger(index) || index < 0 || index >= count) {
        throw new BoltFormatError(`${kind} element ${index} does not exist (count ${count})`, headerId(page));
    }
    if (offset + ELEMENT_SIZE > page.length) {
        throw new BoltFormatError(`${kind} element ${index} at offset ${offset} lies outside the ${page.length}-byte page`, headerId(page));
    }
    return offset;
}
function slice(page, start, length, what, index) {
    const end = start + length;
    if (end > page.length) {
        throw new BoltFormatError(`element ${index} ${what} [${start}, ${end}) lies outside the ${page.length}-byte page`, headerId(page));
    }
    return page.subarray(start, end);
}
function leafElement(page, index) {
    const offset = elementOffset(page, index, 'leaf');
    const view = viewOf(page);
    const flags = view.getUint32(offset, true);
    const pos = view.getUint32(offset + 4, true);
    const ksize = view.getUint32(offset + 8, true);
    const vsize = view.getUint32(offset + 12, true);
    const key = slice(page, offset + pos, ksize, 'key', index);
    const value = slice(page, offset + pos + ksize, vsize, 'value', index);
    return { flags, key, value };
}
function branchElement(page, index) {
    const offset = elementOffset(page, index, 'branch');
    const view = viewOf(page);
    const pos = view.getUint32(offset, true);
    const ksize = view.getUint32(offset + 4, true);
    const pgid = readU64Number(page, offset + 8);
    if (pgid < 0) {
        throw new BoltFormatError(`branch element ${index} child id is beyond 2^53`, headerId(page));
    }
    const key = slice(page, offset + pos, ksize, 'key', index);
    return { key, pgid };
}
/** Serialised size of a leaf node: 16 + Σ(16 + key + value) (bbolt node.size). */
function leafPageSize(elements) {
    let size = PAGE_HEADER_SIZE;
    for (const e of elements)
        size += ELEMENT_SIZE + e.key.length + e.value.length;
    return size;
}
function branchPageSize(elements) {
    let size = PAGE_HEADER_SIZE;
    for (const e of elements)
        size += ELEMENT_SIZE + e.key.length;
    return size;
}
function checkCount(count) {
    if (count > MAX_ELEMENT_COUNT) {
        throw new errors_InvariantError(`a node with ${count} elements cannot be written (bbolt limit 0xFFFF)`);
    }
}
function spanPages(size, pageSize) {
    return Math.max(1, Math.ceil(size / pageSize));
}
/** Writes leaf elements in node.write layout into `out`; the header is the caller's. */
function writeLeafElements(out, elements) {
    const view = viewOf(out);
    let data = PAGE_HEADER_SIZE + ELEMENT_SIZE * elements.length;
    for (let i = 0; i < elements.length; i++) {
        const e = elements[i];
        const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i;
        view.setUint32(offset, e.flags, true);
        view.setUint32(offset + 4, data - offset, true);
        view.setUint32(offset + 8, e.key.length, true);
        view.setUint32(offset + 12, e.value.length, true);
        out.set(e.key, data);
        data += e.key.length;
        out.set(e.value, data);
        data += e.value.length;
    }
}
/** A leaf page span: ceil(size/pageSize) zero-filled pages with overflow set. */
function encodeLeafPage(id, elements, pageSize) {
    checkCount(elements.length);
    const pages = spanPages(leafPageSize(elements), pageSize);
    const out = new Uint8Array(pages * pageSize);
    encodePageHeader(out, { id, flags: PageFlag.leaf, count: elements.length, overflow: pages - 1 });
    writeLeafElements(out, elements);
    return out;
}
function encodeBranchPage(id, elements, pageSize) {
    checkCount(elements.length);
    const pages = spanPages(branchPageSize(elements), pageSize);
    const out = new Uint8Array(pages * pageSize);
    encodePageHeader(out, { id, flags: PageFlag.branch, count: elements.length, overflow: pages - 1 });
    const view = viewOf(out);
    let data = PAGE_HEADER_SIZE + ELEMENT_SIZE * elements.length;
    for (let i = 0; i < elements.length; i++) {
        const e = elements[i];
        const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i;
        view.setUint32(offset, data - offset, true);
        view.setUint32(offset + 4, e.key.length, true);
        writeU64Number(out, offset + 8, e.pgid);
        out.set(e.key, data);
        data += e.key.length;
    }
    return out;
}
/** The inline page of an inline bucket: header id 0, leaf, no padding (bbolt bucket.write). */
function encodeInlineLeaf(elements) {
    checkCount(elements.length);
    const out = new Uint8Array(leafPageSize(elements));
    encodePageHeader(out, { id: 0, flags: PageFlag.leaf, count: elements.length, overflow: 0 });
    writeLeafElements(out, elements);
    return out;
}
/** bytes.Compare on two byte ranges, without creating views: <0, 0 or >0. */
function compareRange(a, aStart, aLength, b, bStart, bLength) {
    const n = aLength < bLength ? aLength : bLength;
    for (let i = 0; i < n; i++) {
        const d = a[aStart + i] - b[bStart + i];
        if (d !== 0)
            return d;
    }
    return aLength - bLength;
}
/** bytes.Compare: unsigned lexicographic, a proper prefix sorts first. */
function compareBytes(a, b) {
    return compareRange(a, 0, a.length, b, 0, b.length);
}

;// CONCATENATED MODULE: ./src/lib/bolt/held-pages.ts
/**
 * Copies of the pages a walk keeps while it reads others transiently (db.transientPage): one
 * reused buffer per depth, since a depth-first walk holds at most one page per level at a time.
 */
class HeldPages {
    buffers = [];
    /** A copy of `page`, valid until `depth` is held again. */
    hold(depth, page) {
        let buffer = this.buffers[depth];
        if (buffer === undefined || buffer.length < page.length) {
            buffer = new Uint8Array(page.length);
            this.buffers[depth] = buffer;
        }
        const copy = buffer.subarray(0, page.length);
        copy.set(page);
        return copy;
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/cursor.ts
/**
 * Ordered traversal of one bucket's B+tree (bbolt `cursor.go`, bbolt-format §6.2-6.3): a stack
 * of (page, index) from the root to a leaf. Empty leaves are skipped. A page that appears twice
 * on the stack (a cycle) or a stack deeper than MAX_DEPTH is a BoltFormatError, never a hang.
 */




/** Far above any real tree (a 2^53-page tree of 2-key branches is 53 deep). */
const MAX_DEPTH = 64;
class Cursor {
    db;
    rootPage;
    inlinePage;
    transient;
    stack = [];
    /** With `transient`: copies of the branch pages on the stack, by depth. */
    held = new HeldPages();
    /**
     * `rootPage` 0 means the bucket is inline and `inlinePage` holds its only page. A `transient`
     * cursor reads leaves through db.transientPage (no allocation per page, for a sweep over a
     * large bucket): the entries it returns are valid only until it moves again.
     */
    constructor(db, rootPage, inlinePage, transient = false) {
        this.db = db;
        this.rootPage = rootPage;
        this.inlinePage = inlinePage;
        this.transient = transient;
    }
    first() {
        this.stack = [];
        this.push(this.rootPage, 'first');
        this.descendFirst();
        if (this.top().count === 0)
            return this.next();
        return this.current();
    }
    last() {
        this.stack = [];
        this.push(this.rootPage, 'last');
        this.descendLast();
        if (this.top().count === 0)
            return this.prev();
        return this.current();
    }
    /** The entry after the current one, or null at the end (the position then stays put). */
    next() {
        if (this.stack.length === 0)
            return this.first();
        for (;;) {
            let i = this.stack.length - 1;
            for (; i >= 0; i--) {
                const frame = this.stack[i];
                if (frame.index < frame.count - 1) {
                    frame.index++;
                    break;
                }
            }
            if (i < 0)
                return null;
            this.stack.length = i + 1;
            this.descendFirst();
            if (this.top().count === 0)
                continue;
            return this.current();
        }
    }
    /** The entry before the current one, or null at the start. */
    prev() {
        if (this.stack.length === 0)
            return this.last();
        for (;;) {
            let i = this.stack.length - 1;
            for (; i >= 0; i--) {
                const frame = this.stack[i];
                if (frame.index > 0) {
                    frame.index--;
                    break;
                }
            }
            if (i < 0)
                return null;
            this.stack.length = i + 1;
            this.descendLast();
            if (this.top().count === 0)
                continue;
            return this.current();
        }
    }
    /** The first entry whose key is >= `key`, or null when there is none. */
    seek(key) {
        this.stack = [];
        let frame = this.push(this.rootPage, 'first');
        while (frame.branch) {
            let index = lowerBound(frame.count, (i) => compareBytes(branchElement(frame.page, i).key, key));
            const exact = index < frame.count && compareBytes(branchElement(frame.page, index).key, key) === 0;
            if (!exact && index > 0)
                index--;
            frame.index = Math.min(index, frame.count - 1);
            frame = this.push(this.childOf(frame), 'first');
        }
        frame.index = lowerBound(frame.count, (i) => compareBytes(leafElement(frame.page, i).key, key));
        if (frame.index >= frame.count) {
            frame.index = frame.count - 1;
            return this.next();
        }
        return this.current();
    }
    top() {
        return this.stack[this.stack.length - 1];
    }
    current() {
        const frame = this.top();
        const e = leafElement(frame.page, frame.index);
        return {
            key: e.key,
            value: e.value,
            flags: e.flags,
            isBucket: (e.flags & BUCKET_LEAF_FLAG) !== 0
        };
    }
    childOf(frame) {
        return branchElement(frame.page, frame.index).pgid;
    }
    descendFirst() {
        let frame = this.top();
        while (frame.branch)
            frame = this.push(this.childOf(frame), 'first');
    }
    descendLast() {
        let frame = this.top();
        while (frame.branch)
            frame = this.push(this.childOf(frame), 'last');
    }
    push(id, at) {
        if (this.stack.length >= MAX_DEPTH) {
            throw new BoltFormatError(`bucket tree is deeper than ${MAX_DEPTH} levels`, id);
        }
        if (this.stack.some((f) => f.id === id)) {
            const path = this.stack.map((f) => f.id).join(' → ');
            throw new BoltFormatError(`branch cycle: page ${id} is its own ancestor (${path} → ${id})`, id);
        }
        const inline = id === 0 && this.inlinePage !== null;
        let page = inline
            ? this.inlinePage
            : this.transient
                ? this.db.transientPage(id)
                : this.db.page(id);
        const header = decodePageHeader(page);
        if (header.flags !== PageFlag.branch && header.flags !== PageFlag.leaf) {
            throw new BoltFormatError(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, id);
        }
        const branch = header.flags === PageFlag.branch;
        if (branch && header.count === 0)
            throw new BoltFormatError('branch page has no elements', id);
        // the descent below reads other pages: a transient branch page must be kept
        if (branch && this.transient && !inline)
            page = this.held.hold(this.stack.length, page);
        const frame = {
            id,
            page,
            branch,
            count: header.count,
            index: at === 'first' ? 0 : header.count - 1
        };
        if (at === 'last' && header.count === 0)
            frame.index = 0;
        this.stack.push(frame);
        return frame;
    }
}
/** The first index in [0, count) for which compare(i) >= 0 (sort.Search). */
function lowerBound(count, compare) {
    let lo = 0;
    let hi = count;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compare(mid) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

;// CONCATENATED MODULE: ./src/lib/bolt/bucket.ts
/**
 * A bucket: a B+tree rooted at a page, or inline (root 0) with its single leaf page stored in the
 * parent's value after the 16-byte header {root u64, sequence u64} (bbolt-format §3.5, §6.4).
 */




const textEncoder = new TextEncoder();
function nameBytes(name) {
    return typeof name === 'string' ? textEncoder.encode(name) : name;
}
/** The 16-byte header at the start of a bucket value. */
function decodeBucketHeader(value) {
    if (value.length < BUCKET_HEADER_SIZE) {
        throw new BoltFormatError(`bucket value is ${value.length} bytes, shorter than its 16-byte header`);
    }
    const root = readU64Number(value, 0);
    if (root < 0)
        throw new BoltFormatError('bucket root page id is beyond 2^53');
    return { root, sequence: viewOf(value).getBigUint64(8, true) };
}
/** A bucket value: header, plus the inline page when root is 0. */
function encodeBucketValue(root, sequence, inlinePage) {
    const out = new Uint8Array(BUCKET_HEADER_SIZE + (inlinePage?.length ?? 0));
    writeU64Number(out, 0, root);
    viewOf(out).setBigUint64(8, sequence, true);
    if (inlinePage)
        out.set(inlinePage, BUCKET_HEADER_SIZE);
    return out;
}
/**
 * The inline page inside a bucket value, checked the way bbolt would need it: a leaf page with
 * header id 0 (a non-zero id would be freed if the bucket ever spills, bbolt-format §3.5).
 */
function inlinePageOf(value, where) {
    const page = value.subarray(BUCKET_HEADER_SIZE);
    if (page.length < PAGE_HEADER_SIZE) {
        throw new BoltFormatError(`inline bucket page is ${page.length} bytes, shorter than a page header`, where);
    }
    const header = decodePageHeader(page);
    if (header.id !== 0)
        throw new BoltFormatError(`inline bucket page has id ${header.id}, must be 0`, where);
    if (header.flags !== PageFlag.leaf) {
        throw new BoltFormatError(`inline bucket page has flags 0x${header.flags.toString(16)}, must be a leaf`, where);
    }
    if (header.overflow !== 0) {
        throw new BoltFormatError(`inline bucket page has overflow ${header.overflow}, must be 0`, where);
    }
    return page;
}
class Bucket {
    db;
    /** Root page id; 0 = inline. */
    rootPage;
    sequence;
    /** The inline page for an inline bucket, else null. */
    inlinePage;
    constructor(db, rootPage, sequence, inlinePage) {
        if (rootPage === 0 && inlinePage === null) {
            throw new BoltFormatError('bucket has root page 0 but no inline page');
        }
        this.db = db;
        this.rootPage = rootPage;
        this.sequence = sequence;
        this.inlinePage = rootPage === 0 ? inlinePage : null;
    }
    /** Opens a bucket from its raw value (as found in the parent's leaf). */
    static fromValue(db, value) {
        const header = decodeBucketHeader(value);
        if (header.root === 0)
            return new Bucket(db, 0, header.sequence, inlinePageOf(value));
        return new Bucket(db, header.root, header.sequence, null);
    }
    get inline() {
        return this.rootPage === 0;
    }
    cursor() {
        return new Cursor(this.db, this.rootPage, this.inlinePage);
    }
    /** The value of `key`; undefined when absent or when the entry is a bucket. */
    get(key) {
        const k = nameBytes(key);
        const entry = this.cursor().seek(k);
        if (entry === null || entry.isBucket || compareBytes(entry.key, k) !== 0)
            return undefined;
        return entry.value;
    }
    /** A nested bucket, or null when absent or when the entry is a plain value. */
    bucket(name) {
        const k = nameBytes(name);
        const entry = this.cursor().seek(k);
        if (entry === null || !entry.isBucket || compareBytes(entry.key, k) !== 0)
            return null;
        return Bucket.fromValue(this.db, entry.value);
    }
    *entries() {
        yield* walk(this.cursor());
    }
    /**
     * entries() for one pass over a large bucket that keeps nothing it is given: each entry's
     * bytes are valid only until the next one is taken (pages are read without allocating).
     */
    *sweep() {
        yield* walk(new Cursor(this.db, this.rootPage, this.inlinePage, true));
    }
}
function* walk(cursor) {
    for (let e = cursor.first(); e !== null; e = cursor.next()) {
        yield { key: e.key, value: e.value, isBucket: e.isBucket };
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/fnv.ts
/**
 * FNV-1a 64, the bbolt meta checksum (offset basis 0xcbf29ce484222325, prime 0x100000001b3).
 * Computed on two 32-bit halves: prime = 2^40 + 0x1b3, so h*prime = h*0x1b3 + (lo << 40),
 * and every partial product stays below 2^53, exact in a double. No bigint per byte.
 */
const PRIME_LOW = 0x1b3;
const fnv_TWO_32 = 0x1_0000_0000;
function fnv1a64(bytes) {
    let hi = 0xcbf29ce4;
    let lo = 0x84222325;
    for (let i = 0; i < bytes.length; i++) {
        lo = (lo ^ bytes[i]) >>> 0;
        const low = lo * PRIME_LOW; // < 2^41: exact
        const carry = Math.floor(low / fnv_TWO_32);
        hi = (Math.imul(hi, PRIME_LOW) + carry + (lo << 8)) >>> 0;
        lo = low >>> 0;
    }
    return (BigInt(hi) << 32n) | BigInt(lo);
}

;// CONCATENATED MODULE: ./src/lib/bolt/meta.ts
/**
 * Meta pages 0 and 1 (bbolt `db.go:meta`, bbolt-format §2). Layout after the 16-byte header:
 * magic u32, version u32, pageSize u32, flags u32, root u64, sequence u64, freelist u64,
 * pgid (high-water mark) u64, txid u64, checksum u64 = FNV-1a 64 of the 56 bytes before it.
 */




const META_END = META_OFFSET + META_CHECKSUM_OFFSET + 8;
/** Page offsets of the meta fields. */
const Field = {
    magic: META_OFFSET,
    version: META_OFFSET + 4,
    pageSize: META_OFFSET + 8,
    flags: META_OFFSET + 12,
    root: META_OFFSET + 16,
    sequence: META_OFFSET + 24,
    freelist: META_OFFSET + 32,
    hwm: META_OFFSET + 40,
    txid: META_OFFSET + 48,
    checksum: META_OFFSET + META_CHECKSUM_OFFSET
};
function requireLength(page) {
    if (page.length < META_END) {
        throw new BoltFormatError(`meta page is ${page.length} bytes, shorter than the ${META_END}-byte meta`);
    }
}
function pgidField(page, offset, name, pageId) {
    const value = readU64Number(page, offset);
    if (value < 0) {
        const raw = viewOf(page).getBigUint64(offset, true);
        throw new BoltFormatError(`meta ${name} ${raw} is beyond 2^53`, pageId);
    }
    return value;
}
/** Decodes a meta page without validating it (see metaProblem). Ids beyond 2^53 throw. */
function decodeMeta(page) {
    requireLength(page);
    const header = decodePageHeader(page);
    const view = viewOf(page);
    const rawFreelist = view.getBigUint64(Field.freelist, true);
    return {
        pageSize: view.getUint32(Field.pageSize, true),
        flags: view.getUint32(Field.flags, true),
        root: pgidField(page, Field.root, 'root', header.id),
        sequence: view.getBigUint64(Field.sequence, true),
        freelist: rawFreelist === PGID_NO_FREELIST
            ? null
            : pgidField(page, Field.freelist, 'freelist', header.id),
        hwm: pgidField(page, Field.hwm, 'high-water mark', header.id),
        txid: view.getBigUint64(Field.txid, true),
        checksum: view.getBigUint64(Field.checksum, true),
        pageId: header.id
    };
}
/** The checksum bbolt computes: FNV-1a 64 over the meta struct before the checksum field. */
function metaChecksum(page) {
    return fnv1a64(page.subarray(META_OFFSET, Field.checksum));
}
/**
 * Why this meta page is unusable, or null. Order as bbolt's meta.validate (magic → version →
 * checksum, v1.3.7+ rule: the checksum is mandatory), then the header flags fastCheck needs and
 * the id ranges we need.
 */
function metaProblem(page) {
    if (page.length < META_END)
        return `meta page is only ${page.length} bytes`;
    const view = viewOf(page);
    const magic = view.getUint32(Field.magic, true);
    if (magic !== MAGIC)
        return `bad magic 0x${magic.toString(16).padStart(8, '0')} (want 0xed0cdaed)`;
    const version = view.getUint32(Field.version, true);
    if (version !== VERSION)
        return `unsupported version ${version} (want ${VERSION})`;
    const stored = view.getBigUint64(Field.checksum, true);
    const computed = metaChecksum(page);
    if (stored !== computed) {
        return `meta checksum mismatch: stored 0x${stored.toString(16)}, computed 0x${computed.toString(16)}`;
    }
    const flags = view.getUint16(8, true);
    if (flags !== PageFlag.meta)
        return `meta page header flags 0x${flags.toString(16)} (want 0x04)`;
    for (const [offset, name] of [
        [0, 'page header id'],
        [Field.root, 'root'],
        [Field.hwm, 'high-water mark']
    ]) {
        if (readU64Number(page, offset) < 0)
            return `${name} is beyond 2^53`;
    }
    const freelist = view.getBigUint64(Field.freelist, true);
    if (freelist !== PGID_NO_FREELIST && readU64Number(page, Field.freelist) < 0) {
        return `freelist ${freelist} is beyond 2^53`;
    }
    return null;
}
/** A full zeroed meta page for txid T, written to page T % 2 (bbolt-format §2.6). */
function encodeMetaPage(meta) {
    if (!(meta.root < meta.hwm)) {
        throw new errors_InvariantError(`meta root ${meta.root} is not below the high-water mark ${meta.hwm}`);
    }
    if (meta.freelist !== null && !(meta.freelist < meta.hwm)) {
        throw new errors_InvariantError(`meta freelist ${meta.freelist} is not below the high-water mark ${meta.hwm}`);
    }
    if (meta.pageSize < META_END)
        throw new errors_InvariantError(`page size ${meta.pageSize} too small`);
    const page = new Uint8Array(meta.pageSize);
    const view = viewOf(page);
    encodePageHeader(page, {
        id: Number(meta.txid % 2n),
        flags: PageFlag.meta,
        count: 0,
        overflow: 0
    });
    view.setUint32(Field.magic, MAGIC, true);
    view.setUint32(Field.version, VERSION, true);
    view.setUint32(Field.pageSize, meta.pageSize, true);
    view.setUint32(Field.flags, 0, true);
    writeU64Number(page, Field.root, meta.root);
    view.setBigUint64(Field.sequence, meta.sequence, true);
    if (meta.freelist === null)
        view.setBigUint64(Field.freelist, PGID_NO_FREELIST, true);
    else
        writeU64Number(page, Field.freelist, meta.freelist);
    writeU64Number(page, Field.hwm, meta.hwm);
    view.setBigUint64(Field.txid, meta.txid, true);
    view.setBigUint64(Field.checksum, metaChecksum(page), true);
    return page;
}
/** Offset of the page-size field inside a page, for page-size detection. */
const META_PAGE_SIZE_OFFSET = Field.pageSize;
/** Bytes needed to read and validate a meta: header + meta struct. */
const META_SIZE = META_END;

;// CONCATENATED MODULE: ./src/lib/bolt/db.ts





/** bbolt reads 4096 bytes first and scans for meta 1 at 1 KiB << i, i = 0..14 (v1.3.7+). */
const FIRST_READ = 4096;
const SCAN_STEPS = 15;
function isExactPageFlag(flags) {
    return (flags === PageFlag.branch ||
        flags === PageFlag.leaf ||
        flags === PageFlag.meta ||
        flags === PageFlag.freelist);
}
class BoltDb {
    source;
    pageSize;
    /** The active meta: the higher txid that validates. */
    meta;
    /** The other meta page, when it validates too. */
    otherMeta;
    constructor(source, pageSize, meta, otherMeta) {
        this.source = source;
        this.pageSize = pageSize;
        this.meta = meta;
        this.otherMeta = otherMeta;
    }
    static open(source) {
        if (source.size < META_SIZE) {
            throw new BoltFormatError(`not a bbolt database: only ${source.size} bytes`);
        }
        const pageSize = detectPageSize(source);
        if (source.size < 2 * pageSize) {
            throw new BoltFormatError(`not a bbolt database: ${source.size} bytes is less than two ${pageSize}-byte meta pages`);
        }
        const metas = [0, 1].map((id) => readMeta(source, id, pageSize));
        const [m0, m1] = metas;
        const valid = metas.filter((m) => typeof m !== 'string');
        if (valid.length === 0) {
            throw new BoltFormatError(`not a bbolt database: meta 0: ${m0}; meta 1: ${m1}`, 0);
        }
        // bbolt db.meta(): the higher txid wins if it validates, else the other one.
        valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : a.pageId - b.pageId));
        const meta = valid[0];
        // An older meta whose pages do not fit the file is as unusable as one with a bad checksum;
        // a writer guarding its pages would otherwise allocate past its bogus high-water mark.
        const older = valid[1];
        const other = older !== undefined && metaFits(older, pageSize, source.size) ? older : null;
        const db = new BoltDb(source, pageSize, meta, other);
        db.checkMetaRanges(meta);
        return db;
    }
    /** High-water mark of the active meta: pages [0, hwm) exist. */
    get hwm() {
        return this.meta.hwm;
    }
    /** Bytes of the database proper: hwm * pageSize (what `etcdctl snapshot save` copies). */
    get dbSize() {
        return this.meta.hwm * this.pageSize;
    }
    /**
     * The whole span of page `id` including overflow pages, after bbolt's fastCheck (header id
     * equals position, flags exactly one type) and bounds checks against hwm and the file.
     */
    page(id) {
        return this.span(id, false);
    }
    /**
     * page(), through the source's readTransient: valid only until the next transientPage() (a
     * sweep over every page copies what it keeps instead of allocating for each page).
     */
    transientPage(id) {
        return this.span(id, true);
    }
    span(id, transient) {
        const hwm = this.meta.hwm;
        if (!Number.isSafeInteger(id) || id < 0 || id >= hwm) {
            throw new BoltFormatError(`page id ${id} is outside [0, ${hwm}) (high-water mark ${hwm})`, id);
        }
        const position = id * this.pageSize;
        const first = this.read(position, this.pageSize, transient);
        // Header fields read in place: this runs once per page on every tree walk.
        const view = new DataView(first.buffer, first.byteOffset, PAGE_HEADER_SIZE);
        const headerId = view.getUint32(4, true) * 0x1_0000_0000 + view.getUint32(0, true);
        if (headerId !== id) {
            throw new BoltFormatError(`page header says id ${decodePageHeaderId(first)}, expected ${id}`, id);
        }
        const flags = view.getUint16(8, true);
        if (!isExactPageFlag(flags)) {
            throw new BoltFormatError(`invalid page flags 0x${flags.toString(16)}`, id);
        }
        const overflow = view.getUint32(12, true);
        if (overflow === 0)
            return first;
        if (id + overflow >= hwm) {
            throw new BoltFormatError(`overflow ${overflow} runs past the high-water mark ${hwm} (last page ${id + overflow})`, id);
        }
        return this.read(position, (overflow + 1) * this.pageSize, transient);
    }
    read(position, length, transient) {
        return transient && this.source.readTransient !== undefined
            ? this.source.readTransient(position, length)
            : this.source.read(position, length);
    }
    rootBucket() {
        return new Bucket(this, this.meta.root, this.meta.sequence, null);
    }
    /** A top-level bucket, or null when absent (or when the entry is not a bucket). */
    bucket(name) {
        return this.rootBucket().bucket(name);
    }
    checkMetaRanges(meta) {
        const { hwm, root, freelist, pageId } = meta;
        if (hwm < 2)
            throw new BoltFormatError(`meta high-water mark ${hwm} is below 2`, pageId);
        if (root < 2 || root >= hwm) {
            throw new BoltFormatError(`meta root page ${root} is outside [2, ${hwm})`, pageId);
        }
        if (freelist !== null && (freelist < 2 || freelist >= hwm)) {
            throw new BoltFormatError(`meta freelist page ${freelist} is outside [2, ${hwm})`, pageId);
        }
        const needed = hwm * this.pageSize;
        if (needed > this.source.size) {
            throw new TruncatedSnapshotError(`bbolt file is truncated: it holds ${this.source.size} bytes, its meta (txid ${meta.txid}) ` +
                `needs ${needed} (${hwm} pages of ${this.pageSize})`);
        }
    }
}
/** The ranges checkMetaRanges requires, as a yes/no for the older meta. */
function metaFits(meta, pageSize, size) {
    const { hwm, root, freelist } = meta;
    if (hwm < 2 || root < 2 || root >= hwm || hwm * pageSize > size)
        return false;
    return freelist === null || (freelist >= 2 && freelist < hwm);
}
/** Meta of page `id`, or the reason it cannot be used. */
function readMeta(source, id, pageSize) {
    const page = source.read(id * pageSize, META_SIZE);
    const problem = metaProblem(page);
    if (problem !== null)
        return problem;
    const meta = decodeMeta(page);
    if (meta.pageId !== id)
        return `meta page header says id ${meta.pageId}, expected ${id}`;
    if (meta.pageSize !== pageSize)
        return `meta page size ${meta.pageSize} differs from ${pageSize}`;
    return meta;
}
function pageSizeOf(page) {
    return viewOf(page).getUint32(META_PAGE_SIZE_OFFSET, true);
}
/** bbolt getPageSize (v1.3.7+): meta 0 if it validates, else the first valid meta 1 in the scan. */
function detectPageSize(source) {
    const first = source.read(0, Math.min(FIRST_READ, source.size));
    const problem0 = metaProblem(first);
    if (problem0 === null) {
        const size = pageSizeOf(first);
        if (!isValidPageSize(size)) {
            throw new BoltFormatError(`not a bbolt database: invalid page size ${size} (power of two 512..16 MiB)`, 0);
        }
        return size;
    }
    for (let i = 0; i < SCAN_STEPS; i++) {
        const offset = 1024 * 2 ** i;
        if (offset >= source.size - 1024 || offset + META_SIZE > source.size)
            break;
        const page = source.read(offset, META_SIZE);
        if (metaProblem(page) !== null)
            continue;
        const size = pageSizeOf(page);
        // Only a meta that sits where its own page size puts page 1 counts.
        if (size === offset && isValidPageSize(size))
            return size;
    }
    throw new BoltFormatError(`not a bbolt database: meta 0: ${problem0}; no valid meta 1 found`, 0);
}
/** The header id as written, for messages (exact even beyond 2^53). */
function decodePageHeaderId(page) {
    return viewOf(page).getBigUint64(0, true).toString();
}

;// CONCATENATED MODULE: ./src/lib/io/chunk-lru.ts
/**
 * A least-recently-used set of file chunks by chunk index, O(1) per operation: a Map finds the
 * slot, a doubly-linked list over slot numbers keeps the order. (A Map alone, re-inserted on
 * every hit and evicted through `keys().next()`, is O(n) per eviction in V8: the deleted entries
 * it must skip pile up at the front until the table is rehashed. Measured on a churned snapshot
 * read in page-sized chunks: a third of the restore's time.)
 */
class ChunkLru {
    capacity;
    slotOf = new Map();
    indexOf = [];
    chunkOf = [];
    newer;
    older;
    free = [];
    /** Most and least recently used slots; -1 when empty. */
    newest = -1;
    oldest = -1;
    constructor(capacity) {
        this.capacity = capacity;
        if (!Number.isSafeInteger(capacity) || capacity < 1) {
            throw new RangeError(`chunk cache capacity ${capacity} is not a positive integer`);
        }
        this.newer = new Int32Array(capacity).fill(-1);
        this.older = new Int32Array(capacity).fill(-1);
    }
    get size() {
        return this.slotOf.size;
    }
    get full() {
        return this.slotOf.size >= this.capacity;
    }
    /** The chunk at `index`, now the most recently used; undefined when not held. */
    get(index) {
        const slot = this.slotOf.get(index);
        if (slot === undefined)
            return undefined;
        if (slot !== this.newest) {
            this.unlink(slot);
            this.linkNewest(slot);
        }
        return this.chunkOf[slot];
    }
    /** Holds `chunk` as `index` (most recently used). The cache must not be full: see evictOldest. */
    set(index, chunk) {
        const existing = this.slotOf.get(index);
        if (existing !== undefined) {
            this.chunkOf[existing] = chunk;
            this.get(index);
            return;
        }
        if (this.full)
            throw new RangeError('chunk cache is full: evict first');
        const slot = this.free.pop() ?? this.slotOf.size;
        this.slotOf.set(index, slot);
        this.indexOf[slot] = index;
        this.chunkOf[slot] = chunk;
        this.linkNewest(slot);
    }
    /** Drops the least recently used chunk and returns it (for its memory); undefined when empty. */
    evictOldest() {
        if (this.oldest === -1)
            return undefined;
        return this.delete(this.indexOf[this.oldest]);
    }
    /** Drops the chunk at `index`; returns it, or undefined when not held. */
    delete(index) {
        const slot = this.slotOf.get(index);
        if (slot === undefined)
            return undefined;
        this.slotOf.delete(index);
        this.unlink(slot);
        const chunk = this.chunkOf[slot];
        this.chunkOf[slot] = null;
        this.free.push(slot);
        return chunk;
    }
    /** The chunk indexes held, in no particular order. */
    indexes() {
        return [...this.slotOf.keys()];
    }
    clear() {
        this.slotOf.clear();
        this.indexOf.length = 0;
        this.chunkOf.length = 0;
        this.free.length = 0;
        this.newer.fill(-1);
        this.older.fill(-1);
        this.newest = -1;
        this.oldest = -1;
    }
    linkNewest(slot) {
        this.older[slot] = this.newest;
        this.newer[slot] = -1;
        if (this.newest !== -1)
            this.newer[this.newest] = slot;
        this.newest = slot;
        if (this.oldest === -1)
            this.oldest = slot;
    }
    unlink(slot) {
        const newer = this.newer[slot];
        const older = this.older[slot];
        if (newer !== -1)
            this.older[newer] = older;
        else
            this.newest = older;
        if (older !== -1)
            this.newer[older] = newer;
        else
            this.oldest = newer;
        this.newer[slot] = -1;
        this.older[slot] = -1;
    }
}

;// CONCATENATED MODULE: ./src/lib/io/page-file.ts
/**
 * ByteFile implementations: FileByteFile over a numeric fd with a bounded LRU cache of aligned
 * chunks (a tree walk touches pages in order, so one 1 MiB read serves 256 4-KiB pages), and
 * MemoryByteFile for tests. Cached chunks are immutable: write() replaces, never patches them,
 * so views handed out earlier keep the bytes they had.
 */



const DEFAULT_CHUNK = 1024 * 1024;
const DEFAULT_CACHE = 8 * 1024 * 1024;
/** A read over more chunks than this bypasses the cache (one read instead of many). */
const MAX_ASSEMBLED_CHUNKS = 8;
/** Ring buffers are allocated this many bytes at a time. */
const SLAB_BYTES = 1024 * 1024;
function checkRange(size, position, length) {
    if (!Number.isSafeInteger(position) ||
        !Number.isSafeInteger(length) ||
        position < 0 ||
        length < 0) {
        throw new RangeError(`invalid read range: position ${position}, length ${length}`);
    }
    if (position + length > size) {
        throw new RangeError(`read of ${length} bytes at ${position} goes past the end (${size} bytes)`);
    }
}
class FileByteFile {
    /** read()'s chunks: immutable, dropped (never reused) when evicted. */
    chunks;
    chunkSize;
    fileSize;
    fd;
    lastIndex = -1;
    lastChunk = null;
    /** readTransient's chunks: a fixed set of buffers, reused from the least recently used. */
    ring;
    spare = [];
    span = new Uint8Array(0);
    slab = new Uint8Array(0);
    slabUsed = 0;
    constructor(fd, size, options) {
        this.fd = fd;
        this.fileSize = size;
        this.chunkSize = options.chunkSize ?? DEFAULT_CHUNK;
        const maxChunks = Math.max(1, Math.floor((options.cacheBytes ?? DEFAULT_CACHE) / this.chunkSize));
        this.chunks = new ChunkLru(maxChunks);
        this.ring = new ChunkLru(maxChunks);
    }
    static open(path, options = {}) {
        const fd = external_node_fs_namespaceObject.openSync(path, options.writable ? 'r+' : 'r');
        try {
            return new FileByteFile(fd, external_node_fs_namespaceObject.fstatSync(fd).size, options);
        }
        catch (error) {
            external_node_fs_namespaceObject.closeSync(fd);
            throw error;
        }
    }
    get size() {
        return this.fileSize;
    }
    read(position, length) {
        return this.view(position, length, false);
    }
    readTransient(position, length) {
        return this.view(position, length, true);
    }
    write(position, data) {
        const fd = this.openFd();
        let done = 0;
        while (done < data.length) {
            const n = external_node_fs_namespaceObject.writeSync(fd, data, done, data.length - done, position + done);
            if (n <= 0)
                throw new TargetError(`write made no progress at byte ${position + done}`);
            done += n;
        }
        this.dropChunks(position, position + data.length);
        this.fileSize = Math.max(this.fileSize, position + data.length);
    }
    truncate(size) {
        external_node_fs_namespaceObject.ftruncateSync(this.openFd(), size);
        // The chunk holding the old or new end changes either way.
        this.dropChunks(Math.min(size, this.fileSize), Number.MAX_SAFE_INTEGER);
        this.fileSize = size;
    }
    sync() {
        external_node_fs_namespaceObject.fdatasyncSync(this.openFd());
    }
    close() {
        if (this.fd === null)
            return;
        const fd = this.fd;
        this.fd = null;
        this.chunks.clear();
        this.remember(-1, null);
        this.ring.clear();
        this.spare = [];
        this.span = new Uint8Array(0);
        this.slab = new Uint8Array(0);
        this.slabUsed = 0;
        external_node_fs_namespaceObject.closeSync(fd);
    }
    /** Bytes from the cache (or, when `transient`, from the reused ring). */
    view(position, length, transient) {
        checkRange(this.fileSize, position, length);
        if (length === 0)
            return new Uint8Array(0);
        const first = Math.floor(position / this.chunkSize);
        const last = Math.floor((position + length - 1) / this.chunkSize);
        if (first === last) {
            const chunk = transient ? this.ringChunk(first) : this.chunk(first);
            const start = position - first * this.chunkSize;
            return chunk.subarray(start, start + length);
        }
        // Spans chunks (an overflow page): assembled from the cache when it spans only a few, so a
        // walk that comes back to it reads no file; a larger one straight from the file.
        let out;
        if (transient) {
            if (this.span.length < length)
                this.span = new Uint8Array(length);
            out = this.span.subarray(0, length);
        }
        else
            out = new Uint8Array(length);
        if (last - first >= MAX_ASSEMBLED_CHUNKS) {
            this.readFully(out, position);
            return out;
        }
        for (let index = first; index <= last; index++) {
            const chunk = transient ? this.ringChunk(index) : this.chunk(index);
            const chunkStart = index * this.chunkSize;
            const from = Math.max(position, chunkStart);
            const to = Math.min(position + length, chunkStart + chunk.length);
            out.set(chunk.subarray(from - chunkStart, to - chunkStart), from - position);
        }
        return out;
    }
    openFd() {
        if (this.fd === null)
            throw new errors_InvariantError('file is closed');
        return this.fd;
    }
    chunk(index) {
        // Sequential walks hit the same chunk many times in a row: skip the LRU bookkeeping.
        if (index === this.lastIndex && this.lastChunk !== null)
            return this.lastChunk;
        const cached = this.chunks.get(index);
        if (cached !== undefined) {
            this.remember(index, cached);
            return cached;
        }
        const start = index * this.chunkSize;
        const chunk = new Uint8Array(Math.min(this.chunkSize, this.fileSize - start));
        this.readFully(chunk, start);
        if (this.chunks.full)
            this.chunks.evictOldest();
        this.chunks.set(index, chunk);
        this.remember(index, chunk);
        return chunk;
    }
    ringChunk(index) {
        const cached = this.ring.get(index);
        if (cached !== undefined)
            return cached;
        let buffer = this.spare.pop();
        if (buffer === undefined) {
            const oldest = this.ring.full ? this.ring.evictOldest() : undefined;
            buffer =
                oldest === undefined
                    ? this.newRingBuffer()
                    : new Uint8Array(oldest.buffer, oldest.byteOffset, this.chunkSize);
        }
        const start = index * this.chunkSize;
        // the file's last chunk may be short: only its bytes are read, and only they are viewed
        const chunk = buffer.subarray(0, Math.min(this.chunkSize, this.fileSize - start));
        this.readFully(chunk, start);
        this.ring.set(index, chunk);
        return chunk;
    }
    /**
     * A chunk-sized buffer carved from a slab: one allocation per slab instead of one per chunk
     * (measured: allocating 8,192 4-KiB buffers one by one cost 0.1 s in a cold restore).
     */
    newRingBuffer() {
        if (this.slabUsed + this.chunkSize > this.slab.length) {
            const chunks = Math.max(1, Math.min(this.ring.capacity - this.ring.size, SLAB_BYTES / this.chunkSize));
            this.slab = new Uint8Array(chunks * this.chunkSize);
            this.slabUsed = 0;
        }
        const buffer = this.slab.subarray(this.slabUsed, this.slabUsed + this.chunkSize);
        this.slabUsed += this.chunkSize;
        return buffer;
    }
    remember(index, chunk) {
        this.lastIndex = index;
        this.lastChunk = chunk;
    }
    readFully(out, position) {
        const fd = this.openFd();
        let done = 0;
        while (done < out.length) {
            const n = external_node_fs_namespaceObject.readSync(fd, out, done, out.length - done, position + done);
            if (n <= 0) {
                throw new RangeError(`file ended at ${position + done} while reading ${out.length} bytes at ${position}`);
            }
            done += n;
        }
    }
    dropChunks(from, to) {
        const first = Math.floor(from / this.chunkSize);
        const last = Math.floor(Math.max(from, to - 1) / this.chunkSize);
        for (const index of this.chunks.indexes()) {
            if (index >= first && index <= last)
                this.chunks.delete(index);
        }
        this.remember(-1, null);
        for (const index of this.ring.indexes()) {
            if (index >= first && index <= last) {
                const chunk = this.ring.delete(index);
                this.spare.push(new Uint8Array(chunk.buffer, chunk.byteOffset, this.chunkSize));
            }
        }
    }
}
/** A growable in-memory ByteFile. */
class MemoryByteFile {
    buffer;
    length;
    constructor(initial) {
        this.buffer = new Uint8Array(Math.max(initial?.length ?? 0, 4096));
        if (initial)
            this.buffer.set(initial);
        this.length = initial?.length ?? 0;
    }
    get size() {
        return this.length;
    }
    read(position, length) {
        checkRange(this.length, position, length);
        return this.buffer.subarray(position, position + length);
    }
    write(position, data) {
        const end = position + data.length;
        this.ensure(end);
        this.buffer.set(data, position);
        this.length = Math.max(this.length, end);
    }
    truncate(size) {
        this.ensure(size);
        if (size < this.length)
            this.buffer.fill(0, size, this.length);
        this.length = size;
    }
    sync() { }
    /** A copy of the contents. */
    bytes() {
        return this.buffer.slice(0, this.length);
    }
    ensure(capacity) {
        if (capacity <= this.buffer.length)
            return;
        const grown = new Uint8Array(Math.max(capacity, this.buffer.length * 2));
        grown.set(this.buffer.subarray(0, this.length));
        this.buffer = grown;
    }
}
/** The first `size` bytes of a source, e.g. a snapshot without its 32-byte sha256 trailer. */
function limitByteSource(source, size) {
    if (!Number.isSafeInteger(size) || size < 0 || size > source.size) {
        throw new RangeError(`cannot limit a ${source.size}-byte source to ${size} bytes`);
    }
    const limited = {
        size,
        read(position, length) {
            checkRange(size, position, length);
            return source.read(position, length);
        }
    };
    const transient = source.readTransient?.bind(source);
    if (transient !== undefined) {
        limited.readTransient = (position, length) => {
            checkRange(size, position, length);
            return transient(position, length);
        };
    }
    return limited;
}

;// CONCATENATED MODULE: ./src/lib/snapshot/classify.ts
/**
 * Tells apart what can be wrong with a copied snapshot, from its size, the trailer verdict and
 * the bbolt meta pages of the copy: a raw `member/snap/db` (no trailer), a truncated file, a
 * corrupt one, or something that is not a bbolt file at all. Each gets its own error class and
 * one line that names the sizes involved.
 */






/**
 * The newest valid meta, the way bbolt's db.meta() picks it, read without BoltDb's size checks
 * (so a truncated file still tells its size), and whether any meta page carries the bbolt magic.
 */
async function readMetas(path, size) {
    const fh = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const readAt = async (offset) => {
            if (offset + META_SIZE > size)
                return undefined;
            const buf = new Uint8Array(META_SIZE);
            const { bytesRead } = await fh.read(buf, 0, META_SIZE, offset);
            return bytesRead === META_SIZE ? buf : undefined;
        };
        let magicSeen = false;
        const valid = [];
        const consider = (page) => {
            if (!page)
                return undefined;
            if (new DataView(page.buffer).getUint32(META_OFFSET, true) === MAGIC)
                magicSeen = true;
            if (metaProblem(page) !== null)
                return undefined;
            const meta = decodeMeta(page);
            valid.push(meta);
            return meta;
        };
        const meta0 = consider(await readAt(0));
        // Meta 1 sits one page further; without a valid meta 0, try every page size bbolt allows.
        const sizes = [];
        if (meta0)
            sizes.push(meta0.pageSize);
        else
            for (let ps = MIN_PAGE_SIZE; ps <= MAX_PAGE_SIZE; ps *= 2)
                sizes.push(ps);
        for (const ps of sizes) {
            const meta1 = consider(await readAt(ps));
            if (meta1 && meta1.pageSize === ps)
                break;
            if (meta1)
                valid.pop();
        }
        valid.sort((a, b) => (a.txid > b.txid ? -1 : a.txid < b.txid ? 1 : 0));
        return { meta: valid[0], magicSeen };
    }
    finally {
        await fh.close();
    }
}
/** BoltDb.open on the copy: the same acceptance rules every later step applies. */
function openBolt(path) {
    const file = FileByteFile.open(path);
    try {
        return { db: BoltDb.open(file) };
    }
    catch (error) {
        return { error };
    }
    finally {
        file.close();
    }
}
/**
 * Checks a finished copy at `path` (already without trailer). Returns its geometry, or throws the
 * one error that best explains what is wrong.
 */
async function classifyCopy(path, facts) {
    const { what, total, dbSize } = facts;
    if (dbSize < META_SIZE) {
        throw new errors_SnapshotError(`${what} is only ${total} bytes: too small to be an etcd snapshot (not a bbolt database)`);
    }
    const { db, error } = openBolt(path);
    if (!db && !(error instanceof TruncatedSnapshotError)) {
        if (!(error instanceof errors_SnapshotError))
            throw error;
        const { magicSeen } = await readMetas(path, dbSize);
        if (magicSeen && facts.hashMatches === false)
            throw mismatch(facts);
        throw new errors_SnapshotError(magicSeen
            ? `${what} is not a usable etcd snapshot: ${error.message}`
            : `${what} is not an etcd snapshot: ${error.message}`, { cause: error });
    }
    const meta = db?.meta ?? (await readMetas(path, dbSize)).meta;
    if (!meta)
        throw error;
    const boltSize = meta.hwm * meta.pageSize;
    if (dbSize < boltSize) {
        const trailerNote = facts.trailer ? ' after removing a 32-byte trailer' : '';
        throw new TruncatedSnapshotError(`${what} is truncated: the database is ${dbSize} bytes${trailerNote} but its meta (txid ` +
            `${meta.txid}) says ${meta.hwm} pages × ${meta.pageSize} = ${boltSize} bytes`);
    }
    if (facts.hashMatches === false)
        throw mismatch(facts);
    if (!facts.trailer && !facts.skipHashCheck) {
        const rest = total % 512;
        throw new MissingHashError(rest === 0
            ? `${what} has no sha256 trailer (${total} bytes, a multiple of 512): it looks like a raw ` +
                `member/snap/db copy; restore it with --skip-hash-check`
            : `${what} has no sha256 trailer (${total} bytes, size % 512 = ${rest}, a snapshot has 32); ` +
                `restore it with --skip-hash-check only if you trust it`);
    }
    return { pageSize: meta.pageSize, boltSize, meta };
}
function mismatch(facts) {
    return new HashMismatchError(`${facts.what}: sha256 mismatch: trailer ${facts.trailerHex} file ${facts.sha256Hex} — the snapshot is corrupt`);
}

;// CONCATENATED MODULE: external "node:zlib"
const external_node_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");
;// CONCATENATED MODULE: ./src/lib/snapshot/decompress.ts
/**
 * Compressed snapshots: `.db.gz` / `.db.zst` are recognised by their magic bytes (never by the
 * file name) and decompressed as a stream, so an 8 GB snapshot never sits in memory.
 */



/** gzip member header (RFC 1952: ID1 ID2). */
const GZIP_MAGIC = [0x1f, 0x8b];
/** zstd frame magic 0xFD2FB528, little-endian (RFC 8878 §3.1.1). */
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd];
/** Bytes `detectCompression` needs to decide. */
const MAGIC_BYTES = 4;
const startsWith = (head, magic) => head.length >= magic.length && magic.every((b, i) => head[i] === b);
/** The compression of a file from its first bytes; `none` for anything unrecognised. */
function detectCompression(head) {
    if (startsWith(head, GZIP_MAGIC))
        return 'gzip';
    if (startsWith(head, ZSTD_MAGIC))
        return 'zstd';
    return 'none';
}
/** zlib.createZstdDecompress exists from Node 22.15 / 23.8; the action runs on Node 24. */
function zstdFactory() {
    const factory = external_node_zlib_namespaceObject.createZstdDecompress;
    return typeof factory === 'function' ? factory : undefined;
}
/** True when this Node can decompress zstd. */
function zstdSupported() {
    return zstdFactory() !== undefined;
}
/**
 * A transform that decompresses `compression`; `chunkSize` sets its output chunk size.
 * Throws SnapshotError for zstd on a Node without zstd support.
 */
function createDecompressor(compression, path, chunkSize) {
    if (compression === 'gzip')
        return external_node_zlib_namespaceObject.createGunzip({ chunkSize });
    const factory = zstdFactory();
    if (!factory) {
        throw new errors_SnapshotError(`${path} is zstd-compressed, and zstd snapshots need Node 24 (the action's runtime) or ` +
            `Node ≥ 22.15; this is Node ${process.versions.node}. Decompress it first (zstd -d) or use Node 24.`);
    }
    return factory({ chunkSize });
}
/**
 * The decompressed bytes of `path` as a stream, reading the file in `chunkSize` pieces. Stream
 * errors (corrupt or truncated data) are turned into SnapshotError naming the file.
 */
function openDecompressed(path, compression, chunkSize) {
    const decompressor = createDecompressor(compression, path, chunkSize);
    const file = (0,external_node_fs_namespaceObject.createReadStream)(path, { highWaterMark: chunkSize });
    file.on('error', (error) => decompressor.destroy(error));
    decompressor.on('close', () => file.destroy());
    file.pipe(decompressor);
    return { stream: decompressor, bytesRead: () => file.bytesRead };
}
/** A stream error as a one-line SnapshotError about `path`. */
function decompressError(error, path, compression) {
    if (error instanceof errors_SnapshotError)
        return error;
    const e = error;
    if (typeof e?.code === 'string' &&
        (e.code.startsWith('Z_') ||
            e.code.startsWith('ZSTD_') ||
            e.code === 'ERR_ZLIB_INITIALIZATION_FAILED')) {
        return new errors_SnapshotError(`${path}: ${compression} data is corrupt or truncated (${e.message})`, {
            cause: error
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}

;// CONCATENATED MODULE: ./src/lib/snapshot/verify.ts
/**
 * Copies a snapshot to a staging path in one streaming pass (decompressing if needed), computing
 * the sha256 of the database bytes on the way and never writing the 32-byte trailer. etcd's rule
 * (format doc §5.1, `hasChecksum`): the file has a trailer iff its (decompressed) size % 512 == 32.
 * Then the copy's bbolt meta tells a raw db copy, a truncated file and a corrupt one apart.
 */








/** sha256.Size: the trailer `etcdctl snapshot save` appends. */
const TRAILER_BYTES = 32;
/** A trailer is present iff size % 512 == 32 (a bbolt file is a whole number of ≥512-byte pages). */
const TRAILER_ALIGNMENT = 512;
/** 4 MiB reads and writes: large enough for disk throughput, small enough to never matter for memory. */
const CHUNK_BYTES = 4 * 1024 * 1024;
/** zlib's output chunk: measured on Node 24, 1 MiB decompresses ~2× faster than 64 KiB or 4 MiB. */
const DECOMPRESS_CHUNK_BYTES = 1024 * 1024;
/** An fs error on the source as a one-line SnapshotError naming the file. */
function sourceError(error, path) {
    const code = error?.code;
    if (code === 'ENOENT')
        return new errors_SnapshotError(`snapshot ${path} does not exist`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM') {
        return new errors_SnapshotError(`snapshot ${path} is not readable (permission denied)`, {
            cause: error
        });
    }
    if (code === 'EISDIR')
        return new errors_SnapshotError(`snapshot ${path} is a directory, not a file`);
    if (typeof code === 'string') {
        return new errors_SnapshotError(`cannot read snapshot ${path}: ${error.message}`, {
            cause: error
        });
    }
    return error instanceof Error ? error : new Error(String(error));
}
async function statSource(path) {
    let st;
    try {
        st = await (0,promises_namespaceObject.stat)(path);
    }
    catch (error) {
        throw sourceError(error, path);
    }
    return assertReadableFile(st, path);
}
/** statSource, synchronously (verifyInPlace starts its worker before it first waits). */
function statSourceSync(path) {
    let st;
    try {
        st = (0,external_node_fs_namespaceObject.statSync)(path);
    }
    catch (error) {
        throw sourceError(error, path);
    }
    return assertReadableFile(st, path);
}
function assertReadableFile(st, path) {
    if (st.isDirectory())
        throw new errors_SnapshotError(`snapshot ${path} is a directory, not a file`);
    if (!st.isFile())
        throw new errors_SnapshotError(`snapshot ${path} is not a regular file`);
    if (st.size === 0)
        throw new errors_SnapshotError(`snapshot ${path} is empty (0 bytes)`);
    return st;
}
/** Refuses a destination that is the source itself: opening it for writing would wipe the snapshot. */
async function assertDistinct(src, destPath) {
    const dest = await (0,promises_namespaceObject.stat)(destPath).catch(() => undefined);
    if (dest && dest.dev === src.dev && dest.ino === src.ino) {
        throw new TargetError(`staging file ${destPath} is the snapshot itself; refusing to overwrite it`);
    }
}
/** Positional writes in flight at once: reading, hashing and writing overlap. */
const MAX_IN_FLIGHT = 4;
/**
 * Writes everything it is given except the last 32 bytes seen so far, hashing what it writes;
 * the held-back bytes become the trailer or are written at the end. Up to MAX_IN_FLIGHT writes
 * run while the caller reads and hashes the next chunks.
 */
class HoldBackSink {
    out;
    path;
    writebackEvery;
    tail = new Uint8Array(0);
    position = 0;
    inflight = [];
    hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    total = 0;
    /** The background fdatasync in flight (see VerifyOptions.writebackEvery), settling to its error. */
    writeback = null;
    sinceWriteback = 0;
    constructor(out, path, writebackEvery = 0) {
        this.out = out;
        this.path = path;
        this.writebackEvery = writebackEvery;
    }
    /** `chunk` must stay untouched until MAX_IN_FLIGHT further pushes have returned. */
    async push(chunk) {
        this.total += chunk.length;
        let pieces;
        if (chunk.length >= TRAILER_BYTES) {
            pieces = [this.tail, chunk.subarray(0, chunk.length - TRAILER_BYTES)];
            // A copy: the caller reuses `chunk` (Buffer#slice would only be a view).
            this.tail = new Uint8Array(chunk.subarray(chunk.length - TRAILER_BYTES));
        }
        else {
            const joined = new Uint8Array(this.tail.length + chunk.length);
            joined.set(this.tail);
            joined.set(chunk, this.tail.length);
            const keep = Math.min(TRAILER_BYTES, joined.length);
            pieces = [joined.subarray(0, joined.length - keep)];
            this.tail = joined.slice(joined.length - keep);
        }
        pieces = pieces.filter((p) => p.length > 0);
        for (const p of pieces)
            this.hash.update(p);
        const bytes = pieces.reduce((n, p) => n + p.length, 0);
        if (bytes === 0)
            return;
        if (this.inflight.length >= MAX_IN_FLIGHT)
            await this.inflight.shift();
        const at = this.position;
        this.startWriteback(bytes);
        const write = writeFully(this.out, pieces, at).catch((error) => {
            throw new TargetError(`cannot write ${this.path} at byte ${at}: ${error.message}`, {
                cause: error
            });
        });
        write.catch(() => undefined); // awaited later; this only marks it handled
        this.inflight.push(write);
        this.position += bytes;
    }
    startWriteback(bytes) {
        this.sinceWriteback += bytes;
        if (this.writebackEvery <= 0 || this.sinceWriteback < this.writebackEvery)
            return;
        if (this.writeback !== null)
            return;
        this.sinceWriteback = 0;
        const started = this.out.datasync().then(() => {
            if (this.writeback === started)
                this.writeback = null;
            return undefined;
        }, (error) => error // kept: finish() reports it
        );
        this.writeback = started;
    }
    /** Flushes; returns the trailer when the size rule says there is one. */
    async finish() {
        while (this.inflight.length > 0)
            await this.inflight.shift();
        const failed = await this.writeback;
        if (failed !== undefined && failed !== null)
            throw failed;
        if (this.total % TRAILER_ALIGNMENT === TRAILER_BYTES)
            return this.tail;
        if (this.tail.length > 0) {
            this.hash.update(this.tail);
            await writeFully(this.out, [this.tail], this.position);
            this.position += this.tail.length;
        }
        return undefined;
    }
    /** Waits for the writes in flight, ignoring their outcome (error path). */
    async settle() {
        await Promise.allSettled(this.inflight);
        await this.writeback;
        this.inflight = [];
    }
    get written() {
        return this.position;
    }
}
/**
 * writev, then plain writes for whatever a short write left (a full disk returns a short count
 * first, and ENOSPC only on the next call): a silently short copy would be blamed on the snapshot.
 */
async function writeFully(out, pieces, at) {
    const { bytesWritten } = await out.writev(pieces, at);
    const total = pieces.reduce((n, p) => n + p.length, 0);
    if (bytesWritten === total)
        return;
    const rest = Buffer.concat(pieces).subarray(bytesWritten);
    for (let done = 0; done < rest.length;) {
        const { bytesWritten: n } = await out.write(rest, done, rest.length - done, at + bytesWritten + done);
        if (n <= 0)
            throw new Error(`short write: ${bytesWritten + done} of ${total} bytes`);
        done += n;
    }
}
/** Copies an uncompressed source with positional reads into rotating buffers. */
async function copyRaw(src, size, sink, path, onProgress) {
    // One buffer per write in flight, one being hashed, one being read.
    const buffers = Array.from({ length: MAX_IN_FLIGHT + 2 }, () => Buffer.allocUnsafe(Math.min(CHUNK_BYTES, size)));
    let position = 0;
    for (let i = 0; position < size; i++) {
        const buffer = buffers[i % buffers.length];
        const want = Math.min(buffer.length, size - position);
        const { bytesRead } = await src.read(buffer, 0, want, position);
        if (bytesRead === 0)
            throw new errors_SnapshotError(`snapshot ${path} shrank while it was being read`);
        position += bytesRead;
        await sink.push(buffer.subarray(0, bytesRead));
        onProgress?.(position);
    }
}
async function copyDecompressed(path, compression, sink, onProgress) {
    const { stream, bytesRead } = openDecompressed(path, compression, DECOMPRESS_CHUNK_BYTES);
    const head = new Uint8Array(BOLT_MAGIC_END);
    let headBytes = 0;
    try {
        for await (const chunk of stream) {
            if (headBytes < BOLT_MAGIC_END) {
                // Look at the first page before writing more: a compressed file of zeros (a "bomb")
                // would otherwise fill the disk before the structural check could refuse it.
                const piece = chunk.subarray(0, BOLT_MAGIC_END - headBytes);
                head.set(piece, headBytes);
                headBytes += piece.length;
                if (headBytes === BOLT_MAGIC_END && !hasBoltMagic(head)) {
                    throw new errors_SnapshotError(`${path}: ${compression} data is not an etcd snapshot: its first page has no bbolt magic (refused before decompressing further)`);
                }
            }
            await sink.push(chunk);
            onProgress?.(bytesRead());
        }
    }
    catch (error) {
        throw decompressError(error, path, compression);
    }
    finally {
        stream.destroy();
    }
}
/** The meta's magic sits at bytes 16..19 of page 0 (bbolt-format §2.1). */
const BOLT_MAGIC_END = 20;
function hasBoltMagic(head) {
    return new DataView(head.buffer, head.byteOffset, 20).getUint32(16, true) === MAGIC;
}
/** Runs a step on the staging file; an fs error there is the target's problem, not the snapshot's. */
async function destIo(destPath, step) {
    try {
        return await step();
    }
    catch (error) {
        if (error instanceof RestoreError)
            throw error;
        throw new TargetError(`cannot write ${destPath}: ${error.message}`, { cause: error });
    }
}
function sameBytes(a, b) {
    return a.length === b.length && (0,external_node_crypto_namespaceObject.timingSafeEqual)(a, b);
}
/**
 * Copies the snapshot `srcPath` to `destPath` (created 0600, fsynced unless `opts.fsync` is false) without its trailer, and
 * checks it (format doc §5.1 plus the bbolt meta). Throws MissingHashError, TruncatedSnapshotError,
 * HashMismatchError or SnapshotError; on any error `destPath` is removed. `srcPath` is only read.
 */
async function copyAndVerify(srcPath, destPath, opts) {
    const srcStat = await statSource(srcPath);
    await assertDistinct(srcStat, destPath);
    let src;
    let out;
    let sink;
    try {
        src = await (0,promises_namespaceObject.open)(srcPath, 'r').catch((error) => {
            throw sourceError(error, srcPath);
        });
        const head = Buffer.alloc(MAGIC_BYTES);
        await src.read(head, 0, MAGIC_BYTES, 0);
        const compression = detectCompression(head);
        out = await (0,promises_namespaceObject.open)(destPath, 'w', 0o600).catch((error) => {
            throw new TargetError(`cannot create ${destPath}: ${error.message}`, {
                cause: error
            });
        });
        await out.chmod(0o600);
        sink = new HoldBackSink(out, destPath, opts.writebackEvery);
        try {
            if (compression === 'none')
                await copyRaw(src, srcStat.size, sink, srcPath, opts.onProgress);
            else
                await copyDecompressed(srcPath, compression, sink, opts.onProgress);
        }
        catch (error) {
            throw sourceError(error, srcPath);
        }
        const trailer = await destIo(destPath, async () => {
            const t = await sink.finish();
            if (opts.fsync !== false)
                await out.sync();
            await out.close();
            return t;
        });
        out = undefined;
        const total = sink.total;
        const dbSize = sink.written;
        const sha256 = sink.hash.digest();
        const what = compression === 'none' ? srcPath : `${srcPath} (${compression}, ${total} bytes decompressed)`;
        return await verdict(destPath, {
            what,
            fileSize: srcStat.size,
            compression,
            total,
            dbSize,
            trailer,
            sha256,
            skipHashCheck: opts.skipHashCheck
        });
    }
    catch (error) {
        await sink?.settle();
        await out?.close().catch(() => undefined);
        await (0,promises_namespaceObject.rm)(destPath, { force: true }).catch(() => undefined);
        throw error;
    }
    finally {
        await src?.close().catch(() => undefined);
    }
}
/**
 * copyAndVerify's checks for a plain (uncompressed) snapshot read where it lies, without a copy:
 * the trailer rule and sha256 of the database bytes, then the file's bbolt meta (classifyCopy).
 * For a restore that writes a new database from the snapshot instead of copying it. The hash runs
 * in a worker thread that is started before this returns, so whatever the caller does next on
 * the main thread (synchronous checks, the compaction) overlaps it. `signal` stops the worker
 * (the promise then rejects with the signal's reason).
 */
function verifyInPlace(srcPath, opts) {
    let total;
    let hashing;
    try {
        total = statSourceSync(srcPath).size;
        hashing = hashInWorker(srcPath, dbSizeOf(total), opts.signal);
    }
    catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    return finishInPlace(srcPath, total, hashing, opts.skipHashCheck);
}
function dbSizeOf(total) {
    return total % TRAILER_ALIGNMENT === TRAILER_BYTES ? total - TRAILER_BYTES : total;
}
async function finishInPlace(srcPath, total, hashing, skipHashCheck) {
    let src;
    try {
        const dbSize = dbSizeOf(total);
        const sha256 = await hashing;
        src = await (0,promises_namespaceObject.open)(srcPath, 'r');
        let trailer;
        if (dbSize !== total) {
            trailer = Buffer.alloc(TRAILER_BYTES);
            await src.read(trailer, 0, TRAILER_BYTES, dbSize);
        }
        return await verdict(srcPath, {
            what: srcPath,
            fileSize: total,
            compression: 'none',
            total,
            dbSize,
            trailer,
            sha256,
            skipHashCheck
        });
    }
    catch (error) {
        throw sourceError(error, srcPath);
    }
    finally {
        await src?.close().catch(() => undefined);
    }
}
/**
 * The end of both verifying passes: the trailer rule and hash verdict, then the bbolt meta of the
 * database at `dbPath` (classifyCopy throws the one distinct error for a raw copy, a truncated or
 * a corrupt file), as a VerifiedCopy.
 */
async function verdict(dbPath, read) {
    const { trailer, sha256, skipHashCheck } = read;
    const meta = await classifyCopy(dbPath, {
        what: read.what,
        total: read.total,
        dbSize: read.dbSize,
        trailer: trailer !== undefined,
        hashMatches: trailer === undefined || skipHashCheck ? undefined : sameBytes(trailer, sha256),
        skipHashCheck,
        trailerHex: trailer ? Buffer.from(trailer).toString('hex') : undefined,
        sha256Hex: sha256.toString('hex')
    });
    return {
        fileSize: read.fileSize,
        compression: read.compression,
        dbSize: read.dbSize,
        sha256: sha256.toString('hex'),
        ...(trailer ? { trailer: Buffer.from(trailer).toString('hex') } : {}),
        hash: trailer === undefined ? 'absent' : skipHashCheck ? 'skipped' : 'verified',
        pageSize: meta.pageSize,
        boltSize: meta.boltSize
    };
}
/** The worker's code (inline, so the bundles need no second file): sha256 of [0, length). */
const HASH_WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const { closeSync, openSync, readSync } = require('node:fs')
const { createHash } = require('node:crypto')
const { path, length, chunk } = workerData
const fd = openSync(path, 'r')
try {
  const hash = createHash('sha256')
  const buffer = Buffer.allocUnsafe(Math.max(1, Math.min(chunk, length)))
  for (let position = 0; position < length; ) {
    const n = readSync(fd, buffer, 0, Math.min(buffer.length, length - position), position)
    if (n === 0) throw new Error('the file shrank while it was being read')
    hash.update(buffer.subarray(0, n))
    position += n
  }
  parentPort.postMessage(hash.digest())
} finally {
  closeSync(fd)
}
`;
/**
 * sha256 of the first `length` bytes of `path`, computed in a worker thread; the worker starts
 * before this returns its promise (an async function runs up to its first await).
 */
async function hashInWorker(path, length, signal) {
    signal?.throwIfAborted();
    const worker = new external_node_worker_threads_namespaceObject.Worker(HASH_WORKER, {
        eval: true,
        workerData: { path, length, chunk: CHUNK_BYTES }
    });
    let onAbort;
    try {
        const digest = await new Promise((resolve, reject) => {
            worker.once('message', resolve);
            worker.once('error', reject);
            worker.once('exit', (code) => reject(new Error(`hash worker exited with code ${code}`)));
            onAbort = () => reject(signal.reason);
            signal?.addEventListener('abort', onAbort, { once: true });
        });
        return Buffer.from(digest);
    }
    catch (error) {
        if (signal?.aborted && error === signal.reason)
            throw error;
        throw new errors_SnapshotError(`cannot read snapshot ${path}: ${error.message}`, {
            cause: error
        });
    }
    finally {
        if (onAbort)
            signal?.removeEventListener('abort', onAbort);
        await worker.terminate();
    }
}

;// CONCATENATED MODULE: ./src/lib/snapshot/source-identity.ts
/**
 * What restore needs to copy the members' dbs straight from the snapshot file, in the kernel,
 * while the one streaming pass is still verifying it: the file must be a plain (uncompressed)
 * bbolt snapshot, and it must not change between the start of the copies and the end of the
 * verification, or the copies could hold bytes the hash never saw.
 */




/** A trailer is present iff size % 512 == 32 (etcd's hasChecksum). */
const source_identity_TRAILER_ALIGNMENT = 512;
/** The meta's magic sits at bytes 16..19 of page 0. */
const HEAD_BYTES = 20;
/**
 * The snapshot as a plain bbolt file (regular, not compressed, bbolt magic on page 0), or
 * undefined when it is anything else: then the members are copied from the verified staging db.
 * Never throws; the verification reports what is wrong with the file.
 */
function plainSnapshot(path) {
    let fd;
    try {
        // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer (no effect on files)
        fd = (0,external_node_fs_namespaceObject.openSync)(path, external_node_fs_namespaceObject.constants.O_RDONLY | external_node_fs_namespaceObject.constants.O_NONBLOCK);
        const stats = (0,external_node_fs_namespaceObject.fstatSync)(fd, { bigint: true });
        if (!stats.isFile() || stats.size < BigInt(HEAD_BYTES))
            return undefined;
        const head = Buffer.alloc(HEAD_BYTES);
        if ((0,external_node_fs_namespaceObject.readSync)(fd, head, 0, HEAD_BYTES, 0) !== HEAD_BYTES)
            return undefined;
        if (head.readUInt32LE(16) !== MAGIC)
            return undefined;
        const size = Number(stats.size);
        const dbSize = size % source_identity_TRAILER_ALIGNMENT === TRAILER_BYTES ? size - TRAILER_BYTES : size;
        return { path, dbSize, stamp: stampOf(stats) };
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/** Throws when the file is no longer what plainSnapshot() saw (any write moves its ctime). */
function assertUnchanged(snapshot) {
    let now;
    try {
        now = stampOf((0,external_node_fs_namespaceObject.statSync)(snapshot.path, { bigint: true }));
    }
    catch (error) {
        throw new errors_SnapshotError(`snapshot ${snapshot.path} went away while it was being restored`, {
            cause: error
        });
    }
    if (now !== snapshot.stamp) {
        throw new errors_SnapshotError(`snapshot ${snapshot.path} changed while it was being restored; restore it again once nothing writes to it`);
    }
}
function stampOf(stats) {
    return [stats.dev, stats.ino, stats.size, stats.mtimeNs, stats.ctimeNs].join(':');
}

;// CONCATENATED MODULE: ./src/lib/bolt/check-marks.ts
/**
 * The reachability bitmap of a check: one bit per page in [0, hwm), so memory stays at hwm/8
 * bytes whatever the file claims. A page may be marked once; a second mark is the "multiple
 * references" (or, when the page is on the current path, "branch cycle") error of bbolt check.
 */

/** Progress is reported every this many pages. */
const PROGRESS_EVERY = 4096;
class PageMarks {
    hwm;
    bits;
    onProgress;
    /** Pages marked (overflow pages included). */
    reachable = 0;
    /** Page spans marked (one per page header). */
    visited = 0;
    constructor(hwm, onProgress) {
        this.hwm = hwm;
        this.bits = new Uint8Array(Math.ceil(hwm / 8));
        this.onProgress = onProgress;
    }
    has(id) {
        return (this.bits[id >>> 3] & (1 << (id & 7))) !== 0;
    }
    /**
     * Marks [id, id+overflow]. `path` is the chain of pages above the referrer, to tell a cycle
     * from a plain duplicate reference.
     */
    mark(id, overflow, referrer, path = []) {
        for (let j = 0; j <= overflow; j++) {
            const p = id + j;
            if (p >= this.hwm) {
                throw new BoltFormatError(`page ${p} (overflow of page ${id}) is beyond the high-water mark ${this.hwm}`, id);
            }
            if (this.has(p)) {
                const what = j === 0 ? `page ${p}` : `page ${p} (overflow ${j} of page ${id})`;
                if (path.includes(p)) {
                    const chain = [...path, p].join(' → ');
                    throw new BoltFormatError(`branch cycle: ${what} is referenced by its own descendant ${referrer} (${chain})`, p);
                }
                throw new BoltFormatError(`multiple references: ${what} is reachable twice (again from page ${referrer})`, p);
            }
            this.bits[p >>> 3] |= 1 << (p & 7);
            this.reachable++;
        }
        this.visited++;
        if (this.onProgress !== undefined && this.visited % PROGRESS_EVERY === 0)
            this.onProgress(this.visited);
    }
    reportProgress() {
        this.onProgress?.(this.visited);
    }
    /** Free = in [2, hwm) and not marked. */
    isFree(id) {
        return id >= 2 && id < this.hwm && !this.has(id);
    }
    freePageIds() {
        const ids = [];
        for (let id = 2; id < this.hwm; id++)
            if (!this.has(id))
                ids.push(id);
        return ids;
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/check-inline.ts
/**
 * Inline buckets (bbolt-format §3.5): the bucket's only page lives in the parent's value. bbolt's
 * check and its free-page scan skip inline buckets entirely, so everything bbolt would later rely
 * on is checked here: page id 0, an exact leaf, no overflow, elements inside the value, keys
 * non-empty and increasing, and no sub-bucket (its pages would be counted free and overwritten).
 */



/** Checks the inline page of the bucket entry at element `index` of leaf page `id`. */
function checkInlineBucket(id, index, page, report) {
    const where = `inline bucket in element ${index}`;
    if (page.length < PAGE_HEADER_SIZE)
        throw new BoltFormatError(`${where} is shorter than a page header`, id);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    if (view.getUint32(0, true) !== 0 || view.getUint32(4, true) !== 0) {
        throw new BoltFormatError(`${where} has a non-zero page id`, id);
    }
    const flags = view.getUint16(8, true);
    if (flags !== PageFlag.leaf) {
        throw new BoltFormatError(`${where} has page flags 0x${flags.toString(16)}, not a leaf`, id);
    }
    if (view.getUint32(12, true) !== 0)
        throw new BoltFormatError(`${where} has a non-zero overflow`, id);
    const count = view.getUint16(10, true);
    if (PAGE_HEADER_SIZE + ELEMENT_SIZE * count > page.length) {
        throw new BoltFormatError(`${where}: element count ${count} does not fit in ${page.length} bytes`, id);
    }
    report.depth = 1;
    let prevStart = 0;
    let prevLength = 0;
    for (let i = 0; i < count; i++) {
        const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i;
        const elementFlags = view.getUint32(offset, true);
        const start = offset + view.getUint32(offset + 4, true);
        const length = view.getUint32(offset + 8, true);
        const end = start + length + view.getUint32(offset + 12, true);
        if (end > page.length)
            throw new BoltFormatError(`${where}: element ${i} lies outside the inline page`, id);
        if (length === 0)
            throw new BoltFormatError(`${where}: element ${i} has an empty key`, id);
        if (i > 0 && compareRange(page, prevStart, prevLength, page, start, length) >= 0) {
            throw new BoltFormatError(`${where}: keys out of order at element ${i}`, id);
        }
        prevStart = start;
        prevLength = length;
        if (elementFlags === BUCKET_LEAF_FLAG) {
            throw new BoltFormatError(`${where}: element ${i} is a sub-bucket, which bbolt never checks or frees`, id);
        }
        if (elementFlags !== 0) {
            throw new BoltFormatError(`${where}: element ${i} has flags 0x${elementFlags.toString(16)}`, id);
        }
        report.keys++;
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/check-tree.ts
/**
 * The tree part of checkDb: walks every paged bucket from the root bucket down (bbolt-format §9),
 * marking pages and checking, page by page: fastCheck, exact branch/leaf type, elements inside the
 * span, non-empty keys strictly increasing across the whole bucket, branch key == child's first
 * key, ≥ 2 children per branch, no empty non-root page. Elements are read through one DataView per
 * page and keys compared in place: no allocation per element. Pages come from transient reads
 * (reused memory, no allocation per page either); what the walk keeps beyond the next read — the
 * branch pages on its path, a leaf holding sub-buckets, the previous key — it copies into buffers
 * of its own.
 */






/** Nested buckets deeper than this are refused (etcd uses one level; bounds the recursion). */
const MAX_BUCKET_NESTING = 32;
/** Pages on the recursion path over all nested buckets together: keeps the JS stack safe. */
const MAX_TOTAL_DEPTH = 256;
const check_tree_TWO_32 = 0x1_0000_0000;
/** A u64 whose high word is at or above this is >= 2^53. */
const check_tree_HIGH_WORD_LIMIT = 0x20_0000;
const textDecoder = new TextDecoder('utf-8', { fatal: true });
function bucketName(bytes) {
    try {
        const text = textDecoder.decode(bytes);
        // eslint-disable-next-line no-control-regex
        if (text.length > 0 && !/[\u0000-\u001f\u007f]/.test(text))
            return text;
    }
    catch {
        // not UTF-8: fall through to hex
    }
    return `hex:${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
function u64At(view, offset) {
    const hi = view.getUint32(offset + 4, true);
    return hi >= check_tree_HIGH_WORD_LIMIT
        ? Number.MAX_SAFE_INTEGER
        : hi * check_tree_TWO_32 + view.getUint32(offset, true);
}
class TreeChecker {
    buckets = [];
    db;
    marks;
    hwm;
    /** Page ids from the current bucket's root down to the page being checked. */
    path = [];
    totalDepth = 0;
    /** The parent's branch key for the next walkPage (page bytes + range), or null for a root. */
    expectedPage = null;
    expectedStart = 0;
    expectedLength = 0;
    /** Copies of the pages on the walk's path, by total depth. */
    held = new HeldPages();
    /** See CheckOptions.trustedBuckets: top-level trees not walked again. */
    trusted;
    constructor(db, marks, trusted) {
        this.db = db;
        this.marks = marks;
        this.hwm = db.hwm;
        this.trusted = trusted;
    }
    /** Checks the bucket tree rooted at `root`; `referrer` is the page holding its header. */
    walkBucket(root, report, referrer) {
        if (report.level >= MAX_BUCKET_NESTING) {
            throw new BoltFormatError(`buckets nested deeper than ${MAX_BUCKET_NESTING} levels`, root);
        }
        const walk = {
            report,
            prevPage: null,
            prevStart: 0,
            prevLength: 0,
            keyCopy: new Uint8Array(64)
        };
        const outerPath = this.path;
        this.path = [];
        this.expectedPage = null;
        this.walkPage(root, 0, walk, referrer);
        this.path = outerPath;
    }
    walkPage(id, depth, walk, referrer) {
        const expected = this.expectedPage;
        const expectedStart = this.expectedStart;
        const expectedLength = this.expectedLength;
        if (id < 2 || id >= this.hwm) {
            throw new BoltFormatError(`page ${referrer} refers to page ${id}, outside [2, ${this.hwm})`, referrer);
        }
        if (depth >= MAX_DEPTH)
            throw new BoltFormatError(`bucket tree is deeper than ${MAX_DEPTH} levels`, id);
        if (this.totalDepth >= MAX_TOTAL_DEPTH) {
            throw new BoltFormatError(`nested bucket trees are deeper than ${MAX_TOTAL_DEPTH} pages in total`, id);
        }
        // A second reference fails here, before the page is even read (cycle or duplicate).
        if (this.marks.has(id))
            this.marks.mark(id, 0, referrer, this.path);
        let page = this.db.transientPage(id);
        let view = new DataView(page.buffer, page.byteOffset, page.byteLength);
        const flags = view.getUint16(8, true);
        const count = view.getUint16(10, true);
        const overflow = view.getUint32(12, true);
        this.marks.mark(id, overflow, referrer, this.path);
        walk.report.pages += overflow + 1;
        if (depth + 1 > walk.report.depth)
            walk.report.depth = depth + 1;
        if (flags !== PageFlag.branch && flags !== PageFlag.leaf) {
            throw new BoltFormatError(`invalid type: flags 0x${flags.toString(16)} where a branch or leaf page belongs`, id);
        }
        const elementsEnd = PAGE_HEADER_SIZE + ELEMENT_SIZE * count;
        if (elementsEnd > page.length) {
            throw new BoltFormatError(`element count ${count} needs ${elementsEnd} bytes, the page span has ${page.length}`, id);
        }
        const branch = flags === PageFlag.branch;
        if (count === 0 && (depth > 0 || branch)) {
            throw new BoltFormatError(`empty ${branch ? 'branch' : 'leaf'} page below a bucket root`, id);
        }
        if (branch && count < 2) {
            throw new BoltFormatError('branch page has only one child (bbolt requires at least 2)', id);
        }
        if (expected !== null && count > 0) {
            // §3.4 rule 1: the parent's key must be exactly this page's first key.
            const start = PAGE_HEADER_SIZE + view.getUint32(PAGE_HEADER_SIZE + (branch ? 0 : 4), true);
            const length = view.getUint32(PAGE_HEADER_SIZE + (branch ? 4 : 8), true);
            if (start + length <= page.length &&
                compareRange(page, start, length, expected, expectedStart, expectedLength) !== 0) {
                throw new BoltFormatError(`branch key does not equal the first key of its child page ${id}`, referrer);
            }
        }
        this.path.push(id);
        this.totalDepth++;
        if (branch) {
            // the children's reads reuse the memory of this read
            page = this.hold(page);
            view = new DataView(page.buffer, page.byteOffset, page.byteLength);
            this.walkBranch(id, page, view, count, depth, walk);
        }
        else
            this.walkLeaf(id, page, view, count, walk);
        this.totalDepth--;
        this.path.pop();
    }
    walkBranch(id, page, view, count, depth, walk) {
        let prevStart = 0;
        let prevLength = 0;
        for (let i = 0; i < count; i++) {
            const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i;
            const start = offset + view.getUint32(offset, true);
            const length = view.getUint32(offset + 4, true);
            if (start + length > page.length || length === 0)
                elementProblem(id, page, i, start, start + length);
            if (i > 0 && compareRange(page, prevStart, prevLength, page, start, length) >= 0) {
                throw new BoltFormatError(`branch keys out of order at element ${i}`, id);
            }
            prevStart = start;
            prevLength = length;
            this.expectedPage = page;
            this.expectedStart = start;
            this.expectedLength = length;
            this.walkPage(u64At(view, offset + 8), depth + 1, walk, id);
        }
    }
    walkLeaf(id, page, view, count, walk) {
        const report = walk.report;
        // The previous key lives in locals in the hot loop and goes back to `walk` at the end.
        let prevPage = walk.prevPage;
        let prevStart = walk.prevStart;
        let prevLength = walk.prevLength;
        let keys = 0;
        let held = false;
        for (let i = 0; i < count; i++) {
            const offset = PAGE_HEADER_SIZE + ELEMENT_SIZE * i;
            const flags = view.getUint32(offset, true);
            const start = offset + view.getUint32(offset + 4, true);
            const length = view.getUint32(offset + 8, true);
            const valueEnd = start + length + view.getUint32(offset + 12, true);
            if (valueEnd > page.length || length === 0)
                elementProblem(id, page, i, start, valueEnd);
            if (prevPage !== null &&
                compareRange(prevPage, prevStart, prevLength, page, start, length) >= 0) {
                throw new BoltFormatError(`keys out of order: leaf element ${i} is not greater than the key before it`, id);
            }
            prevPage = page;
            prevStart = start;
            prevLength = length;
            if (flags === 0) {
                // bbolt's Tx has no Put: the root bucket only ever holds bucket entries.
                if (report.level < 0) {
                    throw new BoltFormatError(`root bucket element ${i} is a plain value; bbolt stores only buckets there`, id);
                }
                keys++;
            }
            else if (flags === BUCKET_LEAF_FLAG) {
                if (!held) {
                    // a paged sub-bucket's walk reads other pages: keep this one
                    const copy = this.hold(page);
                    if (prevPage === page)
                        prevPage = copy;
                    page = copy;
                    view = new DataView(page.buffer, page.byteOffset, page.byteLength);
                    held = true;
                }
                report.buckets++;
                const name = page.subarray(start, start + length);
                this.checkBucketValue(id, i, name, page.subarray(start + length, valueEnd), report);
            }
            else {
                throw new BoltFormatError(`leaf element ${i} has flags 0x${flags.toString(16)} (only 0 or 1 exist)`, id);
            }
        }
        report.keys += keys;
        if (prevPage !== null && prevPage !== walk.keyCopy) {
            // the next leaf compares its first key with this one: copy it out of the transient page
            if (walk.keyCopy.length < prevLength)
                walk.keyCopy = new Uint8Array(prevLength * 2);
            walk.keyCopy.set(prevPage.subarray(prevStart, prevStart + prevLength));
            prevPage = walk.keyCopy;
            prevStart = 0;
        }
        walk.prevPage = prevPage;
        walk.prevStart = prevStart;
        walk.prevLength = prevLength;
    }
    /** A copy of `page` that stays valid while the walk below the current page reads others. */
    hold(page) {
        return this.held.hold(this.totalDepth - 1, page);
    }
    /** A bucket entry at element `index` of leaf `id`: paged (recurse) or inline (check in place). */
    checkBucketValue(id, index, name, value, parent) {
        if (value.length < BUCKET_HEADER_SIZE) {
            throw new BoltFormatError(`bucket entry ${index} has a ${value.length}-byte value, shorter than its header`, id);
        }
        const root = u64At(new DataView(value.buffer, value.byteOffset, value.byteLength), 0);
        if (parent.level < 0 &&
            root !== 0 &&
            value.length === BUCKET_HEADER_SIZE &&
            this.trusted?.get(bucketName(name)) === root) {
            return;
        }
        const report = {
            name: bucketName(name),
            parent: parent.level < 0 ? null : parent.name,
            level: parent.level + 1,
            keys: 0,
            buckets: 0,
            pages: 0,
            inline: root === 0,
            depth: 0
        };
        this.buckets.push(report);
        if (root === 0) {
            checkInlineBucket(id, index, value.subarray(BUCKET_HEADER_SIZE), report);
            return;
        }
        if (value.length !== BUCKET_HEADER_SIZE) {
            throw new BoltFormatError(`paged bucket entry ${index} has a ${value.length}-byte value (want 16)`, id);
        }
        this.walkBucket(root, report, id);
    }
}
/** Throws the message for an element whose data leaves the page or whose key is empty. */
function elementProblem(id, page, index, start, end) {
    if (end > page.length) {
        throw new BoltFormatError(`element ${index} data [${start}, ${end}) lies outside the ${page.length}-byte page`, id);
    }
    throw new BoltFormatError(`element ${index} has an empty key`, id);
}

;// CONCATENATED MODULE: ./src/lib/bolt/check.ts
/**
 * Full consistency check of a bbolt file, stricter than `bbolt check` (bbolt-format §3.4, §5.4,
 * §9): reachability (each page once, or free), fastCheck on every reachable page, element bounds,
 * key order within and across pages, branch key == child's first key, ≥ 2 children per branch,
 * no empty non-root page, inline buckets well formed and without sub-buckets, and a freelist page
 * (if any) equal to the unreachable set. The first problem throws a BoltFormatError naming its
 * page. Bounded on any input: a bitmap of hwm bits, limited recursion, every count checked against
 * its page before looping.
 */




const check_TWO_32 = 0x1_0000_0000;
const check_HIGH_WORD_LIMIT = 0x20_0000;
function checkDb(db, options = {}) {
    const { hwm, pageSize } = db;
    const dbSize = hwm * pageSize;
    if (db.source.size < dbSize) {
        throw new TruncatedSnapshotError(`bbolt file is truncated: it holds ${db.source.size} bytes, its meta needs ${dbSize} (${hwm} pages)`);
    }
    const marks = new PageMarks(hwm, options.onProgress);
    marks.mark(0, 0, 0);
    marks.mark(1, 0, 1);
    const freelistIds = db.meta.freelist === null ? null : readFreelist(db, db.meta.freelist, marks);
    const root = {
        name: '',
        parent: null,
        level: -1,
        keys: 0,
        buckets: 0,
        pages: 0,
        inline: false,
        depth: 0
    };
    if (options.trustedBuckets !== undefined && freelistIds !== null) {
        throw new errors_InvariantError('checkDb: trustedBuckets needs a db without a freelist page');
    }
    const tree = new TreeChecker(db, marks, options.trustedBuckets);
    tree.walkBucket(db.meta.root, root, db.meta.pageId);
    marks.reportProgress();
    const freePages = hwm - marks.reachable;
    if (freelistIds !== null)
        compareFreelist(freelistIds, freePages, marks);
    return {
        pageSize,
        hwm,
        txid: db.meta.txid.toString(),
        dbSize,
        fileSize: db.source.size,
        reachablePages: marks.reachable,
        freePages,
        freelist: freelistIds === null ? 'none' : 'page',
        rootPages: root.pages,
        buckets: tree.buckets,
        warnings: [],
        freePageIds: () => marks.freePageIds(),
        isFree: (id) => marks.isFree(id)
    };
}
/**
 * The freelist page's ids (bbolt-format §4.1), validated: sorted, unique, in [2, hwm), count
 * (incl. the 0xFFFF escape) inside the span. Marks the freelist span reachable.
 */
function readFreelist(db, id, marks) {
    const page = db.page(id);
    const view = new DataView(page.buffer, page.byteOffset, page.byteLength);
    const flags = view.getUint16(8, true);
    if (flags !== PageFlag.freelist) {
        throw new BoltFormatError(`meta freelist points at a page with flags 0x${flags.toString(16)}`, id);
    }
    marks.mark(id, page.length / db.pageSize - 1, db.meta.pageId);
    let count = view.getUint16(10, true);
    let start = PAGE_HEADER_SIZE;
    if (count === FREELIST_COUNT_ESCAPE) {
        const hi = view.getUint32(20, true); // a page is ≥ 512 bytes: the count is inside
        count = hi >= check_HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * check_TWO_32 + view.getUint32(16, true);
        start += 8;
    }
    if (count > (page.length - start) / 8) {
        throw new BoltFormatError(`freelist count ${count} does not fit in its ${page.length}-byte span`, id);
    }
    const ids = new Float64Array(count);
    let previous = 1;
    for (let i = 0; i < count; i++) {
        const offset = start + 8 * i;
        const hi = view.getUint32(offset + 4, true);
        const free = hi >= check_HIGH_WORD_LIMIT ? Number.MAX_SAFE_INTEGER : hi * check_TWO_32 + view.getUint32(offset, true);
        if (free < 2 || free >= db.hwm) {
            throw new BoltFormatError(`freelist entry ${i} is page ${free}, outside [2, ${db.hwm})`, id);
        }
        if (free <= previous) {
            throw new BoltFormatError(`freelist is not sorted and unique: page ${free} follows ${previous}`, id);
        }
        ids[i] = previous = free;
    }
    return ids;
}
/** The freelist must be exactly the unreachable set: no page in use, none missing. */
function compareFreelist(ids, freePages, marks) {
    for (const id of ids) {
        if (marks.has(id)) {
            throw new BoltFormatError(`reachable freed: page ${id} is in use but listed in the freelist`, id);
        }
    }
    if (ids.length === freePages)
        return;
    let k = 0;
    for (let id = 2; id < marks.hwm; id++) {
        if (marks.has(id))
            continue;
        if (k < ids.length && ids[k] === id)
            k++;
        else
            throw new BoltFormatError(`unreachable unfreed: page ${id} is neither in use nor in the freelist`, id);
    }
}

;// CONCATENATED MODULE: ./src/lib/backend/revision.ts
/**
 * Keys of the `key` bucket: an MVCC revision (etcd `revToBytes` / `bytesToRev`, v3.4
 * `mvcc/revision.go`). 8-byte big-endian main, ASCII `_`, 8-byte big-endian sub = 17 bytes;
 * a deletion ("tombstone") appends ASCII `t` (18 bytes). Because both numbers are big-endian and
 * non-negative, bbolt's byte order is revision order. Format doc §5.4.
 */

/** Length of an encoded revision. */
const REVISION_BYTES = 17;
/** Length of an encoded tombstone revision. */
const TOMBSTONE_REVISION_BYTES = 18;
const SEPARATOR = 0x5f; // '_'
const TOMBSTONE_MARK = 0x74; // 't'
const MAX_INT64 = (1n << 63n) - 1n;
function checkInt64(name, value) {
    if (value < 0n || value > MAX_INT64)
        throw new RangeError(`revision ${name} ${value} is not in 0..2^63-1`);
}
/** The 17-byte key of `rev` (18 bytes with the tombstone mark when `tombstone`). */
function encodeRevision(rev, tombstone = false) {
    checkInt64('main', rev.main);
    checkInt64('sub', rev.sub);
    const out = new Uint8Array(tombstone ? TOMBSTONE_REVISION_BYTES : REVISION_BYTES);
    const view = new DataView(out.buffer);
    view.setBigUint64(0, rev.main, false);
    out[8] = SEPARATOR;
    view.setBigUint64(9, rev.sub, false);
    if (tombstone)
        out[17] = TOMBSTONE_MARK;
    return out;
}
/**
 * Decodes a `key`-bucket key. Throws SnapshotError when it is not 17 bytes, or 18 ending in `t`,
 * with `_` at byte 8 and both numbers below 2^63 (`what` names the key's place in the message).
 */
function decodeRevision(key, what = 'key bucket') {
    const length = key.length;
    const tombstone = length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK;
    if ((length !== REVISION_BYTES && !tombstone) ||
        key[8] !== SEPARATOR ||
        (key[0] & 0x80) !== 0 ||
        (key[9] & 0x80) !== 0) {
        throw new errors_SnapshotError(`${what}: malformed revision key ${hexPreview(key)} (${length} bytes)`);
    }
    const view = new DataView(key.buffer, key.byteOffset, length);
    return { main: view.getBigUint64(0, false), sub: view.getBigUint64(9, false), tombstone };
}
/**
 * Only the main revision of a `key`-bucket key, as a number, for loops over millions of keys:
 * the same checks as decodeRevision without allocating. Throws SnapshotError like it.
 */
function revisionMain(key, what = 'key bucket') {
    const length = key.length;
    if (!(length === REVISION_BYTES ||
        (length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK)) ||
        key[8] !== SEPARATOR ||
        (key[9] & 0x80) !== 0) {
        return revisionNumber(decodeRevision(key, what).main); // throws the detailed error
    }
    const high = ((key[0] << 24) | (key[1] << 16) | (key[2] << 8) | key[3]) >>> 0;
    const low = ((key[4] << 24) | (key[5] << 16) | (key[6] << 8) | key[7]) >>> 0;
    if (high > 0x1fffff)
        return revisionNumber(decodeRevision(key, what).main); // beyond 2^53
    return high * 2 ** 32 + low;
}
/** `key bucket revision <main>_<sub>` for error messages (`_<sub>t` for a tombstone). */
function revisionLabel(key) {
    const r = decodeRevision(key);
    return `key bucket revision ${r.main}_${r.sub}${r.tombstone ? 't' : ''}`;
}
/** True when `key` is a tombstone revision (etcd `isTombstone`: 18 bytes ending in `t`). */
function isTombstone(key) {
    return key.length === TOMBSTONE_REVISION_BYTES && key[17] === TOMBSTONE_MARK;
}
/** Orders revisions like etcd's `revision.GreaterThan` (main, then sub). */
function compareRevisions(a, b) {
    if (a.main !== b.main)
        return a.main < b.main ? -1 : 1;
    if (a.sub !== b.sub)
        return a.sub < b.sub ? -1 : 1;
    return 0;
}
/** `main` as a number, for reports; revisions above 2^53 do not occur in practice but are refused. */
function revisionNumber(main) {
    if (main > BigInt(Number.MAX_SAFE_INTEGER)) {
        throw new errors_SnapshotError(`revision ${main} is too large to report (above 2^53)`);
    }
    return Number(main);
}
function hexPreview(bytes) {
    const hex = Buffer.from(bytes.subarray(0, 24)).toString('hex');
    return bytes.length > 24 ? `${hex}…` : hex || '(empty)';
}
/**
 * The revision etcd serves after booting a restored db: its newest key's, or the finished
 * compaction's when that is newer (mvcc's restore: a compaction at the head, after deletions, can
 * leave no key at its revision, and etcd then starts at the compaction revision).
 */
function servedRevision(newestKeyRevision, finishedCompactRevision) {
    return newestKeyRevision > finishedCompactRevision ? newestKeyRevision : finishedCompactRevision;
}

;// CONCATENATED MODULE: ./src/lib/format.ts
/** Human sizes for logs and the summary: binary units, one decimal. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit++;
    }
    return unit === 0 ? `${bytes} B` : `${value.toFixed(1)} ${units[unit]}`;
}
/** `12.3 MiB/s`; a zero duration counts as 1 ms so tiny transfers still show a rate. */
function formatRate(bytes, ms) {
    return `${formatBytes(Math.round((bytes * 1000) / Math.max(ms, 1)))}/s`;
}
function formatDuration(ms) {
    return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
/**
 * `db size → restored size (N% free pages dropped)`, the line the report, the job summary and
 * `snapshot status` show; a copied db says its free pages were kept.
 */
function describeDb(db) {
    const sizes = `${formatBytes(db.sourceSize)} → ${formatBytes(db.restoredSize)}`;
    return db.mode === 'compact'
        ? `${sizes} (${db.freePercent}% free pages dropped)`
        : `${sizes} (copied; its ${db.freePercent}% free pages kept)`;
}

;// CONCATENATED MODULE: ./src/lib/stopwatch.ts
/** Times the phases of a run: each lap() records the milliseconds since the previous one. */
class Stopwatch {
    last = performance.now();
    recorded = {};
    lap(name) {
        const now = performance.now();
        const ms = Math.round(now - this.last);
        this.recorded[name] = (this.recorded[name] ?? 0) + ms;
        this.last = now;
        return ms;
    }
    laps() {
        return { ...this.recorded };
    }
}

;// CONCATENATED MODULE: ./src/lib/cluster/order.ts
/** Ascending unsigned order for bigint IDs (Array.prototype.sort compares as strings otherwise). */
function compareBigints(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/lib/cluster/ids.ts
/**
 * Member and cluster IDs, computed the way etcd's membership package does (format doc §2).
 * Restore never adds the "now" suffix that `member add` uses, so the IDs are deterministic.
 */


/** First 8 bytes of SHA-1(concat(sorted peer URLs) + token), big-endian. `peerURLs` must be normalized. */
function memberId(peerURLs, token) {
    const sorted = [...peerURLs].sort();
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha1');
    for (const url of sorted)
        hash.update(url, 'utf8');
    hash.update(token, 'utf8');
    return hash.digest().readBigUInt64BE(0);
}
/** First 8 bytes of SHA-1(member IDs ascending, each as 8 big-endian bytes). */
function clusterId(memberIds) {
    const sorted = [...memberIds].sort(compareBigints);
    const bytes = Buffer.alloc(8 * sorted.length);
    sorted.forEach((id, i) => bytes.writeBigUInt64BE(id, 8 * i));
    return (0,external_node_crypto_namespaceObject.createHash)('sha1').update(bytes).digest().readBigUInt64BE(0);
}
/** `types.ID.String()`: lowercase hex without padding (v2 store paths, `members` bucket keys). */
function idHex(id) {
    return id.toString(16);
}
/** `%016x`: the zero-padded form used in file names. */
function idPadded(id) {
    return id.toString(16).padStart(16, '0');
}

;// CONCATENATED MODULE: ./src/lib/cluster/urls.ts
/**
 * Peer URLs as etcd's `types.NewURLs` accepts them, in the string form Go's `url.URL.String()`
 * gives (that string is hashed into member IDs and written into the WAL and `.snap`).
 *
 * We reproduce Go's normalization only for plain `scheme://host:port` URLs, where it just
 * lowercases the scheme. Anything Go would re-encode or that etcd handles differently across
 * versions (user info, query, fragment, percent-encoding, IPv6 zones, paths, non-ASCII) is
 * rejected with an InputError naming the URL and the rule, rather than risk a different member ID.
 */

/** Longer URLs are certainly mistakes; the bound keeps error messages and IDs sane. */
const MAX_URL_LENGTH = 1024;
const SCHEMES = new Set(['http', 'https', 'unix', 'unixs']);
const GO_ASCII_SPACE = /^[\t\n\v\f\r ]+|[\t\n\v\f\r ]+$/g;
const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):\/\/(.*)$/s;
const REG_NAME = /^[A-Za-z0-9._~-]+$/;
const IPV6 = /^\[[0-9A-Fa-f:.]+\]$/;
/** Normalizes one peer URL (TrimSpace, Go parse, String()); throws InputError if etcd or we reject it. */
function normalizePeerUrl(raw) {
    const bad = (rule) => new InputError(`invalid peer URL ${quote(raw)}: ${rule}`);
    const text = raw.replace(GO_ASCII_SPACE, '');
    if (text === '')
        throw bad('it is empty');
    if (text.length > MAX_URL_LENGTH)
        throw bad(`it is longer than ${MAX_URL_LENGTH} characters`);
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(text))
        throw bad('it contains a control character');
    if (/[^\u0020-\u007e]/.test(text))
        throw bad('it contains a non-ASCII character');
    if (/\s/.test(text))
        throw bad('it contains whitespace');
    const m = SCHEME.exec(text);
    if (!m)
        throw bad('it must look like scheme://host:port');
    const scheme = m[1].toLowerCase();
    const rest = m[2];
    if (!SCHEMES.has(scheme))
        throw bad('URL scheme must be http, https, unix, or unixs');
    if (rest.includes('@'))
        throw bad('user info (user@) is not supported');
    if (rest.includes('?'))
        throw bad('a query (?) is not supported');
    if (rest.includes('#'))
        throw bad('a fragment (#) is not supported');
    if (rest.includes('%'))
        throw bad('percent-encoding and IPv6 zones (%) are not supported');
    if (rest.includes('/') || rest.includes('\\'))
        throw bad('URL must not contain a path');
    // A bracketed IPv6 host ends at `]`; otherwise the port follows the last colon.
    const bracketEnd = rest.startsWith('[') ? rest.indexOf(']') : -1;
    const colon = bracketEnd >= 0 ? bracketEnd + 1 : rest.lastIndexOf(':');
    if (colon === 0)
        throw bad('the host is empty');
    if (colon < 0 || rest[colon] !== ':')
        throw bad('URL address does not have the form "host:port"');
    const host = rest.slice(0, colon);
    const port = rest.slice(colon + 1);
    if (host === '')
        throw bad('the host is empty');
    if (!REG_NAME.test(host) && !IPV6.test(host)) {
        throw bad('the host must be a name, an IPv4 address or a [bracketed] IPv6 address');
    }
    if (!/^[0-9]{1,5}$/.test(port) || Number(port) > 65535) {
        throw bad('URL address does not have the form "host:port" (port must be 0-65535)');
    }
    return `${scheme}://${host}:${port}`;
}
/** `types.NewURLs`: normalizes every URL and sorts by the normalized string (byte order). */
function normalizePeerUrls(raws) {
    return raws.map(normalizePeerUrl).sort(compareStrings);
}
/** A comma-separated URL list (`--initial-advertise-peer-urls`), normalized and sorted. */
function parsePeerUrlList(csv) {
    return normalizePeerUrls(csv.split(','));
}
/** Byte-order comparison; equal to Go's for the ASCII strings this module produces. */
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Go's %q is close enough to JSON quoting for messages. */
function quote(text) {
    return JSON.stringify(text);
}

;// CONCATENATED MODULE: ./src/lib/cluster/initial-cluster.ts
/**
 * `--initial-cluster` parsing and bootstrap validation (format doc §1.2, §1.3): etcd's
 * `types.NewURLsMap` + `ServerConfig.VerifyBootstrap` + `NewClusterFromURLsMap`, plus guards of
 * our own, because member names also become directory and artifact names.
 */




/** etcd has no limit. Ours keeps the v2 store's 1000-slot event queue from wrapping (§7.5). */
const MAX_MEMBERS = 1000;
/** A file name component is at most 255 bytes on common file systems. */
const MAX_NAME_BYTES = 255;
/**
 * `types.NewURLsMap`: split on `,`, skip empty pieces, the first `=` separates name from URL,
 * names are not trimmed, a repeated name collects URLs. Returns name → normalized sorted URLs,
 * in order of first appearance.
 */
function parseInitialCluster(initialCluster) {
    const raw = new Map();
    for (const piece of initialCluster.split(',')) {
        if (piece === '')
            continue;
        const eq = piece.indexOf('=');
        if (eq < 0)
            throw new InputError(`--initial-cluster entry ${quote(piece)} is not name=url`);
        const name = piece.slice(0, eq);
        checkName(name);
        const urls = raw.get(name) ?? [];
        urls.push(piece.slice(eq + 1));
        raw.set(name, urls);
        if (raw.size > MAX_MEMBERS) {
            throw new InputError(`--initial-cluster has more than ${MAX_MEMBERS} members`);
        }
    }
    const parsed = new Map();
    for (const [name, urls] of raw)
        parsed.set(name, normalizePeerUrls(urls));
    return parsed;
}
/** Builds the restored cluster: IDs, validation, members in ascending ID order. */
function buildCluster(initialCluster, token) {
    const urlsMap = parseInitialCluster(initialCluster);
    if (urlsMap.size === 0)
        throw new InputError('--initial-cluster is empty');
    const seen = new Map();
    for (const [name, urls] of urlsMap) {
        for (const url of urls) {
            const other = seen.get(url);
            if (other !== undefined) {
                throw new InputError(`initial cluster ${urlsMapString(urlsMap)} has duplicate url ${url} (members ${quote(other)} and ${quote(name)})`);
            }
            seen.set(url, name);
        }
    }
    const byId = new Map();
    for (const [name, peerURLs] of urlsMap) {
        const id = memberId(peerURLs, token);
        if (id === 0n)
            throw new InputError(`cannot use 0 as member id (member ${quote(name)})`);
        const other = byId.get(id);
        if (other) {
            throw new InputError(`member exists with identical ID ${idHex(id)}: ${quote(other.name)} and ${quote(name)}`);
        }
        byId.set(id, { name, id, peerURLs });
    }
    const writtenOrder = [...byId.keys()];
    const members = [...byId.values()].sort((a, b) => compareBigints(a.id, b.id));
    return { token, id: clusterId(members.map((m) => m.id)), members, writtenOrder };
}
/** The member called `name`; InputError with etcd's message when there is none. */
function findMember(cluster, name) {
    const member = cluster.members.find((m) => m.name === name);
    if (!member) {
        throw new InputError(`couldn't find local name ${quote(name)} in the initial cluster configuration`);
    }
    return member;
}
/**
 * etcd's `advertiseMatchesCluster`, without its DNS resolution: the member's URLs must equal
 * `--initial-advertise-peer-urls` as sorted lists of normalized strings.
 */
function verifyAdvertisePeerUrls(cluster, name, advertise) {
    const member = findMember(cluster, name);
    const advertised = parsePeerUrlList(advertise);
    const expected = member.peerURLs;
    if (advertised.length === expected.length && advertised.every((u, i) => u === expected[i])) {
        return;
    }
    const missing = expected.filter((u) => !advertised.includes(u));
    if (missing.length > 0) {
        throw new InputError(`--initial-cluster has ${missing.map((u) => `${name}=${u}`).join(',')} but missing from --initial-advertise-peer-urls=${advertised.join(',')}`);
    }
    const extra = advertised.filter((u) => !expected.includes(u));
    if (extra.length > 0) {
        throw new InputError(`--initial-advertise-peer-urls has ${extra.join(',')} but missing from --initial-cluster=${expected.map((u) => `${name}=${u}`).join(',')}`);
    }
    throw new InputError(`--initial-advertise-peer-urls=${advertised.join(',')} does not match --initial-cluster=${expected.map((u) => `${name}=${u}`).join(',')} (a URL is repeated)`);
}
/** Names become directory and artifact names, so we refuse more than etcd does. */
function checkName(name) {
    const bad = (rule) => new InputError(`--initial-cluster member name ${quote(name)} ${rule} (names become directory and artifact names)`);
    if (name === '')
        throw bad('is empty');
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f-\u009f]/.test(name))
        throw bad('contains a control character');
    if (name.includes('/') || name.includes('\\'))
        throw bad('contains a path separator');
    if (name.includes('..') || name === '.')
        throw bad('contains ".." or is "."');
    if (/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) {
        throw bad('is not valid Unicode');
    }
    if (Buffer.byteLength(name, 'utf8') > MAX_NAME_BYTES)
        throw bad(`is longer than ${MAX_NAME_BYTES} bytes`);
}
/** Go's `URLsMap.String()`: `name=url` pairs sorted as strings, joined by commas. */
function urlsMapString(urlsMap) {
    const pairs = [];
    for (const [name, urls] of urlsMap)
        for (const url of urls)
            pairs.push(`${name}=${url}`);
    return pairs.sort(compareStrings).join(',');
}

;// CONCATENATED MODULE: ./src/lib/restore/plan.ts
/**
 * Step 1 of a restore: which members, where each goes, and where each is staged beside its
 * target (created parents are recorded so a failed restore can remove them again).
 */





/** The target cluster and the members to produce, in the order the user wrote them. */
function planCluster(options) {
    if (options.bumpRevision > 0n !== options.markCompacted) {
        throw new InputError('--mark-compacted required if --bump-revision > 0, and --bump-revision > 0 required with --mark-compacted');
    }
    const cluster = buildCluster(options.initialCluster, options.initialClusterToken);
    // People read members in the order they wrote them; the raft log keeps etcd's ID order.
    const written = [...parseInitialCluster(options.initialCluster).keys()];
    const selected = [...selectMembers(cluster, options)].sort((a, b) => written.indexOf(a.name) - written.indexOf(b.name));
    return { cluster, selected };
}
function selectMembers(cluster, options) {
    const target = options.target;
    if (target.kind === 'single') {
        verifyAdvertisePeerUrls(cluster, target.name, target.initialAdvertisePeerUrls);
        return cluster.members.filter((m) => m.name === target.name);
    }
    if (!target.members)
        return cluster.members;
    if (target.members.length === 0) {
        throw new InputError('--members names no member: give comma-separated names, or leave it out for all');
    }
    const wanted = new Set(target.members);
    for (const name of wanted) {
        if (!cluster.members.some((m) => m.name === name)) {
            throw new InputError(`member "${name}" is not in --initial-cluster (${cluster.members.map((m) => m.name).join(', ')})`);
        }
    }
    return cluster.members.filter((m) => wanted.has(m.name));
}
/**
 * Decides where each member goes and where it is staged. With --out-dir absent or empty, the
 * whole cluster is staged as one folder and appears with a single rename.
 */
function planTargets(selected, options, staging, created) {
    const target = options.target;
    if (target.kind === 'single') {
        const dataState = targetState(target.dataDir, 'data-dir');
        if (target.walDir !== undefined && targetState(target.walDir, 'wal-dir') !== 'absent') {
            throw new TargetError(`wal-dir "${target.walDir}" exists`);
        }
        prepareParent(target.dataDir, created);
        const member = selected[0];
        const plan = {
            member,
            dataDir: target.dataDir,
            stageDataDir: staging.stage(target.dataDir, dataState)
        };
        if (target.walDir !== undefined) {
            plan.walDir = target.walDir;
            const inside = nestedWalDir(target.dataDir, target.walDir, {
                exact: ['member'],
                tree: [(0,external_node_path_namespaceObject.join)('member', 'snap')]
            });
            if (inside !== undefined) {
                // etcd accepts a --wal-dir inside the data-dir: it is staged (and renamed) with it
                plan.stageWalDir = (0,external_node_path_namespaceObject.join)(plan.stageDataDir, inside);
            }
            else {
                prepareParent(target.walDir, created);
                plan.stageWalDir = staging.stage(target.walDir, 'absent');
            }
        }
        return { planned: [plan], scratchNear: plan.stageDataDir };
    }
    const outState = targetState(target.outDir, 'out-dir');
    prepareParent(target.outDir, created);
    const outStage = staging.stage(target.outDir, outState);
    let walStage;
    const inside = target.walDir === undefined
        ? undefined
        : nestedWalDir(target.outDir, target.walDir, { tree: selected.map((m) => m.name) });
    if (target.walDir !== undefined && inside === undefined) {
        const walState = targetState(target.walDir, 'wal-dir');
        prepareParent(target.walDir, created);
        walStage = staging.stage(target.walDir, walState);
        (0,external_node_fs_namespaceObject.mkdirSync)(walStage, { mode: 0o700 });
    }
    (0,external_node_fs_namespaceObject.mkdirSync)(outStage, { mode: 0o700 });
    if (inside !== undefined) {
        walStage = (0,external_node_path_namespaceObject.join)(outStage, inside);
        (0,external_node_fs_namespaceObject.mkdirSync)(walStage, { recursive: true, mode: 0o700 });
    }
    const planned = selected.map((member) => ({
        member,
        dataDir: (0,external_node_path_namespaceObject.join)(target.outDir, member.name),
        stageDataDir: (0,external_node_path_namespaceObject.join)(outStage, member.name),
        ...(target.walDir !== undefined && walStage !== undefined
            ? { walDir: (0,external_node_path_namespaceObject.join)(target.walDir, member.name), stageWalDir: (0,external_node_path_namespaceObject.join)(walStage, member.name) }
            : {})
    }));
    return { planned, scratchNear: outStage };
}
/**
 * The path of `walDir` relative to `dir` when it lies inside it (staged together then), else
 * undefined. Refuses the same folder, and folders restore itself writes: `exact` ones (e.g.
 * member) and anything at or under a `tree` (member/snap, another member's data-dir).
 */
function nestedWalDir(dir, walDir, reserved) {
    const inside = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(dir), (0,external_node_path_namespaceObject.resolve)(walDir));
    if (inside === '')
        throw new InputError(`--wal-dir "${walDir}" must differ from "${dir}"`);
    if (inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside))
        return undefined;
    const clash = reserved.exact?.find((r) => inside === r) ??
        reserved.tree?.find((r) => inside === r || inside.startsWith(`${r}${external_node_path_namespaceObject.sep}`));
    if (clash !== undefined) {
        throw new InputError(`--wal-dir "${walDir}" cannot be ${(0,external_node_path_namespaceObject.join)(dir, clash)}, which restore writes itself`);
    }
    return inside;
}
/** Creates the target's parent (as etcd's MkdirAll would) and clears what killed runs left there. */
function prepareParent(path, created) {
    const parent = (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(path));
    const first = (0,external_node_fs_namespaceObject.mkdirSync)(parent, { recursive: true, mode: 0o700 });
    // mkdirSync returns the top-most folder it made: record it and every one below it
    if (first !== undefined) {
        for (let dir = parent; dir.length >= first.length; dir = (0,external_node_path_namespaceObject.dirname)(dir))
            created.push(dir);
    }
    clearStaleStaging(parent);
}
/** Deepest first; a folder someone filled meanwhile stays. */
function removeEmptyDirs(dirs) {
    for (const dir of [...dirs].sort((a, b) => b.length - a.length)) {
        try {
            (0,external_node_fs_namespaceObject.rmdirSync)(dir);
        }
        catch {
            // not empty, or already gone
        }
    }
}
/** A file-system failure while writing a member (disk full, read-only, permissions) is the target's. */
function targetWriteError(error, dataDir) {
    const code = error?.code;
    if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code))
        return error;
    return new TargetError(`cannot write data-dir "${dataDir}": ${error.message}`, {
        cause: error
    });
}

;// CONCATENATED MODULE: ./src/lib/backend/schema.ts
/**
 * The names etcd gives its bbolt buckets and well-known keys (etcd v3.4 `mvcc/kvstore.go`,
 * `auth/store.go`, `etcdserver/api/membership/store.go`, `lease/lessor.go`; v3.5
 * `server/mvcc/buckets/bucket.go`; v3.6 `server/storage/schema/bucket.go`). Spelled once here;
 * everything else compares against these bytes. Format doc §5.2.
 */

const ascii = (text) => new TextEncoder().encode(text);
/** Bucket names, as raw bytes (bbolt compares bytes). */
const Buckets = {
    /** MVCC history: key = revision (17 bytes, 18 for a tombstone), value = mvccpb.KeyValue. */
    key: ascii('key'),
    /** Backend bookkeeping: consistent index, term, compaction marks, versions (MetaKeys). */
    meta: ascii('meta'),
    /** Leases: key = 8-byte big-endian lease ID, value = leasepb.Lease. */
    lease: ascii('lease'),
    /** Raised alarms (NOSPACE, CORRUPT): key = marshalled AlarmMember, value empty. */
    alarm: ascii('alarm'),
    /** Cluster-wide facts: cluster version and the 3.5+ downgrade state (ClusterKeys). */
    cluster: ascii('cluster'),
    /** Members: key = member ID in unpadded lower-case hex, value = member JSON (format doc §7.4). */
    members: ascii('members'),
    /** Removed members: key = unpadded hex ID, value = the text `removed`. */
    membersRemoved: ascii('members_removed'),
    /** Auth switches: enabled flag and auth revision (AuthKeys). */
    auth: ascii('auth'),
    /** Users: key = user name, value = authpb.User. */
    authUsers: ascii('authUsers'),
    /** Roles: key = role name, value = authpb.Role. */
    authRoles: ascii('authRoles')
};
/** Keys of the `meta` bucket. */
const MetaKeys = {
    /** Raft index of the last entry applied to this backend: 8-byte big-endian uint64. */
    consistentIndex: ascii('consistent_index'),
    /** Raft term of that entry, 8-byte big-endian uint64; written by 3.5+ servers only. */
    term: ascii('term'),
    /** JSON raftpb.ConfState; written by 3.5+ servers on membership changes. */
    confState: ascii('confState'),
    /** Storage schema version as ASCII `major.minor.0`; written by 3.6+ servers. */
    storageVersion: ascii('storageVersion'),
    /** Compaction requested at this revision (17-byte revision); resumed at startup if unfinished. */
    scheduledCompactRev: ascii('scheduledCompactRev'),
    /** Last compaction that completed (17-byte revision): revisions below it are gone. */
    finishedCompactRev: ascii('finishedCompactRev')
};
/** Keys of the `cluster` bucket. */
const ClusterKeys = {
    /** Cluster version as ASCII `major.minor.0`. */
    clusterVersion: ascii('clusterVersion'),
    /** JSON downgrade state `{"target-version":…,"enabled":…}`; 3.5+ only. */
    downgrade: ascii('downgrade')
};
/** Keys of the `auth` bucket. */
const AuthKeys = {
    /** One byte: 1 = auth enabled, 0 = disabled. */
    authEnabled: ascii('authEnabled'),
    /** Auth store revision: 8-byte big-endian uint64, bumped by every auth change. */
    authRevision: ascii('authRevision')
};
/** The value etcd stores under every `members_removed` key. */
const REMOVED_MEMBER_VALUE = ascii('removed');
/** meta/consistent_index, meta/term and auth/authRevision are 8-byte big-endian uint64s. */
function encodeUint64(value) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, value, false);
    return out;
}
/** Reads such a value; `what` names it in the error (e.g. `meta/consistent_index`). */
function decodeUint64(value, what) {
    if (value.length !== 8)
        throw new errors_SnapshotError(`${what} is ${value.length} bytes, expected 8`);
    return new DataView(value.buffer, value.byteOffset, 8).getBigUint64(0, false);
}

;// CONCATENATED MODULE: ./src/lib/backend/facts.ts


const facts_text = new TextDecoder();
/**
 * Reads the facts a restore needs without scanning `key`, which can be gigabytes: counts come
 * from the check that already visited every page, the rest from point reads.
 */
function readFacts(db, check) {
    const top = check.buckets.filter((b) => b.level === 0);
    const keyBucket = db.bucket(Buckets.key);
    const last = keyBucket?.cursor().last() ?? null;
    const meta = db.bucket(Buckets.meta);
    const cluster = db.bucket(Buckets.cluster);
    const members = db.bucket(Buckets.members);
    const auth = db.bucket(Buckets.auth);
    const consistentIndex = meta?.get(MetaKeys.consistentIndex);
    const compacted = meta?.get(MetaKeys.finishedCompactRev);
    const storageVersion = meta?.get(MetaKeys.storageVersion);
    const clusterVersion = cluster?.get(ClusterKeys.clusterVersion);
    const enabled = auth?.get(AuthKeys.authEnabled);
    return {
        revision: last === null ? 0 : revisionNumber(decodeRevision(last.key).main),
        compactRevision: compacted === undefined
            ? 0
            : revisionNumber(decodeRevision(compacted, 'meta/finishedCompactRev').main),
        totalKeys: top.reduce((sum, b) => sum + b.keys + b.buckets, 0),
        keyRevisions: top.find((b) => b.name === 'key')?.keys ?? 0,
        sourceConsistentIndex: consistentIndex === undefined
            ? '0'
            : decodeUint64(consistentIndex, 'meta/consistent_index').toString(),
        sourceMembers: members ? [...members.entries()].map((e) => facts_text.decode(e.key)) : [],
        authEnabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
        ...(storageVersion ? { storageVersion: facts_text.decode(storageVersion) } : {}),
        ...(clusterVersion ? { clusterVersion: facts_text.decode(clusterVersion) } : {})
    };
}

;// CONCATENATED MODULE: ./src/lib/wal/crc32c.ts
/**
 * CRC-32C (Castagnoli, reflected polynomial 0x82F63B78) in Go's `crc32.Update(prev, table, data)`
 * convention: `crc32cUpdate(crc32cUpdate(0, a), b) === crc32c(a ‖ b)`. etcd chains WAL record CRCs
 * and checks `.snap` payloads with it; other helpers hash whole databases, hence slicing-by-8.
 */
const POLY = 0x82f63b78;
const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
/** TABLES[k][b]: the CRC of byte b followed by k zero bytes (slicing-by-8). */
const TABLES = buildTables();
function buildTables() {
    const tables = [];
    const t0 = new Uint32Array(256);
    for (let b = 0; b < 256; b++) {
        let c = b;
        for (let k = 0; k < 8; k++)
            c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1;
        t0[b] = c >>> 0;
    }
    tables.push(t0);
    for (let k = 1; k < 8; k++) {
        const prev = tables[k - 1];
        const t = new Uint32Array(256);
        for (let b = 0; b < 256; b++)
            t[b] = ((prev[b] >>> 8) ^ t0[prev[b] & 0xff]) >>> 0;
        tables.push(t);
    }
    return tables;
}
/** Go `crc32.Update(prev, castagnoliTable, bytes)`; returns an unsigned 32-bit number. */
function crc32cUpdate(prev, bytes) {
    const [t0, t1, t2, t3, t4, t5, t6, t7] = TABLES;
    let crc = ~prev >>> 0;
    const n = bytes.length;
    let i = 0;
    // Align to 4 bytes, then read two little-endian words per step through a Uint32Array view.
    while (i < n && ((bytes.byteOffset + i) & 3) !== 0)
        crc = t0[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    const words = Math.floor((n - i) / 8) * 2;
    if (LITTLE_ENDIAN && words > 0) {
        const view = new Uint32Array(bytes.buffer, bytes.byteOffset + i, words);
        for (let w = 0; w < words; w += 2) {
            const lo = crc ^ view[w];
            const hi = view[w + 1];
            crc =
                t7[lo & 0xff] ^
                    t6[(lo >>> 8) & 0xff] ^
                    t5[(lo >>> 16) & 0xff] ^
                    t4[lo >>> 24] ^
                    t3[hi & 0xff] ^
                    t2[(hi >>> 8) & 0xff] ^
                    t1[(hi >>> 16) & 0xff] ^
                    t0[hi >>> 24];
        }
        i += words * 4;
    }
    while (i < n)
        crc = t0[(crc ^ bytes[i++]) & 0xff] ^ (crc >>> 8);
    return ~crc >>> 0;
}
/** CRC-32C of `bytes` from a zero start (Go `crc32.Checksum(bytes, castagnoliTable)`). */
function crc32c_crc32c(bytes) {
    return crc32cUpdate(0, bytes);
}
/**
 * Polynomial product a·b modulo the CRC polynomial, in the reflected bit order the CRC uses
 * (bit 31 is x^0). The building block of crc32cCombine.
 */
function multiplyModPoly(a, b) {
    let product = 0;
    for (let bit = 0x8000_0000; bit !== 0; bit >>>= 1) {
        if ((a & bit) !== 0) {
            product ^= b;
            if ((a & (bit - 1)) === 0)
                break;
        }
        b = b & 1 ? (b >>> 1) ^ POLY : b >>> 1;
    }
    return product >>> 0;
}
/** X_POW_2N[k] = x^(2^k) modulo the polynomial (reflected): what 2^k zero bits multiply by. */
const X_POW_2N = (() => {
    const table = new Uint32Array(64);
    let p = 0x4000_0000; // x^1
    for (let k = 0; k < 64; k++) {
        table[k] = p;
        p = multiplyModPoly(p, p);
    }
    return table;
})();
/**
 * CRC-32C of `a ‖ b` from crc32c(a), crc32c(b) and b's length, without the bytes: appending b
 * multiplies a's register by x^(8·len) (mod the polynomial) and adds b's. HashKV uses it to
 * hash entries whose inclusion is only known after later ones were read.
 */
function crc32cCombine(crcA, crcB, lengthB) {
    if (!Number.isSafeInteger(lengthB) || lengthB < 0) {
        throw new RangeError(`crc32cCombine: length ${lengthB} is not a byte count`);
    }
    // x^(8·lengthB): the set bits of lengthB, each a power of two of bits (k + 3: 8 = 2^3)
    let shift = 0x8000_0000; // x^0
    for (let n = lengthB, k = 3; n > 0; n = Math.floor(n / 2), k++) {
        if (n % 2 === 1)
            shift = multiplyModPoly(X_POW_2N[k], shift);
    }
    return (multiplyModPoly(shift, crcA) ^ crcB) >>> 0;
}

// EXTERNAL MODULE: ./node_modules/protobufjs/index.js
var protobufjs = __nccwpck_require__(928);
var protobufjs_default = /*#__PURE__*/__nccwpck_require__.n(protobufjs);
;// CONCATENATED MODULE: ./src/lib/proto/sources.generated.ts
// GENERATED by scripts/gen-proto.mjs from src/lib/proto/*.proto. Do not edit.
/** File name → contents of every .proto file of this folder. */
const PROTO_SOURCES = {
    'auth.proto': '// authpb (etcd v3.4 auth/authpb/auth.proto, v3.5+ api/authpb/auth.proto): values of the\n// `authUsers` (key = user name) and `authRoles` (key = role name) buckets. proto3.\nsyntax = "proto3";\npackage authpb;\n\nmessage UserAddOptions {\n  bool no_password = 1;\n}\n\nmessage User {\n  bytes name = 1;\n  bytes password = 2;\n  repeated string roles = 3;\n  UserAddOptions options = 4;\n}\n\nmessage Permission {\n  enum Type {\n    READ = 0;\n    WRITE = 1;\n    READWRITE = 2;\n  }\n  Type permType = 1;\n  bytes key = 2;\n  bytes range_end = 3;\n}\n\nmessage Role {\n  bytes name = 1;\n  repeated Permission keyPermission = 2;\n}\n',
    'etcdserver.proto': '// etcdserverpb.Metadata (etcd etcdserver/etcdserverpb/etcdserver.proto): the WAL metadata record.\nsyntax = "proto2";\npackage etcdserverpb;\n\nmessage Metadata {\n  required uint64 NodeID = 1;\n  required uint64 ClusterID = 2;\n}\n',
    'k8s-runtime.proto': '// runtime.Unknown and runtime.TypeMeta (k8s.io/apimachinery pkg/runtime/generated.proto): the\n// envelope kube-apiserver stores every protobuf-encoded object in, after the 4 magic bytes\n// `k8s\\0`. raw holds the object itself (not decoded here). proto2, as upstream.\nsyntax = "proto2";\npackage k8s.io.apimachinery.pkg.runtime;\n\nmessage TypeMeta {\n  optional string apiVersion = 1;\n  optional string kind = 2;\n}\n\nmessage Unknown {\n  optional TypeMeta typeMeta = 1;\n  optional bytes raw = 2;\n  optional string contentEncoding = 3;\n  optional string contentType = 4;\n}\n',
    'lease.proto': '// leasepb.Lease (etcd v3.4 lease/leasepb/lease.proto, v3.5+ server/lease/leasepb/lease.proto):\n// the value of every entry in the `lease` bucket (key = 8-byte big-endian lease ID). proto3.\nsyntax = "proto3";\npackage leasepb;\n\nmessage Lease {\n  int64 ID = 1;\n  int64 TTL = 2;\n  int64 RemainingTTL = 3;\n}\n',
    'mvcc.proto': '// mvccpb.KeyValue (etcd v3.4 mvcc/mvccpb/kv.proto, v3.5+ api/mvccpb/kv.proto): the value of every\n// revision in the `key` bucket. proto3: zero values are not written.\nsyntax = "proto3";\npackage mvccpb;\n\nmessage KeyValue {\n  bytes key = 1;\n  int64 create_revision = 2;\n  int64 mod_revision = 3;\n  int64 version = 4;\n  bytes value = 5;\n  int64 lease = 6;\n}\n',
    'raft-v3.7.proto': '// raftpb as etcd-io/raft v3.7.0 (raftpb/raft.proto) declares it and etcd 3.7 marshals it with\n// google.golang.org/protobuf: every field is proto2 `optional` with explicit presence, so a field\n// is written exactly when the Go code sets it (zero included) and left out otherwise. gogoproto\'s\n// always-written non-nullable fields (raft.proto here) are gone: etcdutl 3.7.1 leaves\n// ConfChange.id and ConfState.auto_leave unset. Only the messages whose bytes differ are here.\nsyntax = "proto2";\npackage raftpb.v37;\n\nmessage SnapshotMetadata {\n  optional ConfState conf_state = 1;\n  optional uint64 index = 2;\n  optional uint64 term = 3;\n}\n\nmessage Snapshot {\n  optional bytes data = 1;\n  optional SnapshotMetadata metadata = 2;\n}\n\nmessage ConfState {\n  repeated uint64 voters = 1;\n  repeated uint64 learners = 2;\n  repeated uint64 voters_outgoing = 3;\n  repeated uint64 learners_next = 4;\n  optional bool auto_leave = 5;\n}\n\nenum ConfChangeType {\n  ConfChangeAddNode = 0;\n  ConfChangeRemoveNode = 1;\n  ConfChangeUpdateNode = 2;\n  ConfChangeAddLearnerNode = 3;\n}\n\nmessage ConfChange {\n  optional uint64 id = 1;\n  optional ConfChangeType type = 2;\n  optional uint64 node_id = 3;\n  optional bytes context = 4;\n}\n',
    'raft.proto': '// raftpb messages as etcd v3.4/v3.5 (raft/raftpb/raft.proto) and etcd-io/raft v3.6 marshal them.\n// gogoproto non-nullable scalars are always emitted, so they are `required` here: protobufjs\n// then always writes them, in field-number order. Repeated uint64 stay unpacked (proto2).\nsyntax = "proto2";\npackage raftpb;\n\nenum EntryType {\n  EntryNormal = 0;\n  EntryConfChange = 1;\n  EntryConfChangeV2 = 2;\n}\n\nmessage Entry {\n  required uint64 Term = 2;\n  required uint64 Index = 3;\n  required EntryType Type = 1;\n  optional bytes Data = 4;\n}\n\nmessage SnapshotMetadata {\n  required ConfState conf_state = 1;\n  required uint64 index = 2;\n  required uint64 term = 3;\n}\n\nmessage Snapshot {\n  optional bytes data = 1;\n  required SnapshotMetadata metadata = 2;\n}\n\nmessage HardState {\n  required uint64 term = 1;\n  required uint64 vote = 2;\n  required uint64 commit = 3;\n}\n\nmessage ConfState {\n  repeated uint64 voters = 1;\n  repeated uint64 learners = 2;\n  repeated uint64 voters_outgoing = 3;\n  repeated uint64 learners_next = 4;\n  required bool auto_leave = 5;\n}\n\nenum ConfChangeType {\n  ConfChangeAddNode = 0;\n  ConfChangeRemoveNode = 1;\n  ConfChangeUpdateNode = 2;\n  ConfChangeAddLearnerNode = 3;\n}\n\nmessage ConfChange {\n  required uint64 id = 1;\n  required ConfChangeType type = 2;\n  required uint64 node_id = 3;\n  optional bytes context = 4;\n}\n',
    'snap.proto': '// snappb (etcd etcdserver/api/snap/snappb/snap.proto): the envelope of a `.snap` file.\n// Upstream spells the message in lower case.\nsyntax = "proto2";\npackage snappb;\n\nmessage snapshot {\n  required uint32 crc = 1;\n  optional bytes data = 2;\n}\n',
    'wal-v3.7.proto': '// walpb.Snapshot as etcd v3.7 (server/storage/wal/walpb/record.proto) marshals it: index and term\n// optional but always set by the WAL code (ValidateSnapshotForWrite demands them), conf_state the\n// v3.7 ConfState. Record, Metadata, HardState, Entry and snappb keep their bytes: every field of\n// theirs is set.\nsyntax = "proto2";\npackage walpb.v37;\n\nimport "raft-v3.7.proto";\n\nmessage Snapshot {\n  optional uint64 index = 1;\n  optional uint64 term = 2;\n  optional raftpb.v37.ConfState conf_state = 3;\n}\n',
    'wal.proto': '// walpb messages (etcd wal/walpb/record.proto). Snapshot.conf_state exists from 3.5 on; 3.4\n// readers keep it as an unknown field. Only the last restore record sets it.\nsyntax = "proto2";\npackage walpb;\n\nimport "raft.proto";\n\nmessage Record {\n  required int64 type = 1;\n  required uint32 crc = 2;\n  optional bytes data = 3;\n}\n\nmessage Snapshot {\n  required uint64 index = 1;\n  required uint64 term = 2;\n  optional raftpb.ConfState conf_state = 3;\n}\n'
};

;// CONCATENATED MODULE: ./src/lib/proto/load.ts
/**
 * One protobufjs Root holding every embedded .proto file (sources.generated.ts), parsed once on
 * first use. `.proto` files cannot be read at run time because ncc bundles the code.
 * Field names are exactly as written in the .proto files (keepCase): `Term`, `conf_state`, `NodeID`.
 * proto2 `required` fields make decode throw when they are absent: stricter than Go, on purpose.
 */



let root;
function loadRoot() {
    // Decoding uint64 without long.js silently rounds to a double; IDs need all 64 bits.
    if (!(protobufjs_default()).util.Long)
        throw new errors_InvariantError('protobufjs has no long.js support');
    const r = new (protobufjs_default()).Root();
    for (const name of Object.keys(PROTO_SOURCES).sort()) {
        protobufjs_default().parse(PROTO_SOURCES[name], r, { keepCase: true });
    }
    r.resolveAll();
    return r;
}
/** The message type `fullName` (e.g. `raftpb.Entry`); an unknown name is a bug. */
function load_protoType(fullName) {
    root ??= loadRoot();
    const type = root.lookup(fullName);
    if (!(type instanceof (protobufjs_default()).Type))
        throw new errors_InvariantError(`no protobuf message ${fullName}`);
    return type;
}

;// CONCATENATED MODULE: ./src/lib/backend/kv.ts
/**
 * Values of etcd's buckets: `mvccpb.KeyValue` (every `key`-bucket revision), `leasepb.Lease`,
 * `authpb.User` and `authpb.Role`. KeyValue is decoded by hand because status and hashKV decode
 * one per revision (millions on a large snapshot) and need only a few fields; the rest go through
 * protobufjs (src/lib/proto/{mvcc,lease,auth}.proto).
 */


const EMPTY = new Uint8Array(0);
/** Reads protobuf wire format with every length checked against the buffer. */
class WireReader {
    bytes;
    what;
    pos = 0;
    constructor(bytes, what) {
        this.bytes = bytes;
        this.what = what;
    }
    get done() {
        return this.pos >= this.bytes.length;
    }
    fail(reason) {
        const what = typeof this.what === 'string' ? this.what : this.what();
        throw new errors_SnapshotError(`${what}: bad mvccpb.KeyValue at byte ${this.pos}: ${reason}`);
    }
    varint() {
        let result = 0n;
        for (let shift = 0n; shift < 70n; shift += 7n) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            const b = this.bytes[this.pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return BigInt.asIntN(64, result);
        }
        return this.fail('varint longer than 10 bytes');
    }
    /** A varint known to be small (tags, lengths): plain number arithmetic, fast path. */
    smallVarint() {
        let result = 0;
        for (let shift = 0; shift < 35; shift += 7) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            const b = this.bytes[this.pos++];
            result += (b & 0x7f) * 2 ** shift;
            if ((b & 0x80) === 0)
                return result;
        }
        return this.fail('length or tag too large');
    }
    /** Steps over a varint without building its value (the hot path of keyValueKey). */
    skipVarint() {
        for (let i = 0; i < 10; i++) {
            if (this.pos >= this.bytes.length)
                this.fail('truncated varint');
            if ((this.bytes[this.pos++] & 0x80) === 0)
                return;
        }
        this.fail('varint longer than 10 bytes');
    }
    lengthDelimited() {
        const length = this.smallVarint();
        if (length > this.bytes.length - this.pos) {
            this.fail(`length ${length} runs past the end (${this.bytes.length} bytes)`);
        }
        const out = this.bytes.subarray(this.pos, this.pos + length);
        this.pos += length;
        return out;
    }
    skip(wireType) {
        if (wireType === 0)
            this.skipVarint();
        else if (wireType === 2)
            this.lengthDelimited();
        else if (wireType === 1 || wireType === 5) {
            const n = wireType === 1 ? 8 : 4;
            if (n > this.bytes.length - this.pos)
                this.fail('truncated fixed field');
            this.pos += n;
        }
        else
            this.fail(`unsupported wire type ${wireType}`);
    }
}
/**
 * Decodes a `key`-bucket value. The returned byte arrays are views of `bytes` (copy them to keep
 * them past the next bolt read). `what` names the revision in error messages.
 */
function decodeKeyValue(bytes, what = 'key bucket value') {
    const r = new WireReader(bytes, what);
    const kv = {
        key: EMPTY,
        createRevision: 0n,
        modRevision: 0n,
        version: 0n,
        value: EMPTY,
        lease: 0n
    };
    while (!r.done) {
        const tag = r.smallVarint();
        const field = Math.floor(tag / 8);
        const wireType = tag & 7;
        if ((field === 1 || field === 5) && wireType === 2) {
            if (field === 1)
                kv.key = r.lengthDelimited();
            else
                kv.value = r.lengthDelimited();
        }
        else if (field >= 2 && field <= 6 && field !== 5 && wireType === 0) {
            const n = r.varint();
            if (field === 2)
                kv.createRevision = n;
            else if (field === 3)
                kv.modRevision = n;
            else if (field === 4)
                kv.version = n;
            else
                kv.lease = n;
        }
        else
            r.skip(wireType);
    }
    return kv;
}
/**
 * Only the user key of a `key`-bucket value (a view of `bytes`); steps over the other fields.
 * `what` may be a function so hot loops build the error context only on failure.
 */
function keyValueKey(bytes, what = 'key bucket value') {
    const r = new WireReader(bytes, what);
    let key = EMPTY;
    while (!r.done) {
        const tag = r.smallVarint();
        if (tag === 0x0a)
            key = r.lengthDelimited();
        else
            r.skip(tag & 7);
    }
    return key;
}
/**
 * Bytes as a string with one char per byte (ISO-8859-1), to use byte strings as Map keys.
 * Node's native latin1 slice; TextDecoder('latin1') is windows-1252 and much slower.
 */
function byteString(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}
function int64(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'number')
        return BigInt(value);
    const { low, high } = value;
    return BigInt.asIntN(64, (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0));
}
function decodeWith(typeName, bytes, what) {
    try {
        return protoType(typeName).decode(bytes);
    }
    catch (error) {
        throw new SnapshotError(`${what}: cannot decode ${typeName}: ${error.message}`, {
            cause: error
        });
    }
}
/** Decodes a `lease` bucket value (leasepb.Lease). */
function decodeLease(bytes, what = 'lease bucket value') {
    const m = decodeWith('leasepb.Lease', bytes, what);
    return { id: int64(m.ID), ttl: int64(m.TTL) };
}
/** Decodes an `authUsers` value (authpb.User). */
function decodeUser(bytes, what = 'authUsers value') {
    const m = decodeWith('authpb.User', bytes, what);
    return { name: utf8(m.name), roles: m.roles ?? [] };
}
/** Decodes an `authRoles` value (authpb.Role). */
function decodeRole(bytes, what = 'authRoles value') {
    const m = decodeWith('authpb.Role', bytes, what);
    return { name: utf8(m.name), permissions: m.keyPermission?.length ?? 0 };
}
function utf8(bytes) {
    return bytes ? new TextDecoder().decode(bytes) : '';
}

;// CONCATENATED MODULE: ./src/lib/backend/hashkv.ts





const hashkv_EMPTY = new Uint8Array(0);
/**
 * current and compact revision the way mvcc `store.restore` sets them at boot: compactMainRev
 * starts at -1 (what `endpoint hashkv` prints for a never-compacted store) and takes
 * finishedCompactRev; current = last revision in `key` (1 when empty), raised to the compact
 * revision; an unfinished scheduled compaction is resumed (`compactLockfree`) and moves the
 * compact revision, unless it is not above it or ahead of current (ErrCompacted/ErrFutureRev).
 */
function bootRevisions(db, keyBucket) {
    const meta = db.bucket(Buckets.meta);
    const mainOf = (key, absent) => {
        const value = meta?.get(key);
        return value === undefined
            ? absent
            : revisionNumber(decodeRevision(value, `meta/${byteString(key)}`).main);
    };
    const finished = mainOf(MetaKeys.finishedCompactRev, -1);
    const scheduled = mainOf(MetaKeys.scheduledCompactRev, 0);
    const last = keyBucket?.cursor().last();
    const currentRev = servedRevision(last ? revisionNumber(decodeRevision(last.key).main) : 1, finished);
    const resume = scheduled !== 0 && scheduled > finished && scheduled <= currentRev;
    return { currentRev, compactRev: resume ? scheduled : finished };
}
/** The user key of a revision, as a latin1 string (one char per byte: a faithful map key). */
function userKeyOf(e) {
    return byteString(keyValueKey(e.isBucket ? hashkv_EMPTY : e.value, () => revisionLabel(e.key)));
}
/**
 * HashKV of the `key` bucket at `rev` (0 or omitted = current revision), as etcd 3.4.23 reports
 * it after booting from this database. Throws InputError for a compacted or future `rev`.
 */
function hashKV(db, rev = 0, options = {}) {
    const maxTracked = options.maxTrackedKeys ?? 5_000_000;
    const keyBucket = db.bucket(Buckets.key);
    const { currentRev, compactRev } = bootRevisions(db, keyBucket);
    if (!Number.isSafeInteger(rev) || rev < 0)
        throw new InputError(`hashkv revision ${rev} is not a revision`);
    const compacted = options.server === '3.5' ? rev < compactRev : rev <= compactRev;
    if (rev > 0 && compacted) {
        throw new InputError(`hashkv revision ${rev} is compacted (compact revision ${compactRev})`);
    }
    if (rev > currentRev) {
        throw new InputError(`hashkv revision ${rev} is in the future (current revision ${currentRev})`);
    }
    const atRev = rev === 0 ? currentRev : rev;
    // Pass 1: for keys with a revision ≤ compactRev, is that revision still their latest at atRev?
    // user key → position in the bucket of its latest put ≤ compactRev (both passes count alike)
    const latestBelow = new Map();
    let anyBelow = false;
    let lastWasPut = false;
    if (keyBucket && compactRev > 0) {
        let position = 0;
        for (const e of keyBucket.sweep()) {
            const main = revisionMain(e.key);
            if (main > atRev)
                break;
            lastWasPut = !isTombstone(e.key);
            if (main <= compactRev) {
                anyBelow = true;
                // a deletion is never kept: its key leaves the set until a later put
                if (lastWasPut)
                    latestBelow.set(userKeyOf(e), position);
                else
                    latestBelow.delete(userKeyOf(e));
                if (latestBelow.size > maxTracked)
                    throw tooMany(maxTracked, compactRev);
            }
            else if (latestBelow.size > 0) {
                latestBelow.delete(userKeyOf(e));
            }
            position++;
        }
    }
    // The keep set only matters when something lies ≤ compactRev; decide cheaply when we can.
    const keepNonEmpty = !anyBelow ||
        latestBelow.size > 0 ||
        lastWasPut ||
        anyKeyAlive(keyBucket, compactRev, atRev, maxTracked);
    // Pass 2: the hash.
    let crc = crc32cUpdate(0, Buckets.key);
    if (keyBucket) {
        let position = 0;
        for (const e of keyBucket.sweep()) {
            const main = revisionMain(e.key);
            if (main > atRev)
                break;
            const at = position++;
            if (keepNonEmpty && main <= compactRev && latestBelow.get(userKeyOf(e)) !== at)
                continue;
            crc = crc32cUpdate(crc, e.key);
            if (!e.isBucket)
                crc = crc32cUpdate(crc, e.value);
        }
    }
    return {
        hash: crc >>> 0,
        hashRevision: atRev,
        compactRevision: compactRev,
        currentRevision: currentRev
    };
}
/**
 * Whether any key is alive at atRev, needed only when every revision ≤ compactRev is superseded
 * and the newest revision is a deletion (rare): tracks alive keys above compactRev.
 */
function anyKeyAlive(keyBucket, compactRev, atRev, maxTracked) {
    const alive = new Set();
    for (const e of keyBucket.sweep()) {
        const main = revisionMain(e.key);
        if (main > atRev)
            break;
        if (main <= compactRev)
            continue;
        const userKey = userKeyOf(e);
        if (isTombstone(e.key))
            alive.delete(userKey);
        else
            alive.add(userKey);
        if (alive.size > maxTracked)
            throw tooMany(maxTracked, compactRev);
    }
    return alive.size > 0;
}
function tooMany(maxTracked, compactRev) {
    return new errors_SnapshotError(`hashkv: more than ${maxTracked} distinct keys at or below compact revision ${compactRev}; ` +
        `raise maxTrackedKeys to compute the hash`);
}

;// CONCATENATED MODULE: ./src/lib/backend/storage-version.ts

/** The newest storage version the target's servers open (minor of 3.x). */
const NEWEST_STORAGE = { '3.4': 5, '3.5': 5, '3.6': 6, '3.7': 7 };
/** What the target's servers do with a newer backend. */
const REFUSAL = {
    '3.4': 'etcd 3.4.31+ refuses it at startup and etcd supports no downgrade to 3.4',
    '3.5': 'etcd 3.4.31+ refuses it at startup; etcd 3.5 takes a 3.6 backend only after etcdutl migrate',
    '3.6': 'etcd 3.6 refuses it at startup',
    '3.7': 'etcd 3.7 refuses it at startup'
};
/**
 * Throws when no server of `target`'s line would open a backend with this `meta/storageVersion`
 * and `cluster/clusterVersion` (undefined: absent).
 */
function assertStorageVersionFits(target, storageVersion, clusterVersion) {
    const storage = minorOf(storageVersion);
    // only 3.6+ servers read the cluster version from the backend (3.4/3.5 take it from the .snap)
    const cluster = NEWEST_STORAGE[target] >= 6 ? minorOf(clusterVersion) : undefined;
    const newest = Math.max(storage ?? 0, cluster ?? 0);
    if (newest <= NEWEST_STORAGE[target])
        return;
    const fitting = Object.keys(NEWEST_STORAGE).filter((t) => NEWEST_STORAGE[t] >= newest);
    const what = storage === newest
        ? `meta/storageVersion ${storageVersion}`
        : `cluster/clusterVersion ${clusterVersion}`;
    const hint = fitting.length > 0
        ? `restore with --target-version ${fitting.join(' or ')}`
        : 'no target version of this tool opens it';
    throw new InputError(`the snapshot was taken from etcd 3.${newest} (${what}), newer than a ${target} data-dir allows (${REFUSAL[target]}): ${hint}`);
}
/** 6 for "3.6.0"; undefined for anything that is not 3.<minor>[...]. */
function minorOf(version) {
    const match = /^3\.(\d{1,4})(?:\.|$)/.exec(version ?? '');
    return match ? Number(match[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/lib/inventory/classify.ts
/**
 * What a stored value is, from its first bytes: a Kubernetes object in the protobuf envelope
 * (`k8s\0` + runtime.Unknown, whose TypeMeta names apiVersion and kind), a JSON object with
 * apiVersion and kind (custom resources, older clusters), a value encrypted at rest
 * (`k8s:enc:<provider>:<version>:<key name>:` + ciphertext: aescbc, aesgcm, secretbox, kms), or
 * anything else. Pure: no I/O, never throws on bad input (an undecodable value is `other`).
 */

const ENVELOPE_MAGIC = [0x6b, 0x38, 0x73, 0x00]; // "k8s\0"
const ENCRYPTED_PREFIX = Buffer.from('k8s:enc:');
const OTHER = { type: 'other' };
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
/** Longest provider name read from an encrypted value's prefix. */
const MAX_PROVIDER = 64;
function classify_startsWith(value, prefix) {
    if (value.length < prefix.length)
        return false;
    for (let i = 0; i < prefix.length; i++)
        if (value[i] !== prefix[i])
            return false;
    return true;
}
/** Classifies one value (the `value` field of an mvccpb.KeyValue). */
function classifyValue(value) {
    if (classify_startsWith(value, ENVELOPE_MAGIC))
        return envelope(value.subarray(ENVELOPE_MAGIC.length));
    if (classify_startsWith(value, ENCRYPTED_PREFIX))
        return encrypted(value);
    if (firstNonSpace(value) === OPEN_BRACE)
        return jsonObject(value);
    return OTHER;
}
function envelope(body) {
    try {
        const unknown = load_protoType('k8s.io.apimachinery.pkg.runtime.Unknown').decode(body);
        const kind = unknown.typeMeta?.kind ?? '';
        if (kind === '')
            return OTHER;
        return { type: 'object', apiVersion: unknown.typeMeta?.apiVersion ?? '', kind };
    }
    catch {
        return OTHER;
    }
}
function encrypted(value) {
    const start = ENCRYPTED_PREFIX.length;
    const end = Math.min(value.length, start + MAX_PROVIDER);
    for (let i = start; i < end; i++) {
        if (value[i] !== COLON)
            continue;
        if (i === start)
            break;
        return { type: 'encrypted', provider: Buffer.from(value.subarray(start, i)).toString('latin1') };
    }
    return { type: 'encrypted', provider: 'unknown' };
}
const decoder = new TextDecoder('utf-8', { fatal: true });
function jsonObject(value) {
    try {
        const parsed = JSON.parse(decoder.decode(value));
        if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
            return OTHER;
        const { apiVersion, kind } = parsed;
        if (typeof kind !== 'string' || kind === '')
            return OTHER;
        return { type: 'object', apiVersion: typeof apiVersion === 'string' ? apiVersion : '', kind };
    }
    catch {
        return OTHER;
    }
}
function firstNonSpace(value) {
    for (const byte of value)
        if (byte !== 0x20 && byte !== 0x0a && byte !== 0x0d && byte !== 0x09)
            return byte;
    return undefined;
}

;// CONCATENATED MODULE: ./src/lib/inventory/largest.ts
/** The `size` biggest items seen, in a min-heap of at most `size` entries (memory O(size)). */
class Largest {
    size;
    heap = [];
    constructor(size) {
        this.size = size;
    }
    offer(weight, item) {
        const heap = this.heap;
        if (heap.length < this.size) {
            heap.push({ weight, item: item() });
            this.up(heap.length - 1);
        }
        else if (this.size > 0 && weight > heap[0].weight) {
            heap[0] = { weight, item: item() };
            this.down(0);
        }
    }
    /** Biggest first. */
    sorted() {
        return [...this.heap].sort((a, b) => b.weight - a.weight);
    }
    up(i) {
        const heap = this.heap;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (heap[parent].weight <= heap[i].weight)
                return;
            [heap[parent], heap[i]] = [heap[i], heap[parent]];
            i = parent;
        }
    }
    down(i) {
        const heap = this.heap;
        for (;;) {
            let least = i;
            for (const child of [2 * i + 1, 2 * i + 2])
                if (child < heap.length && heap[child].weight < heap[least].weight)
                    least = child;
            if (least === i)
                return;
            [heap[least], heap[i]] = [heap[i], heap[least]];
            i = least;
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/inventory/prefix.ts
/**
 * Where a key belongs: its prefix group and, for a namespaced Kubernetes object, its namespace.
 *
 * kube-apiserver (default `--etcd-prefix /registry`) stores an object at
 * `/registry/<resource>/[<namespace>/]<name>`. The resource path is:
 * - `/registry/<group>/<resource>/` when the first segment holds a dot: custom resources
 *   (`/registry/example.com/widgets/`) and the few built-ins stored the same way
 *   (`/registry/apiregistration.k8s.io/apiservices/`,
 *   `/registry/apiextensions.k8s.io/customresourcedefinitions/`);
 * - `/registry/services/specs/` and `/registry/services/endpoints/`: services are split in two;
 * - `/registry/<resource>/` otherwise (`/registry/pods/`, `/registry/deployments/`, and
 *   singletons such as `/registry/ranges/serviceips`).
 * After the resource path, two segments mean `<namespace>/<name>`, one means a cluster-scoped
 * name. A key with nothing after the resource path is grouped by its own folder.
 * Any other key is grouped by its first `depth` folders (`/app/config/x` at depth 1: `/app/`).
 * Keys are latin1 strings here (one char per byte), so any bytes work.
 */
const REGISTRY_ROOT = '/registry/';
/** `/registry/services/<these>/` are resources of their own. */
const SPLIT_RESOURCES = {
    services: ['specs', 'endpoints']
};
/** The prefix group and namespace of `key`. */
function placeKey(key, depth) {
    if (!key.startsWith(REGISTRY_ROOT))
        return { prefix: folders(key, depth) };
    const segments = key.slice(REGISTRY_ROOT.length).split('/');
    const first = segments[0];
    const second = segments[1];
    const twoLevel = second !== undefined && (first.includes('.') || SPLIT_RESOURCES[first]?.includes(second));
    const resourceDepth = twoLevel ? 2 : 1;
    const rest = segments.length - resourceDepth;
    if (rest < 1)
        return { prefix: folderOf(key) };
    const prefix = REGISTRY_ROOT + segments.slice(0, resourceDepth).join('/') + '/';
    return rest >= 2 ? { prefix, namespace: segments[resourceDepth] } : { prefix };
}
/** The key cut after its first `depth` folders (a leading `/` is the root, not a folder). */
function folders(key, depth) {
    let seen = 0;
    for (let i = key.startsWith('/') ? 1 : 0; i < key.length; i++) {
        if (key.charCodeAt(i) === 0x2f && ++seen === depth)
            return key.slice(0, i + 1);
    }
    return folderOf(key);
}
/** Everything up to and including the last `/` ('' for a key without one). */
function folderOf(key) {
    return key.slice(0, key.lastIndexOf('/') + 1);
}

;// CONCATENATED MODULE: ./src/lib/inventory/inventory.ts







/** Too many live keys to count within the bound. */
class InventoryLimitError extends errors_SnapshotError {
}
const CLASS_UNIT = 2 ** 32;
const MAX_BYTES = CLASS_UNIT - 1;
/** Distinct classes kept apart; past this, new ones count as `other` (keeps packing within 2^53). */
const MAX_CLASSES = 2 ** 20;
/** Interns value classes: one id per distinct kind, provider, or other. */
class ClassTable {
    classes = [{ type: 'other' }];
    ids = new Map([['x', 0]]);
    idOf(c) {
        const name = c.type === 'object'
            ? `o${c.apiVersion}\0${c.kind}`
            : c.type === 'encrypted'
                ? `e${c.provider}`
                : 'x';
        let id = this.ids.get(name);
        if (id === undefined) {
            if (this.classes.length >= MAX_CLASSES)
                return 0;
            id = this.classes.length;
            this.classes.push(c);
            this.ids.set(name, id);
        }
        return id;
    }
}
/** Latin1 key string (bytes) → text as people read it (UTF-8; invalid bytes become U+FFFD). */
function readable(latin1) {
    return Buffer.from(latin1, 'latin1').toString('utf8');
}
/** The inventory of `db` at its latest revision. */
function takeInventory(db, options = {}) {
    const depth = options.depth ?? 1;
    const maxLiveKeys = options.maxLiveKeys ?? 5_000_000;
    const table = new ClassTable();
    // user key (latin1) → class id × 2^32 + bytes of its latest put
    const latest = new Map();
    let revision = 0;
    const keyBucket = db.bucket(Buckets.key);
    if (keyBucket) {
        for (const e of keyBucket.sweep()) {
            if (e.isBucket)
                continue;
            const label = () => revisionLabel(e.key);
            revision = revisionMain(e.key);
            if (isTombstone(e.key)) {
                latest.delete(byteString(keyValueKey(e.value, label)));
                continue;
            }
            const kv = decodePut(e.value, label);
            const bytes = Math.min(kv.key.length + kv.value.length, MAX_BYTES);
            latest.set(byteString(kv.key), table.idOf(classifyValue(kv.value)) * CLASS_UNIT + bytes);
            if (latest.size > maxLiveKeys)
                throw new InventoryLimitError(`inventory: more than ${maxLiveKeys} live keys (counting needs one map entry per live key)`);
        }
    }
    return tally(latest, table.classes, {
        revision,
        compactRevision: compactRevisionOf(db),
        depth,
        largest: options.largest ?? 10
    });
}
/** decodeKeyValue, naming the revision only when it fails (hot loop). */
function decodePut(value, label) {
    try {
        return decodeKeyValue(value);
    }
    catch (error) {
        throw new errors_SnapshotError(`${label()}: ${error.message}`, { cause: error });
    }
}
function compactRevisionOf(db) {
    const value = db.bucket(Buckets.meta)?.get(MetaKeys.finishedCompactRev);
    return value === undefined
        ? 0
        : revisionNumber(decodeRevision(value, 'meta/finishedCompactRev').main);
}
/** Groups the live keys: one counter per kind, prefix and namespace; the biggest in a heap. */
function tally(latest, classes, at) {
    const byClass = classes.map(() => ({ keys: 0, bytes: 0 }));
    const byPrefix = new Map();
    const byNamespace = new Map();
    const largest = new Largest(at.largest);
    let bytes = 0;
    for (const [key, packed] of latest) {
        const size = packed % CLASS_UNIT;
        const counter = byClass[Math.floor(packed / CLASS_UNIT)];
        counter.keys++;
        counter.bytes += size;
        bytes += size;
        const place = placeKey(key, at.depth);
        const group = byPrefix.get(place.prefix);
        if (group) {
            group.keys++;
            group.bytes += size;
        }
        else
            byPrefix.set(place.prefix, { keys: 1, bytes: size });
        if (place.namespace !== undefined)
            byNamespace.set(place.namespace, (byNamespace.get(place.namespace) ?? 0) + 1);
        largest.offer(size, () => key);
    }
    const kinds = [];
    const encrypted = { keys: 0, bytes: 0, providers: {} };
    classes.forEach((c, i) => {
        const { keys, bytes: classBytes } = byClass[i];
        if (keys === 0)
            return;
        if (c.type === 'object')
            kinds.push({ apiVersion: c.apiVersion, kind: c.kind, keys, bytes: classBytes });
        else if (c.type === 'encrypted') {
            encrypted.keys += keys;
            encrypted.bytes += classBytes;
            encrypted.providers[c.provider] = (encrypted.providers[c.provider] ?? 0) + keys;
        }
    });
    const byKeys = (name) => (a, b) => b.keys - a.keys || (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
    return {
        revision: at.revision,
        compactRevision: at.compactRevision,
        liveKeys: latest.size,
        bytes,
        kinds: kinds.sort(byKeys((k) => kindName(k))),
        prefixes: [...byPrefix]
            .map(([prefix, c]) => ({ prefix: readable(prefix), keys: c.keys, bytes: c.bytes }))
            .sort(byKeys((p) => p.prefix)),
        namespaces: [...byNamespace]
            .map(([namespace, keys]) => ({ namespace: readable(namespace), keys }))
            .sort(byKeys((n) => n.namespace)),
        encrypted,
        other: { keys: byClass[0].keys, bytes: byClass[0].bytes },
        largest: largest
            .sorted()
            .map(({ weight, item }) => ({ key: readable(item), bytes: weight }))
            .sort((a, b) => b.bytes - a.bytes || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
        depth: at.depth
    };
}
/** `v1/Pod`, `example.com/v1/Widget`; just the kind when apiVersion is empty. */
function kindName(k) {
    return k.apiVersion ? `${k.apiVersion}/${k.kind}` : k.kind;
}
/** The inventory, or undefined when the snapshot has more live keys than the bound. */
function inventoryWithinBound(db, options = {}) {
    try {
        return takeInventory(db, options);
    }
    catch (error) {
        if (error instanceof InventoryLimitError)
            return undefined;
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/compact/estimate.ts
/**
 * A quick lower bound of the pages a db reaches, reading branch pages (and one leaf per lowest
 * branch) but not the leaves themselves: a leaf is counted as one page, without its overflow or
 * the sub-buckets it may hold. The free share it implies is therefore an upper bound. A restore
 * uses it to see at a glance that a dense snapshot cannot be worth compacting, and to copy it
 * straight away; only a snapshot that may be worth it gets the full walk first.
 */



/** Recursion bound, as the cursor's: far above any real tree. */
const estimate_MAX_DEPTH = 64;
function reachablePagesAtLeast(db) {
    /** Pages of the bucket tree at `root`; every leaf of a B+tree lies at the same depth. */
    const bucket = (root, nesting) => {
        if (nesting > estimate_MAX_DEPTH)
            throw new BoltFormatError('buckets nested deeper than 64', root);
        let leafDepth = 0;
        for (let id = root;; leafDepth++) {
            if (leafDepth > estimate_MAX_DEPTH)
                throw new BoltFormatError('tree deeper than 64 levels', root);
            const page = db.page(id);
            if (decodePageHeader(page).flags !== PageFlag.branch)
                break;
            id = branchElement(page, 0).pgid;
        }
        const count = (id, depth) => {
            const page = db.page(id);
            const header = decodePageHeader(page);
            let pages = header.overflow + 1;
            if (header.flags === PageFlag.leaf) {
                for (let i = 0; i < header.count; i++) {
                    const e = leafElement(page, i);
                    if ((e.flags & BUCKET_LEAF_FLAG) === 0 || e.value.length < 8)
                        continue;
                    const sub = readU64Number(e.value, 0);
                    if (sub > 0)
                        pages += bucket(sub, nesting + 1);
                }
                return pages;
            }
            if (header.flags !== PageFlag.branch)
                return pages;
            // the level above the leaves: its children are counted, not read
            if (depth + 1 >= leafDepth)
                return pages + header.count;
            for (let i = 0; i < header.count; i++)
                pages += count(branchElement(page, i).pgid, depth + 1);
            return pages;
        };
        return count(root, 0);
    };
    return 2 + (db.meta.freelist === null ? 0 : 1) + bucket(db.meta.root, 0);
}

;// CONCATENATED MODULE: ./src/lib/restore/db.ts
/** `auto` compacts when at least this share of the db's pages is free (freelist + unreachable). */
const AUTO_FREE_SHARE = 0.2;
function chooseDbPath(defrag, check) {
    if (defrag === 'never')
        return 'copy';
    if (defrag === 'always')
        return 'compact';
    return check.freePages >= AUTO_FREE_SHARE * check.hwm ? 'compact' : 'copy';
}
function dbReport(mode, defrag, check, restoredSize) {
    return {
        mode,
        defrag,
        sourceSize: check.dbSize,
        restoredSize,
        sourcePages: check.hwm,
        freePages: check.freePages,
        freePercent: Math.round((100 * check.freePages) / check.hwm)
    };
}

;// CONCATENATED MODULE: ./src/lib/restore/verify.ts











/**
 * The staging db goes to disk in the background every 128 MiB while the snapshot is still being
 * read (measured at 1 GB: 0.1-0.2 s off a 2.1 s restore; 64 and 256 MiB did no better).
 */
const WRITEBACK_BYTES = 128 * 1024 * 1024;
/**
 * Reads of a snapshot file where it lies, for a restore that may compact it: its live pages lie
 * scattered through free ones, so each read takes one page (larger chunks copy mostly free
 * pages), and the few buffers are reused: on the VMs measured, touching fresh memory costs
 * ~3.5 ms per MB, more than reading the page again from the page cache.
 */
const SPARSE_READS = { chunkSize: 4096, cacheBytes: 256 * 1024 };
/** etcd revisions are int64. */
const MAX_REVISION = (1n << 63n) - 1n;
/**
 * Whether a snapshot's db (a plain snapshot file, or the verified staging copy) may be worth
 * compacting (`auto`): false when even an upper bound of
 * its free pages, from its branch pages alone, stays under the threshold (a dense file is then
 * copied at once, as with `never`); true when that bound says it may, or the file cannot be read
 * that way (the pre-check then decides or the verifying pass reports).
 */
function mayBeWorthCompacting(db) {
    let file;
    try {
        file = FileByteFile.open(db.path, { chunkSize: 4096, cacheBytes: 1024 * 1024 });
        const bolt = BoltDb.open(limitByteSource(file, db.dbSize));
        return bolt.hwm - reachablePagesAtLeast(bolt) >= AUTO_FREE_SHARE * bolt.hwm;
    }
    catch {
        return true;
    }
    finally {
        file?.close();
    }
}
/**
 * The strict check of a plain snapshot file where it lies, before anything is copied: a restore
 * that may compact needs the free-page count to choose. Undefined when the file does not pass:
 * the verifying pass then reports what is wrong, in its own order (trailer and hash first).
 */
function precheckInPlace(plain) {
    let file;
    try {
        file = FileByteFile.open(plain.path, SPARSE_READS);
        return checkDb(BoltDb.open(limitByteSource(file, plain.dbSize)));
    }
    catch {
        return undefined;
    }
    finally {
        file?.close();
    }
}
/**
 * Starts verifying a plain snapshot file where it lies (a restore that compacts reads it there):
 * the hash runs in a worker thread from now on, and verifySnapshot awaits it. `signal` stops it.
 */
function startVerifyInPlace(options, signal) {
    const verifying = verifyInPlace(options.snapshotPath, {
        skipHashCheck: options.skipHashCheck,
        signal
    });
    verifying.catch(() => undefined); // awaited by verifySnapshot; this only marks it handled
    return verifying;
}
/**
 * Verifies the snapshot: copied to `stagingDb` on the way (decompressed if needed), or, given
 * the promise of startVerifyInPlace (a plain file the restore reads where it lies), awaited.
 */
async function verifySnapshot(options, from, log) {
    return log.group('Verify snapshot', async () => {
        const result = 'inPlace' in from
            ? await from.inPlace
            : await copyAndVerify(options.snapshotPath, from.stagingDb, {
                skipHashCheck: options.skipHashCheck,
                fsync: false,
                writebackEvery: WRITEBACK_BYTES
            });
        log.info(`read ${options.snapshotPath}: ${result.dbSize} database bytes, sha256 ${result.sha256} (${result.hash})`);
        return result;
    });
}
/**
 * What the report says about the source database, from the check that visited every page plus
 * point reads; the snapshot's own HashKV when asked (before the edit: a bump adds a revision and
 * a compaction) and its inventory when asked. Refuses a backend newer than the target (a 3.6+
 * storageVersion) and a bump past etcd's largest revision.
 */
function readSourceFacts(db, check, options, log, warn) {
    let facts = readFacts(db, check);
    if (options.computeHashKV === true) {
        const { hash, hashRevision, compactRevision } = hashKV(db, 0);
        facts = { ...facts, hashKV: { hash, hashRevision, compactRevision } };
    }
    if (options.computeInventory === true) {
        const inventory = inventoryWithinBound(db);
        if (inventory)
            facts = { ...facts, inventory };
        else
            warn('the snapshot has too many live keys for an inventory: the report has none');
    }
    log.info(`database ok: ${check.hwm} pages of ${check.pageSize} bytes, revision ${facts.revision}, ${facts.totalKeys} keys`);
    assertStorageVersionFits(options.targetVersion, facts.storageVersion, facts.clusterVersion);
    if (BigInt(facts.revision) + options.bumpRevision > MAX_REVISION) {
        throw new InputError(`--bump-revision ${options.bumpRevision} would take revision ${facts.revision} past the largest revision etcd accepts (2^63-1)`);
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/lib/bolt/freelist.ts
/**
 * Free pages for a write transaction (bbolt `freelist.go`, `tx_check.go`; bbolt-format §4, §7.1).
 * The free set is always computed by walking what a meta can reach, never trusted from a
 * freelist page: a reachable page listed as free would be overwritten live.
 */



/**
 * Marks every page reachable from `roots` (meta pages, freelist span, every page of every paged
 * bucket with its overflow) in a bitmap of `size` entries. `readPage` returns a page's full span.
 */
function reachablePages(roots, size, readPage) {
    const seen = new Uint8Array(size);
    const mark = (id, overflow, what) => {
        if (id < 2 || id + overflow >= roots.hwm) {
            throw new BoltFormatError(`${what} span [${id}, ${id + overflow}] is outside [2, ${roots.hwm})`, id);
        }
        for (let p = id; p <= id + overflow; p++) {
            if (seen[p])
                throw new BoltFormatError(`${what} page ${p} has multiple references`, id);
            seen[p] = 1;
        }
    };
    seen[0] = 1;
    seen[1] = 1;
    if (roots.freelist !== null) {
        mark(roots.freelist, decodePageHeader(readPage(roots.freelist)).overflow, 'freelist');
    }
    const stack = [roots.root];
    while (stack.length > 0) {
        const id = stack.pop();
        if (id < 2 || id >= roots.hwm)
            throw new BoltFormatError(`page ${id} is outside [2, ${roots.hwm})`);
        const page = readPage(id);
        const header = decodePageHeader(page);
        mark(id, header.overflow, 'tree');
        if (header.flags === PageFlag.branch) {
            for (let i = 0; i < header.count; i++)
                stack.push(branchElement(page, i).pgid);
        }
        else if (header.flags === PageFlag.leaf) {
            for (let i = 0; i < header.count; i++) {
                const element = leafElement(page, i);
                if ((element.flags & BUCKET_LEAF_FLAG) === 0)
                    continue;
                const root = element.value.length >= 8 ? readU64Number(element.value, 0) : -1;
                if (root < 0)
                    throw new BoltFormatError(`bucket entry ${i} has a bad header`, id);
                if (root !== 0)
                    stack.push(root);
            }
        }
        else {
            throw new BoltFormatError(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, id);
        }
    }
    return seen;
}
/**
 * Hands out contiguous runs of pages that were free before the transaction, lowest ids first
 * (bbolt's array freelist), and never a page freed by the transaction itself.
 */
class PageAllocator {
    /** Sorted ascending. */
    free;
    constructor(free) {
        this.free = free;
    }
    /** First id of `count` consecutive free pages, or null when there is no such run. */
    take(count) {
        const free = this.free;
        let runStart = 0;
        for (let i = 0; i < free.length; i++) {
            if (i > runStart && free[i] !== free[i - 1] + 1)
                runStart = i;
            if (i - runStart + 1 === count) {
                const id = free[runStart];
                free.splice(runStart, count);
                return id;
            }
        }
        return null;
    }
}
/** Pages a freelist of n ids needs, computed as bbolt does before allocating it (overestimates). */
function freelistPageCount(n, pageSize) {
    const escape = n >= FREELIST_COUNT_ESCAPE ? 1 : 0;
    return Math.floor((PAGE_HEADER_SIZE + 8 * (n + escape)) / pageSize) + 1;
}
/** A freelist page span listing `ids` (sorted, unique), with the 0xFFFF count escape (§4.1). */
function encodeFreelistPage(id, ids, pages, pageSize) {
    const escape = ids.length >= FREELIST_COUNT_ESCAPE;
    const needed = PAGE_HEADER_SIZE + 8 * (ids.length + (escape ? 1 : 0));
    if (needed > pages * pageSize) {
        throw new errors_InvariantError(`freelist of ${ids.length} ids does not fit ${pages} pages`);
    }
    const out = new Uint8Array(pages * pageSize);
    encodePageHeader(out, {
        id,
        flags: PageFlag.freelist,
        count: escape ? FREELIST_COUNT_ESCAPE : ids.length,
        overflow: pages - 1
    });
    let offset = PAGE_HEADER_SIZE;
    if (escape) {
        writeU64Number(out, offset, ids.length);
        offset += 8;
    }
    for (let i = 0; i < ids.length; i++) {
        if (i > 0 && ids[i] <= ids[i - 1])
            throw new errors_InvariantError('freelist ids must be sorted and unique');
        writeU64Number(out, offset, ids[i]);
        offset += 8;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/lib/bolt/inode.ts
/**
 * Node elements in memory (bbolt `internal/common/inode.go`): decoding a page into inodes and
 * the key order every search uses.
 */



const inode_EMPTY = new Uint8Array(0);
/** bytes.Compare: unsigned lexicographic, a proper prefix first. A loop beats Buffer.compare on short keys. */
function compareKeys(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const d = a[i] - b[i];
        if (d !== 0)
            return d;
    }
    return a.length - b.length;
}
/** Index of the first inode whose key is >= key (inodes.length when none). */
function searchInodes(inodes, key) {
    let hi = inodes.length;
    // Ascending appends (bulk loads, etcd revisions) land past the last key: one comparison.
    if (hi === 0 || compareKeys(inodes[hi - 1].key, key) < 0)
        return hi;
    let lo = 0;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (compareKeys(inodes[mid].key, key) < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Decodes a branch or leaf page (or inline page) into inodes; keys/values are views of `page`. */
function readInodes(page) {
    const header = decodePageHeader(page);
    if (header.flags !== PageFlag.leaf && header.flags !== PageFlag.branch) {
        throw new BoltFormatError(`expected a branch or leaf page, found flags 0x${header.flags.toString(16)}`, header.id);
    }
    const isLeaf = header.flags === PageFlag.leaf;
    const inodes = new Array(header.count);
    for (let i = 0; i < header.count; i++) {
        if (isLeaf) {
            const e = leafElement(page, i);
            inodes[i] = { flags: e.flags, key: e.key, value: e.value, pgid: 0 };
        }
        else {
            const e = branchElement(page, i);
            inodes[i] = { flags: 0, key: e.key, value: inode_EMPTY, pgid: e.pgid };
        }
        if (inodes[i].key.length === 0)
            throw new BoltFormatError(`element ${i} has an empty key`, header.id);
    }
    return { isLeaf, inodes, overflow: header.overflow };
}
/** Child index a branch search takes for key (bbolt cursor.searchPage/searchNode). */
function branchIndex(inodes, key, pgid) {
    if (inodes.length === 0)
        throw new BoltFormatError('empty branch page', pgid);
    const index = searchInodes(inodes, key);
    const exact = index < inodes.length && compareKeys(inodes[index].key, key) === 0;
    return !exact && index > 0 ? index - 1 : index;
}

;// CONCATENATED MODULE: ./src/lib/bolt/node.ts
/**
 * The in-memory form of a branch or leaf page during a write transaction (bbolt `node.go`).
 * Only nodes on paths a transaction touched are materialised; everything else stays on disk.
 * At commit a node is rebalanced (merged when under-filled) and spilled (split at the fill
 * threshold and written to freshly allocated pages), exactly as bbolt 1.3.x does.
 */




const node_EMPTY = new Uint8Array(0);
/** bbolt's minKeysPerPage. */
const MIN_KEYS_PER_PAGE = 2;
function elementSize(inode) {
    return ELEMENT_SIZE + inode.key.length + inode.value.length;
}
class Node {
    bucket;
    isLeaf;
    inodes = [];
    /** Page this node was read from (0: new or inline); freed when the node is spilled. */
    pgid = 0;
    overflow = 0;
    /** First key when read: the key of this node's element in its parent (§3.4 rule 1). */
    key = null;
    parent;
    children = [];
    unbalanced = false;
    spilled = false;
    constructor(bucket, isLeaf, parent) {
        this.bucket = bucket;
        this.isLeaf = isLeaf;
        this.parent = parent;
    }
    /** Fills the node from a page span (a private copy: the node keeps views into it). */
    read(page) {
        const decoded = readInodes(page);
        this.pgid = decodePageHeader(page).id;
        this.isLeaf = decoded.isLeaf;
        this.inodes = decoded.inodes;
        this.overflow = decoded.overflow;
        this.key = this.inodes.length > 0 ? this.inodes[0].key : null;
    }
    root() {
        return this.parent ? this.parent.root() : this;
    }
    size() {
        let size = PAGE_HEADER_SIZE;
        for (const inode of this.inodes)
            size += elementSize(inode);
        return size;
    }
    minKeys() {
        return this.isLeaf ? 1 : 2;
    }
    childAt(index) {
        if (this.isLeaf)
            throw new errors_InvariantError(`childAt(${index}) on a leaf node`);
        return this.bucket.node(this.inodes[index].pgid, this);
    }
    childIndex(child) {
        return searchInodes(this.inodes, child.key ?? node_EMPTY);
    }
    /** Inserts or replaces the element whose key is exactly oldKey (bbolt node.put). */
    put(oldKey, newKey, value, pgid, flags) {
        if (pgid >= this.bucket.tx.hwm) {
            throw new errors_InvariantError(`pgid ${pgid} above high water mark ${this.bucket.tx.hwm}`);
        }
        if (oldKey.length === 0 || newKey.length === 0)
            throw new errors_InvariantError('node.put: zero-length key');
        const index = searchInodes(this.inodes, oldKey);
        const inode = { flags, key: newKey, value, pgid };
        const exact = index < this.inodes.length && compareKeys(this.inodes[index].key, oldKey) === 0;
        if (exact)
            this.inodes[index] = inode;
        else if (index === this.inodes.length)
            this.inodes.push(inode);
        else
            this.inodes.splice(index, 0, inode);
    }
    del(key) {
        const index = searchInodes(this.inodes, key);
        if (index >= this.inodes.length || compareKeys(this.inodes[index].key, key) !== 0)
            return;
        this.inodes.splice(index, 1);
        this.unbalanced = true;
    }
    removeChild(target) {
        const index = this.children.indexOf(target);
        if (index >= 0)
            this.children.splice(index, 1);
    }
    /** Gives this node's page (and overflow) back to the transaction's pending list. */
    free() {
        if (this.pgid !== 0) {
            this.bucket.tx.free(this.pgid, this.overflow);
            this.pgid = 0;
        }
    }
    /** A page span with id `id` holding this node (bbolt node.write). */
    write(id) {
        const pageSize = this.bucket.tx.pageSize;
        return this.isLeaf
            ? encodeLeafPage(id, this.inodes, pageSize)
            : encodeBranchPage(id, this.inodes, pageSize);
    }
    /** This leaf as an inline bucket page (id 0, no padding). */
    writeInline() {
        return encodeInlineLeaf(this.inodes);
    }
    /**
     * Splits into nodes that fit the fill threshold (bbolt node.split/splitTwo/splitIndex), in
     * one pass: cutting the remainder again and again would copy it quadratically.
     */
    split(pageSize) {
        const all = this.inodes;
        const fill = Math.min(Math.max(this.bucket.fillPercent, 0.1), 1.0);
        const threshold = Math.floor(pageSize * fill);
        const cuts = [];
        let start = 0;
        let remainingSize = this.size();
        while (true) {
            const count = all.length - start;
            if (count <= MIN_KEYS_PER_PAGE * 2 || remainingSize < pageSize)
                break;
            let size = PAGE_HEADER_SIZE;
            let index = 0;
            let broke = false;
            for (let i = 0; i < count - MIN_KEYS_PER_PAGE; i++) {
                index = i;
                const el = elementSize(all[start + i]);
                if (i >= MIN_KEYS_PER_PAGE && size + el > threshold) {
                    broke = true;
                    break;
                }
                size += el;
            }
            // Elements [start, start+index) form the node; without a break `size` also counted `index`.
            const chunk = size - PAGE_HEADER_SIZE - (broke ? 0 : elementSize(all[start + index]));
            start += index;
            remainingSize -= chunk;
            cuts.push(start);
        }
        if (cuts.length === 0)
            return [this];
        if (!this.parent) {
            this.parent = new Node(this.bucket, false, null);
            this.parent.children.push(this);
        }
        const nodes = [this];
        const bounds = [0, ...cuts, all.length];
        this.inodes = all.slice(0, bounds[1]);
        for (let i = 1; i < bounds.length - 1; i++) {
            const next = new Node(this.bucket, this.isLeaf, this.parent);
            next.inodes = all.slice(bounds[i], bounds[i + 1]);
            this.parent.children.push(next);
            nodes.push(next);
        }
        return nodes;
    }
    /** Writes this subtree to new pages, children first (bbolt node.spill). */
    spill() {
        if (this.spilled)
            return;
        const tx = this.bucket.tx;
        this.children.sort((a, b) => compareKeys(a.inodes[0]?.key ?? node_EMPTY, b.inodes[0]?.key ?? node_EMPTY));
        for (let i = 0; i < this.children.length; i++)
            this.children[i].spill();
        this.children = [];
        for (const node of this.split(tx.pageSize)) {
            node.free();
            const pages = Math.max(1, Math.ceil(node.size() / tx.pageSize));
            const id = tx.allocate(pages);
            node.pgid = id;
            node.overflow = pages - 1;
            tx.writePage(id, node.write(id));
            node.spilled = true;
            if (node.parent) {
                const first = node.inodes[0];
                if (!first)
                    throw new errors_InvariantError(`spilling an empty non-root node (page ${id})`);
                node.parent.put(node.key ?? first.key, first.key, node_EMPTY, id, 0);
                node.key = first.key;
            }
        }
        // A root that split has a new parent that still needs pages.
        if (this.parent && this.parent.pgid === 0) {
            this.children = [];
            this.parent.spill();
        }
    }
    /** Merges an under-filled node into a sibling, removes empty ones (bbolt 1.3.x node.rebalance). */
    rebalance() {
        if (!this.unbalanced)
            return;
        this.unbalanced = false;
        const bucket = this.bucket;
        const threshold = Math.floor(bucket.tx.pageSize / 4);
        if (this.size() > threshold && this.inodes.length > this.minKeys())
            return;
        const parent = this.parent;
        if (!parent) {
            // A root branch with one child is replaced by that child.
            if (!this.isLeaf && this.inodes.length === 1) {
                const child = bucket.node(this.inodes[0].pgid, this);
                this.isLeaf = child.isLeaf;
                this.inodes = child.inodes;
                this.children = child.children;
                if (!this.isLeaf) {
                    for (const inode of this.inodes) {
                        const grandchild = bucket.nodes.get(inode.pgid);
                        if (grandchild)
                            grandchild.parent = this;
                    }
                }
                child.parent = null;
                bucket.nodes.delete(child.pgid);
                child.free();
            }
            return;
        }
        if (this.inodes.length === 0) {
            parent.del(this.key ?? node_EMPTY);
            parent.removeChild(this);
            bucket.nodes.delete(this.pgid);
            this.free();
            parent.rebalance();
            return;
        }
        if (parent.inodes.length < 2) {
            throw new errors_InvariantError(`parent of page ${this.pgid} must have at least 2 children`);
        }
        const index = parent.childIndex(this);
        if (index === 0) {
            const target = parent.childAt(1);
            this.adopt(target);
            this.inodes = this.inodes.concat(target.inodes);
            parent.del(target.key ?? node_EMPTY);
            parent.removeChild(target);
            bucket.nodes.delete(target.pgid);
            target.free();
        }
        else {
            const target = parent.childAt(index - 1);
            target.adopt(this);
            target.inodes = target.inodes.concat(this.inodes);
            parent.del(this.key ?? node_EMPTY);
            parent.removeChild(this);
            bucket.nodes.delete(this.pgid);
            this.free();
        }
        parent.rebalance();
    }
    /** Re-parents the materialised children of `from` to this node before a merge. */
    adopt(from) {
        if (from.isLeaf)
            return;
        for (const inode of from.inodes) {
            const child = this.bucket.nodes.get(inode.pgid);
            if (!child)
                continue;
            child.parent?.removeChild(child);
            child.parent = this;
            this.children.push(child);
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/write-bucket.ts
/**
 * A bucket inside a write transaction (bbolt `bucket.go`, write side). Reads fall through to
 * disk pages unless a node was materialised; puts and deletes materialise the path from the
 * bucket's root to the target leaf. Sub-bucket handles are cached so that commit can inline
 * or spill them (bbolt-format §3.5, §5.2).
 */






const MAX_SEQUENCE = 0xffffffffffffffffn;
function toKey(name) {
    return typeof name === 'string' ? new TextEncoder().encode(name) : name;
}
function cacheKey(key) {
    return Buffer.from(key.buffer, key.byteOffset, key.byteLength).toString('hex');
}
/** A key for messages: quoted when printable ASCII, else hex. */
function nameOf(key) {
    const head = key.subarray(0, 64);
    const more = key.length > head.length ? `… (${key.length} bytes)` : '';
    const printable = head.every((b) => b >= 0x20 && b < 0x7f);
    return ((printable ? JSON.stringify(Buffer.from(head).toString('latin1')) : `hex:${cacheKey(head)}`) +
        more);
}
function checkKey(key) {
    if (key.length === 0)
        throw new errors_InvariantError('bolt: key required');
    if (key.length > MAX_KEY_SIZE) {
        throw new errors_InvariantError(`bolt: key is ${key.length} bytes, more than ${MAX_KEY_SIZE}`);
    }
}
function isBucketInode(inode) {
    return (inode.flags & BUCKET_LEAF_FLAG) !== 0;
}
/** The value of a bucket just created: header {0, 0} and an empty inline leaf. */
const emptyBucketValue = () => encodeBucketValue(0, 0n, encodeInlineLeaf([]));
class WriteBucket {
    tx;
    name;
    /** Split threshold at commit (not stored on disk); etcd uses 0.9 for `key`. */
    fillPercent = 0.5;
    nodes = new Map();
    rootNode = null;
    buckets = new Map();
    /** Root page id, 0 while the bucket is inline. */
    root;
    seq;
    inlinePage;
    deleted = false;
    constructor(tx, name, root, sequence, inlinePage) {
        this.tx = tx;
        this.name = name;
        this.root = root;
        this.seq = sequence;
        this.inlinePage = inlinePage;
    }
    /** Opens a sub-bucket from its leaf value (bbolt openBucket). */
    static open(tx, name, value) {
        const { root, sequence } = decodeBucketHeader(value);
        if (root === 1 || (root !== 0 && root >= tx.hwm)) {
            throw new BoltFormatError(`bucket ${nameOf(name)} has root page ${root} outside the file`);
        }
        const inline = root === 0 ? inlinePageOf(value).slice() : null;
        return new WriteBucket(tx, name.slice(), root, sequence, inline);
    }
    get sequence() {
        return this.seq;
    }
    setSequence(sequence) {
        this.assertUsable();
        if (sequence < 0n || sequence > MAX_SEQUENCE)
            throw new errors_InvariantError(`bolt: sequence ${sequence} out of range`);
        // Materialise the root so that commit rewrites the header (bbolt SetSequence).
        if (!this.rootNode)
            this.node(this.root, null);
        this.seq = sequence;
    }
    nextSequence() {
        this.setSequence(this.seq + 1n);
        return this.seq;
    }
    get(key) {
        this.assertUsable();
        const inode = this.find(toKey(key));
        return inode && !isBucketInode(inode) ? inode.value : undefined;
    }
    put(key, value) {
        this.assertUsable();
        const k = toKey(key);
        checkKey(k);
        if (value.length > MAX_VALUE_SIZE) {
            throw new errors_InvariantError(`bolt: value is ${value.length} bytes, more than ${MAX_VALUE_SIZE}`);
        }
        const leaf = this.leafFor(k);
        const existing = this.exactIn(leaf, k);
        if (existing && isBucketInode(existing))
            throw new errors_InvariantError(`bolt: key ${nameOf(k)} is a bucket`);
        const copy = k.slice();
        leaf.put(copy, copy, value.slice(), 0, 0);
    }
    delete(key) {
        this.assertUsable();
        const k = toKey(key);
        const inode = this.find(k);
        if (!inode)
            return;
        if (isBucketInode(inode))
            throw new errors_InvariantError(`bolt: key ${nameOf(k)} is a bucket; use deleteBucket`);
        this.leafFor(k).del(k);
    }
    /** Current entries in key order, pending changes included. Do not modify during iteration. */
    *entries() {
        this.assertUsable();
        yield* this.walk(this.pageNode(this.root));
    }
    bucket(name) {
        this.assertUsable();
        const key = toKey(name);
        const cached = this.buckets.get(cacheKey(key));
        if (cached)
            return cached;
        const inode = this.find(key);
        if (!inode || !isBucketInode(inode))
            return null;
        const child = WriteBucket.open(this.tx, key, inode.value);
        this.buckets.set(cacheKey(key), child);
        return child;
    }
    createBucket(name) {
        this.assertUsable();
        const key = toKey(name);
        checkKey(key);
        const leaf = this.leafFor(key);
        const existing = this.exactIn(leaf, key);
        if (existing) {
            throw new errors_InvariantError(isBucketInode(existing)
                ? `bolt: bucket ${nameOf(key)} already exists`
                : `bolt: key ${nameOf(key)} is a value`);
        }
        leaf.put(key.slice(), key.slice(), emptyBucketValue(), 0, BUCKET_LEAF_FLAG);
        // A bucket holding a sub-bucket can never stay inline: read it through its nodes from now on.
        this.inlinePage = null;
        return this.bucket(key);
    }
    createBucketIfNotExists(name) {
        return this.bucket(name) ?? this.createBucket(name);
    }
    deleteBucket(name) {
        this.assertUsable();
        const key = toKey(name);
        const child = this.bucket(key);
        if (!child) {
            throw new errors_InvariantError(this.find(key)
                ? `bolt: key ${nameOf(key)} is not a bucket`
                : `bolt: bucket ${nameOf(key)} not found`);
        }
        for (const entry of [...child.entries()])
            if (entry.isBucket)
                child.deleteBucket(entry.key);
        this.buckets.delete(cacheKey(key));
        child.nodes.clear();
        child.rootNode = null;
        child.free();
        child.deleted = true;
        this.leafFor(key).del(key);
    }
    // ---- node access (NodeBucket) ----
    node(pgid, parent) {
        const cached = this.nodes.get(pgid);
        if (cached)
            return cached;
        const node = new Node(this, false, parent);
        if (parent)
            parent.children.push(node);
        else
            this.rootNode = node;
        node.read(this.inlinePage ?? this.tx.readPage(pgid));
        if (this.inlinePage) {
            if (!node.isLeaf)
                throw new BoltFormatError(`inline bucket ${nameOf(this.name)} is not a leaf page`);
            node.pgid = 0;
        }
        this.nodes.set(pgid, node);
        return node;
    }
    // ---- commit (called by WriteTx) ----
    rebalance() {
        for (const node of this.nodes.values())
            node.rebalance();
        for (const child of this.buckets.values())
            child.rebalance();
    }
    /** Writes changed sub-buckets and then this bucket's changed nodes (bbolt Bucket.spill). */
    spill() {
        for (const child of this.buckets.values()) {
            let value;
            if (child.inlineable()) {
                child.free();
                value = child.inlineValue();
            }
            else {
                child.spill();
                value = encodeBucketValue(child.root, child.seq);
            }
            if (!child.rootNode)
                continue;
            const leaf = this.leafFor(child.name);
            const inode = this.exactIn(leaf, child.name);
            if (!inode || !isBucketInode(inode)) {
                throw new errors_InvariantError(`bucket ${nameOf(child.name)} vanished from its parent before commit`);
            }
            leaf.put(child.name, child.name, value, 0, BUCKET_LEAF_FLAG);
        }
        if (!this.rootNode)
            return;
        this.rootNode.spill();
        this.rootNode = this.rootNode.root();
        if (this.rootNode.pgid >= this.tx.hwm || this.rootNode.pgid < 2) {
            throw new errors_InvariantError(`bucket root page ${this.rootNode.pgid} outside [2, ${this.tx.hwm})`);
        }
        this.root = this.rootNode.pgid;
    }
    /** bbolt inlineable: a materialised leaf root, no sub-buckets, size <= pageSize/4. */
    inlineable() {
        const node = this.rootNode;
        if (!node || !node.isLeaf)
            return false;
        let size = PAGE_HEADER_SIZE;
        for (const inode of node.inodes) {
            if (isBucketInode(inode))
                return false;
            size += 16 + inode.key.length + inode.value.length;
            if (size > Math.floor(this.tx.pageSize / 4))
                return false;
        }
        return true;
    }
    inlineValue() {
        return encodeBucketValue(0, this.seq, this.rootNode.writeInline());
    }
    /** Frees every page of this bucket's current tree (bbolt Bucket.free). */
    free() {
        if (this.root === 0)
            return;
        const visit = (view) => {
            if (view instanceof Node)
                view.free();
            else
                this.tx.free(view.pgid, view.overflow);
            if (!view.isLeaf)
                for (const inode of view.inodes)
                    visit(this.pageNode(inode.pgid));
        };
        visit(this.pageNode(this.root));
        this.root = 0;
    }
    // ---- lookup helpers ----
    assertUsable() {
        this.tx.assertOpen();
        if (this.deleted)
            throw new errors_InvariantError(`bolt: bucket ${nameOf(this.name)} was deleted`);
    }
    /** A materialised node when there is one, else the disk page (bbolt pageNode). */
    pageNode(pgid) {
        if (this.root === 0) {
            if (pgid !== 0)
                throw new errors_InvariantError(`inline bucket asked for page ${pgid}`);
            if (this.rootNode)
                return this.rootNode;
            const view = readInodes(this.inlinePage);
            if (!view.isLeaf)
                throw new BoltFormatError(`inline bucket ${nameOf(this.name)} is not a leaf page`);
            return { ...view, pgid: 0 };
        }
        const node = this.nodes.get(pgid);
        if (node)
            return node;
        return { ...readInodes(this.tx.readPage(pgid)), pgid };
    }
    find(key) {
        let view = this.pageNode(this.root);
        while (!view.isLeaf)
            view = this.pageNode(view.inodes[branchIndex(view.inodes, key, view.pgid)].pgid);
        const index = searchInodes(view.inodes, key);
        const inode = view.inodes[index];
        return inode && compareKeys(inode.key, key) === 0 ? inode : undefined;
    }
    /** The leaf where key belongs, materialising the path to it (bbolt cursor.node). */
    leafFor(key) {
        let node = this.rootNode ?? this.node(this.root, null);
        while (!node.isLeaf)
            node = node.childAt(branchIndex(node.inodes, key, node.pgid));
        return node;
    }
    exactIn(leaf, key) {
        const inode = leaf.inodes[searchInodes(leaf.inodes, key)];
        return inode && compareKeys(inode.key, key) === 0 ? inode : undefined;
    }
    *walk(view) {
        if (view.isLeaf) {
            for (const inode of view.inodes) {
                const isBucket = isBucketInode(inode);
                yield { key: inode.key, value: isBucket ? null : inode.value, isBucket };
            }
            return;
        }
        for (const inode of view.inodes)
            yield* this.walk(this.pageNode(inode.pgid));
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/tx.ts







/** Buffered page bytes above which pages are written out before commit ends (all go to free space). */
const FLUSH_BYTES = 32 * 1024 * 1024;
/** Largest single write when coalescing contiguous pages. */
const MAX_WRITE_BYTES = 8 * 1024 * 1024;
class WriteTx {
    pageSize;
    /** The txid this transaction commits. */
    txid;
    file;
    meta;
    other;
    root;
    nextPgid;
    state = 'open';
    reuse;
    allocator = null;
    /** Ids in [2, startHwm) not reachable from the active meta; null until scanned. */
    freeBefore = null;
    allocatedFromFree = new Set();
    freed = new Set();
    pending = new Map();
    pendingBytes = 0;
    pagesWritten = 0;
    constructor(file, options) {
        const db = BoltDb.open(file);
        const pageSize = db.pageSize;
        const active = db.meta;
        const other = db.otherMeta;
        this.file = file;
        this.pageSize = pageSize;
        this.meta = active;
        this.other = other;
        this.txid = active.txid + 1n;
        this.reuse = options.reuseFreePages ?? false;
        // If the new meta overwrites the active one, the other meta is the fallback after a torn
        // write: its pages must survive too (§7.1.5, files written by WriteTo).
        this.nextPgid = this.guardOther() ? Math.max(active.hwm, other.hwm) : active.hwm;
        this.root = new WriteBucket(this, new Uint8Array(0), active.root, active.sequence, null);
        if (this.reuse)
            this.scanFree();
    }
    static begin(file, options = {}) {
        return new WriteTx(file, options);
    }
    /** High-water mark including the pages allocated so far. */
    get hwm() {
        return this.nextPgid;
    }
    bucket(name) {
        return this.root.bucket(name);
    }
    createBucket(name) {
        return this.root.createBucket(name);
    }
    createBucketIfNotExists(name) {
        return this.root.createBucketIfNotExists(name);
    }
    deleteBucket(name) {
        this.root.deleteBucket(toKey(name));
    }
    /** Names of the top-level buckets, in key order. */
    bucketNames() {
        return [...this.root.entries()].filter((e) => e.isBucket).map((e) => e.key);
    }
    commit(options = {}) {
        this.assertOpen();
        this.state = 'failed';
        const mode = options.freelist ?? 'none';
        if (mode === 'page' && !this.freeBefore)
            this.scanFree();
        this.root.rebalance();
        this.root.spill();
        if (this.meta.freelist !== null) {
            this.free(this.meta.freelist, decodePageHeader(this.readSpan(this.meta.freelist, false)).overflow);
        }
        let freelist = null;
        if (mode === 'page') {
            const pages = freelistPageCount(this.freeIds().length, this.pageSize);
            freelist = this.allocate(pages);
            this.writePage(freelist, encodeFreelistPage(freelist, this.freeIds(), pages, this.pageSize));
        }
        const hwm = this.nextPgid;
        const meta = encodeMetaPage({
            pageSize: this.pageSize,
            root: this.root.root,
            sequence: this.meta.sequence,
            freelist,
            hwm,
            txid: this.txid
        });
        // Durability order (§7.1.8): size → data → sync → meta → sync. Bytes past the last whole
        // page (a snapshot's sha256 trailer) are dropped so the size stays a multiple of pageSize.
        const size = Math.max(hwm * this.pageSize, Math.floor(this.file.size / this.pageSize) * this.pageSize);
        if (size !== this.file.size)
            this.file.truncate(size);
        this.flush();
        this.file.sync();
        this.file.write(Number(this.txid % 2n) * this.pageSize, meta);
        this.file.sync();
        this.state = 'committed';
        return {
            txid: this.txid,
            hwm,
            pagesWritten: this.pagesWritten,
            pagesFreed: this.freed.size,
            pagesReused: this.allocatedFromFree.size
        };
    }
    /** Drops every change. Pages already flushed lie in free space and are harmless. */
    rollback() {
        if (this.state === 'open')
            this.state = 'rolled back';
    }
    // ---- BucketTx / NodeTx ----
    assertOpen() {
        if (this.state !== 'open')
            throw new errors_InvariantError(`bolt: transaction is ${this.state}`);
    }
    readPage(pgid) {
        return this.readSpan(pgid, true);
    }
    allocate(pages) {
        const fromFree = this.allocator?.take(pages) ?? null;
        if (fromFree !== null) {
            for (let i = 0; i < pages; i++)
                this.allocatedFromFree.add(fromFree + i);
            return fromFree;
        }
        const id = this.nextPgid;
        this.nextPgid += pages;
        return id;
    }
    free(pgid, overflow) {
        if (pgid < 2 || pgid + overflow >= this.meta.hwm) {
            throw new errors_InvariantError(`freeing page ${pgid}+${overflow} that the transaction did not read`);
        }
        for (let id = pgid; id <= pgid + overflow; id++) {
            if (this.freed.has(id))
                throw new errors_InvariantError(`page ${id} already freed`);
            this.freed.add(id);
        }
    }
    writePage(id, span) {
        if (this.pending.has(id))
            throw new errors_InvariantError(`page ${id} written twice`);
        this.pending.set(id, span);
        this.pendingBytes += span.length;
        this.pagesWritten += span.length / this.pageSize;
        if (this.pendingBytes >= FLUSH_BYTES)
            this.flush();
    }
    // ---- internals ----
    guardOther() {
        return this.other !== null && this.meta.pageId === Number(this.txid % 2n);
    }
    /** A page span of the database as it was at begin, bounds-checked and copied. */
    readSpan(pgid, full) {
        const limit = Math.max(this.meta.hwm, this.guardOther() ? this.other.hwm : 0);
        if (!Number.isSafeInteger(pgid) || pgid < 2 || pgid >= limit) {
            throw new BoltFormatError(`page ${pgid} is outside [2, ${limit})`);
        }
        const position = pgid * this.pageSize;
        const header = decodePageHeader(this.file.read(position, this.pageSize));
        if (header.id !== pgid)
            throw new BoltFormatError(`header says page ${header.id}`, pgid);
        if (pgid + header.overflow >= limit ||
            (pgid + header.overflow + 1) * this.pageSize > this.file.size) {
            throw new BoltFormatError(`overflow ${header.overflow} runs past the end of the database`, pgid);
        }
        const length = full ? (header.overflow + 1) * this.pageSize : this.pageSize;
        return this.file.read(position, length).slice();
    }
    /** Computes the pages free before this transaction and, for reuse, the allocatable ones. */
    scanFree() {
        const size = this.nextPgid;
        const read = (pgid) => this.readSpan(pgid, true);
        const roots = (m) => ({ root: m.root, freelist: m.freelist, hwm: m.hwm });
        const active = reachablePages(roots(this.meta), size, read);
        const guard = this.guardOther() ? reachablePages(roots(this.other), size, read) : null;
        const free = [];
        const allocatable = [];
        for (let id = 2; id < size; id++) {
            if (active[id])
                continue;
            free.push(id);
            if (!guard?.[id])
                allocatable.push(id);
        }
        this.freeBefore = free;
        if (this.reuse)
            this.allocator = new PageAllocator(allocatable);
    }
    /** Free list after this commit: (free before − allocated) ∪ freed (§4.1, §7.1.6). */
    freeIds() {
        const ids = this.freeBefore.filter((id) => !this.allocatedFromFree.has(id));
        for (const id of this.freed)
            ids.push(id);
        return ids.sort((a, b) => a - b);
    }
    /** Writes buffered pages in id order, coalescing contiguous spans; grows the file first. */
    flush() {
        if (this.pending.size === 0)
            return;
        const ids = [...this.pending.keys()].sort((a, b) => a - b);
        const last = ids[ids.length - 1];
        const end = last * this.pageSize + this.pending.get(last).length;
        if (this.file.size < end)
            this.file.truncate(Math.ceil(end / this.pageSize) * this.pageSize);
        let run = [];
        let runStart = 0;
        let runBytes = 0;
        const writeRun = () => {
            if (run.length === 0)
                return;
            const bytes = run.length === 1 ? run[0] : Buffer.concat(run, runBytes);
            this.file.write(runStart, bytes);
            run = [];
            runBytes = 0;
        };
        for (const id of ids) {
            const span = this.pending.get(id);
            const position = id * this.pageSize;
            if (run.length > 0 &&
                (runStart + runBytes !== position || runBytes + span.length > MAX_WRITE_BYTES))
                writeRun();
            if (run.length === 0)
                runStart = position;
            run.push(span);
            runBytes += span.length;
        }
        writeRun();
        this.pending.clear();
        this.pendingBytes = 0;
    }
}

;// CONCATENATED MODULE: ./src/lib/json/go-json.ts
const HEX = '0123456789abcdef';
/**
 * A Go-encoded JSON string literal, quotes included. Go 1.19 (etcd 3.4.23) writes \b and \f as
 * \u0008 and \u000c; Go 1.22+ uses the short forms. Member names and URLs never hold control
 * characters (they are rejected on input), so the difference cannot reach our output.
 */
function goJsonString(text) {
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c >= 0xd800 && c <= 0xdfff) {
            // A valid pair is copied; a lone surrogate is what Go writes for invalid UTF-8.
            const next = text.charCodeAt(i + 1);
            if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
                out += text[i] + text[i + 1];
                i++;
            }
            else {
                out += '\\ufffd';
            }
            continue;
        }
        switch (c) {
            case 0x22:
                out += '\\"';
                continue;
            case 0x5c:
                out += '\\\\';
                continue;
            case 0x0a:
                out += '\\n';
                continue;
            case 0x0d:
                out += '\\r';
                continue;
            case 0x09:
                out += '\\t';
                continue;
            case 0x3c:
            case 0x3e:
            case 0x26:
                out += '\\u00' + HEX[c >> 4] + HEX[c & 15];
                continue;
            case 0x2028:
                out += '\\u2028';
                continue;
            case 0x2029:
                out += '\\u2029';
                continue;
        }
        out += c < 0x20 ? '\\u00' + HEX[c >> 4] + HEX[c & 15] : text[i];
    }
    return out + '"';
}
/** `{"peerURLs":[…]}`: membership.RaftAttributes (isLearner false is omitted). */
function raftAttributesJson(peerURLs) {
    return `{"peerURLs":${stringArray(peerURLs)}}`;
}
/** `{"id":…,"peerURLs":[…],"name":"…"}`: membership.Member as restore writes it (no clientURLs). */
function memberJson(member) {
    const name = member.name === '' ? '' : `,"name":${goJsonString(member.name)}`;
    return `{"id":${member.id.toString()},"peerURLs":${stringArray(member.peerURLs)}${name}}`;
}
function stringArray(items) {
    return `[${items.map(goJsonString).join(',')}]`;
}

;// CONCATENATED MODULE: ./src/lib/backend/edit.ts






/** Buckets a restored backend must have; etcd's mvcc store and lessor create the first three. */
const REQUIRED_BUCKETS = [
    Buckets.key,
    Buckets.meta,
    Buckets.lease,
    Buckets.members,
    Buckets.membersRemoved,
    Buckets.cluster
];
/**
 * Edits the database in one copy-on-write commit. Membership is always trimmed and rewritten, as
 * etcd 3.5+ does: etcdctl 3.4's loop that deletes user keys named like old member IDs is a bug
 * (format doc §11) and is never copied, whatever the target version. `term` is written only for
 * 3.5+ targets, which is the one db difference between the 3.4 and 3.5 formats. etcdutl 3.6 and
 * 3.7 edit the db exactly as 3.5 does (`UpdateConsistentIndexForce` writes the same two keys;
 * test/fixtures/target-3.6/DERIVATION.md), so 3.6 and 3.7 share the 3.5 edit.
 */
function editBackend(file, edit) {
    if (edit.bumpRevision > 0n !== edit.markCompacted) {
        throw new InputError('--mark-compacted required if --bump-revision > 0, and --bump-revision > 0 required with --mark-compacted');
    }
    const tx = WriteTx.begin(file);
    try {
        for (const name of REQUIRED_BUCKETS)
            tx.createBucketIfNotExists(name);
        const removedMembers = [
            ...trim(bucket(tx, Buckets.members)),
            ...trim(bucket(tx, Buckets.membersRemoved))
        ];
        const members = bucket(tx, Buckets.members);
        for (const member of edit.cluster.members)
            members.put(edit_ascii(idHex(member.id)), edit_ascii(memberJson(member)));
        const meta = bucket(tx, Buckets.meta);
        const consistentIndex = BigInt(edit.cluster.members.length);
        meta.put(MetaKeys.consistentIndex, encodeUint64(consistentIndex));
        if (edit.targetVersion !== '3.4')
            meta.put(MetaKeys.term, encodeUint64(1n));
        const latestRevision = edit.latestRevision;
        let restoredRevision = latestRevision;
        if (edit.bumpRevision > 0n) {
            // Format doc §5.4: an empty-valued marker at (latest + bump, 0), scheduled for compaction,
            // so clients' old revisions look compacted instead of silently rewinding.
            restoredRevision = latestRevision + edit.bumpRevision;
            const marker = encodeRevision({ main: restoredRevision, sub: 0n });
            const keys = bucket(tx, Buckets.key);
            keys.fillPercent = 0.9; // etcd writes the key bucket with UnsafeSeqPut
            keys.put(marker, new Uint8Array(0));
            meta.put(MetaKeys.scheduledCompactRev, marker);
        }
        tx.commit({ freelist: 'none' });
        return { consistentIndex, latestRevision, restoredRevision, removedMembers };
    }
    catch (error) {
        tx.rollback();
        throw error;
    }
}
function bucket(tx, name) {
    const b = tx.bucket(name);
    if (!b)
        throw new errors_InvariantError(`bucket ${new TextDecoder().decode(name)} was just created`);
    return b;
}
/** Deletes every key of a bucket and returns them as text (they are hex member IDs). */
function trim(b) {
    const keys = [...b.entries()].filter((e) => !e.isBucket).map((e) => e.key);
    for (const key of keys)
        b.delete(key);
    return keys.map((k) => new TextDecoder().decode(k));
}
function edit_ascii(text) {
    return new TextEncoder().encode(text);
}

;// CONCATENATED MODULE: ./src/lib/io/write-journal.ts
/**
 * Records the writes made through a ByteFile so the same edit can be applied to byte-identical
 * copies of the file without computing it again: restore edits one db and replays the few
 * pages it wrote onto each member's copy, which the kernel made while the edit's input was
 * still being checked.
 */


class WriteJournal {
    entries = [];
    /** `file` with every write, truncate and sync also recorded here, in order. */
    record(file) {
        const entries = this.entries;
        return {
            get size() {
                return file.size;
            },
            read: (position, length) => file.read(position, length),
            write(position, data) {
                file.write(position, data);
                // a copy: writers may reuse their buffers
                entries.push({ op: 'write', position, data: data.slice() });
            },
            truncate(size) {
                file.truncate(size);
                entries.push({ op: 'truncate', size });
            },
            sync() {
                file.sync();
                entries.push({ op: 'sync' });
            }
        };
    }
    /** Bytes the recorded writes hold. */
    get bytes() {
        return this.entries.reduce((n, e) => n + (e.op === 'write' ? e.data.length : 0), 0);
    }
    /**
     * Applies the recorded operations, in order, to the file at `path`, which must hold what the
     * recorded file held before them. Syncs stay where they were: the commit's order (data, sync,
     * meta, sync) is what keeps a crash from leaving a meta that points at unwritten pages.
     */
    replay(path) {
        const fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r+');
        try {
            for (const entry of this.entries) {
                if (entry.op === 'write')
                    writeAllAt(fd, entry.data, entry.position);
                else if (entry.op === 'truncate')
                    (0,external_node_fs_namespaceObject.ftruncateSync)(fd, entry.size);
                else
                    (0,external_node_fs_namespaceObject.fdatasyncSync)(fd);
            }
        }
        finally {
            (0,external_node_fs_namespaceObject.closeSync)(fd);
        }
    }
}
function writeAllAt(fd, data, position) {
    for (let done = 0; done < data.length;) {
        const n = (0,external_node_fs_namespaceObject.writeSync)(fd, data, done, data.length - done, position + done);
        if (n <= 0)
            throw new TargetError(`write made no progress at byte ${position + done}`);
        done += n;
    }
}

;// CONCATENATED MODULE: ./src/lib/restore/db-copy.ts






/** Root pages of the schema's paged top-level buckets, for the re-check after the edit. */
function bucketRoots(db) {
    const roots = new Map();
    for (const name of Object.values(Buckets)) {
        const root = db.bucket(name)?.rootPage ?? 0;
        if (root !== 0)
            roots.set(new TextDecoder().decode(name), root);
    }
    return roots;
}
/**
 * Edits the checked db in `file` (whose top-level bucket roots were `trustedBuckets` when it was
 * checked) and replays the edit onto each copy; `onCopyError` names the member of a failed copy.
 */
function editAndReplay(file, trustedBuckets, copies, edit, onCopyError) {
    const journal = new WriteJournal();
    const edited = editBackend(journal.record(file), edit);
    const recheck = edit.fullRecheck ? {} : { trustedBuckets };
    checkDb(BoltDb.open(file), recheck);
    copies.forEach((path, i) => {
        try {
            journal.replay(path);
        }
        catch (error) {
            throw onCopyError(error, i);
        }
        // what the edit left, checked again on the copy: it costs what the edit touched
        recheckCopy(path, recheck);
    });
    return edited;
}
/** Structural re-check of a member's copy after the replayed edit (its bytes equal the checked db's). */
function recheckCopy(path, options) {
    const file = FileByteFile.open(path);
    try {
        checkDb(BoltDb.open(file), options);
    }
    finally {
        file.close();
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/compact/visit.ts
/**
 * A streaming walk over a bucket's entries in key order, nested buckets included, reading pages
 * transiently (no allocation per page). What the callbacks are given is valid only during the
 * call. After a nested bucket has been visited (its own reads reuse the memory of the parent's
 * leaf), the parent's cursor is re-positioned on that bucket's key before it moves on.
 */




/** The root bucket of a db (the one that holds the top-level bucket names). */
function rootBucketRef(db) {
    return { root: db.meta.root, sequence: db.meta.sequence, inlinePage: null };
}
/** A nested bucket's ref from its raw value in the parent's leaf. */
function bucketRefOf(value) {
    const { root, sequence } = decodeBucketHeader(value);
    return { root, sequence, inlinePage: root === 0 ? inlinePageOf(value).slice() : null };
}
function visitBucket(db, ref, visitor) {
    const cursor = new Cursor(db, ref.root, ref.inlinePage, true);
    for (let e = cursor.first(); e !== null; e = cursor.next()) {
        if (!e.isBucket) {
            visitor.value(e.key, e.value);
            continue;
        }
        const key = e.key.slice();
        visitor.bucket(key, bucketRefOf(e.value));
        if (ref.inlinePage !== null)
            continue; // an inline page is private memory: nothing moved
        const again = cursor.seek(key);
        if (again === null || compareBytes(again.key, key) !== 0) {
            throw new BoltFormatError('bucket entry vanished while its bucket was read', ref.root);
        }
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/compact/digest.ts
/**
 * A digest per top-level bucket of what a db holds, whatever its page layout: sha256 over every
 * entry in key order (flag, key, value; nested buckets as name, sequence, their entries and an
 * end mark). Two dbs with equal digests hold the same buckets, keys, values and sequences.
 */



const VALUE = 0;
const BUCKET = 1;
const END = 2;
/** Feeds one bucket's entries (nested ones included) into a hash. */
class DigestWriter {
    hash;
    header = Buffer.alloc(9);
    constructor(hash) {
        this.hash = hash;
    }
    value(key, value) {
        this.frame(VALUE, key.length);
        this.hash.update(key);
        this.frame(VALUE, value.length);
        this.hash.update(value);
    }
    enterBucket(key, sequence) {
        this.frame(BUCKET, key.length);
        this.hash.update(key);
        const seq = Buffer.alloc(8);
        seq.writeBigUInt64LE(sequence);
        this.hash.update(seq);
    }
    leaveBucket() {
        this.frame(END, 0);
    }
    frame(kind, length) {
        this.header[0] = kind;
        this.header.writeDoubleLE(length, 1);
        this.hash.update(this.header);
    }
}
/** Collects digests while something else walks the buckets (the compaction does). */
class DigestCollector {
    digests = new Map();
    writer = null;
    depth = 0;
    value(key, value) {
        this.writer?.value(key, value);
    }
    enterBucket(key, sequence) {
        if (this.depth++ === 0) {
            this.writer = new DigestWriter((0,external_node_crypto_namespaceObject.createHash)('sha256'));
            const seq = Buffer.alloc(8);
            seq.writeBigUInt64LE(sequence);
            this.writer.hash.update(seq);
            this.name = bucketName(key);
            return;
        }
        this.writer.enterBucket(key, sequence);
    }
    leaveBucket() {
        if (--this.depth === 0) {
            this.digests.set(this.name, this.writer.hash.digest('hex'));
            this.writer = null;
            return;
        }
        this.writer.leaveBucket();
    }
    name = '';
}
/**
 * The digests of `db`, read in one sweep; `observers` see the same entries on the way (e.g. a
 * one-pass HashKV).
 */
function digestDb(db, observers = []) {
    const collector = new DigestCollector();
    const all = [collector, ...observers];
    const visit = (ref) => {
        const visitor = {
            value: (key, value) => {
                for (const observer of all)
                    observer.value(key, value);
            },
            bucket: (key, child) => {
                for (const observer of all)
                    observer.enterBucket(key, child.sequence);
                visit(child);
                for (const observer of all)
                    observer.leaveBucket();
            }
        };
        visitBucket(db, ref, visitor);
    };
    visit(rootBucketRef(db));
    return collector.digests;
}

;// CONCATENATED MODULE: ./src/lib/bolt/compact/tree-builder.ts
/**
 * Bottom-up bulk load of one bucket's B+tree from entries given in key order (bbolt-format §7.3):
 * leaves are filled up to the fill threshold and written as soon as the next one starts, then
 * each finished node's (first key, page id) goes into the level above, and so on. Only the open
 * nodes of each level stay in memory (two per level: the last one is held back so that the end
 * of the stream can even out a branch that would otherwise have a single child).
 *
 * The shape keeps what bbolt relies on (§3.4, §11): branch key == child's first key exactly
 * (it is copied from the child's first element), ≥ 2 children per branch, no empty non-root page,
 * at most 0xFFFE elements per node, a node larger than a page spans contiguous overflow pages.
 */



/** etcd's defrag and its writes to `key` use 0.9 (bbolt-format §0). */
const DEFAULT_FILL_PERCENT = 0.9;
class TreeBuilder {
    sink;
    levels = [];
    threshold;
    finished = false;
    constructor(sink, fillPercent = DEFAULT_FILL_PERCENT) {
        this.sink = sink;
        const fill = Math.min(Math.max(fillPercent, 0.1), 1.0);
        this.threshold = Math.floor(sink.pageSize * fill);
    }
    /** Adds the next leaf element; keys must be strictly increasing. Keeps the element's bytes. */
    add(element) {
        if (this.finished)
            throw new errors_InvariantError('tree builder: add after finish');
        this.push(0, element, ELEMENT_SIZE + element.key.length + element.value.length);
    }
    /** Writes what is still open and returns the root page id. */
    finish() {
        if (this.finished)
            throw new errors_InvariantError('tree builder: finished twice');
        this.finished = true;
        if (this.levels.length === 0)
            return this.write(0, { elements: [], size: PAGE_HEADER_SIZE });
        for (let depth = 0;; depth++) {
            const level = this.levels[depth];
            const cur = level.cur;
            if (level.prev !== null && depth > 0 && cur.elements.length < 2)
                this.evenOut(level);
            // a single node on the top level is the root
            if (level.prev === null && depth === this.levels.length - 1)
                return this.write(depth, cur);
            if (level.prev !== null)
                this.emit(depth, level.prev);
            this.emit(depth, cur);
            level.prev = level.cur = null;
        }
    }
    push(depth, element, size) {
        let level = this.levels[depth];
        if (level === undefined) {
            level = { prev: null, cur: null };
            this.levels.push(level);
        }
        if (level.cur !== null && this.full(level.cur, size, depth === 0)) {
            if (level.prev !== null)
                this.emit(depth, level.prev);
            level.prev = level.cur;
            level.cur = null;
        }
        level.cur ??= { elements: [], size: PAGE_HEADER_SIZE };
        level.cur.elements.push(element);
        level.cur.size += size;
    }
    /**
     * bbolt's split rule (node.splitIndex): a node takes elements up to the threshold, but at
     * least two; a leaf's second element may also start a new leaf when the two would not share
     * one page (a lone large value then gets its own overflow span instead of two half pages).
     */
    full(node, adding, leaf) {
        const count = node.elements.length;
        if (count >= MAX_ELEMENT_COUNT)
            return true;
        const size = node.size + adding;
        if (size <= this.threshold)
            return false;
        return count >= 2 || (leaf && size > this.sink.pageSize);
    }
    /** The last branch of a level got one child: merge it into the one before, or borrow one. */
    evenOut(level) {
        const prev = level.prev;
        const cur = level.cur;
        if (prev.size + cur.size - PAGE_HEADER_SIZE <= this.sink.pageSize || prev.elements.length < 3) {
            cur.elements = [...prev.elements, ...cur.elements];
            cur.size += prev.size - PAGE_HEADER_SIZE;
            level.prev = null;
            return;
        }
        const moved = prev.elements.pop();
        const bytes = ELEMENT_SIZE + moved.key.length;
        prev.size -= bytes;
        cur.elements.unshift(moved);
        cur.size += bytes;
    }
    emit(depth, node) {
        const id = this.write(depth, node);
        const key = node.elements[0].key;
        this.push(depth + 1, { key, pgid: id }, ELEMENT_SIZE + key.length);
    }
    write(depth, node) {
        const id = this.sink.nextId;
        const pageSize = this.sink.pageSize;
        this.sink.append(depth === 0
            ? encodeLeafPage(id, node.elements, pageSize)
            : encodeBranchPage(id, node.elements, pageSize));
        return id;
    }
}

;// CONCATENATED MODULE: ./src/lib/bolt/compact/compact.ts
/**
 * Writes a fresh, compact copy of a bbolt db in one streaming pass (bbolt-format §7.3, what
 * `bbolt compact` and etcd's defrag produce): every bucket in key order, bulk-loaded bottom-up
 * (TreeBuilder), nested buckets included; a bucket is inlined exactly when bbolt would inline
 * it at commit (a single leaf, no sub-bucket, ≤ pageSize/4 bytes); page ids run from 2 with no
 * gap, so nothing is free. Then a freelist page (empty) when the source stored one, else none,
 * and both metas, last, pointing at the same tree (txid T on page T % 2, T-1 on the other).
 *
 * Memory: the open nodes of the trees being built (a few per level and nesting depth) and at most
 * pageSize/4 bytes of a bucket not yet known to be too large to inline: never the key space.
 */








function compactDb(db, sink, options = {}) {
    const fill = options.fillPercent ?? DEFAULT_FILL_PERCENT;
    const pageSize = db.pageSize;
    const inlineLimit = Math.floor(pageSize / 4);
    const digest = new DigestCollector();
    const observers = [digest, ...(options.observers ?? [])];
    /** Copies one bucket; returns the root page id, or the inline value's page for a small bucket. */
    const copy = (ref, inlineable) => {
        let tree = inlineable ? null : new TreeBuilder(sink, fill);
        let held = [];
        let heldSize = PAGE_HEADER_SIZE;
        const paged = () => {
            if (tree === null) {
                tree = new TreeBuilder(sink, fill);
                for (const e of held)
                    tree.add(e);
                held = [];
            }
            return tree;
        };
        visitBucket(db, ref, {
            value(key, value) {
                for (const observer of observers)
                    observer.value(key, value);
                const element = { flags: 0, key: key.slice(), value: value.slice() };
                const size = heldSize + ELEMENT_SIZE + key.length + value.length;
                if (tree === null && size <= inlineLimit) {
                    held.push(element);
                    heldSize = size;
                }
                else
                    paged().add(element);
            },
            bucket(key, child) {
                // a bucket holding a sub-bucket is never inline (bbolt inlineable)
                const parent = paged();
                for (const observer of observers)
                    observer.enterBucket(key, child.sequence);
                const built = copy(child, true);
                for (const observer of observers)
                    observer.leaveBucket();
                const value = 'root' in built
                    ? encodeBucketValue(built.root, child.sequence)
                    : encodeBucketValue(0, child.sequence, built.inline);
                parent.add({ flags: BUCKET_LEAF_FLAG, key, value });
            }
        });
        if (tree === null)
            return { inline: encodeInlineLeaf(held) };
        return { root: tree.finish() };
    };
    const rootRef = rootBucketRef(db);
    const built = copy(rootRef, false);
    const root = 'root' in built ? built.root : 0;
    const mode = options.freelist ?? (db.meta.freelist === null ? 'none' : 'page');
    let freelist = null;
    if (mode === 'page') {
        freelist = sink.nextId;
        sink.append(encodeFreelistPage(freelist, [], 1, pageSize));
    }
    const hwm = sink.nextId;
    const txid = (options.txid ?? db.meta.txid) > 0n ? (options.txid ?? db.meta.txid) : 1n;
    const meta = (t) => encodeMetaPage({ pageSize, root, sequence: rootRef.sequence, freelist, hwm, txid: t });
    const newer = meta(txid);
    const older = meta(txid - 1n);
    sink.finish(hwm, txid % 2n === 0n ? [newer, older] : [older, newer]);
    return { hwm, root, freelist: mode, txid, digests: digest.digests };
}
/** The bytes a compaction of `db` writes, found without writing (a sink that only counts). */
function compactedSize(db, options = {}) {
    const pageSize = db.pageSize;
    let next = 2;
    const sink = {
        pageSize,
        get nextId() {
            return next;
        },
        append(span) {
            next += span.length / pageSize;
        },
        finish() { }
    };
    return compactDb(db, sink, options).hwm * pageSize;
}

;// CONCATENATED MODULE: ./src/lib/backend/hashkv-stream.ts
/**
 * HashKV at the current revision in ONE pass over the `key` bucket, for a walk that reads every
 * entry anyway (the compacting restore's): hashKV() needs two, because whether an entry at or
 * below the compact revision is hashed depends on entries that come after it.
 *
 * The bucket is in revision order, so those undecided entries (≤ compactRev, "candidates") all
 * come first. Each candidate's CRC and length are kept while it may still count (one per user
 * key, hashKV's own memory bound); the entries above compactRev are always hashed, as one running
 * CRC. At the end the kept candidates' CRCs are joined in bucket order with crc32cCombine, which
 * needs only CRCs and lengths. Same rules as hashKV (see there), and the same memory bound: past
 * it the result is left undecided (undefined), for hashKV to decide.
 */







const join = (a, b) => ({
    crc: crc32cCombine(a.crc, b.crc, b.length),
    length: a.length + b.length
});
class HashKVStream {
    compactRev;
    currentRev;
    maxTracked;
    /**
     * user key → its latest put ≤ compactRev, while nothing later supersedes it; in bucket order
     * (a key's newer candidate is re-inserted at the end)
     */
    latestBelow = new Map();
    /** Every candidate, hashed or not: what counts when no key is kept at all. */
    allBelow = { crc: 0, length: 0 };
    anyBelow = false;
    lastWasPut = false;
    /** The entries above compactRev: always hashed. */
    aboveCrc = 0;
    aboveLength = 0;
    unsupported = false;
    /**
     * Keys alive above compactRev: whether any key is kept when no candidate is (hashKV's extra
     * pass). Past the bound the question is left to hashKV.
     */
    aliveAbove = new Set();
    aliveAboveOverflow = false;
    constructor(revisions, options = {}) {
        this.compactRev = revisions.compactRev;
        this.currentRev = revisions.currentRev;
        this.maxTracked = options.maxTrackedKeys ?? 5_000_000;
    }
    /** The next `key` bucket entry, in bucket order (a nested bucket: `value` undefined). */
    entry(key, value) {
        const main = revisionMain(key);
        if (main > this.currentRev)
            return;
        if (value === undefined) {
            // never in an etcd db; hashKV hashes its key alone: left to it
            this.unsupported = true;
            return;
        }
        this.lastWasPut = !isTombstone(key);
        if (main <= this.compactRev) {
            this.anyBelow = true;
            const entry = {
                crc: crc32cUpdate(crc32cUpdate(0, key), value),
                length: key.length + value.length
            };
            this.allBelow = join(this.allBelow, entry);
            const userKey = hashkv_stream_userKeyOf(key, value);
            if (this.lastWasPut) {
                this.latestBelow.delete(userKey);
                this.latestBelow.set(userKey, entry);
                if (this.latestBelow.size > this.maxTracked)
                    throw this.tooMany();
            }
            else
                this.latestBelow.delete(userKey);
            return;
        }
        const userKey = hashkv_stream_userKeyOf(key, value);
        this.latestBelow.delete(userKey);
        if (!this.aliveAboveOverflow) {
            if (this.lastWasPut)
                this.aliveAbove.add(userKey);
            else
                this.aliveAbove.delete(userKey);
            if (this.aliveAbove.size > this.maxTracked) {
                this.aliveAboveOverflow = true;
                this.aliveAbove.clear();
            }
        }
        this.aboveCrc = crc32cUpdate(crc32cUpdate(this.aboveCrc, key), value);
        this.aboveLength += key.length + value.length;
    }
    /** HashKV at the current revision; undefined when this pass cannot decide it (see above). */
    result() {
        if (this.unsupported)
            return undefined;
        if (this.anyBelow && this.latestBelow.size === 0 && !this.lastWasPut && this.aliveAboveOverflow)
            return undefined;
        const keepNonEmpty = !this.anyBelow || this.latestBelow.size > 0 || this.lastWasPut || this.aliveAbove.size > 0;
        let below = { crc: 0, length: 0 };
        if (keepNonEmpty)
            for (const kept of this.latestBelow.values())
                below = join(below, kept);
        else
            below = this.allBelow;
        const name = { crc: crc32cUpdate(0, Buckets.key), length: Buckets.key.length };
        const all = join(join(name, below), { crc: this.aboveCrc, length: this.aboveLength });
        return {
            hash: all.crc >>> 0,
            hashRevision: this.currentRev,
            compactRevision: this.compactRev,
            currentRevision: this.currentRev
        };
    }
    tooMany() {
        return new errors_SnapshotError(`hashkv: more than ${this.maxTracked} distinct keys at or below compact revision ${this.compactRev}; ` +
            `raise maxTrackedKeys to compute the hash`);
    }
}
function hashkv_stream_userKeyOf(key, value) {
    return byteString(keyValueKey(value, () => revisionLabel(key)));
}
/** Feeds the `key` bucket's entries, out of a walk over the whole db, into `stream`. */
function keyBucketObserver(stream) {
    let depth = 0;
    let inKeyBucket = false;
    return {
        enterBucket(key) {
            depth++;
            if (depth === 1)
                inKeyBucket = compareBytes(key, Buckets.key) === 0;
            else if (depth === 2 && inKeyBucket)
                stream.entry(key, undefined);
        },
        leaveBucket() {
            if (--depth === 0)
                inKeyBucket = false;
        },
        value(key, value) {
            if (depth === 1 && inKeyBucket)
                stream.entry(key, value);
        }
    };
}
/**
 * HashKV of `db` at its current revision, computed alongside a walk over the whole db that is
 * made anyway: give `observer` to the walk, then ask `result()` (which falls back to hashKV's two
 * passes in the one case the stream leaves undecided).
 */
function hashKVAlongside(db) {
    const stream = new HashKVStream(bootRevisions(db, db.bucket(Buckets.key)));
    return {
        observer: keyBucketObserver(stream),
        result: () => stream.result() ?? hashKV(db)
    };
}

;// CONCATENATED MODULE: ./src/lib/io/overlay-file.ts
/**
 * A ByteFile whose writes stay in memory on top of a read-only source: the copy-on-write edit of
 * a restore runs against it, and what it reads back is the edited db (the same bytes the copy
 * path writes into each member's file) without a copy of the snapshot ever being made. A commit
 * writes whole pages: a handful for an etcd restore's edit.
 */

class OverlayByteFile {
    base;
    pageSize;
    pages = new Map();
    length;
    constructor(base, pageSize) {
        this.base = base;
        this.pageSize = pageSize;
        this.length = base.size;
    }
    get size() {
        return this.length;
    }
    /** Bytes written over the source (pages held in memory). */
    get overlayBytes() {
        return this.pages.size * this.pageSize;
    }
    read(position, length) {
        return this.view(position, length, false);
    }
    readTransient(position, length) {
        return this.view(position, length, true);
    }
    write(position, data) {
        if (position % this.pageSize !== 0 || data.length % this.pageSize !== 0) {
            throw new errors_InvariantError(`overlay write of ${data.length} bytes at ${position} is not whole pages`);
        }
        for (let off = 0; off < data.length; off += this.pageSize) {
            this.pages.set((position + off) / this.pageSize, data.slice(off, off + this.pageSize));
        }
        this.length = Math.max(this.length, position + data.length);
    }
    truncate(size) {
        for (const id of this.pages.keys())
            if (id * this.pageSize >= size)
                this.pages.delete(id);
        this.length = size;
    }
    sync() {
        // nothing is durable here: the overlay is only read back
    }
    view(position, length, transient) {
        if (position < 0 || length < 0 || position + length > this.length) {
            throw new RangeError(`read of ${length} bytes at ${position} goes past the end (${this.length} bytes)`);
        }
        const first = Math.floor(position / this.pageSize);
        const last = Math.floor((position + length - 1) / this.pageSize);
        let touched = false;
        for (const id of this.pages.keys()) {
            if (id >= first && id <= last) {
                touched = true;
                break;
            }
        }
        if (!touched && position + length <= this.base.size) {
            return transient && this.base.readTransient !== undefined
                ? this.base.readTransient(position, length)
                : this.base.read(position, length);
        }
        const out = new Uint8Array(length);
        for (let id = first; id <= last; id++) {
            const start = Math.max(position, id * this.pageSize);
            const end = Math.min(position + length, (id + 1) * this.pageSize);
            const page = this.pages.get(id);
            if (page !== undefined) {
                out.set(page.subarray(start - id * this.pageSize, end - id * this.pageSize), start - position);
            }
            else if (start < this.base.size) {
                out.set(this.base.read(start, Math.min(end, this.base.size) - start), start - position);
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/lib/io/page-writer.ts
/**
 * A new bbolt file written front to back: data pages appended from page 2 in id order through
 * one reused buffer, then (finish) size set to hwm pages, fdatasync, both meta pages, fdatasync.
 * Pages 0 and 1 stay zero until then, so a file cut short by a crash opens as nothing at all.
 */



/** Bytes gathered before each write (sequential writes at disk speed, small fixed memory). */
const BUFFER_BYTES = 1024 * 1024;
class PageFileWriter {
    durable;
    pageSize;
    fd;
    next = 2;
    buffer;
    used = 0;
    /** File position of buffer[0]. */
    bufferStart;
    /**
     * `durable: false` leaves out the two fdatasyncs (data, then metas): for a file in a staging
     * folder that is fsynced as a whole before it is renamed into place, where a crash leaves
     * nothing to open.
     */
    constructor(path, pageSize, durable = true, mode = 0o600) {
        this.durable = durable;
        this.pageSize = pageSize;
        this.fd = (0,external_node_fs_namespaceObject.openSync)(path, 'wx', mode);
        this.buffer = new Uint8Array(Math.max(BUFFER_BYTES, pageSize));
        this.bufferStart = 2 * pageSize;
    }
    get nextId() {
        return this.next;
    }
    append(span) {
        if (span.length === 0 || span.length % this.pageSize !== 0) {
            throw new errors_InvariantError(`page span of ${span.length} bytes is not whole pages`);
        }
        const id = decodePageHeader(span).id;
        if (id !== this.next)
            throw new errors_InvariantError(`appending page ${id}, expected ${this.next}`);
        this.next += span.length / this.pageSize;
        if (this.used + span.length > this.buffer.length)
            this.flush();
        if (span.length > this.buffer.length) {
            this.writeAt(span, this.bufferStart);
            this.bufferStart += span.length;
            return;
        }
        this.buffer.set(span, this.used);
        this.used += span.length;
    }
    finish(hwm, metas) {
        if (hwm !== this.next)
            throw new errors_InvariantError(`hwm ${hwm} but ${this.next} pages written`);
        this.flush();
        const fd = this.openFd();
        (0,external_node_fs_namespaceObject.ftruncateSync)(fd, hwm * this.pageSize);
        if (this.durable)
            (0,external_node_fs_namespaceObject.fdatasyncSync)(fd);
        this.writeAt(metas[0], 0);
        this.writeAt(metas[1], this.pageSize);
        if (this.durable)
            (0,external_node_fs_namespaceObject.fdatasyncSync)(fd);
        this.close();
    }
    close() {
        if (this.fd !== null)
            (0,external_node_fs_namespaceObject.closeSync)(this.fd);
        this.fd = null;
    }
    flush() {
        if (this.used === 0)
            return;
        this.writeAt(this.buffer.subarray(0, this.used), this.bufferStart);
        this.bufferStart += this.used;
        this.used = 0;
    }
    writeAt(bytes, position) {
        const fd = this.openFd();
        for (let done = 0; done < bytes.length;) {
            const n = (0,external_node_fs_namespaceObject.writeSync)(fd, bytes, done, bytes.length - done, position + done);
            if (n <= 0)
                throw new errors_InvariantError(`write made no progress at byte ${position + done}`);
            done += n;
        }
    }
    openFd() {
        if (this.fd === null)
            throw new errors_InvariantError('page writer is closed');
        return this.fd;
    }
}

;// CONCATENATED MODULE: ./src/lib/restore/db-compact.ts
/**
 * Step 3, compact: the member db is written afresh from the verified snapshot without its free
 * pages, in one streaming pass, with the restore's edit applied. The edit is the copy path's own
 * (editBackend), committed onto an in-memory overlay of the snapshot's db: what the compaction
 * reads is byte for byte the db the copy path would have written, and the few pages the edit
 * rewrote are all it holds in memory. Nothing lands before the new file passes the strict
 * checker, holds every bucket exactly as that edited db does (a digest per bucket, taken while
 * it was read) and gives the same HashKV (each side's computed along its one walk,
 * hashkv-stream.ts).
 */










/** The new db is dense and read in order: a few chunks, reused (see FileByteFile). */
const OUTPUT_READS = { chunkSize: 256 * 1024, cacheBytes: 512 * 1024 };
/** Writes the compacted, edited db of `source` (the snapshot's checked db) to `outPath`. */
function compactWithEdit(source, pageSize, outPath, edit) {
    // the edit commits without a freelist page (etcd's format); the new file keeps the source's
    const freelist = BoltDb.open(source).meta.freelist === null ? 'none' : 'page';
    const overlay = new OverlayByteFile(source, pageSize);
    const edited = editBackend(overlay, edit);
    const editedDb = BoltDb.open(overlay);
    const expected = hashKVAlongside(editedDb);
    // staged: made durable with the member's other files, before the rename (member-files.ts)
    const writer = new PageFileWriter(outPath, pageSize, false);
    let result;
    try {
        result = compactDb(editedDb, writer, {
            txid: editedDb.meta.txid,
            freelist,
            observers: [expected.observer]
        });
    }
    finally {
        writer.close();
    }
    verifyCompacted(outPath, result, expected.result());
    return { edited, restoredSize: result.hwm * pageSize };
}
/** The checks before anything lands: strict check, nothing free, equal buckets, equal HashKV. */
function verifyCompacted(path, result, expected) {
    const file = FileByteFile.open(path, OUTPUT_READS);
    try {
        const db = BoltDb.open(file);
        const check = checkDb(db);
        if (check.freePages !== 0 || check.hwm !== result.hwm) {
            throw new errors_InvariantError(`compacted db has ${check.freePages} free pages of ${check.hwm} (wrote ${result.hwm})`);
        }
        const hashed = hashKVAlongside(db);
        const digests = digestDb(db, [hashed.observer]);
        const names = new Set([...digests.keys(), ...result.digests.keys()]);
        for (const name of names) {
            if (digests.get(name) !== result.digests.get(name)) {
                throw new errors_InvariantError(`compacted db: bucket ${name} differs from the snapshot's`);
            }
        }
        const kv = hashed.result();
        if (kv.hash !== expected.hash ||
            kv.hashRevision !== expected.hashRevision ||
            kv.compactRevision !== expected.compactRevision) {
            throw new errors_InvariantError(`compacted db: HashKV ${kv.hash} at ${kv.hashRevision} (compacted ${kv.compactRevision}), ` +
                `the snapshot's edited db gives ${expected.hash} at ${expected.hashRevision} (compacted ${expected.compactRevision})`);
        }
    }
    finally {
        file.close();
    }
}

;// CONCATENATED MODULE: ./src/lib/proto/u64.ts
/**
 * bigint ↔ protobufjs 64-bit values. protobufjs writes any `{low, high}` object and reads
 * uint64 back as a long.js `Long`; going through the bit halves keeps all 64 bits exact.
 */

const MAX_U64 = (1n << 64n) - 1n;
/** `value` (0 ≤ value < 2^64) as something protobufjs writes as a uint64/int64 varint. */
function u64(value) {
    if (value < 0n || value > MAX_U64)
        throw new errors_InvariantError(`${value} is not a uint64`);
    return { low: Number(value & 0xffffffffn) | 0, high: Number(value >> 32n) | 0, unsigned: true };
}
/** A decoded protobufjs 64-bit field (Long, number or undefined) as an unsigned bigint. */
function u64_fromU64(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'number') {
        if (!Number.isSafeInteger(value))
            throw new InvariantError(`lossy 64-bit value ${value}`);
        return BigInt.asUintN(64, BigInt(value));
    }
    if (typeof value === 'object' && 'low' in value && 'high' in value) {
        const { low, high } = value;
        return (BigInt(high >>> 0) << 32n) | BigInt(low >>> 0);
    }
    throw new InvariantError(`not a 64-bit protobuf value: ${String(value)}`);
}

;// CONCATENATED MODULE: ./src/lib/proto/messages.ts
/**
 * Typed encoders for the etcd messages restore writes. All 64-bit values are bigint; every
 * "always" field is passed, because protobufjs writes `required` fields unconditionally.
 */


/** The message type name for the wire: the 3.7 declarations live in `<package>.v37`. */
function typeFor(typeName, wire) {
    if (wire === 'gogo')
        return typeName;
    const dot = typeName.indexOf('.');
    return `${typeName.slice(0, dot)}.v37${typeName.slice(dot)}`;
}
function encode(typeName, message) {
    // A plain copy: protobufjs returns a Node Buffer, often a slice of a shared pool, whose
    // slice() is a view, not a copy.
    return new Uint8Array(load_protoType(typeName).encode(message).finish());
}
function confState(cs, wire) {
    const voters = cs.voters.map(u64);
    return wire === 'gogo' ? { voters, auto_leave: false } : { voters };
}
/** etcdserverpb.Metadata: the WAL metadata record. */
function encodeMetadata(nodeId, clusterId) {
    return encode('etcdserverpb.Metadata', { NodeID: u64(nodeId), ClusterID: u64(clusterId) });
}
/** walpb.Snapshot; `confState` only in the 3.5+ final record. */
function encodeWalSnapshot(index, term, cs, wire = 'gogo') {
    const message = { index: u64(index), term: u64(term) };
    if (cs)
        message.conf_state = confState(cs, wire);
    return encode(typeFor('walpb.Snapshot', wire), message);
}
/** raftpb.HardState. */
function encodeHardState(term, vote, commit) {
    return encode('raftpb.HardState', { term: u64(term), vote: u64(vote), commit: u64(commit) });
}
/** raftpb.ConfChange{AddNode, nodeId, context}, plus ID 0 where gogoproto always writes it. */
function encodeAddNode(nodeId, context, wire = 'gogo') {
    const change = { type: 0, node_id: u64(nodeId), context };
    if (wire === 'protobuf-go')
        return encode(typeFor('raftpb.ConfChange', wire), change);
    return encode('raftpb.ConfChange', { id: u64(0n), ...change });
}
/** raftpb.Entry of type EntryConfChange (1). */
function encodeConfChangeEntry(term, index, data) {
    return encode('raftpb.Entry', { Term: u64(term), Index: u64(index), Type: 1, Data: data });
}
/** raftpb.Snapshot{data, metadata{conf_state, index, term}}. */
function encodeRaftSnapshot(data, cs, index, term, wire = 'gogo') {
    return encode(typeFor('raftpb.Snapshot', wire), {
        data,
        metadata: { conf_state: confState(cs, wire), index: u64(index), term: u64(term) }
    });
}
/** snappb.snapshot{crc, data}: the `.snap` file envelope. */
function encodeSnapEnvelope(crc, data) {
    return encode('snappb.snapshot', { crc, data });
}

;// CONCATENATED MODULE: ./src/lib/wal/record-type.ts
/** walpb.Record.type values (etcd wal/wal.go); any other value fails etcd's ReadAll. */
const RecordType = {
    metadata: 1,
    entry: 2,
    state: 3,
    crc: 4,
    snapshot: 5
};
function isRecordType(value) {
    return Number.isInteger(value) && value >= 1 && value <= 5;
}
function recordTypeName(value) {
    const entry = Object.entries(RecordType).find(([, v]) => v === value);
    return entry ? entry[0] : `unknown(${value})`;
}

;// CONCATENATED MODULE: ./src/lib/wal/encoder.ts
/**
 * WAL frames (format doc §6.1, §6.2): 8-byte little-endian length (bit 63 + pad count in the top
 * byte when padded), the marshalled walpb.Record, zero padding to 8 bytes. Each non-crc record
 * carries the running CRC-32C of all record data so far; a crc record carries the running value.
 */




/** The 8-byte length field for a record of `n` bytes. */
function frameLengthField(n) {
    const pad = (8 - (n % 8)) % 8;
    const field = new Uint8Array(8);
    const view = new DataView(field.buffer);
    view.setUint32(0, n >>> 0, true);
    view.setUint32(4, Math.floor(n / 2 ** 32), true);
    if (pad > 0)
        field[7] = 0x80 | pad;
    return field;
}
/** Appends framed records to a growable in-memory buffer; no I/O. */
class WalEncoder {
    buf = new Uint8Array(4096);
    used = 0;
    crc;
    /** `prevCrc`: the running CRC to continue from (0 for a new WAL). */
    constructor(prevCrc = 0) {
        this.crc = prevCrc >>> 0;
    }
    /** The running CRC after the records written so far. */
    get runningCrc() {
        return this.crc;
    }
    /** Appends a crc record carrying the running CRC (the first record of every segment). */
    writeCrcRecord() {
        this.writeRecord({ type: u64(BigInt(RecordType.crc)), crc: this.crc });
    }
    /** Appends a record of `type` with `data` and chains the CRC. */
    write(type, data) {
        this.crc = crc32cUpdate(this.crc, data);
        this.writeRecord({ type: u64(BigInt(type)), crc: this.crc, data });
    }
    /** The bytes written so far (a copy). */
    bytes() {
        return this.buf.slice(0, this.used);
    }
    writeRecord(record) {
        const type = load_protoType('walpb.Record');
        const body = type.encode(record).finish();
        const pad = (8 - (body.length % 8)) % 8;
        this.reserve(8 + body.length + pad);
        this.buf.set(frameLengthField(body.length), this.used);
        this.buf.set(body, this.used + 8);
        // The buffer is zero-filled on growth and never reused, so the padding is already zero.
        this.used += 8 + body.length + pad;
    }
    reserve(extra) {
        if (this.used + extra <= this.buf.length)
            return;
        let size = this.buf.length * 2;
        while (size < this.used + extra)
            size *= 2;
        const next = new Uint8Array(size);
        next.set(this.buf.subarray(0, this.used));
        this.buf = next;
    }
}

;// CONCATENATED MODULE: ./src/lib/wal/segment.ts





/** `SegmentSizeBytes`: 64 * 1000 * 1000 (decimal), the same in 3.4, 3.5 and 3.6. */
const WAL_SEGMENT_SIZE = 64_000_000;
/** Exactly the used bytes of `0000000000000000-0000000000000000.wal` for one member. */
function restoreWalRecords(opts) {
    const { cluster, nodeId, format } = opts;
    const members = cluster.members;
    if (members.length === 0)
        throw new errors_InvariantError('restore WAL for an empty cluster');
    if (!members.some((m) => m.id === nodeId)) {
        throw new errors_InvariantError(`node ${nodeId.toString(16)} is not a member of the cluster`);
    }
    for (let i = 1; i < members.length; i++) {
        if (members[i - 1].id >= members[i].id) {
            throw new errors_InvariantError('cluster members are not in ascending ID order');
        }
    }
    const n = BigInt(members.length);
    const wire = format === '3.7' ? 'protobuf-go' : 'gogo';
    const enc = new WalEncoder(0);
    enc.writeCrcRecord();
    enc.write(RecordType.metadata, encodeMetadata(nodeId, cluster.id));
    enc.write(RecordType.snapshot, encodeWalSnapshot(0n, 0n));
    const text = new TextEncoder();
    members.forEach((member, i) => {
        const change = encodeAddNode(member.id, text.encode(memberJson(member)), wire);
        enc.write(RecordType.entry, encodeConfChangeEntry(1n, BigInt(i + 1), change));
    });
    enc.write(RecordType.state, encodeHardState(1n, members[0].id, n));
    const voters = format === '3.4' ? undefined : { voters: members.map((m) => m.id) };
    enc.write(RecordType.snapshot, encodeWalSnapshot(n, 1n, voters, wire));
    return enc.bytes();
}

;// CONCATENATED MODULE: ./src/lib/wal/names.ts
/** WAL segment names `%016x-%016x.wal` from (sequence, first raft index) (etcd wal/util.go). */

const names_MAX_U64 = (1n << 64n) - 1n;
const WAL_NAME = /^([0-9a-fA-F]{16})-([0-9a-fA-F]{16})\.wal$/;
function walName(seq, index) {
    for (const v of [seq, index]) {
        if (v < 0n || v > names_MAX_U64)
            throw new errors_InvariantError(`${v} is not a uint64`);
    }
    return `${seq.toString(16).padStart(16, '0')}-${index.toString(16).padStart(16, '0')}.wal`;
}
/** `{seq, index}` of a WAL file name, or undefined when the name is not one etcd would read. */
function parseWalName(name) {
    const m = WAL_NAME.exec(name);
    if (!m)
        return undefined;
    return { seq: BigInt(`0x${m[1]}`), index: BigInt(`0x${m[2]}`) };
}

;// CONCATENATED MODULE: ./src/lib/snap/v2store.ts



/** `eventQueue.Capacity` (etcd `newEventHistory(1000)`); a server reading 0 would divide by zero. */
const EVENT_QUEUE_CAPACITY = 1000;
const ZERO_TIME = '"0001-01-01T00:00:00Z"';
function nodeJson(node) {
    let children = 'null';
    if (node.children) {
        // Go's encoding/json sorts map keys as byte strings; hex IDs of different lengths interleave.
        const keys = [...node.children.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        const parts = keys.map((k) => `${goJsonString(k)}:${nodeJson(node.children.get(k))}`);
        children = `{${parts.join(',')}}`;
    }
    return (`{"Path":${goJsonString(node.path)},"CreatedIndex":${node.index},"ModifiedIndex":${node.index},` +
        `"ExpireTime":${ZERO_TIME},"Value":${goJsonString(node.value)},"Children":${children}}`);
}
function statsJson(creates, getsFail) {
    const stats = [
        ['getsSuccess', 0],
        ['getsFail', getsFail],
        ['setsSuccess', 0],
        ['setsFail', 0],
        ['deleteSuccess', 0],
        ['deleteFail', 0],
        ['updateSuccess', 0],
        ['updateFail', 0],
        ['createSuccess', creates],
        ['createFail', 0],
        ['compareAndSwapSuccess', 0],
        ['compareAndSwapFail', 0],
        ['compareAndDeleteSuccess', 0],
        ['compareAndDeleteFail', 0],
        ['expireCount', 0],
        ['watchers', 0]
    ];
    return `{${stats.map(([k, v]) => `"${k}":${v}`).join(',')}}`;
}
/** `raftpb.Snapshot.data` of the restore `.snap`, byte-exact with etcdctl 3.4 / etcdutl 3.5. */
function v2StoreJson(cluster) {
    // 3.4/3.5 add the members to the store in ascending ID order (`Members()` sorts them)
    return membersStoreJson(cluster.members, { getsFail: 0 });
}
/**
 * `json.Marshal` of a fresh v2 store (`/0`, `/1`) after `Create(/0/members/<hex>/raftAttributes)`
 * for each of `created`, in that order: member k gets index k and event slot k-1. `getsFail`
 * counts the failed `Get`s made before (3.6+ makes one).
 */
function membersStoreJson(created, stats) {
    const n = created.length;
    if (n === 0 || n > EVENT_QUEUE_CAPACITY) {
        throw new errors_InvariantError(`v2 store for ${n} members (1..${EVENT_QUEUE_CAPACITY} supported)`);
    }
    // `/0/members` is created together with the first member, so it gets index 1.
    const members = { path: '/0/members', index: 1, value: '', children: new Map() };
    const events = [];
    created.forEach((member, i) => {
        const k = i + 1;
        const hex = idHex(member.id);
        const key = `/0/members/${hex}/raftAttributes`;
        const value = raftAttributesJson(member.peerURLs);
        const attrs = { path: key, index: k, value };
        const dir = { path: `/0/members/${hex}`, index: k, value: '', children: new Map() };
        dir.children.set('raftAttributes', attrs);
        members.children.set(hex, dir);
        events.push(`{"action":"create","node":{"key":${goJsonString(key)},"value":${goJsonString(value)},` +
            `"modifiedIndex":${k},"createdIndex":${k}}}`);
    });
    const zero = {
        path: '/0',
        index: 0,
        value: '',
        children: new Map([['members', members]])
    };
    const one = { path: '/1', index: 0, value: '', children: new Map() };
    const root = {
        path: '/',
        index: 0,
        value: '',
        children: new Map([
            ['0', zero],
            ['1', one]
        ])
    };
    const slots = [...events, ...Array(EVENT_QUEUE_CAPACITY - n).fill('null')];
    // eventQueue.insert: Back wraps modulo Capacity; with n ≤ Capacity nothing is dequeued.
    const queue = `{"Events":[${slots.join(',')}],"Size":${n},"Front":0,"Back":${n % EVENT_QUEUE_CAPACITY},` +
        `"Capacity":${EVENT_QUEUE_CAPACITY}}`;
    return (`{"Root":${nodeJson(root)},` +
        `"WatcherHub":{"EventHistory":{"Queue":${queue},"StartIndex":1,"LastIndex":${n}}},` +
        `"CurrentIndex":${n},"Stats":${statsJson(n, stats.getsFail)},"CurrentVersion":2}`);
}

;// CONCATENATED MODULE: ./src/lib/snap/membership-v2.ts


/** The failed `Get("/0/members")` of `verifyNoMembersInStore`. */
const GETS_FAIL = 1;
/** `GetMembershipInfoInV2Format` for a restored cluster, members in --initial-cluster order. */
function membershipV2Json(cluster) {
    return membersStoreJson(creationOrder(cluster), { getsFail: GETS_FAIL });
}
/** The members in the order etcd would create them: `writtenOrder` when known, else by ID. */
function creationOrder(cluster) {
    if (cluster.writtenOrder === undefined)
        return cluster.members;
    const byId = new Map(cluster.members.map((m) => [m.id, m]));
    const ordered = cluster.writtenOrder.map((id) => byId.get(id));
    if (ordered.length !== byId.size || ordered.some((m) => m === undefined)) {
        throw new errors_InvariantError('writtenOrder does not list the cluster members');
    }
    return ordered;
}

;// CONCATENATED MODULE: ./src/lib/snap/snap-file.ts







/** A `.snap` file etcd would refuse (it renames such files to `*.broken`). */
class SnapFileError extends (/* unused pure expression or super */ null && (SnapshotError)) {
}
/** `%016x-%016x.snap` from (term, index). */
function snapFileName(term, index) {
    return `${term.toString(16).padStart(16, '0')}-${index.toString(16).padStart(16, '0')}.snap`;
}
/** The restore `.snap` contents for `cluster`: term 1, index N, all members voters. */
function encodeSnapFile(cluster, format = '3.5') {
    const payload = format === '3.5' ? v2StoreJson(cluster) : membershipV2Json(cluster);
    const json = new TextEncoder().encode(payload);
    const voters = cluster.members.map((m) => m.id);
    const wire = format === '3.7' ? 'protobuf-go' : 'gogo';
    const body = encodeRaftSnapshot(json, { voters }, BigInt(voters.length), 1n, wire);
    return encodeSnapEnvelope(crc32c_crc32c(body), body);
}
/** Decodes and checks a `.snap` file as etcd's snapshotter.Read does (empty, crc 0, mismatch). */
function decodeSnapFile(bytes, name = '.snap file') {
    const fail = (what, cause) => new SnapFileError(`${name}: ${what}`, { cause });
    if (bytes.length === 0)
        throw fail('file is empty');
    let envelope;
    try {
        envelope = protoType('snappb.snapshot').decode(bytes);
    }
    catch (e) {
        throw fail(`not a snappb.snapshot: ${e.message}`, e);
    }
    const body = envelope.data;
    if (!body || body.length === 0 || !envelope.crc)
        throw fail('empty snapshot (no data or crc 0)');
    const actual = crc32c(body);
    if (actual !== envelope.crc) {
        throw fail(`crc mismatch: stored ${hex32(envelope.crc)}, computed ${hex32(actual)}`);
    }
    let snap;
    try {
        // the protobuf-go declaration reads gogoproto's files too (etcd 3.7 reads both)
        snap = protoType('raftpb.v37.Snapshot').decode(body);
    }
    catch (e) {
        throw fail(`not a raftpb.Snapshot: ${e.message}`, e);
    }
    const metadata = snap.metadata;
    if (!metadata)
        throw fail('not a raftpb.Snapshot: no metadata');
    const cs = metadata.conf_state ?? {};
    return {
        crc: envelope.crc,
        data: snap.data ?? new Uint8Array(0),
        voters: (cs.voters ?? []).map(fromU64),
        learners: (cs.learners ?? []).map(fromU64),
        index: fromU64(metadata.index),
        term: fromU64(metadata.term)
    };
}
function hex32(n) {
    return n.toString(16).padStart(8, '0');
}

;// CONCATENATED MODULE: ./src/lib/member-dir/member-files.ts



/**
 * The WAL and `.snap` each etcd restore writes (format doc §6, §7; the 3.6 and 3.7 derivations
 * are in test/fixtures/target-3.6/ and target-3.7/DERIVATION.md). The db edit is the same from
 * 3.5 on (backend/edit.ts).
 */
const FILE_FORMATS = {
    '3.4': { wal: '3.4', snap: '3.5' },
    '3.5': { wal: '3.5', snap: '3.5' },
    '3.6': { wal: '3.5', snap: '3.6' },
    '3.7': { wal: '3.7', snap: '3.7' }
};
/**
 * The WAL and .snap of one member: the raft log holds one AddNode entry per member at term 1, so
 * the snapshot index N is the member count.
 */
function memberFiles(cluster, nodeId, targetVersion) {
    const index = BigInt(cluster.members.length);
    const format = FILE_FORMATS[targetVersion];
    return {
        walName: walName(0n, 0n),
        walRecords: restoreWalRecords({ cluster, nodeId, format: format.wal }),
        walSize: WAL_SEGMENT_SIZE,
        snapName: snapFileName(1n, index),
        snapBytes: encodeSnapFile(cluster, format.snap)
    };
}

;// CONCATENATED MODULE: ./src/lib/restore/member-files.ts




async function writeMembers(cluster, planned, layouts, dbPath, targetVersion, log) {
    await log.group('Write member data-dirs', async () => {
        planned.forEach((p, i) => {
            const files = memberFiles(cluster, p.member.id, targetVersion);
            const last = i === planned.length - 1; // the last member takes the staging db itself
            try {
                writeMemberFiles(layouts[i], files, last ? dbPath : undefined);
            }
            catch (error) {
                throw targetWriteError(error, p.dataDir);
            }
            log.info(`${p.member.name}: ${idHex(p.member.id)} → ${p.dataDir}`);
        });
    });
}

;// CONCATENATED MODULE: ./src/lib/member-dir/describe.ts


/** Lists a restored member's folders and files with sizes and modes, for the report. */
function describeFiles(dataDir, walDir) {
    const out = [];
    describe_walk(dataDir, dataDir, out);
    if (walDir !== undefined) {
        const inside = (0,external_node_path_namespaceObject.relative)((0,external_node_path_namespaceObject.resolve)(dataDir), (0,external_node_path_namespaceObject.resolve)(walDir));
        // A WAL folder inside the data-dir was listed by the walk above.
        if (inside.startsWith('..') || (0,external_node_path_namespaceObject.isAbsolute)(inside))
            describe_walk((0,external_node_path_namespaceObject.resolve)(walDir), undefined, out);
    }
    return out;
}
/** `base` undefined: absolute paths (a --wal-dir outside the data-dir). */
function describe_walk(dir, base, out) {
    const show = (path) => (base === undefined ? path : (0,external_node_path_namespaceObject.relative)(base, path));
    const stat = (0,external_node_fs_namespaceObject.lstatSync)(dir);
    out.push({ path: `${show(dir) || '.'}/`, bytes: 0, mode: octal(stat.mode) });
    for (const name of (0,external_node_fs_namespaceObject.readdirSync)(dir).sort()) {
        const path = (0,external_node_path_namespaceObject.join)(dir, name);
        const entry = (0,external_node_fs_namespaceObject.lstatSync)(path);
        if (entry.isDirectory())
            describe_walk(path, base, out);
        else
            out.push({ path: show(path), bytes: entry.size, mode: octal(entry.mode) });
    }
}
function octal(mode) {
    return `0${(mode & 0o777).toString(8)}`;
}

;// CONCATENATED MODULE: ./src/lib/restore/commit.ts
/**
 * Step 5 of a restore: the staged members appear at their targets (one rename each, or one for
 * the whole --out-dir), and the report says what was made.
 */




function commitMembers(staging, planned) {
    staging.commit();
    return planned.map((p) => ({
        name: p.member.name,
        id: idHex(p.member.id),
        peerURLs: p.member.peerURLs,
        dataDir: (0,external_node_path_namespaceObject.resolve)(p.dataDir),
        walDir: (0,external_node_path_namespaceObject.resolve)(p.walDir ?? (0,external_node_path_namespaceObject.join)(p.dataDir, 'member', 'wal')),
        files: describeFiles(p.dataDir, p.walDir)
    }));
}
function restoreReport(parts) {
    const { options, cluster } = parts;
    return {
        tool: { name: 'etcd-restore', version: TOOL_VERSION },
        snapshot: parts.snapshot,
        cluster: { id: idHex(cluster.id), token: cluster.token, members: parts.members },
        targetVersion: options.targetVersion,
        bumpRevision: options.bumpRevision.toString(),
        markCompacted: options.markCompacted,
        restoredRevision: Number(parts.restoredRevision),
        durationsMs: parts.durationsMs,
        warnings: parts.warnings,
        db: parts.db
    };
}

;// CONCATENATED MODULE: ./src/lib/restore/index.ts
/**
 * A restore, step by step: plan (members, targets, staging) → verify (the snapshot, its whole
 * database) → db (copy the snapshot's db and edit it, or compact it with the edit applied) →
 * member files (WAL, .snap) → commit (rename into place, report). Every member is staged beside
 * its target: on failure nothing is left behind, and the snapshot is never modified.
 */




















/**
 * Verifies the snapshot once, checks its database once, makes every requested member's db from
 * it (copied and edited, or compacted with the edit applied: `options.defrag`) and writes each
 * member's data-dir (db, WAL, .snap). Throws a RestoreError subclass on any user problem.
 */
async function restore(options) {
    const log = options.logger ?? silentLogger;
    const clock = new Stopwatch();
    const warnings = [];
    const warn = (message) => {
        warnings.push(message);
        log.warn(message);
    };
    const defrag = options.defrag ?? 'auto';
    const { cluster, selected } = planCluster(options);
    const staging = new Staging();
    // Parent folders this run creates: removed again (when still empty) if the restore fails.
    const createdParents = [];
    /** Member db copies in flight; each settles to its error, or undefined. */
    let copies = [];
    /** Stops the in-place hash's worker thread (not needed after all, or the restore failed). */
    const stopHashing = new AbortController();
    try {
        // 1. plan
        const { planned, scratchNear } = planTargets(selected, options, staging, createdParents);
        const scratchDir = staging.scratch(scratchNear, 'work');
        (0,external_node_fs_namespaceObject.mkdirSync)(scratchDir, { mode: 0o700 });
        const dbPath = (0,external_node_path_namespaceObject.join)(scratchDir, 'db');
        const layouts = planned.map((p) => {
            try {
                return makeMemberDirs(p.stageDataDir, p.stageWalDir);
            }
            catch (error) {
                throw targetWriteError(error, p.dataDir);
            }
        });
        // Every member but the last gets a kernel copy of the db (reflink or copy_file_range, in the
        // thread pool); the last one takes the staging db itself.
        const copyTargets = layouts.slice(0, -1);
        const memberError = (error, i) => targetWriteError(error, planned[i].dataDir);
        const startCopies = (source, size) => copyTargets.map((layout, i) => copyDb(source, layout.dbPath, size).then(() => undefined, (error) => memberError(error, i)));
        const settleCopies = async () => {
            for (const failure of await Promise.all(copies))
                if (failure !== undefined)
                    throw failure;
        };
        // 2. verify. A plain snapshot file that may be compacted is checked where it lies first: its
        // free pages decide, and a compacted restore then reads it in place, never copying it. Its
        // hash starts first, in a worker thread: it overlaps the pre-check and the compaction, and
        // is awaited before anything lands (stopped when the restore copies after all).
        const plain = plainSnapshot(options.snapshotPath);
        const mayCompact = plain !== undefined &&
            (defrag === 'always' || (defrag === 'auto' && mayBeWorthCompacting(plain)));
        const hashing = mayCompact ? startVerifyInPlace(options, stopHashing.signal) : undefined;
        const precheck = mayCompact ? precheckInPlace(plain) : undefined;
        let path = precheck
            ? chooseDbPath(defrag, precheck)
            : plain !== undefined && defrag !== 'always'
                ? 'copy'
                : undefined;
        if (precheck)
            clock.lap('check');
        const inPlace = path === 'compact';
        if (!inPlace)
            stopHashing.abort();
        // Copying: the members' copies come from the snapshot file itself, side by side with the
        // verifying pass, when it is a plain bbolt file; else from the verified staging db.
        const copyFrom = !inPlace && copyTargets.length > 0 ? plain : undefined;
        if (copyFrom !== undefined)
            copies = startCopies(copyFrom.path, copyFrom.dbSize);
        // in place, the hash is awaited once the compaction is written (below)
        const verified = inPlace ? undefined : await verifySnapshot(options, { stagingDb: dbPath }, log);
        if (!inPlace)
            clock.lap('verify');
        // the pre-check stands for the verified bytes only if the file did not change since
        if (precheck !== undefined && !inPlace)
            assertUnchanged(plain);
        if (copyFrom !== undefined && copyFrom.dbSize !== verified?.dbSize) {
            throw new errors_InvariantError(`copied ${copyFrom.dbSize} database bytes, verified ${verified?.dbSize}`);
        }
        const startStagingCopies = () => {
            if (copyFrom === undefined)
                copies = startCopies(dbPath);
            // the verified db goes to disk meanwhile too (the edit's own syncs then cost what it wrote)
            copies.push(syncFile(dbPath).then(() => undefined, (error) => targetWriteError(error, planned[planned.length - 1].dataDir)));
        };
        // a compressed snapshot's staging db: copy it at once when it cannot be worth compacting
        if (path === undefined &&
            (defrag === 'never' ||
                (defrag === 'auto' &&
                    verified !== undefined &&
                    !mayBeWorthCompacting({ path: dbPath, dbSize: verified.dbSize }))))
            path = 'copy';
        if (path === 'copy')
            startStagingCopies();
        // 3. db
        let memberDb = dbPath;
        let facts;
        let edited;
        let restoredSize;
        let dbMade;
        let hashed;
        // Live pages lie scattered through a file that is mostly free: read them in small chunks.
        const file = inPlace
            ? FileByteFile.open(options.snapshotPath, SPARSE_READS)
            : FileByteFile.open(dbPath, { writable: true });
        try {
            const source = inPlace ? limitByteSource(file, plain.dbSize) : file;
            const db = BoltDb.open(source);
            const check = precheck ?? checkDb(db);
            if (!precheck)
                clock.lap('check');
            facts = readSourceFacts(db, check, options, log, warn);
            const edit = {
                cluster,
                targetVersion: options.targetVersion,
                bumpRevision: options.bumpRevision,
                markCompacted: options.markCompacted,
                latestRevision: BigInt(facts.revision)
            };
            if (path === undefined) {
                path = chooseDbPath(defrag, check);
                if (path === 'copy')
                    startStagingCopies();
            }
            if (path === 'copy') {
                const trustedBuckets = bucketRoots(db);
                // The copies read the db: it is edited only once they are all done.
                await settleCopies();
                // copied from the snapshot file: only valid if that file still holds what was verified
                if (copyFrom !== undefined)
                    assertUnchanged(copyFrom);
                clock.lap('copy');
                const copyPaths = copyTargets.map((layout) => layout.dbPath);
                edited = editAndReplay(file, trustedBuckets, copyPaths, { ...edit, fullRecheck: options.fullRecheck === true }, memberError);
                restoredSize = file.size;
                clock.lap('edit');
            }
            else {
                memberDb = inPlace ? dbPath : (0,external_node_path_namespaceObject.join)(scratchDir, 'compacted-db');
                ({ edited, restoredSize } = compactWithEdit(source, check.pageSize, memberDb, edit));
                clock.lap('compact');
                if (inPlace) {
                    hashed = await verifySnapshot(options, { inPlace: hashing }, log);
                    clock.lap('verify');
                    if (hashed.dbSize !== plain.dbSize) {
                        throw new errors_InvariantError(`read ${plain.dbSize} database bytes, verified ${hashed.dbSize}`);
                    }
                    // read where it lies: only valid if the file still holds what was verified
                    assertUnchanged(plain);
                }
                log.info(`compacted: ${formatBytes(check.dbSize)} → ${formatBytes(restoredSize)} (${check.freePages} of ${check.hwm} pages were free)`);
                copies = startCopies(memberDb);
                await settleCopies();
                clock.lap('copy');
            }
            dbMade = dbReport(path, defrag, check, restoredSize);
        }
        finally {
            file.close();
        }
        const snapshotFile = verified ?? hashed;
        if (snapshotFile === undefined)
            throw new errors_InvariantError('the snapshot was never verified');
        // 4. member files
        await writeMembers(cluster, planned, layouts, memberDb, options.targetVersion, log);
        clock.lap('write');
        // 5. commit
        const members = commitMembers(staging, planned);
        clock.lap('commit');
        return restoreReport({
            options,
            snapshot: { ...snapshotFile, ...facts, path: options.snapshotPath },
            cluster,
            members,
            restoredRevision: servedRevision(edited.restoredRevision, BigInt(facts.compactRevision)),
            durationsMs: clock.laps(),
            warnings,
            db: dbMade
        });
    }
    catch (error) {
        stopHashing.abort();
        // copies still running would write into folders abort() is removing
        await Promise.all(copies);
        staging.abort();
        removeEmptyDirs(createdParents);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cli/flags.ts

/**
 * Parses flags the way etcdutl's (cobra/pflag) parser does for the forms people type:
 * `--flag value`, `--flag=value`, `-w json`, `--bool`, `--bool=false`, and `--` ending flags.
 * A repeated flag keeps its last value, as pflag does.
 */
function parseFlags(argv, specs) {
    const byName = new Map(specs.map((s) => [s.name, s]));
    const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short, s]));
    const out = { strings: new Map(), booleans: new Map(), positionals: [], help: false };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            out.positionals.push(...argv.slice(i + 1));
            break;
        }
        if (arg === '--help' || arg === '-h') {
            out.help = true;
            continue;
        }
        if (!arg.startsWith('-') || arg === '-') {
            out.positionals.push(arg);
            continue;
        }
        const long = arg.startsWith('--');
        const body = arg.slice(long ? 2 : 1);
        const eq = body.indexOf('=');
        const key = eq === -1 ? body : body.slice(0, eq);
        const spec = long ? byName.get(key) : byShort.get(key);
        if (!spec)
            throw new InputError(`unknown flag: ${long ? '--' : '-'}${key} (see --help)`);
        const inline = eq === -1 ? undefined : body.slice(eq + 1);
        if (spec.kind === 'boolean') {
            out.booleans.set(spec.name, parseBool(spec.name, inline ?? 'true'));
            continue;
        }
        let value = inline;
        if (value === undefined) {
            if (i + 1 >= argv.length)
                throw new InputError(`flag needs an argument: --${spec.name}`);
            value = argv[++i];
        }
        out.strings.set(spec.name, value);
    }
    return out;
}
function parseBool(name, value) {
    // pflag accepts Go's strconv.ParseBool spellings.
    if (['1', 't', 'T', 'true', 'TRUE', 'True'].includes(value))
        return true;
    if (['0', 'f', 'F', 'false', 'FALSE', 'False'].includes(value))
        return false;
    throw new InputError(`invalid value "${value}" for --${name}: want true or false`);
}
/** Parses a non-negative decimal integer flag into a bigint (uint64 range). */
function parseUint64(name, value) {
    if (!/^[0-9]{1,20}$/.test(value))
        throw new InputError(`invalid value "${value}" for --${name}: want a whole number`);
    const n = BigInt(value);
    if (n > 0xffffffffffffffffn)
        throw new InputError(`invalid value "${value}" for --${name}: larger than uint64`);
    return n;
}
/** Renders the flag table of a command's --help. */
function flagHelp(specs) {
    const rows = specs.map((s) => {
        const names = `${s.short ? `-${s.short}, ` : '    '}--${s.name}${s.kind === 'string' ? ' <value>' : ''}`;
        const def = s.defaultText ? ` (default ${s.defaultText})` : '';
        return [names, `${s.help}${def}`];
    });
    const width = Math.max(...rows.map(([n]) => n.length)) + 2;
    return rows.map(([n, h]) => `  ${n.padEnd(width)}${h}`).join('\n');
}
/** The one snapshot path a `snapshot …` command takes. */
function snapshotArgument(parsed, command) {
    if (parsed.positionals.length !== 1) {
        throw new InputError(`${command} needs exactly one snapshot path argument, got ${parsed.positionals.length}`);
    }
    return parsed.positionals[0];
}
/** The -w/--write-out value, checked against what the command can print. */
function writeOut(parsed, allowed) {
    const format = parsed.strings.get('write-out') ?? allowed[0];
    if (!allowed.includes(format)) {
        const choices = `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
        throw new InputError(`unsupported output format "${format}": want ${choices}`);
    }
    return format;
}

;// CONCATENATED MODULE: ./src/cli/logger.ts
/** Progress and warnings go to stderr, so stdout carries only the result (text or JSON). */
function stderrLogger(options = {}) {
    const write = (line) => process.stderr.write(`${line}\n`);
    return {
        info: write,
        warn: (message) => write(`warning: ${message}`),
        debug: (message) => {
            if (options.debug || process.env.ETCD_RESTORE_DEBUG)
                write(`debug: ${message}`);
        },
        group: async (name, fn) => {
            write(`== ${name}`);
            return fn();
        }
    };
}

;// CONCATENATED MODULE: ./src/cli/render.ts


/** Lays rows out as an aligned text table with a header row. */
function textTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells) => cells
        .map((c, i) => c.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd();
    return [line(header), ...rows.map(line)].join('\n') + '\n';
}
/** The human form of a restore report, printed on stdout. */
function renderRestoreReport(report) {
    const s = report.snapshot;
    const hash = {
        verified: 'sha256 verified',
        skipped: 'sha256 trailer not checked',
        absent: 'no sha256 trailer'
    }[s.hash];
    const lines = [
        `snapshot   ${s.path} (${formatBytes(s.fileSize)}${s.compression === 'none' ? '' : `, ${s.compression}`}), ${hash}`,
        `database   ${formatBytes(s.dbSize)}, revision ${s.revision}, compacted at ${s.compactRevision}, ${s.totalKeys} keys`,
        `cluster    ${report.cluster.id} (token ${report.cluster.token}), target format ${report.targetVersion}` +
            (report.restoredRevision !== s.revision
                ? `, starts at revision ${report.restoredRevision}`
                : ''),
        ''
    ];
    if (report.db !== undefined)
        lines.splice(2, 0, `member db  ${describeDb(report.db)}`);
    const rows = report.cluster.members.map((m) => [m.name, m.id, m.peerURLs.join(','), m.dataDir]);
    lines.push(textTable(['NAME', 'ID', 'PEER URLS', 'DATA DIR'], rows));
    for (const warning of report.warnings)
        lines.push(`warning: ${warning}`);
    return lines.join('\n').replace(/\n*$/, '\n');
}

;// CONCATENATED MODULE: ./src/lib/report-file.ts


/** Writes the JSON report atomically (temp file + rename), so a reader never sees half of it. */
async function writeReportFile(path, report) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    await (0,promises_namespaceObject.writeFile)(tmp, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644 });
    await (0,promises_namespaceObject.rename)(tmp, path);
}

;// CONCATENATED MODULE: ./src/cli/commands/restore.ts







/** Flags of every command that restores: the target cluster and what the restore changes. */
const restoreFlags = [
    {
        name: 'initial-cluster',
        kind: 'string',
        help: 'initial cluster configuration for restore bootstrap',
        defaultText: DEFAULTS.initialCluster
    },
    {
        name: 'initial-cluster-token',
        kind: 'string',
        help: 'initial cluster token for the etcd cluster during restore bootstrap',
        defaultText: DEFAULTS.initialClusterToken
    },
    {
        name: 'skip-hash-check',
        kind: 'boolean',
        help: 'ignore the snapshot integrity hash (needed for a db copied from a data directory)'
    },
    {
        name: 'bump-revision',
        kind: 'string',
        help: 'how much to increase the latest revision after restore',
        defaultText: '0'
    },
    {
        name: 'mark-compacted',
        kind: 'boolean',
        help: 'mark the latest revision after restore as the point of scheduled compaction (required with --bump-revision > 0)'
    },
    {
        name: 'target-version',
        kind: 'string',
        help: `data-dir format: ${TARGET_VERSIONS.join(', ')} (3.4 = byte-identical to etcdctl 3.4; 3.5 boots 3.4, 3.5 and 3.6; 3.6/3.7 = etcdutl 3.6.14/3.7.1)`,
        defaultText: DEFAULTS.targetVersion
    },
    {
        name: 'defrag',
        kind: 'string',
        help: 'write the member dbs without the free pages: auto (when >= 20% of the pages are free), always or never',
        defaultText: 'auto'
    }
];
const flags = [
    {
        name: 'name',
        kind: 'string',
        help: 'human-readable name of the member to restore',
        defaultText: DEFAULTS.name
    },
    {
        name: 'data-dir',
        kind: 'string',
        help: 'path to the data directory',
        defaultText: '<name>.etcd'
    },
    {
        name: 'wal-dir',
        kind: 'string',
        help: 'path to the WAL directory (with --out-dir: one folder per member under it)',
        defaultText: '<data-dir>/member/wal'
    },
    {
        name: 'out-dir',
        kind: 'string',
        help: 'restore every member of --initial-cluster, each into <out-dir>/<name>, from one verified read'
    },
    {
        name: 'members',
        kind: 'string',
        help: 'with --out-dir: comma-separated names to produce',
        defaultText: 'all'
    },
    {
        name: 'initial-advertise-peer-urls',
        kind: 'string',
        help: "list of this member's peer URLs to advertise",
        defaultText: DEFAULTS.initialAdvertisePeerUrls
    },
    { name: 'report', kind: 'string', help: 'also write the JSON report to this file' },
    {
        name: 'inventory',
        kind: 'boolean',
        help: "add the snapshot's inventory (kinds, prefixes, namespaces) to the report"
    },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple or json',
        defaultText: 'simple'
    },
    {
        name: 'initial-memory-map-size',
        kind: 'string',
        help: 'accepted for etcdutl compatibility; has no effect'
    },
    ...restoreFlags
];
const help = `Restores an etcd member snapshot to an etcd directory (etcdutl-compatible), or with --out-dir
every member of the cluster from one verified read.

Usage:
  etcd-restore snapshot restore <filename> [--name N] [--data-dir D] [--wal-dir W] [flags]
  etcd-restore snapshot restore <filename> --out-dir D --initial-cluster IC --initial-cluster-token T [flags]

<filename> may be gzip- or zstd-compressed (detected from its first bytes); it is never modified.

Flags:
${flagHelp(flags)}
`;
const restoreCommand = {
    path: ['snapshot', 'restore'],
    summary: 'restore data-dirs from a snapshot',
    async run(argv) {
        const parsed = parseFlags(argv, flags);
        if (parsed.help) {
            process.stdout.write(help);
            return 0;
        }
        const options = restoreOptionsFromFlags(parsed.positionals, parsed.strings, parsed.booleans);
        const format = writeOut(parsed, ['simple', 'json']);
        const computeInventory = parsed.booleans.get('inventory') === true;
        const report = await restore({ ...options, computeInventory, logger: stderrLogger() });
        const reportPath = parsed.strings.get('report');
        if (reportPath)
            await writeReportFile(reportPath, report);
        process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderRestoreReport(report));
        return 0;
    }
};
/** Builds RestoreOptions from parsed flags, with etcdutl's defaults and cross-checks. */
function restoreOptionsFromFlags(positionals, strings, booleans) {
    if (positionals.length !== 1) {
        throw new InputError(`snapshot restore needs exactly one snapshot path argument, got ${positionals.length}`);
    }
    const bumpRevision = parseUint64('bump-revision', strings.get('bump-revision') ?? '0');
    const markCompacted = booleans.get('mark-compacted') ?? false;
    const targetVersion = (strings.get('target-version') ?? DEFAULTS.targetVersion);
    if (!TARGET_VERSIONS.includes(targetVersion)) {
        throw new InputError(`invalid --target-version "${targetVersion}": want one of ${TARGET_VERSIONS.join(', ')}`);
    }
    const defrag = (strings.get('defrag') ?? 'auto');
    if (!DEFRAG_MODES.includes(defrag)) {
        throw new InputError(`invalid --defrag "${defrag}": want one of ${DEFRAG_MODES.join(', ')}`);
    }
    const outDir = strings.get('out-dir');
    const name = strings.get('name');
    let target;
    if (outDir !== undefined) {
        for (const single of ['name', 'data-dir', 'initial-advertise-peer-urls']) {
            if (strings.has(single))
                throw new InputError(`--${single} cannot be combined with --out-dir (every member is restored under it)`);
        }
        const members = strings.get('members');
        target = {
            kind: 'all',
            outDir,
            members: members === undefined || members === 'all'
                ? undefined
                : members.split(',').filter((m) => m !== ''),
            walDir: strings.get('wal-dir')
        };
    }
    else {
        if (strings.has('members'))
            throw new InputError('--members needs --out-dir');
        const memberName = name ?? DEFAULTS.name;
        target = {
            kind: 'single',
            name: memberName,
            dataDir: strings.get('data-dir') ?? `${memberName}.etcd`,
            walDir: strings.get('wal-dir'),
            initialAdvertisePeerUrls: strings.get('initial-advertise-peer-urls') ?? DEFAULTS.initialAdvertisePeerUrls
        };
    }
    return {
        snapshotPath: positionals[0],
        skipHashCheck: booleans.get('skip-hash-check') ?? false,
        initialCluster: strings.get('initial-cluster') ?? DEFAULTS.initialCluster,
        initialClusterToken: strings.get('initial-cluster-token') ?? DEFAULTS.initialClusterToken,
        target,
        bumpRevision,
        markCompacted,
        targetVersion,
        defrag
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: ./src/lib/inspect.ts











const CHUNK = 4 * 1024 * 1024;
/**
 * Opens a snapshot read-only for inspection (status, hashkv): checks its structure and hands the
 * database to `use`. Plain files are read in place; compressed ones are decompressed to a
 * temporary file first (bbolt pages need positional reads).
 */
async function inspectSnapshot(path, use) {
    const compression = await sniff(path);
    let scratch;
    let dbPath = path;
    let file;
    try {
        if (compression === 'none') {
            file = await hashInPlace(path);
        }
        else {
            scratch = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'etcd-restore-inspect-'));
            dbPath = (0,external_node_path_namespaceObject.join)(scratch, 'db');
            const copy = await copyAndVerify(path, dbPath, { skipHashCheck: true });
            file = {
                path,
                fileSize: copy.fileSize,
                compression,
                dbSize: copy.dbSize,
                sha256: copy.sha256,
                trailer: copy.trailer === undefined
                    ? 'absent'
                    : copy.trailer === copy.sha256
                        ? 'valid'
                        : 'mismatch'
            };
        }
        const source = FileByteFile.open(dbPath, { writable: false });
        try {
            const db = BoltDb.open(limitByteSource(source, file.dbSize));
            return use(db, checkDb(db), file);
        }
        catch (error) {
            throw naming(error, path);
        }
        finally {
            source.close();
        }
    }
    finally {
        if (scratch)
            (0,external_node_fs_namespaceObject.rmSync)(scratch, { recursive: true, force: true });
    }
}
/** Bolt errors name the page, not the file: say which file (one line; same class, same exit code). */
function naming(error, path) {
    if (!(error instanceof errors_SnapshotError) || error.message.includes(path))
        return error;
    const Class = error instanceof TruncatedSnapshotError ? TruncatedSnapshotError : errors_SnapshotError;
    return new Class(`${path}: ${error.message}`, { cause: error });
}
async function sniff(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r').catch((error) => {
        throw new errors_SnapshotError(error.code === 'ENOENT'
            ? `snapshot ${path} does not exist`
            : `cannot read snapshot ${path}: ${error.message}`);
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new errors_SnapshotError(`snapshot ${path} is not a regular file`);
        const head = Buffer.alloc(MAGIC_BYTES);
        const { bytesRead } = await handle.read(head, 0, MAGIC_BYTES, 0);
        return detectCompression(head.subarray(0, bytesRead));
    }
    finally {
        await handle.close();
    }
}
/** sha256 of the database part and the trailer rule (format doc §5.1), reading the file once. */
async function hashInPlace(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r');
    try {
        const size = (await handle.stat()).size;
        const hasTrailer = size % 512 === TRAILER_BYTES;
        const dbSize = hasTrailer ? size - TRAILER_BYTES : size;
        const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
        const buffer = Buffer.allocUnsafe(CHUNK);
        for (let pos = 0; pos < dbSize;) {
            const { bytesRead } = await handle.read(buffer, 0, Math.min(CHUNK, dbSize - pos), pos);
            if (bytesRead === 0)
                throw new errors_SnapshotError(`${path} shrank while it was read`);
            hash.update(buffer.subarray(0, bytesRead));
            pos += bytesRead;
        }
        const sha256 = hash.digest('hex');
        let trailer = 'absent';
        if (hasTrailer) {
            const tail = Buffer.alloc(TRAILER_BYTES);
            await handle.read(tail, 0, TRAILER_BYTES, dbSize);
            trailer = tail.toString('hex') === sha256 ? 'valid' : 'mismatch';
        }
        return { path, fileSize: size, compression: 'none', dbSize, sha256, trailer };
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/lib/backend/status.ts





const status_text = new TextDecoder();
const status_EMPTY = new Uint8Array(0);
function status_sameBytes(a, b) {
    if (a.length !== b.length)
        return false;
    for (let i = 0; i < a.length; i++)
        if (a[i] !== b[i])
            return false;
    return true;
}
function status_u64(value, what) {
    return value === undefined ? undefined : decodeUint64(value, what);
}
function compactMain(value, what) {
    return value === undefined ? 0 : revisionNumber(decodeRevision(value, what).main);
}
function hex(bytes) {
    return Buffer.from(bytes).toString('hex');
}
/**
 * The status of the database `db`: exactly etcdctl 3.4's four numbers plus the extras. One pass
 * over all buckets; memory is bounded by `maxTrackedKeys` and `maxListed`.
 */
function snapshotStatus(db, options = {}) {
    const maxTracked = options.maxTrackedKeys ?? 1_000_000;
    const maxListed = options.maxListed ?? 1000;
    let crc = 0;
    let totalKey = 0;
    let revision = 0;
    let keyRevisions = 0;
    let tombstones = 0;
    let live = new Map();
    const buckets = [];
    const listed = { lease: [], users: [], roles: [] };
    const counts = { lease: 0 };
    const members = [];
    const membersRemoved = [];
    let metaBucket = null;
    let clusterBucket = null;
    let authBucket = null;
    for (const top of db.rootBucket().entries()) {
        const name = top.key;
        if (!top.isBucket) {
            // etcdctl: tx.Bucket(name) == nil → "cannot get hash of bucket".
            throw new errors_SnapshotError(`cannot get hash of bucket ${status_text.decode(name)}: it is a plain key`);
        }
        buckets.push(status_text.decode(name));
        crc = crc32cUpdate(crc, name);
        const bucket = db.bucket(name);
        const isKey = status_sameBytes(name, Buckets.key);
        const isLease = status_sameBytes(name, Buckets.lease);
        const nameList = status_sameBytes(name, Buckets.authUsers)
            ? listed.users
            : status_sameBytes(name, Buckets.authRoles)
                ? listed.roles
                : status_sameBytes(name, Buckets.members)
                    ? members
                    : status_sameBytes(name, Buckets.membersRemoved)
                        ? membersRemoved
                        : undefined;
        if (status_sameBytes(name, Buckets.meta))
            metaBucket = bucket;
        if (status_sameBytes(name, Buckets.cluster))
            clusterBucket = bucket;
        if (status_sameBytes(name, Buckets.auth))
            authBucket = bucket;
        for (const entry of bucket.sweep()) {
            crc = crc32cUpdate(crc, entry.key);
            // A nested bucket is ForEach'd with a nil value: nothing more is hashed.
            if (!entry.isBucket)
                crc = crc32cUpdate(crc, entry.value);
            totalKey++;
            if (isKey) {
                revision = revisionMain(entry.key);
                const tombstone = isTombstone(entry.key);
                keyRevisions++;
                if (tombstone)
                    tombstones++;
                if (live) {
                    const key = entry.key;
                    const userKey = byteString(keyValueKey(entry.isBucket ? status_EMPTY : entry.value, () => revisionLabel(key)));
                    live.set(userKey, !tombstone);
                    if (live.size > maxTracked)
                        live = undefined;
                }
            }
            else if (isLease) {
                counts.lease++;
                if (listed.lease.length < maxListed)
                    listed.lease.push(hex(entry.key));
            }
            else if (nameList && nameList.length < maxListed) {
                nameList.push(status_text.decode(entry.key));
            }
        }
    }
    let liveKeys;
    if (live) {
        liveKeys = 0;
        for (const isLive of live.values())
            if (isLive)
                liveKeys++;
    }
    const meta = (key) => metaBucket?.get(key);
    const enabled = authBucket?.get(AuthKeys.authEnabled);
    const optionalText = (v) => v === undefined ? undefined : status_text.decode(v);
    return {
        hash: crc >>> 0,
        revision,
        totalKey,
        totalSize: db.hwm * db.pageSize,
        pageSize: db.pageSize,
        buckets,
        compactRevision: compactMain(meta(MetaKeys.finishedCompactRev), 'meta/finishedCompactRev'),
        scheduledCompactRevision: compactMain(meta(MetaKeys.scheduledCompactRev), 'meta/scheduledCompactRev'),
        keyRevisions,
        tombstones,
        liveKeys,
        leases: { count: counts.lease, ids: listed.lease },
        auth: {
            // etcd: enabled iff the flag is the single byte 1.
            enabled: enabled !== undefined && enabled.length === 1 && enabled[0] === 1,
            revision: status_u64(authBucket?.get(AuthKeys.authRevision), 'auth/authRevision'),
            users: listed.users,
            roles: listed.roles
        },
        consistentIndex: status_u64(meta(MetaKeys.consistentIndex), 'meta/consistent_index'),
        term: status_u64(meta(MetaKeys.term), 'meta/term'),
        confState: optionalText(meta(MetaKeys.confState)),
        storageVersion: optionalText(meta(MetaKeys.storageVersion)),
        clusterVersion: optionalText(clusterBucket?.get(ClusterKeys.clusterVersion)),
        members,
        membersRemoved
    };
}
/** The four etcdctl fields, in etcdctl's JSON order: `{"hash":…,"revision":…,"totalKey":…,"totalSize":…}`. */
function etcdctlStatusJson(status) {
    const { hash, revision, totalKey, totalSize } = status;
    return JSON.stringify({ hash, revision, totalKey, totalSize });
}

;// CONCATENATED MODULE: ./src/cli/etcd-table.ts
/**
 * etcdctl's output helpers, so `-w table` and `-w simple` read exactly like etcdctl's
 * (olekukonko/tablewriter borders, go-humanize sizes).
 */
/** go-humanize Bytes(): SI units, "655 kB", "1.0 GB". */
function humanizeBytes(size) {
    if (size < 10)
        return `${size} B`;
    const sizes = ['B', 'kB', 'MB', 'GB', 'TB', 'PB', 'EB'];
    const e = Math.floor(Math.log(size) / Math.log(1000));
    const value = Math.floor((size / 1000 ** e) * 10 + 0.5) / 10;
    return `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ${sizes[e]}`;
}
/** A bordered table: header centred, cells right-aligned, as etcdctl prints snapshot status. */
function etcdTable(header, rows) {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const border = `+${widths.map((w) => '-'.repeat(w + 2)).join('+')}+`;
    const centre = (text, width) => {
        const gap = width - text.length;
        const left = Math.floor(gap / 2);
        return ' '.repeat(left) + text + ' '.repeat(gap - left);
    };
    const line = (cells, align) => `| ${cells.map((c, i) => align(c, widths[i] ?? 0)).join(' | ')} |`;
    return ([
        border,
        line(header, centre),
        border,
        ...rows.map((r) => line(r, (c, w) => c.padStart(w))),
        border
    ].join('\n') + '\n');
}

;// CONCATENATED MODULE: ./src/lib/backend/status-compat.ts

const ETCD_COMPATS = ['3.4', '3.5', '3.6', '3.7'];
/** True when the tool counts live user keys (status must then track every key). */
function countsUserKeys(compat) {
    return compat === '3.6' || compat === '3.7';
}
function compatStatus(status, compat) {
    const { hash, revision, totalKey, totalSize } = status;
    if (!countsUserKeys(compat))
        return { hash, revision, totalKey, totalSize };
    if (status.liveKeys === undefined) {
        throw new errors_InvariantError('live keys were not tracked: call snapshotStatus with maxTrackedKeys Infinity');
    }
    return {
        hash,
        revision,
        totalKey: status.liveKeys,
        totalSize,
        version: semver(status.storageVersion)
    };
}
/** go-semver's `NewVersion(v).String()` for the versions etcd writes; "" where it would fail. */
function semver(value) {
    const match = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/.exec(value ?? '');
    return match ? match[0] : '';
}

;// CONCATENATED MODULE: ./src/cli/commands/status.ts












const status_flags = [
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    },
    {
        name: 'etcd-compat',
        kind: 'string',
        help: `whose hash, revision, totalKey, totalSize (and version) to print: ${ETCD_COMPATS.join(', ')} (3.4/3.5: totalKey counts every bucket entry; 3.6/3.7: live user keys, plus the storage version)`,
        defaultText: '3.5'
    }
];
const status_help = `Gets the status of a snapshot file: etcdctl's hash, revision, total keys and total size,
plus compaction, leases, auth, versions, the sha256 trailer verdict and the offline hashkv.

Usage:
  etcd-restore snapshot status <filename> [-w simple|table|json] [--etcd-compat 3.4|3.5|3.6|3.7]

Flags:
${flagHelp(status_flags)}
`;
const statusCommand = {
    path: ['snapshot', 'status'],
    summary: 'show what a snapshot holds (etcdctl-compatible numbers and more)',
    async run(argv) {
        const parsed = parseFlags(argv, status_flags);
        if (parsed.help) {
            process.stdout.write(status_help);
            return 0;
        }
        const format = writeOut(parsed, ['simple', 'table', 'json']);
        const compat = etcdCompat(parsed.strings.get('etcd-compat'));
        const path = snapshotArgument(parsed, 'snapshot status');
        const { status, kv, file, db, inventory } = await inspectSnapshot(path, (db, check, file) => ({
            // etcdutl 3.6+ count keys with a set of them, as this does
            status: snapshotStatus(db, countsUserKeys(compat) ? { maxTrackedKeys: Infinity } : {}),
            kv: hashKV(db),
            file,
            // what a restore's member db would be (before its small edit)
            db: {
                mode: chooseDbPath('auto', check),
                sourceSize: check.dbSize,
                restoredSize: compactedSize(db),
                pages: check.hwm,
                freePages: check.freePages,
                freePercent: Math.round((100 * check.freePages) / check.hwm)
            },
            // only -w json prints it: the other formats keep etcdctl's cost
            inventory: format === 'json' ? inventoryWithinBound(db) : undefined
        }));
        const etcdctl = compatStatus(status, compat);
        if (format === 'json') {
            const details = {
                ...etcdctl,
                compactRevision: status.compactRevision,
                scheduledCompactRevision: status.scheduledCompactRevision,
                keyRevisions: status.keyRevisions,
                tombstones: status.tombstones,
                liveKeys: status.liveKeys ?? null,
                hashKV: {
                    hash: kv.hash,
                    hashRevision: kv.hashRevision,
                    compactRevision: kv.compactRevision
                },
                leases: status.leases,
                auth: { enabled: status.auth.enabled, users: status.auth.users, roles: status.auth.roles },
                consistentIndex: status.consistentIndex?.toString() ?? null,
                term: status.term?.toString() ?? null,
                storageVersion: status.storageVersion ?? null,
                clusterVersion: status.clusterVersion ?? null,
                members: status.members,
                pageSize: status.pageSize,
                db: {
                    size: db.sourceSize,
                    pages: db.pages,
                    freePages: db.freePages,
                    freePercent: db.freePercent,
                    compactedSize: db.restoredSize,
                    defragAuto: db.mode
                },
                file: {
                    size: file.fileSize,
                    compression: file.compression,
                    dbSize: file.dbSize,
                    sha256: file.sha256,
                    trailer: file.trailer
                },
                inventory: inventory ?? null
            };
            process.stdout.write(`${JSON.stringify(details)}\n`);
            return 0;
        }
        const hex = status.hash.toString(16);
        const cells = [
            hex,
            `${etcdctl.revision}`,
            `${etcdctl.totalKey}`,
            humanizeBytes(etcdctl.totalSize)
        ];
        if (etcdctl.version !== undefined)
            cells.push(etcdctl.version);
        if (format === 'simple') {
            process.stdout.write(`${cells.join(', ')}\n`);
            return 0;
        }
        const header = ['HASH', 'REVISION', 'TOTAL KEYS', 'TOTAL SIZE'];
        if (etcdctl.version !== undefined)
            header.push('VERSION');
        process.stdout.write(etcdTable(header, [cells]));
        const trailer = {
            valid: 'valid',
            mismatch: 'MISMATCH (corrupt)',
            absent: 'absent (raw db copy?)'
        }[file.trailer];
        const rows = [
            ['compact revision', `${status.compactRevision}`],
            ['key revisions', `${status.keyRevisions} (${status.tombstones} tombstones)`],
            [
                'live keys',
                status.liveKeys === undefined ? 'unknown (too many to count)' : `${status.liveKeys}`
            ],
            ['hashkv', `${kv.hash} at revision ${kv.hashRevision}`],
            ['leases', `${status.leases.count}`],
            [
                'auth',
                `${status.auth.enabled ? 'enabled' : 'disabled'}; users: ${status.auth.users.join(', ') || '-'}; roles: ${status.auth.roles.join(', ') || '-'}`
            ],
            ['source members', status.members.join(', ') || '-'],
            ['cluster version', status.clusterVersion ?? '-'],
            ['storage version', status.storageVersion ?? '-'],
            ['sha256', `${file.sha256} (trailer ${trailer})`],
            [
                'restored db',
                `${describeDb({ ...db, mode: 'compact' })}${db.mode === 'compact' ? '' : ' with --defrag always (auto copies it)'}`
            ]
        ];
        process.stdout.write(textTable(['DETAIL', 'VALUE'], rows));
        return 0;
    }
};
function etcdCompat(value) {
    if (value === undefined)
        return '3.5';
    if (!ETCD_COMPATS.includes(value)) {
        throw new InputError(`invalid --etcd-compat "${value}": want one of ${ETCD_COMPATS.join(', ')}`);
    }
    return value;
}

;// CONCATENATED MODULE: ./src/cli/commands/hashkv.ts





const hashkv_flags = [
    { name: 'rev', kind: 'string', help: 'revision to hash up to (0 = latest)', defaultText: '0' },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    }
];
const hashkv_help = `Computes etcd's HashKV of a snapshot offline, the value 'etcdctl endpoint hashkv' reports
for a cluster booted from it (as etcdutl 3.6's 'snapshot hashkv').

Usage:
  etcd-restore snapshot hashkv <filename> [--rev R] [-w simple|table|json]

Flags:
${flagHelp(hashkv_flags)}
`;
const hashkvCommand = {
    path: ['snapshot', 'hashkv'],
    summary: "compute etcd's HashKV offline",
    async run(argv) {
        const parsed = parseFlags(argv, hashkv_flags);
        if (parsed.help) {
            process.stdout.write(hashkv_help);
            return 0;
        }
        const revText = parsed.strings.get('rev') ?? '0';
        if (!/^[0-9]{1,15}$/.test(revText))
            throw new InputError(`invalid value "${revText}" for --rev: want a revision number`);
        const format = writeOut(parsed, ['simple', 'table', 'json']);
        const kv = await inspectSnapshot(snapshotArgument(parsed, 'snapshot hashkv'), (db) => hashKV(db, Number(revText)));
        if (format === 'json') {
            process.stdout.write(`${JSON.stringify({ hash: kv.hash, hashRevision: kv.hashRevision, compactRevision: kv.compactRevision })}\n`);
        }
        else if (format === 'simple') {
            process.stdout.write(`${kv.hash}, ${kv.hashRevision}, ${kv.compactRevision}\n`);
        }
        else {
            process.stdout.write(etcdTable(['HASH', 'HASH REVISION', 'COMPACT REVISION'], [[`${kv.hash}`, `${kv.hashRevision}`, `${kv.compactRevision}`]]));
        }
        return 0;
    }
};

;// CONCATENATED MODULE: ./src/lib/drill/age.ts

/** Backup age (RPO): how old the snapshot is, and whether that is within the allowed maximum. */
const UNIT_MS = {
    ms: 1,
    s: 1000,
    m: 60_000,
    h: 3_600_000,
    d: 86_400_000
};
/** Longest accepted duration: 10 years keeps every millisecond count exact in a double. */
const MAX_MS = 10 * 366 * UNIT_MS.d;
/**
 * Go-style durations (`time.ParseDuration`) plus days: `26h`, `90m`, `1h30m`, `1.5h`, `7d`,
 * `500ms`. Returns milliseconds (> 0). A bare number is refused: its unit would be a guess.
 */
function parseDuration(text, what = '--max-age') {
    const trimmed = text.trim();
    if (trimmed.length === 0 ||
        trimmed.length > 64 ||
        !/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(trimmed)) {
        throw new InputError(`invalid duration ${JSON.stringify(text)} for ${what}: want e.g. 26h, 90m, 1h30m, 7d (units ms, s, m, h, d)`);
    }
    let ms = 0;
    for (const part of trimmed.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)) {
        ms += Number(part[1]) * UNIT_MS[part[2]];
    }
    ms = Math.round(ms);
    if (ms <= 0)
        throw new InputError(`${what} must be longer than 0, got ${JSON.stringify(text)}`);
    if (ms > MAX_MS)
        throw new InputError(`${what} ${JSON.stringify(text)} is longer than 10 years`);
    return ms;
}
/** 93784000 → "1d2h3m4s"; sub-second remainders are dropped (ages are shown to the second). */
function age_formatDuration(ms) {
    let rest = Math.max(0, Math.floor(ms / 1000));
    if (rest === 0)
        return '0s';
    const parts = [];
    for (const [unit, seconds] of [
        ['d', 86_400],
        ['h', 3600],
        ['m', 60],
        ['s', 1]
    ]) {
        const n = Math.floor(rest / seconds);
        rest -= n * seconds;
        if (n > 0)
            parts.push(`${n}${unit}`);
    }
    return parts.join('');
}
/** Whether a snapshot taken at `createdAt` is at most `maxAgeMs` old at `now`. Pure. */
function checkAge(createdAt, maxAgeMs, now = new Date()) {
    if (Number.isNaN(createdAt.getTime()))
        throw new InputError('snapshot creation time is not a valid date');
    const ageMs = Math.max(0, now.getTime() - createdAt.getTime());
    const age = age_formatDuration(ageMs);
    const base = {
        createdAt: createdAt.toISOString(),
        ageSeconds: Math.floor(ageMs / 1000)
    };
    if (maxAgeMs === undefined) {
        return { ...base, ok: true, message: `snapshot is ${age} old (taken ${base.createdAt})` };
    }
    const ok = ageMs <= maxAgeMs;
    const max = age_formatDuration(maxAgeMs);
    return {
        ...base,
        maxAgeSeconds: Math.floor(maxAgeMs / 1000),
        ok,
        message: ok
            ? `snapshot is ${age} old (taken ${base.createdAt}), within max age ${max}`
            : `snapshot is ${age} old (taken ${base.createdAt}), older than max age ${max}`
    };
}

;// CONCATENATED MODULE: ./src/lib/drill/report.ts


/**
 * The drill report: a versioned JSON document (docs/drill-report.schema.json) and its Markdown
 * form for a job summary. Bump DRILL_REPORT_VERSION on any incompatible change.
 */
const DRILL_REPORT_VERSION = 1;
function buildDrillReport(parts) {
    const passed = parts.checks.length > 0 && parts.checks.every((c) => c.ok);
    const failed = parts.checks.filter((c) => !c.ok).map((c) => c.name);
    const r = parts.restored;
    const report = {
        version: DRILL_REPORT_VERSION,
        tool: { name: 'etcd-restore', version: TOOL_VERSION },
        startedAt: parts.startedAt.toISOString(),
        finishedAt: parts.finishedAt.toISOString(),
        passed,
        verdict: passed
            ? `PASSED: ${parts.checks.length} checks passed` +
                (r === undefined
                    ? ''
                    : ` (revision ${r.restoredRevision}, ${r.cluster.members.length} members)`)
            : `FAILED: ${failed.length} of ${parts.checks.length} checks failed: ${failed.slice(0, 10).join(', ') || 'no checks ran'}${failed.length > 10 ? ', …' : ''}`,
        snapshot: r?.snapshot ?? null,
        age: parts.age,
        restore: r === undefined
            ? null
            : {
                clusterId: r.cluster.id,
                token: r.cluster.token,
                targetVersion: r.targetVersion,
                restoredRevision: r.restoredRevision,
                bumpRevision: r.bumpRevision,
                markCompacted: r.markCompacted,
                members: r.cluster.members.map((m) => ({
                    name: m.name,
                    id: m.id,
                    peerURLs: m.peerURLs,
                    dataDir: m.dataDir,
                    walDir: m.walDir
                })),
                warnings: r.warnings
            },
        expected: parts.expected ?? null,
        checks: parts.checks,
        etcd: parts.etcd ?? null,
        notes: parts.notes ?? [],
        durationsMs: parts.durationsMs
    };
    if (parts.twin !== undefined)
        report.twin = parts.twin;
    return report;
}
const MAX_CELL = 400;
const MAX_ROWS = 200;
/** A table cell: one line, no pipes, bounded (a failed check can carry a long etcd error). */
function cell(text) {
    const flat = text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').replace(/</g, '&lt;');
    return flat.length > MAX_CELL ? `${flat.slice(0, MAX_CELL)}…` : flat;
}
/** The job-summary form: verdict, facts, checks table, age, timings. Bounded well under 100 KB. */
function renderDrillMarkdown(report) {
    const lines = [];
    lines.push(`### ${report.passed ? '✅ Restore drill passed' : '❌ Restore drill failed'}`, '');
    lines.push(cell(report.verdict), '');
    const s = report.snapshot;
    if (s !== null) {
        lines.push(`- **Snapshot**: \`${cell(s.path)}\`, revision ${s.revision}, compacted at ${s.compactRevision}, ` +
            `${s.totalKeys} keys, sha256 ${s.hash}`);
    }
    lines.push(`- **Age**: ${cell(report.age.message)} ${report.age.ok ? '' : '⚠️'}`.trimEnd());
    if (report.restore !== null) {
        lines.push(`- **Restored**: cluster ${report.restore.clusterId}, ${report.restore.members.length} members ` +
            `(${report.restore.members.map((m) => cell(m.name)).join(', ')}), format ${report.restore.targetVersion}, ` +
            `starts at revision ${report.restore.restoredRevision}`);
    }
    if (report.etcd !== null)
        lines.push(`- **Booted with**: etcd ${report.etcd.version}`);
    if (report.twin !== undefined)
        lines.push(`- **Loopback twin**: ${cell(report.twin.note)} (${cell(report.twin.reason)})`);
    for (const note of report.notes.slice(0, 20))
        lines.push(`- ${cell(note)}`);
    lines.push('', '| | Check | Expected | Actual | ms |', '|---|---|---|---|---:|');
    for (const c of report.checks.slice(0, MAX_ROWS)) {
        lines.push(`| ${c.ok ? '✅' : '❌'} | ${cell(c.name)} | ${cell(c.expected)} | ${cell(c.actual)} | ${c.ms} |`);
    }
    if (report.checks.length > MAX_ROWS) {
        lines.push('', `(${report.checks.length - MAX_ROWS} more checks in the JSON report)`);
    }
    const timings = Object.entries(report.durationsMs)
        .map(([phase, ms]) => `${cell(phase)} ${ms < 10_000 ? `${ms} ms` : age_formatDuration(ms)}`)
        .join(' · ');
    lines.push('', `**Timings**: ${timings}`, '');
    return lines.join('\n');
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/lib/drill/etcd-binary.ts




const NOT_FOUND = 'no etcd binary found: set the `etcd-path` input / --etcd-path, or put etcd on PATH';
/**
 * The etcd binary to boot: `explicitPath` when given, else the first `etcd` on PATH.
 * Runs `etcd --version` so a wrong file fails here, not halfway through a drill.
 */
function findEtcd(explicitPath) {
    const path = explicitPath === undefined || explicitPath === '' ? searchPath('etcd') : explicitPath;
    if (path === undefined)
        throw new InputError(NOT_FOUND);
    if (!isExecutableFile(path)) {
        throw new InputError(`etcd binary ${path} does not exist or is not executable`);
    }
    return { path, version: etcdVersion(path) };
}
function searchPath(command) {
    for (const dir of (process.env.PATH ?? '').split(external_node_path_namespaceObject.delimiter)) {
        if (dir === '')
            continue;
        const candidate = (0,external_node_path_namespaceObject.join)(dir, command);
        if (isExecutableFile(candidate))
            return candidate;
    }
    return undefined;
}
function isExecutableFile(path) {
    try {
        (0,external_node_fs_namespaceObject.accessSync)(path, external_node_fs_namespaceObject.constants.X_OK);
        return (0,external_node_fs_namespaceObject.statSync)(path).isFile();
    }
    catch {
        return false;
    }
}
function etcdVersion(path) {
    const run = (0,external_node_child_process_namespaceObject.spawnSync)(path, ['--version'], {
        encoding: 'utf8',
        timeout: 10_000,
        // ETCD_* variables would be read by `etcd --version` too; keep the probe clean.
        env: etcdEnv(),
        maxBuffer: 64 * 1024
    });
    if (run.error !== undefined) {
        throw new InputError(`cannot run ${path} --version: ${run.error.message}`);
    }
    const match = /etcd Version:\s*v?(\d+\.\d+\.\d+\S*)/.exec(run.stdout ?? '');
    if (run.status !== 0 || match === null) {
        const output = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().slice(0, 300);
        throw new InputError(`${path} is not an etcd server binary: \`--version\` exited ${run.status ?? run.signal} and printed ${JSON.stringify(output)}`);
    }
    return match[1];
}
/** The environment for etcd children: ours minus every ETCD_* variable (etcd reads them as flags). */
function etcdEnv() {
    const env = {};
    for (const [name, value] of Object.entries(process.env)) {
        if (!name.toUpperCase().startsWith('ETCD'))
            env[name] = value;
    }
    return env;
}

;// CONCATENATED MODULE: ./src/lib/drill/expected.ts





/**
 * What a cluster booted from the restore output must serve, computed offline: revision and
 * HashKV from the restore (the snapshot's own), the live key count and, after --bump-revision,
 * the HashKV from the output's db, where the bump marker and its scheduled compaction live.
 */
function computeExpectations(output, booted) {
    const notes = [];
    let auth;
    const bumped = BigInt(output.bumpRevision) > 0n;
    const first = output.cluster.members[0];
    let keyCount;
    let bumpedHash;
    if (first !== undefined) {
        const file = FileByteFile.open((0,external_node_path_namespaceObject.join)(first.dataDir, 'member', 'snap', 'db'), { writable: false });
        try {
            const db = BoltDb.open(file);
            const status = snapshotStatus(db, { maxListed: MAX_NAMES + 1 });
            const live = status.liveKeys;
            const { users, roles } = status.auth;
            // a list that hit the bound is not the whole list: then the names are not compared
            if (users.length <= MAX_NAMES && roles.length <= MAX_NAMES)
                auth = { users, roles };
            else
                notes.push(`more than ${MAX_NAMES} users or roles: their names are not compared`);
            // the bump marker's empty value reads as key "", alive, and never counted by a range from "\0"
            if (live !== undefined)
                keyCount = bumped ? live - 1 : live;
            else
                notes.push('too many distinct keys to count offline: key-count only requires agreement');
            if (bumped)
                bumpedHash = hashKV(db, 0);
        }
        finally {
            file.close();
        }
    }
    const snapshotHash = output.snapshot.hashKV;
    const hash = bumped ? bumpedHash : snapshotHash;
    if (bumped) {
        notes.push(`--bump-revision ${output.bumpRevision}: revision, compaction and HashKV expected from the restored db ` +
            `(starting at revision ${output.restoredRevision}), not from the snapshot`);
    }
    const expectations = {
        revision: output.restoredRevision,
        compactRevision: hash?.compactRevision ?? output.snapshot.compactRevision,
        memberIds: booted.cluster.members.map((m) => m.id),
        clusterId: booted.cluster.id
    };
    if (hash !== undefined)
        expectations.hashKV = hash.hash;
    else
        notes.push('HashKV not computed offline: the hashkv check only requires agreement');
    if (keyCount !== undefined)
        expectations.keyCount = keyCount;
    return auth === undefined ? { expectations, notes } : { expectations, notes, auth };
}
/** Users and roles the auth check compares by name, at most. */
const MAX_NAMES = 1000;
/** The boot drill's form of the expectations, with the snapshot's auth state. */
function toExpectedState(e, authEnabled, auth) {
    const state = {
        revision: e.revision,
        compactRevision: e.compactRevision,
        memberIds: e.memberIds,
        clusterId: e.clusterId,
        authEnabled,
        ...auth
    };
    if (e.hashKV !== undefined)
        state.hashKV = e.hashKV;
    if (e.keyCount !== undefined)
        state.keyCount = e.keyCount;
    return state;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: ./src/lib/drill/gateway-json.ts

/** Shapes of etcd's JSON gateway replies, and the parsing shared by the gateway client. */
/** The key `\0`: as a range start and end together it means every key. */
const ALL_KEYS = Buffer.from([0]);
/** A gateway call answered with an error (or not at all). `grpcCode` is etcd's status code. */
class GatewayError extends VerificationError {
    grpcCode;
    etcdMessage;
    constructor(message, grpcCode, etcdMessage) {
        super(message);
        this.grpcCode = grpcCode;
        this.etcdMessage = etcdMessage;
    }
    /** The read asked for a revision below the compaction revision. etcd only says so in text. */
    get compacted() {
        return this.etcdMessage.includes('required revision has been compacted');
    }
    /** Auth is on and the request carried no (valid) token. */
    get authRequired() {
        return /user name is empty|invalid auth token|permission denied/.test(this.etcdMessage);
    }
    /** A token etcd does not know: forgotten (restart) or not applied yet (etcd issue 18437). */
    get invalidToken() {
        return this.etcdMessage.includes('invalid auth token');
    }
    /** The user is logged in but lacks the permission (a non-root user, for admin-only calls). */
    get permissionDenied() {
        return this.etcdMessage.includes('permission denied');
    }
    /** Authenticate refused the name or password. */
    get loginRefused() {
        return this.etcdMessage.includes('authentication failed');
    }
}
/** The exclusive end of the range of keys starting with `prefix` (etcd's GetPrefixRangeEnd). */
function prefixEnd(prefix) {
    const end = Buffer.from(prefix);
    for (let i = end.length - 1; i >= 0; i--) {
        if (end[i] < 0xff) {
            end[i] = end[i] + 1;
            return end.subarray(0, i + 1);
        }
    }
    // all 0xff (or empty): to the end of the keyspace
    return Buffer.from([0]);
}
function bytes(value) {
    return typeof value === 'string' ? Buffer.from(value, 'utf8') : value;
}
function bytes64(value) {
    return Buffer.from(typeof value === 'string' ? value : '', 'base64');
}
function str(value) {
    return typeof value === 'string' ? value : value === undefined ? '' : String(value);
}
function list(value) {
    return Array.isArray(value) ? value : [];
}
/** int64/uint64 fields arrive as JSON strings; absent means 0 (proto3 default). */
function gateway_json_int(value) {
    if (value === undefined || value === null)
        return 0n;
    if (typeof value === 'string' && /^-?\d{1,20}$/.test(value))
        return BigInt(value);
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return BigInt(value);
    throw new VerificationError(`etcd gateway sent ${JSON.stringify(value)} where an integer belongs`);
}
function header(value) {
    const h = (value ?? {});
    return {
        clusterId: gateway_json_int(h.cluster_id),
        memberId: gateway_json_int(h.member_id),
        revision: gateway_json_int(h.revision),
        raftTerm: gateway_json_int(h.raft_term)
    };
}
function keyValue(kv) {
    return {
        key: bytes64(kv.key),
        value: bytes64(kv.value),
        createRevision: gateway_json_int(kv.create_revision),
        modRevision: gateway_json_int(kv.mod_revision),
        version: gateway_json_int(kv.version),
        lease: gateway_json_int(kv.lease)
    };
}

;// CONCATENATED MODULE: external "node:http2"
const external_node_http2_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");
;// CONCATENATED MODULE: ./src/lib/drill/grpc-hashkv.ts



/**
 * Maintenance.HashKV as a plain gRPC unary call over cleartext HTTP/2. etcd 3.4's JSON gateway
 * registers Hash and HashKV on the same path (/v3/maintenance/hash) and Hash wins, so HashKV
 * is only reachable over gRPC. etcd serves gRPC and HTTP on the same client port.
 * The messages are tiny, so they are encoded by hand (field numbers from etcd's rpc.proto:
 * HashKVRequest{revision=1}, HashKVResponse{header=1, hash=2, compact_revision=3},
 * ResponseHeader{cluster_id=1, member_id=2, revision=3, raft_term=4}).
 * A transport only: GatewayClient calls it, and adds the login and its retries.
 */
async function hashKVOverGrpc(endpoint, revision, timeoutMs, token) {
    const message = revision === 0n ? Buffer.alloc(0) : Buffer.concat([Buffer.from([0x08]), varint(revision)]);
    const frame = Buffer.alloc(5 + message.length);
    frame.writeUInt32BE(message.length, 1);
    message.copy(frame, 5);
    const reply = await unary(endpoint, '/etcdserverpb.Maintenance/HashKV', frame, timeoutMs, token);
    const fields = decode(reply, 'HashKVResponse');
    const headerFields = decode(fields.get(1) ?? Buffer.alloc(0), 'ResponseHeader');
    const num = (map, n) => {
        const v = map.get(n);
        return typeof v === 'bigint' ? v : 0n;
    };
    return {
        hash: Number(num(fields, 2) & 0xffffffffn),
        // int64 on the wire as a two's-complement varint (-1 when never compacted)
        compactRevision: BigInt.asIntN(64, num(fields, 3)),
        header: {
            clusterId: num(headerFields, 1),
            memberId: num(headerFields, 2),
            revision: BigInt.asIntN(64, num(headerFields, 3)),
            raftTerm: num(headerFields, 4)
        }
    };
}
function unary(endpoint, path, frame, timeoutMs, token) {
    const what = `gRPC ${path} at ${endpoint}`;
    return new Promise((resolve, reject) => {
        const session = (0,external_node_http2_namespaceObject.connect)(endpoint);
        const fail = (error) => {
            session.destroy();
            reject(error instanceof VerificationError
                ? error
                : new VerificationError(`${what}: ${error.message}`));
        };
        const timer = setTimeout(() => fail(new VerificationError(`${what}: no answer within ${timeoutMs} ms`)), timeoutMs);
        session.on('error', fail);
        const req = session.request({
            [external_node_http2_namespaceObject.constants.HTTP2_HEADER_METHOD]: 'POST',
            [external_node_http2_namespaceObject.constants.HTTP2_HEADER_PATH]: path,
            'content-type': 'application/grpc',
            te: 'trailers',
            ...(token === undefined ? {} : { token })
        });
        const chunks = [];
        let size = 0;
        let status;
        let grpcMessage = '';
        const readStatus = (headers) => {
            if (headers['grpc-status'] !== undefined) {
                status = String(headers['grpc-status']);
                grpcMessage = decodeURIComponent(String(headers['grpc-message'] ?? ''));
            }
        };
        req.on('response', readStatus); // trailers-only replies carry the status in the headers
        req.on('trailers', readStatus);
        req.on('data', (chunk) => {
            size += chunk.length;
            if (size > 1024 * 1024)
                fail(new VerificationError(`${what}: reply too large`));
            else
                chunks.push(chunk);
        });
        req.on('error', fail);
        req.on('end', () => {
            clearTimeout(timer);
            session.close();
            if (status !== '0') {
                // the same error as the JSON gateway's, so the client retries both alike
                const code = status === undefined ? undefined : Number(status);
                reject(new GatewayError(`${what}: grpc-status ${status ?? 'missing'} ${grpcMessage}`.trim(), code, grpcMessage));
                return;
            }
            const body = Buffer.concat(chunks);
            const length = body.length >= 5 ? body.readUInt32BE(1) : -1;
            if (length < 0 || body[0] !== 0 || 5 + length > body.length) {
                reject(new VerificationError(`${what}: malformed gRPC frame (${body.length} bytes)`));
                return;
            }
            resolve(body.subarray(5, 5 + length));
        });
        req.end(frame);
    });
}
function varint(value) {
    const out = [];
    let v = BigInt.asUintN(64, value);
    do {
        const low = Number(v & 0x7fn);
        v >>= 7n;
        out.push(v === 0n ? low : low | 0x80);
    } while (v !== 0n);
    return Buffer.from(out);
}
/** Field number → last value (varint as bigint, length-delimited as Buffer). Rejects other wire types. */
function decode(buf, what) {
    const fields = new Map();
    let pos = 0;
    const readVarint = () => {
        let result = 0n;
        for (let shift = 0n; shift < 70n; shift += 7n) {
            if (pos >= buf.length)
                throw new VerificationError(`${what}: truncated varint`);
            const b = buf[pos++];
            result |= BigInt(b & 0x7f) << shift;
            if ((b & 0x80) === 0)
                return result;
        }
        throw new VerificationError(`${what}: varint too long`);
    };
    while (pos < buf.length) {
        const tag = readVarint();
        const field = Number(tag >> 3n);
        const wireType = Number(tag & 7n);
        if (wireType === 0) {
            fields.set(field, readVarint());
        }
        else if (wireType === 2) {
            const length = Number(readVarint());
            if (pos + length > buf.length)
                throw new VerificationError(`${what}: field ${field} overruns the message`);
            fields.set(field, buf.subarray(pos, pos + length));
            pos += length;
        }
        else {
            throw new VerificationError(`${what}: unexpected wire type ${wireType} for field ${field}`);
        }
    }
    return fields;
}

;// CONCATENATED MODULE: ./src/lib/drill/gateway.ts




/**
 * The drill's one client for a running etcd: the JSON gRPC gateway (`POST <client URL>/v3/...`)
 * for everything but HashKV, which speaks gRPC (3.4's gateway maps /v3/maintenance/hash to Hash,
 * not HashKV; see grpc-hashkv.ts). Paths checked against etcd 3.4.23, 3.5.16 and 3.5.30. Bytes
 * fields are base64, int64 fields are JSON strings. With credentials every request is logged in
 * (3.5.28+/3.4.42+ refuse even Status and MemberList without a user).
 */

const MAX_RESPONSE_BYTES = 256 * 1024 * 1024;
/** Tries of one request whose token etcd does not know (yet); a login before each retry. */
const TOKEN_TRIES = 5;
const TOKEN_RETRY_MS = 100;
class GatewayClient {
    endpoint;
    timeoutMs;
    credentials;
    token;
    constructor(endpoint, timeoutMs = 10_000, credentials) {
        this.endpoint = endpoint;
        this.timeoutMs = timeoutMs;
        this.credentials = credentials;
    }
    /** Logs in now (`/v3/auth/authenticate`); later calls carry the token and renew it. */
    async authenticate(name, password) {
        this.credentials = { user: name, password };
        await this.login(this.credentials);
    }
    async login(credentials) {
        this.token = undefined;
        const body = JSON.stringify({ name: credentials.user, password: credentials.password });
        const reply = await this.send('POST', '/v3/auth/authenticate', body);
        this.token = str(reply.token);
    }
    /**
     * One request, logged in when there are credentials. etcd answers "invalid auth token" for a
     * token it forgot (a restart) or has not applied yet (simple tokens are issued through raft,
     * etcd issue 18437): log in again and retry, a bounded number of times, as etcd's Go client does.
     */
    async loggedIn(request) {
        const credentials = this.credentials;
        if (credentials === undefined)
            return request();
        for (let attempt = 1;; attempt++) {
            if (this.token === undefined)
                await this.login(credentials);
            try {
                return await request();
            }
            catch (error) {
                if (!(error instanceof GatewayError && error.invalidToken) || attempt >= TOKEN_TRIES)
                    throw error;
                this.token = undefined;
                await new Promise((resolve) => setTimeout(resolve, TOKEN_RETRY_MS * attempt));
            }
        }
    }
    async range(key, options = {}) {
        const keyBytes = bytes(key);
        const rangeEnd = options.rangeEnd !== undefined
            ? bytes(options.rangeEnd)
            : options.prefix === true
                ? prefixEnd(keyBytes)
                : undefined;
        const reply = await this.call('/v3/kv/range', {
            key: keyBytes.toString('base64'),
            ...(rangeEnd === undefined ? {} : { range_end: rangeEnd.toString('base64') }),
            ...(options.revision === undefined ? {} : { revision: options.revision.toString() }),
            ...(options.limit === undefined ? {} : { limit: String(options.limit) }),
            ...(options.countOnly === true ? { count_only: true } : {}),
            ...(options.keysOnly === true ? { keys_only: true } : {}),
            ...(options.serializable === true ? { serializable: true } : {})
        });
        return {
            header: header(reply.header),
            kvs: list(reply.kvs).map(keyValue),
            more: reply.more === true,
            count: gateway_json_int(reply.count)
        };
    }
    /**
     * Every key in [key, rangeEnd) in key order (no rangeEnd/prefix: to the end of the keyspace), `pageSize` at a time, all pages read at one
     * revision (the first page's unless given) so a big keyspace is never held in memory.
     */
    async *rangeAll(key = ALL_KEYS, options = {}) {
        const pageSize = options.pageSize ?? 500;
        const end = options.rangeEnd !== undefined
            ? bytes(options.rangeEnd)
            : options.prefix === true
                ? prefixEnd(bytes(key))
                : ALL_KEYS;
        let from = bytes(key);
        let revision = options.revision;
        for (;;) {
            const page = await this.range(from, { ...options, rangeEnd: end, revision, limit: pageSize });
            revision ??= page.header.revision;
            yield* page.kvs;
            const last = page.kvs.at(-1);
            if (!page.more || last === undefined)
                return;
            // the next key after `last` in byte order
            from = Buffer.concat([last.key, ALL_KEYS]);
        }
    }
    async put(key, value, lease) {
        const reply = await this.call('/v3/kv/put', {
            key: bytes(key).toString('base64'),
            value: bytes(value).toString('base64'),
            ...(lease === undefined ? {} : { lease: lease.toString() })
        });
        return header(reply.header);
    }
    async deleteRange(key, prefix = false) {
        const keyBytes = bytes(key);
        const reply = await this.call('/v3/kv/deleterange', {
            key: keyBytes.toString('base64'),
            ...(prefix ? { range_end: prefixEnd(keyBytes).toString('base64') } : {})
        });
        return gateway_json_int(reply.deleted);
    }
    async status() {
        const reply = await this.call('/v3/maintenance/status', {});
        return {
            header: header(reply.header),
            version: str(reply.version),
            dbSize: gateway_json_int(reply.dbSize),
            leader: gateway_json_int(reply.leader),
            raftIndex: gateway_json_int(reply.raftIndex),
            raftTerm: gateway_json_int(reply.raftTerm)
        };
    }
    /** HashKV at `revision` (0: latest) over gRPC; the 3.4 gateway cannot reach it. */
    hashKV(revision) {
        return this.loggedIn(() => hashKVOverGrpc(this.endpoint, revision, this.timeoutMs, this.token));
    }
    async memberList() {
        const reply = await this.call('/v3/cluster/member/list', {});
        return {
            header: header(reply.header),
            members: list(reply.members).map((m) => ({
                id: gateway_json_int(m.ID),
                name: str(m.name),
                peerURLs: list(m.peerURLs).map(str),
                clientURLs: list(m.clientURLs).map(str)
            }))
        };
    }
    async leases() {
        const reply = await this.call('/v3/lease/leases', {});
        return list(reply.leases).map((l) => gateway_json_int(l.ID));
    }
    async leaseTimeToLive(id, keys = true) {
        const reply = await this.call('/v3/lease/timetolive', { ID: id.toString(), keys });
        return {
            id: gateway_json_int(reply.ID),
            ttl: gateway_json_int(reply.TTL),
            grantedTtl: gateway_json_int(reply.grantedTTL),
            keys: list(reply.keys).map((k) => bytes64(k))
        };
    }
    async userList() {
        return list((await this.call('/v3/auth/user/list', {})).users).map(str);
    }
    async roleList() {
        return list((await this.call('/v3/auth/role/list', {})).roles).map(str);
    }
    /** GET /health: true when the member has a leader and no alarm. */
    async health() {
        const reply = await this.send('GET', '/health', undefined);
        return reply.health === 'true' || reply.health === true;
    }
    call(path, body) {
        return this.loggedIn(() => this.send('POST', path, JSON.stringify(body)));
    }
    send(method, path, body) {
        const url = new URL(path, this.endpoint);
        const what = `${method} ${url.href}`;
        return new Promise((resolve, reject) => {
            const req = (0,external_node_http_namespaceObject.request)(url, {
                method,
                agent: false,
                headers: {
                    'content-type': 'application/json',
                    ...(this.token === undefined ? {} : { authorization: this.token })
                }
            }, (res) => {
                const chunks = [];
                let size = 0;
                res.on('data', (chunk) => {
                    size += chunk.length;
                    if (size > MAX_RESPONSE_BYTES) {
                        req.destroy(new VerificationError(`${what}: response larger than ${MAX_RESPONSE_BYTES} bytes`));
                        return;
                    }
                    chunks.push(chunk);
                });
                res.on('error', reject);
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let json;
                    try {
                        json = JSON.parse(text);
                    }
                    catch {
                        reject(new GatewayError(`${what}: HTTP ${res.statusCode}, not JSON: ${text.slice(0, 200)}`, undefined, text));
                        return;
                    }
                    if (typeof json !== 'object' || json === null) {
                        reject(new GatewayError(`${what}: unexpected reply ${text.slice(0, 200)}`, undefined, text));
                    }
                    else if (json.error !== undefined || (res.statusCode ?? 0) >= 400) {
                        const message = str(json.message ?? json.error ?? text);
                        const code = typeof json.code === 'number' ? json.code : undefined;
                        reject(new GatewayError(`${what}: ${message} (HTTP ${res.statusCode}, code ${code})`, code, message));
                    }
                    else {
                        resolve(json);
                    }
                });
            });
            const timer = setTimeout(() => req.destroy(new VerificationError(`${what}: no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
            req.on('close', () => clearTimeout(timer));
            req.on('error', (error) => reject(error instanceof VerificationError
                ? error
                : new GatewayError(`${what}: ${error.message}`, undefined, error.message)));
            req.end(body);
        });
    }
}

;// CONCATENATED MODULE: ./src/lib/drill/checks.ts


/** What verifyCluster compares and reports, and the small helpers its checks share. */
/** Keys the drill writes live under this prefix; never part of a restored keyspace's checks. */
const DRILL_PREFIX = '/etcd-restore-drill/';
/** Checks that need a login fail with etcd's terse "user name is empty"; say what to do. */
function authHint(error, loggedIn = false) {
    const inner = error instanceof Error && error.cause !== undefined ? error.cause : error;
    const required = (inner instanceof GatewayError && inner.authRequired) ||
        /user name is empty|permission denied|invalid auth token/.test(errorMessage(error));
    if (!required)
        return '';
    return loggedIn
        ? ' (the drill user needs the root role for this check)'
        : ' (auth is enabled in the restored data: give drill credentials to run this check)';
}
async function perMember(members, fn) {
    return Promise.all(members.map((m) => fn(m).catch((error) => {
        throw new VerificationError(`${m.name}: ${errorMessage(error)}`);
    })));
}
function agree(values) {
    return values.length > 0 && values.every((v) => v === values[0]);
}
/** "x on all 3 members" when they agree, else "m1=x, m2=y". */
function show(members, values) {
    if (agree(values))
        return `${values[0]} on all ${values.length} members`;
    return values.map((v, i) => `${members[i]?.name}=${v}`).join(', ');
}
/** Normalizes a hex ID (any case, optional 0x, leading zeros) to etcd's `%x`. */
function checks_hex(id) {
    return BigInt(id.startsWith('0x') ? id : `0x${id}`).toString(16);
}

;// CONCATENATED MODULE: ./src/lib/drill/prefix-counts.ts

const MAX_CHECKED_PREFIXES = 50;
/** The counts a booted cluster must serve, from the restore report's inventory. */
function prefixExpectations(inventory) {
    if (!inventory)
        return {};
    const groups = inventory.prefixes.filter((p) => p.prefix !== '' && !p.prefix.includes('\uFFFD'));
    const prefixCounts = groups.slice(0, MAX_CHECKED_PREFIXES).map(({ prefix }) => ({
        prefix,
        keys: groups.reduce((n, q) => (q.prefix.startsWith(prefix) ? n + q.keys : n), 0)
    }));
    return { prefixCounts };
}
function describePrefixCounts(want) {
    const shown = want.slice(0, 5).map((p) => `${p.prefix} ${p.keys}`);
    return `${want.length} prefixes as the inventory counted (${shown.join(', ')}${want.length > 5 ? ', …' : ''})`;
}
/** Counts every prefix on every member at `revision`. */
async function checkPrefixCounts(members, want, revision) {
    const seen = await perMember(members, async (m) => {
        const wrong = [];
        for (const { prefix, keys } of want) {
            const { count } = await m.client.range(prefix, {
                prefix: true,
                countOnly: true,
                revision,
                serializable: true
            });
            if (count !== BigInt(keys))
                wrong.push(`${prefix} ${count} (want ${keys})`);
        }
        return wrong.join(', ');
    });
    const ok = seen.every((s) => s === '');
    if (ok)
        return { ok, actual: `${want.length} prefixes match on all ${members.length} members` };
    const actual = agree(seen)
        ? `${seen[0]} on all ${members.length} members`
        : seen.map((s, i) => `${members[i]?.name}: ${s || 'all match'}`).join('; ');
    return { ok, actual };
}

;// CONCATENATED MODULE: ./src/lib/drill/auth-off.ts





/**
 * A nightly drill must not need the production root password: for a snapshot with auth enabled
 * and no drill credentials, the drill switches auth off in the db of the members it boots (its
 * own copies, never the restored output): `auth/authEnabled` = 0, as `etcdctl auth disable`
 * leaves it, in one copy-on-write commit. Users, roles and the auth revision stay as they are.
 */
function switchAuthOff(members) {
    for (const m of members) {
        const file = FileByteFile.open((0,external_node_path_namespaceObject.join)(m.dataDir, 'member', 'snap', 'db'), { writable: true });
        try {
            const tx = WriteTx.begin(file);
            try {
                const auth = tx.bucket(Buckets.auth);
                if (auth === null)
                    throw new errors_InvariantError(`member ${m.name}: the db has no auth bucket`);
                auth.put(AuthKeys.authEnabled, Uint8Array.of(0));
                tx.commit();
            }
            catch (error) {
                tx.rollback();
                throw error;
            }
        }
        finally {
            file.close();
        }
    }
}
/** The note and auth-check wording for a drill that booted with auth switched off. */
const AUTH_OFF_NOTE = 'enabled in the snapshot; users/roles checked offline; booted with auth off';

;// CONCATENATED MODULE: ./src/lib/drill/etcd-process.ts





const STOP_GRACE_MS = 10_000;
const LOG_TAIL_BYTES = 4096;
/** Every etcd child we started and have not seen exit; `stopAllEtcd()` and process exit reap them. */
const running = new Set();
/** A running etcd server. Create with `startEtcd`; always `await stop()`. */
class EtcdProcess {
    member;
    logPath;
    child;
    clientURL;
    /** Resolves when the process has exited (never rejects). */
    exited;
    exitInfo;
    stopping;
    constructor(member, logPath, child, clientPort) {
        this.member = member;
        this.logPath = logPath;
        this.child = child;
        this.clientURL = `http://127.0.0.1:${clientPort}`;
        this.exited = new Promise((resolve) => {
            const done = (code, signal) => {
                this.exitInfo ??= { code, signal };
                running.delete(this);
                resolve(this.exitInfo);
            };
            child.once('exit', done);
            // spawn failures (ENOENT, EACCES) emit 'error' and maybe never 'exit'
            child.once('error', () => done(null, null));
        });
        running.add(this);
    }
    get name() {
        return this.member.name;
    }
    get pid() {
        return this.child.pid;
    }
    /** undefined while running; how it ended otherwise. */
    get exit() {
        return this.exitInfo;
    }
    /** SIGTERM, then SIGKILL after 10 s. Idempotent; resolves once the process is gone. */
    stop(graceMs = STOP_GRACE_MS) {
        this.stopping ??= (async () => {
            if (this.exitInfo !== undefined)
                return;
            this.child.kill('SIGTERM');
            let timer;
            const killed = new Promise((resolve) => {
                timer = setTimeout(() => {
                    this.child.kill('SIGKILL');
                    resolve();
                }, graceMs);
            });
            await Promise.race([this.exited, killed]);
            clearTimeout(timer);
            await this.exited;
        })();
        return this.stopping;
    }
    /** The last lines of the member's log, for error messages. */
    logTail(lines = 15) {
        return readLogTail(this.logPath, lines);
    }
}
/**
 * Starts one member on loopback. The `--initial-*` flags only matter without a WAL; a restored
 * member has one, so they are ignored by etcd but keep the command line self-describing.
 */
function startEtcd(member, options) {
    const peerURLs = member.peerURLs.map((url) => loopbackURL(url, `${member.name} peer URL`));
    if (peerURLs.length === 0)
        throw new InputError(`member ${member.name} has no peer URLs`);
    const clientURL = `http://127.0.0.1:${options.clientPort}`;
    const args = [
        '--name',
        member.name,
        '--data-dir',
        member.dataDir,
        ...(member.walDir === undefined ? [] : ['--wal-dir', member.walDir]),
        '--listen-client-urls',
        clientURL,
        '--advertise-client-urls',
        clientURL,
        '--listen-peer-urls',
        peerURLs.join(','),
        '--initial-advertise-peer-urls',
        peerURLs.join(','),
        '--initial-cluster',
        options.initialCluster,
        '--initial-cluster-token',
        options.token,
        '--initial-cluster-state',
        'new',
        ...(options.quotaBackendBytes === undefined
            ? []
            : ['--quota-backend-bytes', String(options.quotaBackendBytes)])
    ];
    const logPath = (0,external_node_path_namespaceObject.join)(options.logDir, `${member.name.replace(/[^A-Za-z0-9._-]/g, '_')}.log`);
    const logFd = (0,external_node_fs_namespaceObject.openSync)(logPath, 'a', 0o600);
    try {
        const child = (0,external_node_child_process_namespaceObject.spawn)(options.etcdPath, args, {
            env: etcdEnv(),
            stdio: ['ignore', logFd, logFd],
            detached: false
        });
        return new EtcdProcess(member, logPath, child, options.clientPort);
    }
    finally {
        // the child holds its own copy of the descriptor
        (0,external_node_fs_namespaceObject.closeSync)(logFd);
    }
}
/** Stops every etcd this process started and has not seen exit. */
async function stopAllEtcd() {
    await Promise.all([...running].map((p) => p.stop()));
}
/** How many started etcd processes are still running (tests assert 0 at the end). */
function runningEtcdCount() {
    return running.size;
}
// Last resort when the test runner or CLI exits without awaiting stop(): never leave servers behind.
process.once('exit', () => {
    for (const p of running) {
        try {
            process.kill(p.pid ?? -1, 'SIGKILL');
        }
        catch {
            // already gone
        }
    }
});
/** Accepts only `http://127.0.0.1:<port>`: the drill never listens anywhere else. */
function loopbackURL(raw, what) {
    let url;
    try {
        url = new URL(raw);
    }
    catch {
        throw new InputError(`${what} ${JSON.stringify(raw)} is not a URL`);
    }
    if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1' || url.port === '') {
        throw new InputError(`${what} ${raw} is not http://127.0.0.1:<port>: the boot drill only listens on loopback; ` +
            'restore a drill copy with loopback peer URLs');
    }
    return `http://127.0.0.1:${url.port}`;
}
function readLogTail(path, lines) {
    let fd;
    try {
        fd = (0,external_node_fs_namespaceObject.openSync)(path, 'r');
        const size = (0,external_node_fs_namespaceObject.fstatSync)(fd).size;
        const length = Math.min(size, LOG_TAIL_BYTES);
        const buffer = Buffer.alloc(length);
        (0,external_node_fs_namespaceObject.readSync)(fd, buffer, 0, length, size - length);
        return buffer.toString('utf8').trimEnd().split('\n').slice(-lines).join('\n');
    }
    catch (error) {
        return `(no log: ${error.message})`;
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/lib/drill/ports.ts


/**
 * `n` distinct free TCP ports on 127.0.0.1. Every listener stays open until all are bound, so
 * the kernel cannot hand out the same port twice; `exclude` skips ports already promised
 * elsewhere (e.g. restored peer URLs). A port can still be taken by someone else after this
 * returns; the boot reports that as a bind failure.
 */
async function freeLoopbackPorts(n, exclude = new Set()) {
    if (!Number.isInteger(n) || n < 0 || n > 1000) {
        throw new InputError(`freeLoopbackPorts: cannot allocate ${n} ports`);
    }
    const servers = [];
    const ports = [];
    try {
        // Bounded: each excluded port can cost at most one extra bind.
        for (let attempts = 0; ports.length < n && attempts < n + exclude.size + 10; attempts++) {
            const server = await listen(0);
            servers.push(server);
            const port = server.address().port;
            if (!exclude.has(port) && !ports.includes(port))
                ports.push(port);
        }
    }
    finally {
        await Promise.all(servers.map((s) => new Promise((resolve) => s.close(() => resolve()))));
    }
    if (ports.length < n) {
        throw new VerificationError(`could not find ${n} free ports on 127.0.0.1`);
    }
    return ports;
}
/** True when nothing listens on 127.0.0.1:`port` (we could bind it). */
async function isLoopbackPortFree(port) {
    try {
        const server = await listen(port);
        await new Promise((resolve) => server.close(() => resolve()));
        return true;
    }
    catch {
        return false;
    }
}
function listen(port) {
    return new Promise((resolve, reject) => {
        const server = (0,external_node_net_namespaceObject.createServer)();
        server.unref();
        server.once('error', reject);
        server.listen({ host: '127.0.0.1', port, exclusive: true }, () => resolve(server));
    });
}

;// CONCATENATED MODULE: ./src/lib/drill/cluster.ts







const POLL_MS = 150;
const cluster_MAX_MEMBERS = 64;
/** Boots restored members on loopback and waits until every one is healthy under one leader. */
async function bootCluster(members, opts) {
    if (members.length === 0 || members.length > cluster_MAX_MEMBERS) {
        throw new InputError(`boot drill needs 1..${cluster_MAX_MEMBERS} members, got ${members.length}`);
    }
    const names = new Set(members.map((m) => m.name));
    if (names.size !== members.length)
        throw new InputError('boot drill: member names must be unique');
    const peerPorts = new Set();
    for (const m of members) {
        assertRestored(m);
        if (m.peerURLs.length === 0)
            throw new InputError(`member ${m.name} has no peer URLs`);
        for (const url of m.peerURLs)
            peerPorts.add(Number(new URL(loopbackURL(url, `${m.name} peer URL`)).port));
    }
    for (const port of peerPorts) {
        if (!(await isLoopbackPortFree(port))) {
            throw new VerificationError(`peer port 127.0.0.1:${port} is already in use: the restored peer URLs must be free to boot the drill cluster`);
        }
    }
    const clientPorts = await freeLoopbackPorts(members.length, peerPorts);
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const logDir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'etcd-drill-'));
    const quota = quotaFor(members);
    let booted = [];
    let leaderId = '';
    const startAll = async () => {
        booted = [];
        try {
            members.forEach((member, i) => {
                const process = startEtcd(member, {
                    etcdPath: opts.etcdPath,
                    clientPort: clientPorts[i],
                    initialCluster: opts.initialCluster,
                    token: opts.token,
                    logDir,
                    quotaBackendBytes: quota
                });
                const clientURL = process.clientURL;
                booted.push({
                    name: member.name,
                    clientURL,
                    process,
                    client: new GatewayClient(clientURL, 5_000, opts.credentials)
                });
            });
            leaderId = await waitReady(booted, timeoutMs);
        }
        catch (error) {
            await stopMembers(booted);
            throw error;
        }
    };
    const cluster = {
        get endpoints() {
            return booted.map((m) => m.clientURL);
        },
        get members() {
            return booted;
        },
        logDir,
        get leaderId() {
            return leaderId;
        },
        stop: async () => {
            await stopMembers(booted);
            if (opts.keepLogs !== true)
                (0,external_node_fs_namespaceObject.rmSync)(logDir, { recursive: true, force: true });
        },
        restart: async () => {
            await stopMembers(booted);
            await startAll();
        }
    };
    try {
        await startAll();
    }
    catch (error) {
        if (opts.keepLogs !== true)
            (0,external_node_fs_namespaceObject.rmSync)(logDir, { recursive: true, force: true });
        throw error;
    }
    return cluster;
}
/**
 * Polls /health and Status until every member is healthy and all report the same leader, which
 * is one of them. A member that exits fails at once, naming it and quoting its log.
 */
async function waitReady(members, timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    const last = new Map();
    for (;;) {
        for (const m of members) {
            const exit = m.process.exit;
            if (exit !== undefined) {
                throw new VerificationError(`etcd member ${m.name} exited during boot (code ${exit.code}, signal ${exit.signal}); last log lines from ${m.process.logPath}:\n${m.process.logTail()}`);
            }
        }
        const leaders = await Promise.all(members.map(async (m) => {
            try {
                if (!(await m.client.health())) {
                    last.set(m.name, 'not healthy yet');
                    return undefined;
                }
                const status = await m.client.status();
                last.set(m.name, `leader ${status.leader.toString(16)}`);
                return status.leader;
            }
            catch (error) {
                // a refused login or a user without the root role does not heal by waiting
                if (error instanceof GatewayError && error.loginRefused) {
                    throw new VerificationError(`etcd member ${m.name}: cannot log in: ${error.message}`);
                }
                if (error instanceof GatewayError && error.permissionDenied) {
                    throw new VerificationError(`etcd member ${m.name}: the drill user may not read the member status ` +
                        `(etcd 3.5.28+ / 3.4.42+ / 3.6.9+ want the root role): ${error.message}`);
                }
                last.set(m.name, error.message);
                return undefined;
            }
        }));
        const first = leaders[0];
        if (first !== undefined && first !== 0n && leaders.every((l) => l === first)) {
            return first.toString(16);
        }
        if (Date.now() > deadline) {
            const waiting = members.find((_m, i) => leaders[i] === undefined || leaders[i] === 0n) ?? members[0];
            const states = members.map((m) => `${m.name}: ${last.get(m.name) ?? 'no answer'}`).join('; ');
            throw new VerificationError(`etcd cluster not ready after ${timeoutMs} ms (${states}); last log lines of ${waiting?.name} from ${waiting?.process.logPath}:\n${waiting?.process.logTail()}`);
        }
        await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
}
/**
 * Stops members one at a time, the current leader first: a leader stopping after its peers
 * spends ~7 s trying to hand over leadership; stopped while peers are up, it hands over at once.
 */
async function stopMembers(members) {
    const left = members.filter((m) => m.process.exit === undefined);
    try {
        while (left.length > 0) {
            const index = left.length > 1 ? await leaderIndex(left) : 0;
            const [member] = left.splice(index, 1);
            await member?.process.stop();
        }
    }
    finally {
        // whatever happened above, nothing stays running
        await Promise.all(members.map((m) => m.process.stop()));
    }
}
/** Index of the member that is the leader now; 0 when nobody knows. */
async function leaderIndex(members) {
    const statuses = await Promise.all(members.map((m) => m.client.status().catch(() => undefined)));
    const leader = statuses.find((s) => s !== undefined && s.leader !== 0n)?.leader;
    const index = statuses.findIndex((s) => s !== undefined && s.header.memberId === leader);
    return index < 0 ? 0 : index;
}
/**
 * Without a WAL etcd would bootstrap a brand-new empty member (creating folders as needed), and
 * the drill would test something other than the restore: refuse that up front.
 */
function assertRestored(m) {
    const walDir = m.walDir ?? (0,external_node_path_namespaceObject.join)(m.dataDir, 'member', 'wal');
    let wals = [];
    try {
        wals = (0,external_node_fs_namespaceObject.readdirSync)(walDir).filter((f) => f.endsWith('.wal'));
    }
    catch {
        // reported below
    }
    if (wals.length === 0) {
        throw new VerificationError(`member ${m.name}: no *.wal file in ${walDir}: not a restored data-dir, refusing to boot it`);
    }
    const db = (0,external_node_path_namespaceObject.join)(m.dataDir, 'member', 'snap', 'db');
    if (!(0,external_node_fs_namespaceObject.existsSync)(db))
        throw new VerificationError(`member ${m.name}: ${db} is missing: not a restored data-dir`);
}
/** etcd 3.4's default quota is 2 GiB; give big restored dbs room for the drill write (max 8 GiB). */
function quotaFor(members) {
    let biggest = 0;
    for (const m of members) {
        try {
            biggest = Math.max(biggest, (0,external_node_fs_namespaceObject.statSync)((0,external_node_path_namespaceObject.join)(m.dataDir, 'member', 'snap', 'db')).size);
        }
        catch {
            // a missing db is reported by etcd itself at boot
        }
    }
    const wanted = biggest + 1024 * 1024 * 1024;
    if (wanted <= 2 * 1024 * 1024 * 1024)
        return undefined;
    return Math.min(wanted, 8 * 1024 * 1024 * 1024);
}

;// CONCATENATED MODULE: ./src/lib/drill/workspace.ts



/**
 * Booting a member rewrites its data-dir (WAL entries, db pages, the drill key), so the drill
 * boots copies unless told to use the restored folders in place. Copies are reflinks where the
 * file system allows (FICLONE), plain copies elsewhere.
 */
function copyMembers(members, parent = (0,external_node_os_namespaceObject.tmpdir)()) {
    const root = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)(parent, 'etcd-drill-data-'));
    try {
        const copies = members.map((m, i) => {
            // index prefix: member names are free text and may repeat characters unsafe in paths
            const base = (0,external_node_path_namespaceObject.join)(root, `${i}-${m.name.replace(/[^A-Za-z0-9._-]/g, '_')}`);
            (0,external_node_fs_namespaceObject.cpSync)(m.dataDir, (0,external_node_path_namespaceObject.join)(base, 'data'), { recursive: true, mode: external_node_fs_namespaceObject.constants.COPYFILE_FICLONE });
            const copy = {
                name: m.name,
                dataDir: (0,external_node_path_namespaceObject.join)(base, 'data'),
                peerURLs: [...m.peerURLs]
            };
            if (m.walDir !== undefined) {
                (0,external_node_fs_namespaceObject.cpSync)(m.walDir, (0,external_node_path_namespaceObject.join)(base, 'wal'), { recursive: true, mode: external_node_fs_namespaceObject.constants.COPYFILE_FICLONE });
                copy.walDir = (0,external_node_path_namespaceObject.join)(base, 'wal');
            }
            return copy;
        });
        return { members: copies, root, remove: () => (0,external_node_fs_namespaceObject.rmSync)(root, { recursive: true, force: true }) };
    }
    catch (error) {
        (0,external_node_fs_namespaceObject.rmSync)(root, { recursive: true, force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/lib/drill/verify.ts







/** Runs every check against every member; a failing check never stops the others. */
async function verifyCluster(cluster, expected, options = {}) {
    const members = cluster.members;
    const revision = BigInt(expected.revision);
    const checks = [];
    const check = async (name, want, fn) => {
        const started = performance.now();
        let outcome;
        try {
            outcome = await fn();
        }
        catch (error) {
            const hint = authHint(error, options.credentials !== undefined);
            outcome = { ok: false, actual: `error: ${errorMessage(error)}${hint}` };
        }
        checks.push({
            name,
            ok: outcome.ok,
            expected: want,
            actual: outcome.actual,
            ms: Math.round(performance.now() - started)
        });
    };
    if (options.credentials !== undefined) {
        const { user, password } = options.credentials;
        await check('authenticate', `logged in as ${user}`, async () => {
            await Promise.all(members.map((m) => m.client.authenticate(user, password)));
            return { ok: true, actual: `logged in as ${user} on ${members.length} members` };
        });
    }
    const wantIds = expected.memberIds?.map(checks_hex).sort();
    await check('members', wantIds?.join(',') ?? `${members.length} members, same list everywhere`, async () => {
        const lists = await perMember(members, async (m) => {
            const { members: list } = await m.client.memberList();
            return list
                .map((x) => `${x.id.toString(16)}`)
                .sort()
                .join(',');
        });
        const ids = lists[0]?.split(',') ?? [];
        const ok = agree(lists) &&
            (wantIds === undefined
                ? ids.length === members.length
                : wantIds.join(',') === ids.join(','));
        return { ok, actual: show(members, lists) };
    });
    await check('cluster-id', expected.clusterId === undefined ? 'same everywhere' : checks_hex(expected.clusterId), async () => {
        const ids = await perMember(members, async (m) => (await m.client.memberList()).header.clusterId.toString(16));
        return {
            ok: agree(ids) && (expected.clusterId === undefined || ids[0] === checks_hex(expected.clusterId)),
            actual: show(members, ids)
        };
    });
    await check('leader', 'one leader, the same for all members', async () => {
        const statuses = await perMember(members, (m) => m.client.status());
        const leaders = statuses.map((s) => s.leader.toString(16));
        const selfIds = statuses.map((s) => s.header.memberId.toString(16));
        return {
            ok: agree(leaders) && leaders[0] !== '0' && selfIds.includes(leaders[0]),
            actual: show(members, leaders)
        };
    });
    // Drill writes (this run's and earlier ones) each add exactly one revision.
    const drillWrites = async () => {
        const client = members[0]?.client;
        if (client === undefined)
            return 0n;
        const now = (await client.range(DRILL_PREFIX, { prefix: true, countOnly: true })).count;
        const before = await client
            .range(DRILL_PREFIX, { prefix: true, countOnly: true, revision })
            .then((r) => r.count)
            .catch(() => 0n);
        return now - before;
    };
    let current = revision;
    await check('revision', String(revision), async () => {
        const writes = await drillWrites();
        current = revision + writes;
        const revs = await perMember(members, async (m) => (await m.client.status()).header.revision.toString());
        const note = writes === 0n ? '' : ` (${revision} + ${writes} drill write${writes === 1n ? '' : 's'})`;
        return { ok: revs.every((r) => r === current.toString()), actual: show(members, revs) + note };
    });
    // etcd refuses HashKV at a compacted revision, and after --mark-compacted the restored revision
    // is the compaction point: hash the current revision, comparable while no drill write is there.
    const atCurrent = expected.compactRevision !== undefined && BigInt(expected.compactRevision) >= revision;
    const hashes = await Promise.all(members.map((m) => m.client.hashKV(atCurrent ? 0n : revision).catch((e) => e)));
    const laterRevision = hashes.find((h) => !(h instanceof Error) && h.header.revision !== revision)?.header.revision;
    if (expected.compactRevision !== undefined) {
        const want = BigInt(expected.compactRevision);
        await check('compact-revision', String(want), async () => {
            const revs = hashes.map((h) => h instanceof Error
                ? `error: ${h.message}`
                : h.compactRevision.toString());
            return { ok: revs.every((r) => r === want.toString()), actual: show(members, revs) };
        });
    }
    await check('hashkv', `${expected.hashKV ?? 'equal on all members'} at revision ${revision}`, async () => {
        const values = hashes.map((h) => h instanceof Error ? `error: ${h.message}` : String(h.hash));
        const comparable = !atCurrent || laterRevision === undefined;
        const ok = agree(values) &&
            !values[0]?.startsWith('error') &&
            (expected.hashKV === undefined || !comparable || values[0] === String(expected.hashKV));
        const note = comparable
            ? ''
            : ` (at revision ${laterRevision}, after drill writes: compared across members only)`;
        return { ok, actual: show(members, values) + note };
    });
    await check('key-count', `${expected.keyCount ?? 'equal on all members'} at revision ${revision}`, async () => {
        const counts = await perMember(members, async (m) => (await m.client.range('\0', {
            rangeEnd: '\0',
            countOnly: true,
            revision,
            serializable: true
        })).count.toString());
        const ok = agree(counts) &&
            (expected.keyCount === undefined || counts[0] === BigInt(expected.keyCount).toString());
        return { ok, actual: show(members, counts) };
    });
    const prefixCounts = expected.prefixCounts;
    if (prefixCounts !== undefined)
        await check('prefix-counts', describePrefixCounts(prefixCounts), () => checkPrefixCounts(members, prefixCounts, revision));
    if (expected.leases !== undefined) {
        const want = expected.leases
            .map((l) => `${checks_hex(l.id)} ttl ${l.grantedTtl ?? '?'} [${(l.keys ?? []).join(' ')}]`)
            .sort();
        await check('leases', want.join('; '), async () => {
            const seen = await perMember(members, async (m) => {
                const ids = await m.client.leases();
                const lines = await Promise.all(ids.map(async (id) => {
                    const t = await m.client.leaseTimeToLive(id, true);
                    const keys = t.keys.map((k) => k.toString('utf8')).sort();
                    const spec = expected.leases?.find((l) => checks_hex(l.id) === id.toString(16));
                    return `${id.toString(16)} ttl ${spec?.grantedTtl === undefined ? '?' : t.grantedTtl} [${spec?.keys === undefined ? '' : keys.join(' ')}]`;
                }));
                return lines.sort().join('; ');
            });
            return { ok: seen.every((s) => s === want.join('; ')), actual: show(members, seen) };
        });
    }
    await check('auth', authExpected(expected, options), async () => {
        const first = members[0];
        if (first === undefined)
            return { ok: false, actual: 'no members' };
        // the server's own answer, asked without a login: with auth off anyone may list users
        let serverOn = false;
        let names;
        try {
            names = await userAndRoleNames(new GatewayClient(first.clientURL, 5_000));
        }
        catch (error) {
            if (!(error instanceof GatewayError && error.authRequired))
                throw error;
            serverOn = true;
        }
        if (serverOn && options.credentials !== undefined)
            names = await userAndRoleNames(first.client);
        const state = serverOn ? 'enabled' : options.authOff === true ? AUTH_OFF_NOTE : 'disabled';
        const wantOn = expected.authEnabled === true && options.authOff !== true;
        const sameNames = names === undefined ||
            ((expected.users === undefined || sameList(names.users, expected.users)) &&
                (expected.roles === undefined || sameList(names.roles, expected.roles)));
        return {
            ok: (expected.authEnabled === undefined || serverOn === wantOn) && sameNames,
            actual: `${state}; ${names === undefined ? 'users not listed (no credentials given)' : showNames(names)}`
        };
    });
    let write;
    if (options.write !== false) {
        await check('write', `a new key readable on every member at revision ${current + 1n}`, async () => {
            const key = `${DRILL_PREFIX}${new Date().toISOString()}-${(0,external_node_crypto_namespaceObject.randomBytes)(4).toString('hex')}`;
            const value = `drill ${(0,external_node_crypto_namespaceObject.randomBytes)(8).toString('hex')}`;
            const first = members[0];
            const header = await first.client.put(key, value);
            write = { key, value, modRevision: header.revision.toString() };
            const reads = await perMember(members, async (m) => {
                const kv = (await m.client.range(key)).kvs[0];
                return kv === undefined
                    ? 'missing'
                    : kv.value.toString('utf8') === value
                        ? `rev ${kv.modRevision}`
                        : 'wrong value';
            });
            const ok = header.revision === current + 1n && reads.every((r) => r === `rev ${header.revision}`);
            return { ok, actual: `put at revision ${header.revision}; ${show(members, reads)}` };
        });
    }
    if (options.persisted !== undefined) {
        const before = options.persisted;
        await check('persisted', `${before.key} = ${JSON.stringify(before.value)} at rev ${before.modRevision}`, async () => {
            const reads = await perMember(members, async (m) => {
                const kv = (await m.client.range(before.key, { serializable: true })).kvs[0];
                return kv === undefined
                    ? 'missing'
                    : `${JSON.stringify(kv.value.toString('utf8'))} rev ${kv.modRevision}`;
            });
            const want = `${JSON.stringify(before.value)} rev ${before.modRevision}`;
            return { ok: reads.every((r) => r === want), actual: show(members, reads) };
        });
    }
    return write === undefined ? { checks } : { checks, write };
}
/** What the auth check wants: the snapshot's state as booted, and the users/roles read offline. */
function authExpected(expected, options) {
    if (expected.authEnabled === undefined)
        return 'reported';
    const state = options.authOff === true ? AUTH_OFF_NOTE : expected.authEnabled ? 'enabled' : 'disabled';
    return expected.users === undefined || expected.roles === undefined
        ? state
        : `${state}; ${showNames({ users: expected.users, roles: expected.roles })}`;
}
async function userAndRoleNames(client) {
    const [users, roles] = await Promise.all([client.userList(), client.roleList()]);
    return { users, roles };
}
function showNames(names) {
    return `users ${[...names.users].sort().join(',') || '-'}; roles ${[...names.roles].sort().join(',') || '-'}`;
}
function sameList(a, b) {
    return [...a].sort().join('\0') === [...b].sort().join('\0');
}

;// CONCATENATED MODULE: ./src/lib/drill/index.ts
















/**
 * `verify: boot`: boots the restored members on loopback, checks what they serve, writes one
 * key, restarts them all and checks again (the write must survive). Every etcd started here is
 * stopped before this returns or throws. A cluster that does not come up is a failed `boot`
 * check, not an exception; a missing etcd binary is an InputError.
 */
async function runBootDrill(opts) {
    const logger = opts.logger ?? silentLogger;
    const started = performance.now();
    const etcd = findEtcd(opts.etcdPath);
    // before copying gigabytes: the drill can only boot members restored with loopback peer URLs
    for (const m of opts.members)
        for (const url of m.peerURLs)
            loopbackURL(url, `${m.name} peer URL`);
    logger.info(`boot drill: etcd ${etcd.version} (${etcd.path}), ${opts.members.length} members`);
    const durationsMs = {
        copy: 0,
        boot: 0,
        verify: 0,
        restart: 0,
        verifyAfterRestart: 0,
        stop: 0,
        total: 0
    };
    const checks = [];
    const since = (t) => Math.round(performance.now() - t);
    let cluster;
    let t = performance.now();
    const notes = [];
    const authOn = opts.expected.authEnabled === true;
    const login = authOn ? opts.credentials : undefined;
    const authOff = authOn && login === undefined;
    const verifyOptions = login === undefined ? { authOff } : { credentials: login };
    if (authOff) {
        notes.push(`auth: ${AUTH_OFF_NOTE} (no drill credentials given; the restored output keeps auth on)`);
    }
    else if (opts.credentials !== undefined && opts.expected.authEnabled === false) {
        notes.push('auth: disabled in the snapshot; the drill credentials were not needed and not used');
    }
    for (const note of notes)
        logger.info(`boot drill: ${note}`);
    const copies = opts.inPlace === true ? undefined : copyMembers(opts.members);
    durationsMs.copy = since(t);
    try {
        const booted = copies?.members ?? opts.members;
        if (authOff)
            switchAuthOff(booted);
        t = performance.now();
        try {
            cluster = await bootCluster(booted, {
                etcdPath: etcd.path,
                initialCluster: opts.initialCluster,
                token: opts.token,
                timeoutMs: opts.bootTimeoutMs ?? 60_000,
                ...(login === undefined ? {} : { credentials: login })
            });
            checks.push({
                name: 'boot',
                ok: true,
                expected: 'all members healthy, one leader',
                actual: `leader ${cluster.leaderId}`,
                ms: since(t)
            });
        }
        catch (error) {
            if (!(error instanceof VerificationError))
                throw error;
            checks.push({
                name: 'boot',
                ok: false,
                expected: 'all members healthy, one leader',
                actual: error.message,
                ms: since(t)
            });
        }
        durationsMs.boot = since(t);
        if (cluster !== undefined) {
            const running = cluster;
            t = performance.now();
            const first = await logger.group('drill: verify', () => verifyCluster(running, opts.expected, { write: true, ...verifyOptions }));
            checks.push(...first.checks);
            durationsMs.verify = since(t);
            t = performance.now();
            let restarted = true;
            try {
                await running.restart();
                checks.push({
                    name: 'restart',
                    ok: true,
                    expected: 'all members back, one leader',
                    actual: `leader ${running.leaderId}`,
                    ms: since(t)
                });
            }
            catch (error) {
                if (!(error instanceof VerificationError))
                    throw error;
                restarted = false;
                checks.push({
                    name: 'restart',
                    ok: false,
                    expected: 'all members back, one leader',
                    actual: error.message,
                    ms: since(t)
                });
            }
            durationsMs.restart = since(t);
            if (restarted) {
                t = performance.now();
                const second = await logger.group('drill: verify after restart', () => verifyCluster(running, opts.expected, {
                    write: false,
                    ...verifyOptions,
                    ...(first.write === undefined ? {} : { persisted: first.write })
                }));
                checks.push(...second.checks.map((c) => ({ ...c, name: `after-restart:${c.name}` })));
                durationsMs.verifyAfterRestart = since(t);
            }
        }
    }
    finally {
        t = performance.now();
        await cluster?.stop();
        copies?.remove();
        durationsMs.stop = since(t);
    }
    durationsMs.total = since(started);
    for (const c of checks) {
        const line = `${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.actual}${c.ok ? '' : ` (expected ${c.expected})`} [${c.ms} ms]`;
        if (c.ok)
            logger.info(line);
        else
            logger.warn(line);
    }
    return {
        passed: checks.every((c) => c.ok),
        checks,
        notes,
        etcdVersion: etcd.version,
        etcdPath: etcd.path,
        durationsMs
    };
}
/** One line per failed check, for a VerificationError message. */
function describeFailures(result) {
    return result.checks
        .filter((c) => !c.ok)
        .map((c) => `${c.name}: expected ${c.expected}, got ${c.actual}`)
        .join('\n');
}

;// CONCATENATED MODULE: ./src/lib/drill/twin.ts






/**
 * The boot drill listens on 127.0.0.1 only and needs every member. When the requested output
 * cannot be booted as is (production peer URLs, one member, a subset), the drill restores a
 * "loopback twin": same names, token and snapshot, peer URLs on free loopback ports.
 */
const TWIN_NOTE = "booted a loopback twin: member IDs differ from the output's; data checks apply to the output " +
    'since the db content is identical except membership';
function isLoopbackPeerURL(raw) {
    try {
        const url = new URL(raw);
        return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.port !== '';
    }
    catch {
        return false;
    }
}
/** Why the output cannot be booted itself, or undefined when it can. */
function twinReason(options, output) {
    if (options.target.kind === 'single') {
        return 'a single member was restored (--name/--data-dir); booting needs every member';
    }
    const all = buildCluster(options.initialCluster, options.initialClusterToken).members;
    if (output.cluster.members.length !== all.length) {
        return `only ${output.cluster.members.length} of ${all.length} members were restored (--members); booting needs every member`;
    }
    const remote = output.cluster.members.filter((m) => !m.peerURLs.every(isLoopbackPeerURL));
    if (remote.length > 0) {
        return (`peer URLs are not http://127.0.0.1:<port> (${remote[0]?.name}: ${remote[0]?.peerURLs.join(',')}); ` +
            'the drill boots on loopback only');
    }
    return undefined;
}
/** Restores every member of the cluster with loopback peer URLs into a temporary folder. */
async function restoreTwin(options) {
    const members = buildCluster(options.initialCluster, options.initialClusterToken).members;
    const ports = await freeLoopbackPorts(members.length);
    const initialCluster = members
        .map((m, i) => `${m.name}=http://127.0.0.1:${ports[i]}`)
        .join(',');
    const dir = (0,external_node_fs_namespaceObject.mkdtempSync)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'etcd-drill-twin-'));
    const remove = () => (0,external_node_fs_namespaceObject.rmSync)(dir, { recursive: true, force: true });
    try {
        const report = await restore({
            ...options,
            initialCluster,
            target: { kind: 'all', outDir: (0,external_node_path_namespaceObject.join)(dir, 'out') },
            computeHashKV: false
        });
        return { report, initialCluster, dir, remove };
    }
    catch (error) {
        remove();
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/lib/drill/run.ts














const since = (t) => Math.round(performance.now() - t);
/**
 * A restore drill: restores the snapshot as asked (plus a loopback twin when the output cannot
 * boot on 127.0.0.1), boots it with real etcd, and checks that it serves what the snapshot holds,
 * and that the snapshot is recent enough. Failed checks (including a snapshot the restore
 * refuses) give `passed: false`; only usage errors (flags, missing etcd, out-dir in the way) throw.
 */
async function runDrill(options) {
    return (await runDrillWithOutput(options)).report;
}
/** runDrill, plus the restore report of the output (absent when the restore failed). */
async function runDrillWithOutput(options) {
    const log = options.logger ?? silentLogger;
    const startedAt = new Date();
    const started = performance.now();
    const durationsMs = {};
    const checks = [];
    const notes = [];
    if (options.maxAgeMs !== undefined &&
        !(options.maxAgeMs > 0 && Number.isFinite(options.maxAgeMs))) {
        throw new InputError(`max age must be a positive duration, got ${options.maxAgeMs} ms`);
    }
    const etcd = findEtcd(options.etcdPath);
    let t = performance.now();
    const age = snapshotAge(options);
    checks.push({
        name: 'age',
        ok: age.ok,
        expected: age.maxAgeSeconds === undefined
            ? 'reported'
            : `at most ${age_formatDuration(age.maxAgeSeconds * 1000)}`,
        actual: `${age_formatDuration(age.ageSeconds * 1000)} (taken ${age.createdAt})`,
        ms: since(t)
    });
    if (!age.ok)
        log.warn(age.message);
    else
        log.info(age.message);
    t = performance.now();
    let output;
    try {
        output =
            options.restored ??
                (await restore({ ...options, computeHashKV: true, computeInventory: true, logger: log }));
    }
    catch (error) {
        if (!(error instanceof errors_SnapshotError))
            throw error;
        checks.push({
            name: 'restore',
            ok: false,
            expected: 'a restorable snapshot',
            actual: errorMessage(error),
            ms: since(t)
        });
        durationsMs.restore = since(t);
        durationsMs.total = since(started);
        const report = buildDrillReport({
            startedAt,
            finishedAt: new Date(),
            age,
            checks,
            notes,
            durationsMs
        });
        return { report };
    }
    durationsMs.restore = since(t);
    checks.push({
        name: 'restore',
        ok: true,
        expected: 'every requested member restored',
        actual: `${output.cluster.members.length} members at revision ${output.restoredRevision}` +
            (options.restored === undefined ? '' : ' (an existing restore, not restored again)'),
        ms: durationsMs.restore
    });
    let twin;
    let twinFacts;
    try {
        const reason = twinReason(options, output);
        if (reason !== undefined) {
            t = performance.now();
            log.info(`restore drill: ${reason}; restoring a loopback twin`);
            twin = await restoreTwin({ ...options, logger: log });
            durationsMs.twinRestore = since(t);
            twinFacts = {
                reason,
                note: TWIN_NOTE,
                clusterId: twin.report.cluster.id,
                members: twin.report.cluster.members.map((m) => ({
                    name: m.name,
                    id: m.id,
                    peerURLs: m.peerURLs
                }))
            };
        }
        const booted = twin?.report ?? output;
        t = performance.now();
        const computed = computeExpectations(output, booted);
        notes.push(...computed.notes);
        const expectations = {
            ...computed.expectations,
            ...override(options.expectedOverride)
        };
        durationsMs.expectations = since(t);
        const mismatch = versionMismatch(etcd.version, output.snapshot.clusterVersion);
        if (mismatch !== undefined) {
            log.warn(`restore drill: ${mismatch}`);
            notes.push(mismatch);
        }
        await options.afterRestore?.(booted);
        const result = await runBootDrill({
            members: booted.cluster.members.map(drillMember),
            initialCluster: twin?.initialCluster ?? options.initialCluster,
            token: booted.cluster.token,
            etcdPath: etcd.path,
            expected: {
                ...toExpectedState(expectations, output.snapshot.authEnabled, computed.auth),
                ...prefixExpectations(output.snapshot.inventory),
                ...options.expectedOverride
            },
            // a twin is ours to throw away; the output stays as restored
            inPlace: twin !== undefined,
            ...(options.bootTimeoutMs === undefined ? {} : { bootTimeoutMs: options.bootTimeoutMs }),
            ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
            logger: log
        });
        checks.push(...result.checks);
        notes.push(...result.notes);
        for (const [phase, ms] of Object.entries(result.durationsMs)) {
            if (phase !== 'total')
                durationsMs[`boot.${phase}`] = ms;
        }
        durationsMs.boot = result.durationsMs.total;
        durationsMs.total = since(started);
        const report = buildDrillReport({
            startedAt,
            finishedAt: new Date(),
            restored: output,
            age,
            expected: expectations,
            checks,
            ...(twinFacts === undefined ? {} : { twin: twinFacts }),
            etcd: { path: result.etcdPath, version: result.etcdVersion },
            notes,
            durationsMs
        });
        return { report, output };
    }
    finally {
        twin?.remove();
    }
}
/**
 * A warning when the booting server's minor version is not the snapshot's cluster version
 * (`cluster/clusterVersion`, e.g. 3.5.0): the drill then proves less about the real cluster.
 */
function versionMismatch(serverVersion, clusterVersion) {
    if (clusterVersion === undefined)
        return undefined;
    const minor = (v) => v.split('.').slice(0, 2).join('.');
    if (minor(serverVersion) === minor(clusterVersion))
        return undefined;
    return (`version: booted with etcd ${serverVersion}, but the snapshot's cluster ran etcd ${minor(clusterVersion)} ` +
        `(cluster version ${clusterVersion}); drill with an etcd ${minor(clusterVersion)} server (--etcd-path / etcd-path) to test what production runs`);
}
/** The artifact's createdAt when given, else the file's mtime. */
function snapshotAge(options) {
    let createdAt = options.snapshotCreatedAt;
    if (createdAt === undefined) {
        try {
            createdAt = (0,external_node_fs_namespaceObject.statSync)(options.snapshotPath).mtime;
        }
        catch (error) {
            throw new errors_SnapshotError(`cannot read snapshot ${options.snapshotPath}: ${errorMessage(error)}`);
        }
    }
    return checkAge(createdAt, options.maxAgeMs, options.now?.() ?? new Date());
}
/** Only the expectation fields a test may override that the report shows. */
function override(o) {
    if (o === undefined)
        return {};
    const out = {};
    if (o.revision !== undefined)
        out.revision = Number(o.revision);
    if (o.compactRevision !== undefined)
        out.compactRevision = Number(o.compactRevision);
    if (o.hashKV !== undefined)
        out.hashKV = o.hashKV;
    if (o.keyCount !== undefined)
        out.keyCount = Number(o.keyCount);
    if (o.memberIds !== undefined)
        out.memberIds = o.memberIds;
    if (o.clusterId !== undefined)
        out.clusterId = o.clusterId;
    return out;
}
/** A restored member as the boot drill takes it; the WAL folder only when it is a separate one. */
function drillMember(m) {
    const member = { name: m.name, dataDir: m.dataDir, peerURLs: m.peerURLs };
    if ((0,external_node_path_namespaceObject.resolve)(m.walDir) !== (0,external_node_path_namespaceObject.resolve)((0,external_node_path_namespaceObject.join)(m.dataDir, 'member', 'wal')))
        member.walDir = m.walDir;
    return member;
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/releases.ts
/**
 * Official etcd releases: which one `auto` means for a cluster version line, and where a release
 * lives on a mirror laid out like https://github.com/etcd-io/etcd/releases/download.
 */

/** The newest patch of each line this version of etcd-restore knows; bump when etcd releases. */
const NEWEST_PATCH = {
    '3.4': '3.4.45',
    '3.5': '3.5.33',
    '3.6': '3.6.14',
    '3.7': '3.7.1'
};
const DEFAULT_ETCD_MIRROR = 'https://github.com/etcd-io/etcd/releases/download';
/** The failure to get a verified etcd release; one line, like the missing `etcd-path`. */
class EtcdReleaseError extends InputError {
}
/** `3.5.30`, `v3.5.30`, `3.6.0-rc.1` or `auto`; throws naming `what` (the input or flag). */
function parseEtcdVersion(value, what) {
    const trimmed = value.trim();
    if (trimmed === 'auto')
        return 'auto';
    const match = /^v?(\d{1,4}\.\d{1,4}\.\d{1,4}(?:-[0-9A-Za-z.]{1,40})?)$/.exec(trimmed);
    if (match === null)
        throw new InputError(`${what} must be an etcd release such as 3.5.30 (or v3.5.30) or auto, got '${value}'`);
    return { version: match[1] };
}
/** A tarball's expected sha256 (64 hex digits), lower-cased; throws naming `what`. */
function parseSha256(value, what) {
    const trimmed = value.trim().toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(trimmed))
        throw new InputError(`${what} must be a sha256 of 64 hex digits, got '${value}'`);
    return trimmed;
}
/** A mirror base URL (http or https), without a trailing slash; throws naming `what`. */
function parseMirror(value, what) {
    const trimmed = value.trim().replace(/\/+$/, '');
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new InputError(`${what} must be an http(s) URL, got '${value}'`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:')
        throw new InputError(`${what} must be an http(s) URL, got '${value}'`);
    if (url.username || url.password)
        throw new InputError(`${what} must not carry credentials in the URL`);
    return trimmed;
}
/** The release `auto` means for a snapshot whose `cluster` bucket says `clusterVersion`. */
function autoRelease(clusterVersion, snapshotPath) {
    const known = Object.keys(NEWEST_PATCH).join(', ');
    if (clusterVersion === undefined)
        throw new EtcdReleaseError(`etcd-version auto: snapshot ${snapshotPath} records no cluster version; set etcd-version to a release (known lines: ${known})`);
    const line = /^(\d+\.\d+)\./.exec(clusterVersion)?.[1];
    const version = line === undefined ? undefined : NEWEST_PATCH[line];
    if (version === undefined)
        throw new EtcdReleaseError(`etcd-version auto: no etcd release known for cluster version ${clusterVersion} of snapshot ${snapshotPath} (known lines: ${known}); set etcd-version to a release`);
    return version;
}
/** etcd's name for this machine's architecture in release file names. */
function releaseArch(platform = process.platform, arch = process.arch) {
    const name = arch === 'x64' ? 'amd64' : arch === 'arm64' ? 'arm64' : undefined;
    if (platform !== 'linux' || name === undefined)
        throw new EtcdReleaseError(`no official etcd release tarball for ${platform}/${arch} (linux amd64 and arm64 only); set etcd-path instead`);
    return name;
}
function releaseFiles(mirror, version, arch) {
    const topDir = `etcd-v${version}-linux-${arch}`;
    const base = `${mirror.replace(/\/+$/, '')}/v${version}`;
    const tarball = `${topDir}.tar.gz`;
    return {
        ...{ version, arch, tarball, topDir },
        tarballUrl: `${base}/${tarball}`,
        sumsUrl: `${base}/SHA256SUMS`
    };
}

;// CONCATENATED MODULE: external "events"
const external_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(896);
;// CONCATENATED MODULE: external "node:events"
const external_node_events_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");
;// CONCATENATED MODULE: external "node:stream"
const external_node_stream_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");
;// CONCATENATED MODULE: external "node:string_decoder"
const external_node_string_decoder_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");
;// CONCATENATED MODULE: external "buffer"
const external_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");
;// CONCATENATED MODULE: external "zlib"
const external_zlib_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");
var external_zlib_namespaceObject_0 = /*#__PURE__*/__nccwpck_require__.t(external_zlib_namespaceObject, 2);
;// CONCATENATED MODULE: external "node:assert"
const external_node_assert_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");
;// CONCATENATED MODULE: ./node_modules/tar/dist/esm/index.min.js
var zr=Object.defineProperty;var Ur=(s,t)=>{for(var e in t)zr(s,e,{get:t[e],enumerable:!0})};var Ds=typeof process=="object"&&process?process:{stdout:null,stderr:null},Wr=s=>!!s&&typeof s=="object"&&(s instanceof A||s instanceof external_node_stream_namespaceObject||Gr(s)||Zr(s)),Gr=s=>!!s&&typeof s=="object"&&s instanceof external_node_events_namespaceObject.EventEmitter&&typeof s.pipe=="function"&&s.pipe!==external_node_stream_namespaceObject.Writable.prototype.pipe,Zr=s=>!!s&&typeof s=="object"&&s instanceof external_node_events_namespaceObject.EventEmitter&&typeof s.write=="function"&&typeof s.end=="function",Q=Symbol("EOF"),J=Symbol("maybeEmitEnd"),nt=Symbol("emittedEnd"),De=Symbol("emittingEnd"),qt=Symbol("emittedError"),Ne=Symbol("closed"),Ns=Symbol("read"),Ae=Symbol("flush"),As=Symbol("flushChunk"),z=Symbol("encoding"),Mt=Symbol("decoder"),g=Symbol("flowing"),Qt=Symbol("paused"),Bt=Symbol("resume"),b=Symbol("buffer"),N=Symbol("pipes"),_=Symbol("bufferLength"),bi=Symbol("bufferPush"),Ie=Symbol("bufferShift"),L=Symbol("objectMode"),S=Symbol("destroyed"),_i=Symbol("error"),Oi=Symbol("emitData"),Is=Symbol("emitEnd"),Ti=Symbol("emitEnd2"),Z=Symbol("async"),xi=Symbol("abort"),Ce=Symbol("aborted"),Jt=Symbol("signal"),Rt=Symbol("dataListeners"),C=Symbol("discarded"),jt=s=>Promise.resolve().then(s),Yr=s=>s(),Kr=s=>s==="end"||s==="finish"||s==="prefinish",Vr=s=>s instanceof ArrayBuffer||!!s&&typeof s=="object"&&s.constructor&&s.constructor.name==="ArrayBuffer"&&s.byteLength>=0,$r=s=>!Buffer.isBuffer(s)&&ArrayBuffer.isView(s),Fe=class{src;dest;opts;ondrain;constructor(t,e,i){this.src=t,this.dest=e,this.opts=i,this.ondrain=()=>t[Bt](),this.dest.on("drain",this.ondrain)}unpipe(){this.dest.removeListener("drain",this.ondrain)}proxyErrors(t){}end(){this.unpipe(),this.opts.end&&this.dest.end()}},Li=class extends Fe{unpipe(){this.src.removeListener("error",this.proxyErrors),super.unpipe()}constructor(t,e,i){super(t,e,i),this.proxyErrors=r=>this.dest.emit("error",r),t.on("error",this.proxyErrors)}},Xr=s=>!!s.objectMode,qr=s=>!s.objectMode&&!!s.encoding&&s.encoding!=="buffer",A=class extends external_node_events_namespaceObject.EventEmitter{[g]=!1;[Qt]=!1;[N]=[];[b]=[];[L];[z];[Z];[Mt];[Q]=!1;[nt]=!1;[De]=!1;[Ne]=!1;[qt]=null;[_]=0;[S]=!1;[Jt];[Ce]=!1;[Rt]=0;[C]=!1;writable=!0;readable=!0;constructor(...t){let e=t[0]||{};if(super(),e.objectMode&&typeof e.encoding=="string")throw new TypeError("Encoding and objectMode may not be used together");Xr(e)?(this[L]=!0,this[z]=null):qr(e)?(this[z]=e.encoding,this[L]=!1):(this[L]=!1,this[z]=null),this[Z]=!!e.async,this[Mt]=this[z]?new external_node_string_decoder_namespaceObject.StringDecoder(this[z]):null,e&&e.debugExposeBuffer===!0&&Object.defineProperty(this,"buffer",{get:()=>this[b]}),e&&e.debugExposePipes===!0&&Object.defineProperty(this,"pipes",{get:()=>this[N]});let{signal:i}=e;i&&(this[Jt]=i,i.aborted?this[xi]():i.addEventListener("abort",()=>this[xi]()))}get bufferLength(){return this[_]}get encoding(){return this[z]}set encoding(t){throw new Error("Encoding must be set at instantiation time")}setEncoding(t){throw new Error("Encoding must be set at instantiation time")}get objectMode(){return this[L]}set objectMode(t){throw new Error("objectMode must be set at instantiation time")}get async(){return this[Z]}set async(t){this[Z]=this[Z]||!!t}[xi](){this[Ce]=!0,this.emit("abort",this[Jt]?.reason),this.destroy(this[Jt]?.reason)}get aborted(){return this[Ce]}set aborted(t){}write(t,e,i){if(this[Ce])return!1;if(this[Q])throw new Error("write after end");if(this[S])return this.emit("error",Object.assign(new Error("Cannot call write after a stream was destroyed"),{code:"ERR_STREAM_DESTROYED"})),!0;typeof e=="function"&&(i=e,e="utf8"),e||(e="utf8");let r=this[Z]?jt:Yr;if(!this[L]&&!Buffer.isBuffer(t)){if($r(t))t=Buffer.from(t.buffer,t.byteOffset,t.byteLength);else if(Vr(t))t=Buffer.from(t);else if(typeof t!="string")throw new Error("Non-contiguous data written to non-objectMode stream")}return this[L]?(this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):t.length?(typeof t=="string"&&!(e===this[z]&&!this[Mt]?.lastNeed)&&(t=Buffer.from(t,e)),Buffer.isBuffer(t)&&this[z]&&(t=this[Mt].write(t)),this[g]&&this[_]!==0&&this[Ae](!0),this[g]?this.emit("data",t):this[bi](t),this[_]!==0&&this.emit("readable"),i&&r(i),this[g]):(this[_]!==0&&this.emit("readable"),i&&r(i),this[g])}read(t){if(this[S])return null;if(this[C]=!1,this[_]===0||t===0||t&&t>this[_])return this[J](),null;this[L]&&(t=null),this[b].length>1&&!this[L]&&(this[b]=[this[z]?this[b].join(""):Buffer.concat(this[b],this[_])]);let e=this[Ns](t||null,this[b][0]);return this[J](),e}[Ns](t,e){if(this[L])this[Ie]();else{let i=e;t===i.length||t===null?this[Ie]():typeof i=="string"?(this[b][0]=i.slice(t),e=i.slice(0,t),this[_]-=t):(this[b][0]=i.subarray(t),e=i.subarray(0,t),this[_]-=t)}return this.emit("data",e),!this[b].length&&!this[Q]&&this.emit("drain"),e}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e="utf8"),t!==void 0&&this.write(t,e),i&&this.once("end",i),this[Q]=!0,this.writable=!1,(this[g]||!this[Qt])&&this[J](),this}[Bt](){this[S]||(!this[Rt]&&!this[N].length&&(this[C]=!0),this[Qt]=!1,this[g]=!0,this.emit("resume"),this[b].length?this[Ae]():this[Q]?this[J]():this.emit("drain"))}resume(){return this[Bt]()}pause(){this[g]=!1,this[Qt]=!0,this[C]=!1}get destroyed(){return this[S]}get flowing(){return this[g]}get paused(){return this[Qt]}[bi](t){this[L]?this[_]+=1:this[_]+=t.length,this[b].push(t)}[Ie](){return this[L]?this[_]-=1:this[_]-=this[b][0].length,this[b].shift()}[Ae](t=!1){do;while(this[As](this[Ie]())&&this[b].length);!t&&!this[b].length&&!this[Q]&&this.emit("drain")}[As](t){return this.emit("data",t),this[g]}pipe(t,e){if(this[S])return t;this[C]=!1;let i=this[nt];return e=e||{},t===Ds.stdout||t===Ds.stderr?e.end=!1:e.end=e.end!==!1,e.proxyErrors=!!e.proxyErrors,i?e.end&&t.end():(this[N].push(e.proxyErrors?new Li(this,t,e):new Fe(this,t,e)),this[Z]?jt(()=>this[Bt]()):this[Bt]()),t}unpipe(t){let e=this[N].find(i=>i.dest===t);e&&(this[N].length===1?(this[g]&&this[Rt]===0&&(this[g]=!1),this[N]=[]):this[N].splice(this[N].indexOf(e),1),e.unpipe())}addListener(t,e){return this.on(t,e)}on(t,e){let i=super.on(t,e);if(t==="data")this[C]=!1,this[Rt]++,!this[N].length&&!this[g]&&this[Bt]();else if(t==="readable"&&this[_]!==0)super.emit("readable");else if(Kr(t)&&this[nt])super.emit(t),this.removeAllListeners(t);else if(t==="error"&&this[qt]){let r=e;this[Z]?jt(()=>r.call(this,this[qt])):r.call(this,this[qt])}return i}removeListener(t,e){return this.off(t,e)}off(t,e){let i=super.off(t,e);return t==="data"&&(this[Rt]=this.listeners("data").length,this[Rt]===0&&!this[C]&&!this[N].length&&(this[g]=!1)),i}removeAllListeners(t){let e=super.removeAllListeners(t);return(t==="data"||t===void 0)&&(this[Rt]=0,!this[C]&&!this[N].length&&(this[g]=!1)),e}get emittedEnd(){return this[nt]}[J](){!this[De]&&!this[nt]&&!this[S]&&this[b].length===0&&this[Q]&&(this[De]=!0,this.emit("end"),this.emit("prefinish"),this.emit("finish"),this[Ne]&&this.emit("close"),this[De]=!1)}emit(t,...e){let i=e[0];if(t!=="error"&&t!=="close"&&t!==S&&this[S])return!1;if(t==="data")return!this[L]&&!i?!1:this[Z]?(jt(()=>this[Oi](i)),!0):this[Oi](i);if(t==="end")return this[Is]();if(t==="close"){if(this[Ne]=!0,!this[nt]&&!this[S])return!1;let n=super.emit("close");return this.removeAllListeners("close"),n}else if(t==="error"){this[qt]=i,super.emit(_i,i);let n=!this[Jt]||this.listeners("error").length?super.emit("error",i):!1;return this[J](),n}else if(t==="resume"){let n=super.emit("resume");return this[J](),n}else if(t==="finish"||t==="prefinish"){let n=super.emit(t);return this.removeAllListeners(t),n}let r=super.emit(t,...e);return this[J](),r}[Oi](t){for(let i of this[N])i.dest.write(t)===!1&&this.pause();let e=this[C]?!1:super.emit("data",t);return this[J](),e}[Is](){return this[nt]?!1:(this[nt]=!0,this.readable=!1,this[Z]?(jt(()=>this[Ti]()),!0):this[Ti]())}[Ti](){if(this[Mt]){let e=this[Mt].end();if(e){for(let i of this[N])i.dest.write(e);this[C]||super.emit("data",e)}}for(let e of this[N])e.end();let t=super.emit("end");return this.removeAllListeners("end"),t}async collect(){let t=Object.assign([],{dataLength:0});this[L]||(t.dataLength=0);let e=this.promise();return this.on("data",i=>{t.push(i),this[L]||(t.dataLength+=i.length)}),await e,t}async concat(){if(this[L])throw new Error("cannot concat in objectMode");let t=await this.collect();return this[z]?t.join(""):Buffer.concat(t,t.dataLength)}async promise(){return new Promise((t,e)=>{this.on(S,()=>e(new Error("stream destroyed"))),this.on("error",i=>e(i)),this.on("end",()=>t())})}[Symbol.asyncIterator](){this[C]=!1;let t=!1,e=async()=>(this.pause(),t=!0,{value:void 0,done:!0});return{next:()=>{if(t)return e();let r=this.read();if(r!==null)return Promise.resolve({done:!1,value:r});if(this[Q])return e();let n,o,h=d=>{this.off("data",a),this.off("end",l),this.off(S,c),e(),o(d)},a=d=>{this.off("error",h),this.off("end",l),this.off(S,c),this.pause(),n({value:d,done:!!this[Q]})},l=()=>{this.off("error",h),this.off("data",a),this.off(S,c),e(),n({done:!0,value:void 0})},c=()=>h(new Error("stream destroyed"));return new Promise((d,y)=>{o=y,n=d,this.once(S,c),this.once("error",h),this.once("end",l),this.once("data",a)})},throw:e,return:e,[Symbol.asyncIterator](){return this},[Symbol.asyncDispose]:async()=>{}}}[Symbol.iterator](){this[C]=!1;let t=!1,e=()=>(this.pause(),this.off(_i,e),this.off(S,e),this.off("end",e),t=!0,{done:!0,value:void 0}),i=()=>{if(t)return e();let r=this.read();return r===null?e():{done:!1,value:r}};return this.once("end",e),this.once(_i,e),this.once(S,e),{next:i,throw:e,return:e,[Symbol.iterator](){return this},[Symbol.dispose]:()=>{}}}destroy(t){if(this[S])return t?this.emit("error",t):this.emit(S),this;this[S]=!0,this[C]=!0,this[b].length=0,this[_]=0;let e=this;return typeof e.close=="function"&&!this[Ne]&&e.close(),t?this.emit("error",t):this.emit(S),this}static get isStream(){return Wr}};var Jr=external_fs_.writev,ht=Symbol("_autoClose"),H=Symbol("_close"),te=Symbol("_ended"),m=Symbol("_fd"),Ni=Symbol("_finished"),tt=Symbol("_flags"),Ai=Symbol("_flush"),ki=Symbol("_handleChunk"),vi=Symbol("_makeBuf"),ie=Symbol("_mode"),ke=Symbol("_needDrain"),Ut=Symbol("_onerror"),Ht=Symbol("_onopen"),Ii=Symbol("_onread"),Pt=Symbol("_onwrite"),at=Symbol("_open"),U=Symbol("_path"),ot=Symbol("_pos"),Y=Symbol("_queue"),zt=Symbol("_read"),Ci=Symbol("_readSize"),j=Symbol("_reading"),ee=Symbol("_remain"),Fi=Symbol("_size"),ve=Symbol("_write"),gt=Symbol("_writing"),Me=Symbol("_defaultFlag"),bt=Symbol("_errored"),_t=class extends A{[bt]=!1;[m];[U];[Ci];[j]=!1;[Fi];[ee];[ht];constructor(t,e){if(e=e||{},super(e),this.readable=!0,this.writable=!1,typeof t!="string")throw new TypeError("path must be a string");this[bt]=!1,this[m]=typeof e.fd=="number"?e.fd:void 0,this[U]=t,this[Ci]=e.readSize||16*1024*1024,this[j]=!1,this[Fi]=typeof e.size=="number"?e.size:1/0,this[ee]=this[Fi],this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0,typeof this[m]=="number"?this[zt]():this[at]()}get fd(){return this[m]}get path(){return this[U]}write(){throw new TypeError("this is a readable stream")}end(){throw new TypeError("this is a readable stream")}[at](){external_fs_.open(this[U],"r",(t,e)=>this[Ht](t,e))}[Ht](t,e){t?this[Ut](t):(this[m]=e,this.emit("open",e),this[zt]())}[vi](){return Buffer.allocUnsafe(Math.min(this[Ci],this[ee]))}[zt](){if(!this[j]){this[j]=!0;let t=this[vi]();if(t.length===0)return process.nextTick(()=>this[Ii](null,0,t));external_fs_.read(this[m],t,0,t.length,null,(e,i,r)=>this[Ii](e,i,r))}}[Ii](t,e,i){this[j]=!1,t?this[Ut](t):this[ki](e,i)&&this[zt]()}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_.close(t,e=>e?this.emit("error",e):this.emit("close"))}}[Ut](t){this[j]=!0,this[H](),this.emit("error",t)}[ki](t,e){let i=!1;return this[ee]-=t,t>0&&(i=super.write(t<e.length?e.subarray(0,t):e)),(t===0||this[ee]<=0)&&(i=!1,this[H](),super.end()),i}emit(t,...e){switch(t){case"prefinish":case"finish":return!1;case"drain":return typeof this[m]=="number"&&this[zt](),!1;case"error":return this[bt]?!1:(this[bt]=!0,super.emit(t,...e));default:return super.emit(t,...e)}}},Be=class extends _t{[at](){let t=!0;try{this[Ht](null,external_fs_.openSync(this[U],"r")),t=!1}finally{t&&this[H]()}}[zt](){let t=!0;try{if(!this[j]){this[j]=!0;do{let e=this[vi](),i=e.length===0?0:external_fs_.readSync(this[m],e,0,e.length,null);if(!this[ki](i,e))break}while(!0);this[j]=!1}t=!1}finally{t&&this[H]()}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_.closeSync(t),this.emit("close")}}},et=class extends external_events_namespaceObject{readable=!1;writable=!0;[bt]=!1;[gt]=!1;[te]=!1;[Y]=[];[ke]=!1;[U];[ie];[ht];[m];[Me];[tt];[Ni]=!1;[ot];constructor(t,e){e=e||{},super(e),this[U]=t,this[m]=typeof e.fd=="number"?e.fd:void 0,this[ie]=e.mode===void 0?438:e.mode,this[ot]=typeof e.start=="number"?e.start:void 0,this[ht]=typeof e.autoClose=="boolean"?e.autoClose:!0;let i=this[ot]!==void 0?"r+":"w";this[Me]=e.flags===void 0,this[tt]=e.flags===void 0?i:e.flags,this[m]===void 0&&this[at]()}emit(t,...e){if(t==="error"){if(this[bt])return!1;this[bt]=!0}return super.emit(t,...e)}get fd(){return this[m]}get path(){return this[U]}[Ut](t){this[H](),this[gt]=!0,this.emit("error",t)}[at](){external_fs_.open(this[U],this[tt],this[ie],(t,e)=>this[Ht](t,e))}[Ht](t,e){this[Me]&&this[tt]==="r+"&&t&&t.code==="ENOENT"?(this[tt]="w",this[at]()):t?this[Ut](t):(this[m]=e,this.emit("open",e),this[gt]||this[Ai]())}end(t,e){return t&&this.write(t,e),this[te]=!0,!this[gt]&&!this[Y].length&&typeof this[m]=="number"&&this[Pt](null,0),this}write(t,e){return typeof t=="string"&&(t=Buffer.from(t,e)),this[te]?(this.emit("error",new Error("write() after end()")),!1):this[m]===void 0||this[gt]||this[Y].length?(this[Y].push(t),this[ke]=!0,!1):(this[gt]=!0,this[ve](t),!0)}[ve](t){external_fs_.write(this[m],t,0,t.length,this[ot],(e,i)=>this[Pt](e,i))}[Pt](t,e){t?this[Ut](t):(this[ot]!==void 0&&typeof e=="number"&&(this[ot]+=e),this[Y].length?this[Ai]():(this[gt]=!1,this[te]&&!this[Ni]?(this[Ni]=!0,this[H](),this.emit("finish")):this[ke]&&(this[ke]=!1,this.emit("drain"))))}[Ai](){if(this[Y].length===0)this[te]&&this[Pt](null,0);else if(this[Y].length===1)this[ve](this[Y].pop());else{let t=this[Y];this[Y]=[],Jr(this[m],t,this[ot],(e,i)=>this[Pt](e,i))}}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_.close(t,e=>e?this.emit("error",e):this.emit("close"))}}},Wt=class extends et{[at](){let t;if(this[Me]&&this[tt]==="r+")try{t=external_fs_.openSync(this[U],this[tt],this[ie])}catch(e){if(e?.code==="ENOENT")return this[tt]="w",this[at]();throw e}else t=external_fs_.openSync(this[U],this[tt],this[ie]);this[Ht](null,t)}[H](){if(this[ht]&&typeof this[m]=="number"){let t=this[m];this[m]=void 0,external_fs_.closeSync(t),this.emit("close")}}[ve](t){let e=!0;try{this[Pt](null,external_fs_.writeSync(this[m],t,0,t.length,this[ot])),e=!1}finally{if(e)try{this[H]()}catch{}}}};var jr=new Map([["C","cwd"],["f","file"],["z","gzip"],["P","preservePaths"],["U","unlink"],["strip-components","strip"],["stripComponents","strip"],["keep-newer","newer"],["keepNewer","newer"],["keep-newer-files","newer"],["keepNewerFiles","newer"],["k","keep"],["keep-existing","keep"],["keepExisting","keep"],["m","noMtime"],["no-mtime","noMtime"],["p","preserveOwner"],["L","follow"],["h","follow"],["onentry","onReadEntry"]]),Fs=s=>!!s.sync&&!!s.file,ks=s=>!s.sync&&!!s.file,vs=s=>!!s.sync&&!s.file,Ms=s=>!s.sync&&!s.file;var Bs=s=>!!s.file;var tn=s=>{let t=jr.get(s);return t||s},se=(s={})=>{if(!s)return{};let t={};for(let[e,i]of Object.entries(s)){let r=tn(e);t[r]=i}return t.chmod===void 0&&t.noChmod===!1&&(t.chmod=!0),delete t.noChmod,t};var K=(s,t,e,i,r)=>Object.assign((n=[],o,h)=>{Array.isArray(n)&&(o=n,n={}),typeof o=="function"&&(h=o,o=void 0),o=o?Array.from(o):[];let a=se(n);if(r?.(a,o),Fs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return s(a,o)}else if(ks(a)){let l=t(a,o);return h?l.then(()=>h(),h):l}else if(vs(a)){if(typeof h=="function")throw new TypeError("callback not supported for sync tar functions");return e(a,o)}else if(Ms(a)){if(typeof h=="function")throw new TypeError("callback only supported with file option");return i(a,o)}throw new Error("impossible options??")},{syncFile:s,asyncFile:t,syncNoFile:e,asyncNoFile:i,validate:r});var sn=external_zlib_namespaceObject.constants||{ZLIB_VERNUM:4736},M=Object.freeze(Object.assign(Object.create(null),{Z_NO_FLUSH:0,Z_PARTIAL_FLUSH:1,Z_SYNC_FLUSH:2,Z_FULL_FLUSH:3,Z_FINISH:4,Z_BLOCK:5,Z_OK:0,Z_STREAM_END:1,Z_NEED_DICT:2,Z_ERRNO:-1,Z_STREAM_ERROR:-2,Z_DATA_ERROR:-3,Z_MEM_ERROR:-4,Z_BUF_ERROR:-5,Z_VERSION_ERROR:-6,Z_NO_COMPRESSION:0,Z_BEST_SPEED:1,Z_BEST_COMPRESSION:9,Z_DEFAULT_COMPRESSION:-1,Z_FILTERED:1,Z_HUFFMAN_ONLY:2,Z_RLE:3,Z_FIXED:4,Z_DEFAULT_STRATEGY:0,DEFLATE:1,INFLATE:2,GZIP:3,GUNZIP:4,DEFLATERAW:5,INFLATERAW:6,UNZIP:7,BROTLI_DECODE:8,BROTLI_ENCODE:9,Z_MIN_WINDOWBITS:8,Z_MAX_WINDOWBITS:15,Z_DEFAULT_WINDOWBITS:15,Z_MIN_CHUNK:64,Z_MAX_CHUNK:1/0,Z_DEFAULT_CHUNK:16384,Z_MIN_MEMLEVEL:1,Z_MAX_MEMLEVEL:9,Z_DEFAULT_MEMLEVEL:8,Z_MIN_LEVEL:-1,Z_MAX_LEVEL:9,Z_DEFAULT_LEVEL:-1,BROTLI_OPERATION_PROCESS:0,BROTLI_OPERATION_FLUSH:1,BROTLI_OPERATION_FINISH:2,BROTLI_OPERATION_EMIT_METADATA:3,BROTLI_MODE_GENERIC:0,BROTLI_MODE_TEXT:1,BROTLI_MODE_FONT:2,BROTLI_DEFAULT_MODE:0,BROTLI_MIN_QUALITY:0,BROTLI_MAX_QUALITY:11,BROTLI_DEFAULT_QUALITY:11,BROTLI_MIN_WINDOW_BITS:10,BROTLI_MAX_WINDOW_BITS:24,BROTLI_LARGE_MAX_WINDOW_BITS:30,BROTLI_DEFAULT_WINDOW:22,BROTLI_MIN_INPUT_BLOCK_BITS:16,BROTLI_MAX_INPUT_BLOCK_BITS:24,BROTLI_PARAM_MODE:0,BROTLI_PARAM_QUALITY:1,BROTLI_PARAM_LGWIN:2,BROTLI_PARAM_LGBLOCK:3,BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING:4,BROTLI_PARAM_SIZE_HINT:5,BROTLI_PARAM_LARGE_WINDOW:6,BROTLI_PARAM_NPOSTFIX:7,BROTLI_PARAM_NDIRECT:8,BROTLI_DECODER_RESULT_ERROR:0,BROTLI_DECODER_RESULT_SUCCESS:1,BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT:2,BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION:0,BROTLI_DECODER_PARAM_LARGE_WINDOW:1,BROTLI_DECODER_NO_ERROR:0,BROTLI_DECODER_SUCCESS:1,BROTLI_DECODER_NEEDS_MORE_INPUT:2,BROTLI_DECODER_NEEDS_MORE_OUTPUT:3,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE:-1,BROTLI_DECODER_ERROR_FORMAT_RESERVED:-2,BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE:-3,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET:-4,BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME:-5,BROTLI_DECODER_ERROR_FORMAT_CL_SPACE:-6,BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE:-7,BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT:-8,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1:-9,BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2:-10,BROTLI_DECODER_ERROR_FORMAT_TRANSFORM:-11,BROTLI_DECODER_ERROR_FORMAT_DICTIONARY:-12,BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS:-13,BROTLI_DECODER_ERROR_FORMAT_PADDING_1:-14,BROTLI_DECODER_ERROR_FORMAT_PADDING_2:-15,BROTLI_DECODER_ERROR_FORMAT_DISTANCE:-16,BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET:-19,BROTLI_DECODER_ERROR_INVALID_ARGUMENTS:-20,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES:-21,BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS:-22,BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP:-25,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1:-26,BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2:-27,BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES:-30,BROTLI_DECODER_ERROR_UNREACHABLE:-31},sn));var rn=external_buffer_namespaceObject.Buffer.concat,zs=Object.getOwnPropertyDescriptor(external_buffer_namespaceObject.Buffer,"concat"),nn=s=>s,Bi=zs?.writable===!0||zs?.set!==void 0?s=>{external_buffer_namespaceObject.Buffer.concat=s?nn:rn}:s=>{},Tt=Symbol("_superWrite"),Gt=class extends Error{code;errno;constructor(t,e){super("zlib: "+t.message,{cause:t}),this.code=t.code,this.errno=t.errno,this.code||(this.code="ZLIB_ERROR"),this.message="zlib: "+t.message,Error.captureStackTrace(this,e??this.constructor)}get name(){return"ZlibError"}},Pi=Symbol("flushFlag"),re=class extends A{#t=!1;#i=!1;#s;#n;#r;#e;#o;get sawError(){return this.#t}get handle(){return this.#e}get flushFlag(){return this.#s}constructor(t,e){if(!t||typeof t!="object")throw new TypeError("invalid options for ZlibBase constructor");if(super(t),this.#s=t.flush??0,this.#n=t.finishFlush??0,this.#r=t.fullFlushFlag??0,typeof external_zlib_namespaceObject_0[e]!="function")throw new TypeError("Compression method not supported: "+e);try{this.#e=new external_zlib_namespaceObject_0[e](t)}catch(i){throw new Gt(i,this.constructor)}this.#o=i=>{this.#t||(this.#t=!0,this.close(),this.emit("error",i))},this.#e?.on("error",i=>this.#o(new Gt(i))),this.once("end",()=>this.close)}close(){this.#e&&(this.#e.close(),this.#e=void 0,this.emit("close"))}reset(){if(!this.#t)return external_assert_namespaceObject(this.#e,"zlib binding closed"),this.#e.reset?.()}flush(t){this.ended||(typeof t!="number"&&(t=this.#r),this.write(Object.assign(external_buffer_namespaceObject.Buffer.alloc(0),{[Pi]:t})))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&(e?this.write(t,e):this.write(t)),this.flush(this.#n),this.#i=!0,super.end(i)}get ended(){return this.#i}[Tt](t){return super.write(t)}write(t,e,i){if(typeof e=="function"&&(i=e,e="utf8"),typeof t=="string"&&(t=external_buffer_namespaceObject.Buffer.from(t,e)),this.#t)return;external_assert_namespaceObject(this.#e,"zlib binding closed");let r=this.#e._handle,n=r.close;r.close=()=>{};let o=this.#e.close;this.#e.close=()=>{},Bi(!0);let h;try{let l=typeof t[Pi]=="number"?t[Pi]:this.#s;h=this.#e._processChunk(t,l),Bi(!1)}catch(l){Bi(!1),this.#o(new Gt(l,this.write))}finally{this.#e&&(this.#e._handle=r,r.close=n,this.#e.close=o,this.#e.removeAllListeners("error"))}this.#e&&this.#e.on("error",l=>this.#o(new Gt(l,this.write)));let a;if(h)if(Array.isArray(h)&&h.length>0){let l=h[0];a=this[Tt](external_buffer_namespaceObject.Buffer.from(l));for(let c=1;c<h.length;c++)a=this[Tt](h[c])}else a=this[Tt](external_buffer_namespaceObject.Buffer.from(h));return i&&i(),a}},Pe=class extends re{#t;#i;constructor(t,e){t=t||{},t.flush=t.flush||M.Z_NO_FLUSH,t.finishFlush=t.finishFlush||M.Z_FINISH,t.fullFlushFlag=M.Z_FULL_FLUSH,super(t,e),this.#t=t.level,this.#i=t.strategy}params(t,e){if(!this.sawError){if(!this.handle)throw new Error("cannot switch params when binding is closed");if(!this.handle.params)throw new Error("not supported in this implementation");if(this.#t!==t||this.#i!==e){this.flush(M.Z_SYNC_FLUSH),external_assert_namespaceObject(this.handle,"zlib binding closed");let i=this.handle.flush;this.handle.flush=(r,n)=>{typeof r=="function"&&(n=r,r=this.flushFlag),this.flush(r),n?.()};try{this.handle.params(t,e)}finally{this.handle.flush=i}this.handle&&(this.#t=t,this.#i=e)}}}};var ze=class extends Pe{#t;constructor(t){super(t,"Gzip"),this.#t=t&&!!t.portable}[Tt](t){return this.#t?(this.#t=!1,t[9]=255,super[Tt](t)):super[Tt](t)}};var Ue=class extends Pe{constructor(t){super(t,"Unzip")}},He=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.BROTLI_OPERATION_PROCESS,t.finishFlush=t.finishFlush||M.BROTLI_OPERATION_FINISH,t.fullFlushFlag=M.BROTLI_OPERATION_FLUSH,super(t,e)}},We=class extends He{constructor(t){super(t,"BrotliCompress")}},Ge=class extends He{constructor(t){super(t,"BrotliDecompress")}},Ze=class extends re{constructor(t,e){t=t||{},t.flush=t.flush||M.ZSTD_e_continue,t.finishFlush=t.finishFlush||M.ZSTD_e_end,t.fullFlushFlag=M.ZSTD_e_flush,super(t,e)}},Ye=class extends Ze{constructor(t){super(t,"ZstdCompress")}},Ke=class extends Ze{constructor(t){super(t,"ZstdDecompress")}};var Us=(s,t)=>{if(Number.isSafeInteger(s))s<0?an(s,t):hn(s,t);else throw Error("cannot encode number outside of javascript safe integer range");return t},hn=(s,t)=>{t[0]=128;for(var e=t.length;e>1;e--)t[e-1]=s&255,s=Math.floor(s/256)},an=(s,t)=>{t[0]=255;var e=!1;s=s*-1;for(var i=t.length;i>1;i--){var r=s&255;s=Math.floor(s/256),e?t[i-1]=Ws(r):r===0?t[i-1]=0:(e=!0,t[i-1]=Gs(r))}},Hs=s=>{let t=s[0],e=t===128?cn(s.subarray(1,s.length)):t===255?ln(s):null;if(e===null)throw Error("invalid base256 encoding");if(!Number.isSafeInteger(e))throw Error("parsed number outside of javascript safe integer range");return e},ln=s=>{for(var t=s.length,e=0,i=!1,r=t-1;r>-1;r--){var n=Number(s[r]),o;i?o=Ws(n):n===0?o=n:(i=!0,o=Gs(n)),o!==0&&(e-=o*Math.pow(256,t-r-1))}return e},cn=s=>{for(var t=s.length,e=0,i=t-1;i>-1;i--){var r=Number(s[i]);r!==0&&(e+=r*Math.pow(256,t-i-1))}return e},Ws=s=>(255^s)&255,Gs=s=>(255^s)+1&255;var Hi={};Ur(Hi,{code:()=>Ve,isCode:()=>ne,isName:()=>dn,name:()=>oe,normalFsTypes:()=>Ui});var ne=s=>oe.has(s),dn=s=>Ve.has(s),Ui=new Set(["0","","1","2","3","4","5","6","7","D"]),oe=new Map([["0","File"],["","OldFile"],["1","Link"],["2","SymbolicLink"],["3","CharacterDevice"],["4","BlockDevice"],["5","Directory"],["6","FIFO"],["7","ContiguousFile"],["g","GlobalExtendedHeader"],["x","ExtendedHeader"],["A","SolarisACL"],["D","GNUDumpDir"],["I","Inode"],["K","NextFileHasLongLinkpath"],["L","NextFileHasLongPath"],["M","ContinuationFile"],["N","OldGnuLongPath"],["S","SparseFile"],["V","TapeVolumeHeader"],["X","OldExtendedHeader"]]),Ve=new Map(Array.from(oe).map(s=>[s[1],s[0]]));var un=s=>s===void 0||s<0?void 0:s,F=class{cksumValid=!1;needPax=!1;nullBlock=!1;block;path;mode;uid;gid;size;cksum;#t="Unsupported";linkpath;uname;gname;devmaj=0;devmin=0;atime;ctime;mtime;charset;comment;constructor(t,e=0,i,r){Buffer.isBuffer(t)?this.decode(t,e||0,i,r):t&&this.#i(t)}decode(t,e,i,r){if(e||(e=0),!t||!(t.length>=e+512))throw new Error("need 512 bytes for header");let n=xt(t,e+156,1),o=Ui.has(n),h=o?i:void 0,a=o?r:void 0;if(this.path=h?.path??xt(t,e,100),this.mode=h?.mode??a?.mode??lt(t,e+100,8),this.uid=h?.uid??a?.uid??lt(t,e+108,8),this.gid=h?.gid??a?.gid??lt(t,e+116,8),this.size=un(h?.size??a?.size??lt(t,e+124,12)),this.mtime=h?.mtime??a?.mtime??Wi(t,e+136,12),this.cksum=lt(t,e+148,12),a&&this.#i(a,!0),h&&this.#i(h),ne(n)&&(this.#t=n||"0"),this.#t==="0"&&this.path.slice(-1)==="/"&&(this.#t="5"),this.#t==="5"&&(this.size=0),this.linkpath=xt(t,e+157,100),t.subarray(e+257,e+265).toString()==="ustar\x0000")if(this.uname=h?.uname??a?.uname??xt(t,e+265,32),this.gname=h?.gname??a?.gname??xt(t,e+297,32),this.devmaj=h?.devmaj??a?.devmaj??lt(t,e+329,8)??0,this.devmin=h?.devmin??a?.devmin??lt(t,e+337,8)??0,t[e+475]!==0){let c=xt(t,e+345,155);this.path=c+"/"+this.path}else{let c=xt(t,e+345,130);c&&(this.path=c+"/"+this.path),this.atime=i?.atime??r?.atime??Wi(t,e+476,12),this.ctime=i?.ctime??r?.ctime??Wi(t,e+488,12)}let l=256;for(let c=e;c<e+148;c++)l+=t[c];for(let c=e+156;c<e+512;c++)l+=t[c];this.cksumValid=l===this.cksum,this.cksum===void 0&&l===256&&(this.nullBlock=!0)}#i(t,e=!1){Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="size"&&Number(r)<0||i==="path"&&e||i==="linkpath"&&e||i==="global"))))}encode(t,e=0){if(t||(t=this.block=Buffer.alloc(512)),this.#t==="Unsupported"&&(this.#t="0"),!(t.length>=e+512))throw new Error("need 512 bytes for header");let i=this.ctime||this.atime?130:155,r=mn(this.path||"",i),n=r[0],o=r[1];this.needPax=!!r[2],this.needPax=Lt(t,e,100,n)||this.needPax,this.needPax=ct(t,e+100,8,this.mode)||this.needPax,this.needPax=ct(t,e+108,8,this.uid)||this.needPax,this.needPax=ct(t,e+116,8,this.gid)||this.needPax,this.needPax=ct(t,e+124,12,this.size)||this.needPax,this.needPax=Gi(t,e+136,12,this.mtime)||this.needPax,t[e+156]=Number(this.#t.codePointAt(0)),this.needPax=Lt(t,e+157,100,this.linkpath)||this.needPax,t.write("ustar\x0000",e+257,8),this.needPax=Lt(t,e+265,32,this.uname)||this.needPax,this.needPax=Lt(t,e+297,32,this.gname)||this.needPax,this.needPax=ct(t,e+329,8,this.devmaj)||this.needPax,this.needPax=ct(t,e+337,8,this.devmin)||this.needPax,this.needPax=Lt(t,e+345,i,o)||this.needPax,t[e+475]!==0?this.needPax=Lt(t,e+345,155,o)||this.needPax:(this.needPax=Lt(t,e+345,130,o)||this.needPax,this.needPax=Gi(t,e+476,12,this.atime)||this.needPax,this.needPax=Gi(t,e+488,12,this.ctime)||this.needPax);let h=256;for(let a=e;a<e+148;a++)h+=t[a];for(let a=e+156;a<e+512;a++)h+=t[a];return this.cksum=h,ct(t,e+148,8,this.cksum),this.cksumValid=!0,this.needPax}get type(){return this.#t==="Unsupported"?this.#t:oe.get(this.#t)}get typeKey(){return this.#t}set type(t){let e=String(Ve.get(t));if(ne(e)||e==="Unsupported")this.#t=e;else if(ne(t))this.#t=t;else throw new TypeError("invalid entry type: "+t)}},mn=(s,t)=>{let i=s,r="",n,o=external_node_path_namespaceObject.posix.parse(s).root||".";if(Buffer.byteLength(i)<100)n=[i,r,!1];else{r=external_node_path_namespaceObject.posix.dirname(i),i=external_node_path_namespaceObject.posix.basename(i);do Buffer.byteLength(i)<=100&&Buffer.byteLength(r)<=t?n=[i,r,!1]:Buffer.byteLength(i)>100&&Buffer.byteLength(r)<=t?n=[i.slice(0,99),r,!0]:(i=external_node_path_namespaceObject.posix.join(external_node_path_namespaceObject.posix.basename(r),i),r=external_node_path_namespaceObject.posix.dirname(r));while(r!==o&&n===void 0);n||(n=[s.slice(0,99),"",!0])}return n},xt=(s,t,e)=>s.subarray(t,t+e).toString("utf8").replace(/\0.*/,""),Wi=(s,t,e)=>pn(lt(s,t,e)),pn=s=>s===void 0?void 0:new Date(s*1e3),lt=(s,t,e)=>Number(s[t])&128?Hs(s.subarray(t,t+e)):wn(s,t,e),En=s=>isNaN(s)?void 0:s,wn=(s,t,e)=>En(parseInt(s.subarray(t,t+e).toString("utf8").replace(/\0.*$/,"").trim(),8)),Sn={12:8589934591,8:2097151},ct=(s,t,e,i)=>i===void 0?!1:i>Sn[e]||i<0?(Us(i,s.subarray(t,t+e)),!0):(yn(s,t,e,i),!1),yn=(s,t,e,i)=>s.write(Rn(i,e),t,e,"ascii"),Rn=(s,t)=>gn(Math.floor(s).toString(8),t),gn=(s,t)=>(s.length===t-1?s:new Array(t-s.length-1).join("0")+s+" ")+"\0",Gi=(s,t,e,i)=>i===void 0?!1:ct(s,t,e,i.getTime()/1e3),bn=new Array(156).join("\0"),Lt=(s,t,e,i)=>i===void 0?!1:(s.write(i+bn,t,e,"utf8"),i.length!==Buffer.byteLength(i)||i.length>e);var ft=class s{atime;mtime;ctime;charset;comment;gid;uid;gname;uname;linkpath;dev;ino;nlink;path;size;mode;global;constructor(t,e=!1){this.atime=t.atime,this.charset=t.charset,this.comment=t.comment,this.ctime=t.ctime,this.dev=t.dev,this.gid=t.gid,this.global=e,this.gname=t.gname,this.ino=t.ino,this.linkpath=t.linkpath,this.mtime=t.mtime,this.nlink=t.nlink,this.path=t.path,this.size=t.size,this.uid=t.uid,this.uname=t.uname}encode(){let t=this.encodeBody();if(t==="")return Buffer.allocUnsafe(0);let e=Buffer.byteLength(t),i=512*Math.ceil(1+e/512),r=Buffer.allocUnsafe(i);for(let n=0;n<512;n++)r[n]=0;new F({path:("PaxHeader/"+(0,external_node_path_namespaceObject.basename)(this.path??"")).slice(0,99),mode:this.mode||420,uid:this.uid,gid:this.gid,size:e,mtime:this.mtime,type:this.global?"GlobalExtendedHeader":"ExtendedHeader",linkpath:"",uname:this.uname||"",gname:this.gname||"",devmaj:0,devmin:0,atime:this.atime,ctime:this.ctime}).encode(r),r.write(t,512,e,"utf8");for(let n=e+512;n<r.length;n++)r[n]=0;return r}encodeBody(){return this.encodeField("path")+this.encodeField("ctime")+this.encodeField("atime")+this.encodeField("dev")+this.encodeField("ino")+this.encodeField("nlink")+this.encodeField("charset")+this.encodeField("comment")+this.encodeField("gid")+this.encodeField("gname")+this.encodeField("linkpath")+this.encodeField("mtime")+this.encodeField("size")+this.encodeField("uid")+this.encodeField("uname")}encodeField(t){if(this[t]===void 0)return"";let e=this[t],i=e instanceof Date?e.getTime()/1e3:e,r=" "+(t==="dev"||t==="ino"||t==="nlink"?"SCHILY.":"")+t+"="+i+`
`,n=Buffer.byteLength(r),o=Math.floor(Math.log(n)/Math.log(10))+1;return n+o>=Math.pow(10,o)&&(o+=1),o+n+r}static parse(t,e,i=!1){return new s(On(Tn(t),e),i)}},On=(s,t)=>t?Object.assign({},t,s):s,Tn=s=>s.replace(/\n$/,"").split(`
`).reduce(xn,Object.create(null)),xn=(s,t)=>{let e=parseInt(t,10);if(e!==Buffer.byteLength(t)+1)return s;t=t.slice((e+" ").length);let i=t.split("="),r=i.shift();if(!r)return s;let n=r.replace(/^SCHILY\.(dev|ino|nlink)/,"$1"),o=i.join("=").replace(/\0.*/,"");switch(n){case"path":case"linkpath":case"type":case"charset":case"comment":case"gname":case"uname":s[n]=o;break;case"ctime":case"atime":case"mtime":s[n]=new Date(Number(o)*1e3);break;case"size":let h=+o;h>=0&&(s[n]=h);break;case"gid":case"uid":case"dev":case"ino":case"nlink":case"mode":s[n]=+o;break}return s};var Ln=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,f=Ln!=="win32"?s=>String(s):s=>String(s).replaceAll(/\\/g,"/");var $e=class extends A{extended;globalExtended;header;startBlockSize;blockRemain;remain;type;meta=!1;ignore=!1;path;mode;uid;gid;uname;gname;size=0;mtime;atime;ctime;linkpath;dev;ino;nlink;invalid=!1;absolute;unsupported=!1;constructor(t,e,i){switch(super({}),this.pause(),this.extended=e,this.globalExtended=i,this.header=t,this.remain=t.size??0,this.startBlockSize=512*Math.ceil(this.remain/512),this.blockRemain=this.startBlockSize,this.type=t.type,this.type){case"File":case"OldFile":case"Link":case"SymbolicLink":case"CharacterDevice":case"BlockDevice":case"Directory":case"FIFO":case"ContiguousFile":case"GNUDumpDir":break;case"NextFileHasLongLinkpath":case"NextFileHasLongPath":case"OldGnuLongPath":case"GlobalExtendedHeader":case"ExtendedHeader":case"OldExtendedHeader":this.meta=!0;break;default:this.ignore=!0}if(!t.path)throw new Error("no path provided for tar.ReadEntry");this.path=f(t.path),this.mode=t.mode,this.mode&&(this.mode=this.mode&4095),this.uid=t.uid,this.gid=t.gid,this.uname=t.uname,this.gname=t.gname,this.size=this.remain,this.mtime=t.mtime,this.atime=t.atime,this.ctime=t.ctime,this.linkpath=t.linkpath?f(t.linkpath):void 0,this.uname=t.uname,this.gname=t.gname,e&&this.#t(e),i&&this.#t(i,!0)}write(t){let e=t.length;if(e>this.blockRemain)throw new Error("writing more to entry than is appropriate");let i=this.remain,r=this.blockRemain;return this.remain=Math.max(0,i-e),this.blockRemain=Math.max(0,r-e),this.ignore?!0:i>=e?super.write(t):super.write(t.subarray(0,i))}#t(t,e=!1){t.path&&(t.path=f(t.path)),t.linkpath&&(t.linkpath=f(t.linkpath)),Object.assign(this,Object.fromEntries(Object.entries(t).filter(([i,r])=>!(r==null||i==="path"&&e))))}};var Dt=(s,t,e,i={})=>{s.file&&(i.file=s.file),s.cwd&&(i.cwd=s.cwd),i.code=e instanceof Error&&e.code||t,i.tarCode=t,!s.strict&&i.recoverable!==!1?(e instanceof Error&&(i=Object.assign(e,i),e=e.message),s.emit("warn",t,e,i)):e instanceof Error?s.emit("error",Object.assign(e,i)):s.emit("error",Object.assign(new Error(`${t}: ${e}`),i))};var Nn=1024*1024,Xi=Buffer.from([31,139]),qi=Buffer.from([40,181,47,253]),An=Math.max(Xi.length,qi.length),B=Symbol("state"),Nt=Symbol("writeEntry"),it=Symbol("readEntry"),Zi=Symbol("nextEntry"),Zs=Symbol("processEntry"),V=Symbol("extendedHeader"),he=Symbol("globalExtendedHeader"),dt=Symbol("meta"),Ys=Symbol("emitMeta"),p=Symbol("buffer"),st=Symbol("queue"),ut=Symbol("ended"),Yi=Symbol("emittedEnd"),At=Symbol("emit"),w=Symbol("unzip"),Xe=Symbol("consumeChunk"),qe=Symbol("consumeChunkSub"),Ki=Symbol("consumeBody"),Ks=Symbol("consumeMeta"),Vs=Symbol("consumeHeader"),ae=Symbol("consuming"),Vi=Symbol("bufferConcat"),Qe=Symbol("maybeEnd"),Yt=Symbol("writing"),$=Symbol("aborted"),Je=Symbol("onDone"),It=Symbol("sawValidEntry"),je=Symbol("sawNullBlock"),ti=Symbol("sawEOF"),$s=Symbol("closeStream"),In=1e3,le=Symbol("compressedBytesRead"),$i=Symbol("decompressedBytesRead"),Xs=Symbol("checkDecompressionRatio"),Cn=()=>!0,rt=class extends external_events_namespaceObject.EventEmitter{file;strict;maxMetaEntrySize;filter;brotli;zstd;maxDecompressionRatio;writable=!0;readable=!1;[st]=[];[p];[it];[Nt];[B]="begin";[dt]="";[V];[he];[ut]=!1;[w];[$]=!1;[It];[je]=!1;[ti]=!1;[Yt]=!1;[ae]=!1;[Yi]=!1;[le]=0;[$i]=0;constructor(t={}){super(),this.file=t.file||"",this.on(Je,()=>{(this[B]==="begin"||this[It]===!1)&&this.warn("TAR_BAD_ARCHIVE","Unrecognized archive format")}),t.ondone?this.on(Je,t.ondone):this.on(Je,()=>{this.emit("prefinish"),this.emit("finish"),this.emit("end")}),this.strict=!!t.strict,this.maxDecompressionRatio=typeof t.maxDecompressionRatio=="number"?t.maxDecompressionRatio:In,this.maxMetaEntrySize=t.maxMetaEntrySize||Nn,this.filter=typeof t.filter=="function"?t.filter:Cn;let e=t.file&&(t.file.endsWith(".tar.br")||t.file.endsWith(".tbr"));this.brotli=!(t.gzip||t.zstd)&&t.brotli!==void 0?t.brotli:e?void 0:!1;let i=t.file&&(t.file.endsWith(".tar.zst")||t.file.endsWith(".tzst"));this.zstd=!(t.gzip||t.brotli)&&t.zstd!==void 0?t.zstd:i?!0:void 0,this.on("end",()=>this[$s]()),typeof t.onwarn=="function"&&this.on("warn",t.onwarn),typeof t.onReadEntry=="function"&&this.on("entry",t.onReadEntry)}warn(t,e,i={}){Dt(this,t,e,i)}[Vs](t,e){this[It]===void 0&&(this[It]=!1);let i;try{i=new F(t,e,this[V],this[he])}catch(r){return this.warn("TAR_ENTRY_INVALID",r)}if(i.nullBlock)this[je]?(this[ti]=!0,this[B]==="begin"&&(this[B]="header"),this[At]("eof")):(this[je]=!0,this[At]("nullBlock"));else if(this[je]=!1,!i.cksumValid)this.warn("TAR_ENTRY_INVALID","checksum failure",{header:i});else if(!i.path)this.warn("TAR_ENTRY_INVALID","path is required",{header:i});else{let r=i.type;if(/^(Symbolic)?Link$/.test(r)&&!i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath required",{header:i});else if(!/^(Symbolic)?Link$/.test(r)&&!/^(Global)?ExtendedHeader$/.test(r)&&i.linkpath)this.warn("TAR_ENTRY_INVALID","linkpath forbidden",{header:i});else{let n=this[Nt]=new $e(i,this[V],this[he]);if(!this[It])if(n.remain){let o=()=>{n.invalid||(this[It]=!0)};n.on("end",o)}else this[It]=!0;n.meta?n.size>this.maxMetaEntrySize?(n.ignore=!0,this[At]("ignoredEntry",n),this[B]="ignore",n.resume()):n.size>0&&(this[dt]="",n.on("data",o=>this[dt]+=o),this[B]="meta"):(this[V]=void 0,n.ignore=n.ignore||!this.filter(n.path,n),n.ignore?(this[At]("ignoredEntry",n),this[B]=n.remain?"ignore":"header",n.resume()):(n.remain?this[B]="body":(this[B]="header",n.end()),this[it]?this[st].push(n):(this[st].push(n),this[Zi]())))}}}[$s](){queueMicrotask(()=>this.emit("close"))}[Zs](t){let e=!0;if(!t)this[it]=void 0,e=!1;else if(Array.isArray(t)){let[i,...r]=t;this.emit(i,...r)}else this[it]=t,this.emit("entry",t),t.emittedEnd||(t.on("end",()=>this[Zi]()),e=!1);return e}[Zi](){do;while(this[Zs](this[st].shift()));if(this[st].length===0){let t=this[it];!t||t.flowing||t.size===t.remain?this[Yt]||this.emit("drain"):t.once("drain",()=>this.emit("drain"))}}[Ki](t,e){let i=this[Nt];if(!i)throw new Error("attempt to consume body without entry??");let r=i.blockRemain??0,n=r>=t.length&&e===0?t:t.subarray(e,e+r);return i.write(n),i.blockRemain||(this[B]="header",this[Nt]=void 0,i.end()),n.length}[Ks](t,e){let i=this[Nt],r=this[Ki](t,e);return!this[Nt]&&i&&this[Ys](i),r}[At](t,e,i){this[st].length===0&&!this[it]?this.emit(t,e,i):this[st].push([t,e,i])}[Ys](t){switch(this[At]("meta",this[dt]),t.type){case"ExtendedHeader":case"OldExtendedHeader":this[V]=ft.parse(this[dt],this[V],!1);break;case"GlobalExtendedHeader":this[he]=ft.parse(this[dt],this[he],!0);break;case"NextFileHasLongPath":case"OldGnuLongPath":{let e=this[V]??Object.create(null);this[V]=e,e.path=this[dt].replace(/\0.*/,"");break}case"NextFileHasLongLinkpath":{let e=this[V]||Object.create(null);this[V]=e,e.linkpath=this[dt].replace(/\0.*/,"");break}default:throw new Error("unknown meta: "+t.type)}}abort(t){if(!this[$]){if(this[w]){let e=this[w];e.write=()=>!0,e.end=()=>e,e.emit=()=>!1,e.destroy?.()}this[$]=!0,this.emit("abort",t),this.warn("TAR_ABORT",t,{recoverable:!1})}}[Xs](t){this[$i]+=t.length;let e=this[$i]/this[le];return e>this.maxDecompressionRatio?(this.abort(new Error(`max decompression ratio exceeded: ${e.toFixed(2)} > ${this.maxDecompressionRatio}`)),!1):!0}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this[$])return i?.(),!1;if((this[w]===void 0||this.brotli===void 0&&this[w]===!1)&&t){if(this[p]&&(t=Buffer.concat([this[p],t]),this[p]=void 0),t.length<An)return this[p]=t,i?.(),!0;for(let a=0;this[w]===void 0&&a<Xi.length;a++)t[a]!==Xi[a]&&(this[w]=!1);let o=!1;if(this[w]===!1&&this.zstd!==!1){o=!0;for(let a=0;a<qi.length;a++)if(t[a]!==qi[a]){o=!1;break}}let h=this.brotli===void 0&&!o;if(this[w]===!1&&h)if(t.length<512)if(this[ut])this.brotli=!0;else return this[p]=t,i?.(),!0;else try{new F(t.subarray(0,512)),this.brotli=!1}catch{this.brotli=!0}if(this[w]===void 0||this[w]===!1&&(this.brotli||o)){let a=this[ut];this[ut]=!1,this[w]=this[w]===void 0?new Ue({}):o?new Ke({}):new Ge({}),this[w].on("data",c=>{this[Xs](c)&&this[Xe](c)}),this[w].on("error",c=>{this[$]||this.abort(c)}),this[w].on("end",()=>{this[ut]=!0,this[Xe]()}),this[Yt]=!0,this[le]+=t.length;let l=!!this[w][a?"end":"write"](t);return this[Yt]=!1,i?.(),l}}this[Yt]=!0,this[w]?(this[le]+=t.length,this[w].write(t)):this[Xe](t),this[Yt]=!1;let n=this[st].length>0?!1:this[it]?this[it].flowing:!0;return!n&&this[st].length===0&&this[it]?.once("drain",()=>this.emit("drain")),i?.(),n}[Vi](t){t&&!this[$]&&(this[p]=this[p]?Buffer.concat([this[p],t]):t)}[Qe](){if(this[ut]&&!this[Yi]&&!this[$]&&!this[ae]){this[Yi]=!0;let t=this[Nt];if(t?.blockRemain){let e=this[p]?this[p].length:0;this.warn("TAR_BAD_ARCHIVE",`Truncated input (needed ${t.blockRemain} more bytes, only ${e} available)`,{entry:t}),this[p]&&t.write(this[p]),t.end()}this[At](Je)}}[Xe](t){if(this[ae]&&t)this[Vi](t);else if(!t&&!this[p])this[Qe]();else if(t){if(this[ae]=!0,this[p]){this[Vi](t);let e=this[p];this[p]=void 0,this[qe](e)}else this[qe](t);for(;this[p]&&this[p]?.length>=512&&!this[$]&&!this[ti];){let e=this[p];this[p]=void 0,this[qe](e)}this[ae]=!1}(!this[p]||this[ut])&&this[Qe]()}[qe](t){let e=0,i=t.length;for(;e+512<=i&&!this[$]&&!this[ti];)switch(this[B]){case"begin":case"header":this[Vs](t,e),e+=512;break;case"ignore":case"body":e+=this[Ki](t,e);break;case"meta":e+=this[Ks](t,e);break;default:throw new Error("invalid state: "+this[B])}e<i&&(this[p]=this[p]?Buffer.concat([t.subarray(e),this[p]]):t.subarray(e))}end(t,e,i){return typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e)),i&&this.once("finish",i),this[$]||(this[w]?(t&&(this[le]+=t.length,this[w].write(t)),this[w].end()):(this[ut]=!0,(this.brotli===void 0||this.zstd===void 0)&&(t=t||Buffer.alloc(0)),t&&this.write(t),this[Qe]())),this}};var mt=s=>{let t=s.length-1,e=-1;for(;t>-1&&s.charAt(t)==="/";)e=t,t--;return e===-1?s:s.slice(0,e)};var vn=s=>{let t=s.onReadEntry;s.onReadEntry=t?e=>{t(e),e.resume()}:e=>e.resume()},Qi=(s,t)=>{let e=new Map(t.map(o=>[mt(o),!0])),i=s.filter,r=100,n=(o,h="",a=0)=>{if(a>=r)return e.set(o,!1),!1;let l=h||(0,external_path_namespaceObject.parse)(o).root||".",c;if(o===l)c=!1;else{let d=e.get(o);c=d!==void 0?d:n((0,external_path_namespaceObject.dirname)(o),l,a+1)}return e.set(o,c),c};s.filter=i?(o,h)=>i(o,h)&&n(mt(o)):o=>n(mt(o))},Mn=s=>{let t=new rt(s),e=s.file,i;try{i=external_node_fs_namespaceObject.openSync(e,"r");let r=external_node_fs_namespaceObject.fstatSync(i),n=s.maxReadSize||16*1024*1024;if(r.size<n){let o=Buffer.allocUnsafe(r.size),h=external_node_fs_namespaceObject.readSync(i,o,0,r.size,0);t.end(h===o.byteLength?o:o.subarray(0,h))}else{let o=0,h=Buffer.allocUnsafe(n);for(;o<r.size;){let a=external_node_fs_namespaceObject.readSync(i,h,0,n,o);if(a===0)break;o+=a,t.write(h.subarray(0,a))}t.end()}}finally{if(typeof i=="number")try{external_node_fs_namespaceObject.closeSync(i)}catch{}}},Bn=(s,t)=>{let e=new rt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("end",o),external_node_fs_namespaceObject.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},Ct=K(Mn,Bn,s=>new rt(s),s=>new rt(s),(s,t)=>{t?.length&&Qi(s,t),s.noResume||vn(s)});var Ji=(s,t,e)=>(s&=4095,e&&(s=(s|384)&-19),t&&(s&256&&(s|=64),s&32&&(s|=8),s&4&&(s|=1)),s);var{isAbsolute:zn,parse:qs}=external_node_path_namespaceObject.win32,ce=s=>{let t="",e=qs(s);for(;zn(s)||e.root;){let i=s.charAt(0)==="/"&&s.slice(0,4)!=="//?/"?"/":e.root;s=s.slice(i.length),t+=i,e=qs(s)}return[t,s]};var ei=["|","<",">","?",":"],ji=ei.map(s=>String.fromCodePoint(61440+Number(s.codePointAt(0)))),Un=new Map(ei.map((s,t)=>[s,ji[t]])),Hn=new Map(ji.map((s,t)=>[s,ei[t]])),ts=s=>ei.reduce((t,e)=>t.split(e).join(Un.get(e)),s),Qs=s=>ji.reduce((t,e)=>t.split(e).join(Hn.get(e)),s);var rr=(s,t)=>t?(s=f(s).replace(/^\.(\/|$)/,""),mt(t)+"/"+s):f(s),Wn=16*1024*1024,tr=Symbol("process"),er=Symbol("file"),ir=Symbol("directory"),is=Symbol("symlink"),sr=Symbol("hardlink"),fe=Symbol("header"),ii=Symbol("read"),ss=Symbol("lstat"),si=Symbol("onlstat"),rs=Symbol("onread"),ns=Symbol("onreadlink"),os=Symbol("openfile"),hs=Symbol("onopenfile"),pt=Symbol("close"),ri=Symbol("mode"),as=Symbol("awaitDrain"),es=Symbol("ondrain"),q=Symbol("prefix"),de=class extends A{path;portable;myuid=process.getuid&&process.getuid()||0;myuser=process.env.USER||"";maxReadSize;linkCache;statCache;preservePaths;cwd;strict;mtime;noPax;noMtime;prefix;fd;blockLen=0;blockRemain=0;buf;pos=0;remain=0;length=0;offset=0;win32;absolute;header;type;linkpath;stat;onWriteEntry;#t=!1;constructor(t,e={}){let i=se(e);super(),this.path=f(t),this.portable=!!i.portable,this.maxReadSize=i.maxReadSize||Wn,this.linkCache=i.linkCache||new Map,this.statCache=i.statCache||new Map,this.preservePaths=!!i.preservePaths,this.cwd=f(i.cwd||process.cwd()),this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.mtime=i.mtime,this.prefix=i.prefix?f(i.prefix):void 0,this.onWriteEntry=i.onWriteEntry,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let r=!1;if(!this.preservePaths){let[o,h]=ce(this.path);o&&typeof h=="string"&&(this.path=h,r=o)}this.win32=!!i.win32||process.platform==="win32",this.win32&&(this.path=Qs(this.path.replaceAll(/\\/g,"/")),t=t.replaceAll(/\\/g,"/")),this.absolute=f(i.absolute||external_path_namespaceObject.resolve(this.cwd,t)),this.path===""&&(this.path="./"),r&&this.warn("TAR_ENTRY_INFO",`stripping ${r} from absolute path`,{entry:this,path:r+this.path});let n=this.statCache.get(this.absolute);n?this[si](n):this[ss]()}warn(t,e,i={}){return Dt(this,t,e,i)}emit(t,...e){return t==="error"&&(this.#t=!0),super.emit(t,...e)}[ss](){external_fs_.lstat(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[si](e)})}[si](t){this.statCache.set(this.absolute,t),this.stat=t,t.isFile()||(t.size=0),this.type=Gn(t),this.emit("stat",t),this[tr]()}[tr](){switch(this.type){case"File":return this[er]();case"Directory":return this[ir]();case"SymbolicLink":return this[is]();default:return this.end()}}[ri](t){return Ji(t,this.type==="Directory",this.portable)}[q](t){return rr(t,this.prefix)}[fe](){if(!this.stat)throw new Error("cannot write header before stat");this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this[ri](this.stat.mode),uid:this.portable?void 0:this.stat.uid,gid:this.portable?void 0:this.stat.gid,size:this.stat.size,mtime:this.noMtime?void 0:this.mtime||this.stat.mtime,type:this.type==="Unsupported"?void 0:this.type,uname:this.portable?void 0:this.stat.uid===this.myuid?this.myuser:"",atime:this.portable?void 0:this.stat.atime,ctime:this.portable?void 0:this.stat.ctime}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.header.atime,ctime:this.portable?void 0:this.header.ctime,gid:this.portable?void 0:this.header.gid,mtime:this.noMtime?void 0:this.mtime||this.header.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.header.size,uid:this.portable?void 0:this.header.uid,uname:this.portable?void 0:this.header.uname,dev:this.portable?void 0:this.stat.dev,ino:this.portable?void 0:this.stat.ino,nlink:this.portable?void 0:this.stat.nlink}).encode());let t=this.header?.block;if(!t)throw new Error("failed to encode header");super.write(t)}[ir](){if(!this.stat)throw new Error("cannot create directory entry without stat");this.path.slice(-1)!=="/"&&(this.path+="/"),this.stat.size=0,this[fe](),this.end()}[is](){external_fs_.readlink(this.absolute,(t,e)=>{if(t)return this.emit("error",t);this[ns](e)})}[ns](t){this.linkpath=f(t),this[fe](),this.end()}[sr](t){if(!this.stat)throw new Error("cannot create link entry without stat");this.type="Link",this.linkpath=f(external_path_namespaceObject.relative(this.cwd,t)),this.stat.size=0,this[fe](),this.end()}[er](){if(!this.stat)throw new Error("cannot create file entry without stat");if(this.stat.nlink>1){let t=`${this.stat.dev}:${this.stat.ino}`,e=this.linkCache.get(t);if(e?.indexOf(this.cwd)===0)return this[sr](e);this.linkCache.set(t,this.absolute)}if(this[fe](),this.stat.size===0)return this.end();this[os]()}[os](){external_fs_.open(this.absolute,"r",(t,e)=>{if(t)return this.emit("error",t);this[hs](e)})}[hs](t){if(this.fd=t,this.#t)return this[pt]();if(!this.stat)throw new Error("should stat before calling onopenfile");this.blockLen=512*Math.ceil(this.stat.size/512),this.blockRemain=this.blockLen;let e=Math.min(this.blockLen,this.maxReadSize);this.buf=Buffer.allocUnsafe(e),this.offset=0,this.pos=0,this.remain=this.stat.size,this.length=this.buf.length,this[ii]()}[ii](){let{fd:t,buf:e,offset:i,length:r,pos:n}=this;if(t===void 0||e===void 0)throw new Error("cannot read file without first opening");external_fs_.read(t,e,i,r,n,(o,h)=>{if(o)return this[pt](()=>this.emit("error",o));this[rs](h)})}[pt](t=()=>{}){this.fd!==void 0&&external_fs_.close(this.fd,t)}[rs](t){if(t<=0&&this.remain>0){let r=Object.assign(new Error("encountered unexpected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(t>this.remain){let r=Object.assign(new Error("did not encounter expected EOF"),{path:this.absolute,syscall:"read",code:"EOF"});return this[pt](()=>this.emit("error",r))}if(!this.buf)throw new Error("should have created buffer prior to reading");if(t===this.remain)for(let r=t;r<this.length&&t<this.blockRemain;r++)this.buf[r+this.offset]=0,t++,this.remain++;let e=this.offset===0&&t===this.buf.length?this.buf:this.buf.subarray(this.offset,this.offset+t);this.write(e)?this[es]():this[as](()=>this[es]())}[as](t){this.once("drain",t)}write(t,e,i){if(typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8")),this.blockRemain<t.length){let r=Object.assign(new Error("writing more data than expected"),{path:this.absolute});return this.emit("error",r)}return this.remain-=t.length,this.blockRemain-=t.length,this.pos+=t.length,this.offset+=t.length,super.write(t,null,i)}[es](){if(!this.remain)return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),this[pt](t=>t?this.emit("error",t):this.end());if(!this.buf)throw new Error("buffer lost somehow in ONDRAIN");this.offset>=this.length&&(this.buf=Buffer.allocUnsafe(Math.min(this.blockRemain,this.buf.length)),this.offset=0),this.length=this.buf.length-this.offset,this[ii]()}},ni=class extends de{sync=!0;[ss](){this[si](external_fs_.lstatSync(this.absolute))}[is](){this[ns](external_fs_.readlinkSync(this.absolute))}[os](){this[hs](external_fs_.openSync(this.absolute,"r"))}[ii](){let t=!0;try{let{fd:e,buf:i,offset:r,length:n,pos:o}=this;if(e===void 0||i===void 0)throw new Error("fd and buf must be set in READ method");let h=external_fs_.readSync(e,i,r,n,o);this[rs](h),t=!1}finally{if(t)try{this[pt](()=>{})}catch{}}}[as](t){t()}[pt](t=()=>{}){this.fd!==void 0&&external_fs_.closeSync(this.fd),t()}},oi=class extends A{blockLen=0;blockRemain=0;buf=0;pos=0;remain=0;length=0;preservePaths;portable;strict;noPax;noMtime;readEntry;type;prefix;path;mode;uid;gid;uname;gname;header;mtime;atime;ctime;linkpath;size;onWriteEntry;warn(t,e,i={}){return Dt(this,t,e,i)}constructor(t,e={}){let i=se(e);super(),this.preservePaths=!!i.preservePaths,this.portable=!!i.portable,this.strict=!!i.strict,this.noPax=!!i.noPax,this.noMtime=!!i.noMtime,this.onWriteEntry=i.onWriteEntry,this.readEntry=t;let{type:r}=t;if(r==="Unsupported")throw new Error("writing entry that should be ignored");this.type=r,this.type==="Directory"&&this.portable&&(this.noMtime=!0),this.prefix=i.prefix,this.path=f(t.path),this.mode=t.mode!==void 0?this[ri](t.mode):void 0,this.uid=this.portable?void 0:t.uid,this.gid=this.portable?void 0:t.gid,this.uname=this.portable?void 0:t.uname,this.gname=this.portable?void 0:t.gname,this.size=t.size,this.mtime=this.noMtime?void 0:i.mtime||t.mtime,this.atime=this.portable?void 0:t.atime,this.ctime=this.portable?void 0:t.ctime,this.linkpath=t.linkpath!==void 0?f(t.linkpath):void 0,typeof i.onwarn=="function"&&this.on("warn",i.onwarn);let n=!1;if(!this.preservePaths){let[h,a]=ce(this.path);h&&typeof a=="string"&&(this.path=a,n=h)}this.remain=t.size,this.blockRemain=t.startBlockSize,this.onWriteEntry?.(this),this.header=new F({path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,mode:this.mode,uid:this.portable?void 0:this.uid,gid:this.portable?void 0:this.gid,size:this.size,mtime:this.noMtime?void 0:this.mtime,type:this.type,uname:this.portable?void 0:this.uname,atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime}),n&&this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute path`,{entry:this,path:n+this.path}),this.header.encode()&&!this.noPax&&super.write(new ft({atime:this.portable?void 0:this.atime,ctime:this.portable?void 0:this.ctime,gid:this.portable?void 0:this.gid,mtime:this.noMtime?void 0:this.mtime,path:this[q](this.path),linkpath:this.type==="Link"&&this.linkpath!==void 0?this[q](this.linkpath):this.linkpath,size:this.size,uid:this.portable?void 0:this.uid,uname:this.portable?void 0:this.uname,dev:this.portable?void 0:this.readEntry.dev,ino:this.portable?void 0:this.readEntry.ino,nlink:this.portable?void 0:this.readEntry.nlink}).encode());let o=this.header?.block;if(!o)throw new Error("failed to encode header");super.write(o),t.pipe(this)}[q](t){return rr(t,this.prefix)}[ri](t){return Ji(t,this.type==="Directory",this.portable)}write(t,e,i){typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,typeof e=="string"?e:"utf8"));let r=t.length;if(r>this.blockRemain)throw new Error("writing more to entry than is appropriate");return this.blockRemain-=r,super.write(t,i)}end(t,e,i){return this.blockRemain&&super.write(Buffer.alloc(this.blockRemain)),typeof t=="function"&&(i=t,e=void 0,t=void 0),typeof e=="function"&&(i=e,e=void 0),typeof t=="string"&&(t=Buffer.from(t,e??"utf8")),i&&this.once("finish",i),t?super.end(t,i):super.end(i),this}},Gn=s=>s.isFile()?"File":s.isDirectory()?"Directory":s.isSymbolicLink()?"SymbolicLink":"Unsupported";var hi=class s{tail;head;length=0;static create(t=[]){return new s(t)}constructor(t=[]){for(let e of t)this.push(e)}*[Symbol.iterator](){for(let t=this.head;t;t=t.next)yield t.value}removeNode(t){if(t.list!==this)throw new Error("removing node which does not belong to this list");let e=t.next,i=t.prev;return e&&(e.prev=i),i&&(i.next=e),t===this.head&&(this.head=e),t===this.tail&&(this.tail=i),this.length--,t.next=void 0,t.prev=void 0,t.list=void 0,e}unshiftNode(t){if(t===this.head)return;t.list&&t.list.removeNode(t);let e=this.head;t.list=this,t.next=e,e&&(e.prev=t),this.head=t,this.tail||(this.tail=t),this.length++}pushNode(t){if(t===this.tail)return;t.list&&t.list.removeNode(t);let e=this.tail;t.list=this,t.prev=e,e&&(e.next=t),this.tail=t,this.head||(this.head=t),this.length++}push(...t){for(let e=0,i=t.length;e<i;e++)Yn(this,t[e]);return this.length}unshift(...t){for(var e=0,i=t.length;e<i;e++)Kn(this,t[e]);return this.length}pop(){if(!this.tail)return;let t=this.tail.value,e=this.tail;return this.tail=this.tail.prev,this.tail?this.tail.next=void 0:this.head=void 0,e.list=void 0,this.length--,t}shift(){if(!this.head)return;let t=this.head.value,e=this.head;return this.head=this.head.next,this.head?this.head.prev=void 0:this.tail=void 0,e.list=void 0,this.length--,t}forEach(t,e){e=e||this;for(let i=this.head,r=0;i;r++)t.call(e,i.value,r,this),i=i.next}forEachReverse(t,e){e=e||this;for(let i=this.tail,r=this.length-1;i;r--)t.call(e,i.value,r,this),i=i.prev}get(t){let e=0,i=this.head;for(;i&&e<t;e++)i=i.next;if(e===t&&i)return i.value}getReverse(t){let e=0,i=this.tail;for(;i&&e<t;e++)i=i.prev;if(e===t&&i)return i.value}map(t,e){e=e||this;let i=new s;for(let r=this.head;r;)i.push(t.call(e,r.value,this)),r=r.next;return i}mapReverse(t,e){e=e||this;var i=new s;for(let r=this.tail;r;)i.push(t.call(e,r.value,this)),r=r.prev;return i}reduce(t,e){let i,r=this.head;if(arguments.length>1)i=e;else if(this.head)r=this.head.next,i=this.head.value;else throw new TypeError("Reduce of empty list with no initial value");for(var n=0;r;n++)i=t(i,r.value,n),r=r.next;return i}reduceReverse(t,e){let i,r=this.tail;if(arguments.length>1)i=e;else if(this.tail)r=this.tail.prev,i=this.tail.value;else throw new TypeError("Reduce of empty list with no initial value");for(let n=this.length-1;r;n--)i=t(i,r.value,n),r=r.prev;return i}toArray(){let t=new Array(this.length);for(let e=0,i=this.head;i;e++)t[e]=i.value,i=i.next;return t}toArrayReverse(){let t=new Array(this.length);for(let e=0,i=this.tail;i;e++)t[e]=i.value,i=i.prev;return t}slice(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.head,n=0;for(n=0;r&&n<t;n++)r=r.next;for(;r&&n<e;n++,r=r.next)i.push(r.value);return i}sliceReverse(t=0,e=this.length){e<0&&(e+=this.length),t<0&&(t+=this.length);let i=new s;if(e<t||e<0)return i;t<0&&(t=0),e>this.length&&(e=this.length);let r=this.length,n=this.tail;for(;n&&r>e;r--)n=n.prev;for(;n&&r>t;r--,n=n.prev)i.push(n.value);return i}splice(t,e=0,...i){t>this.length&&(t=this.length-1),t<0&&(t=this.length+t);let r=this.head;for(let o=0;r&&o<t;o++)r=r.next;let n=[];for(let o=0;r&&o<e;o++)n.push(r.value),r=this.removeNode(r);r?r!==this.tail&&(r=r.prev):r=this.tail;for(let o of i)r=Zn(this,r,o);return n}reverse(){let t=this.head,e=this.tail;for(let i=t;i;i=i.prev){let r=i.prev;i.prev=i.next,i.next=r}return this.head=e,this.tail=t,this}};function Zn(s,t,e){let i=t,r=t?t.next:s.head,n=new ue(e,i,r,s);return n.next===void 0&&(s.tail=n),n.prev===void 0&&(s.head=n),s.length++,n}function Yn(s,t){s.tail=new ue(t,s.tail,void 0,s),s.head||(s.head=s.tail),s.length++}function Kn(s,t){s.head=new ue(t,void 0,s.head,s),s.tail||(s.tail=s.head),s.length++}var ue=class{list;next;prev;value;constructor(t,e,i,r){this.list=r,this.value=t,e?(e.next=this,this.prev=e):this.prev=void 0,i?(i.prev=this,this.next=i):this.next=void 0}};var pi=class{path;absolute;entry;stat;readdir;pending=!1;pendingLink=!1;ignore=!1;piped=!1;constructor(t,e){this.path=t||"./",this.absolute=e}},nr=Buffer.alloc(1024),li=Symbol("onStat"),me=Symbol("ended"),W=Symbol("queue"),pe=Symbol("pendingLinks"),Et=Symbol("current"),Ft=Symbol("process"),Ee=Symbol("processing"),ai=Symbol("processJob"),G=Symbol("jobs"),ls=Symbol("jobDone"),ci=Symbol("addFSEntry"),or=Symbol("addTarEntry"),ds=Symbol("stat"),us=Symbol("readdir"),fi=Symbol("onreaddir"),di=Symbol("pipe"),hr=Symbol("entry"),cs=Symbol("entryOpt"),ui=Symbol("writeEntryClass"),lr=Symbol("write"),fs=Symbol("ondrain"),wt=class extends A{sync=!1;opt;cwd;maxReadSize;preservePaths;strict;noPax;prefix;linkCache;statCache;file;portable;zip;readdirCache;noDirRecurse;follow;noMtime;mtime;filter;jobs;[ui];onWriteEntry;[W];[pe]=new Map;[G]=0;[Ee]=!1;[me]=!1;constructor(t={}){if(super(),this.opt=t,this.file=t.file||"",this.cwd=t.cwd||process.cwd(),this.maxReadSize=t.maxReadSize,this.preservePaths=!!t.preservePaths,this.strict=!!t.strict,this.noPax=!!t.noPax,this.prefix=f(t.prefix||""),this.linkCache=t.linkCache||new Map,this.statCache=t.statCache||new Map,this.readdirCache=t.readdirCache||new Map,this.onWriteEntry=t.onWriteEntry,this[ui]=de,typeof t.onwarn=="function"&&this.on("warn",t.onwarn),this.portable=!!t.portable,t.gzip||t.brotli||t.zstd){if((t.gzip?1:0)+(t.brotli?1:0)+(t.zstd?1:0)>1)throw new TypeError("gzip, brotli, zstd are mutually exclusive");if(t.gzip&&(typeof t.gzip!="object"&&(t.gzip={}),this.portable&&(t.gzip.portable=!0),this.zip=new ze(t.gzip)),t.brotli&&(typeof t.brotli!="object"&&(t.brotli={}),this.zip=new We(t.brotli)),t.zstd&&(typeof t.zstd!="object"&&(t.zstd={}),this.zip=new Ye(t.zstd)),!this.zip)throw new Error("impossible");let e=this.zip;e.on("data",i=>super.write(i)),e.on("end",()=>super.end()),e.on("drain",()=>this[fs]()),this.on("resume",()=>e.resume())}else this.on("drain",this[fs]);this.noDirRecurse=!!t.noDirRecurse,this.follow=!!t.follow,this.noMtime=!!t.noMtime,t.mtime&&(this.mtime=t.mtime),this.filter=typeof t.filter=="function"?t.filter:()=>!0,this[W]=new hi,this[G]=0,this.jobs=Number(t.jobs)||4,this[Ee]=!1,this[me]=!1}[lr](t){return super.write(t)}add(t){return this.write(t),this}end(t,e,i){return typeof t=="function"&&(i=t,t=void 0),typeof e=="function"&&(i=e,e=void 0),t&&this.add(t),this[me]=!0,this[Ft](),i&&i(),this}write(t){if(this[me])throw new Error("write after end");return typeof t=="string"?this[ci](t):this[or](t),this.flowing}[or](t){let e=f(external_path_namespaceObject.resolve(this.cwd,t.path));if(!this.filter(t.path,t))t.resume();else{let i=new pi(t.path,e);i.entry=new oi(t,this[cs](i)),i.entry.on("end",()=>this[ls](i)),this[G]+=1,this[W].push(i)}this[Ft]()}[ci](t){let e=f(external_path_namespaceObject.resolve(this.cwd,t));this[W].push(new pi(t,e)),this[Ft]()}[ds](t){t.pending=!0,this[G]+=1;let e=this.follow?"stat":"lstat";external_fs_[e](t.absolute,(i,r)=>{t.pending=!1,this[G]-=1,i?this.emit("error",i):this[li](t,r)})}[li](t,e){if(this.statCache.set(t.absolute,e),t.stat=e,!this.filter(t.path,e))t.ignore=!0;else if(e.isFile()&&e.nlink>1&&!this.linkCache.get(`${e.dev}:${e.ino}`)&&!this.sync)if(t===this[Et])this[ai](t);else{let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);r?r.push(t):this[pe].set(i,[t]),t.pendingLink=!0,t.pending=!0}this[Ft]()}[us](t){t.pending=!0,this[G]+=1,external_fs_.readdir(t.absolute,(e,i)=>{if(t.pending=!1,this[G]-=1,e)return this.emit("error",e);this[fi](t,i)})}[fi](t,e){this.readdirCache.set(t.absolute,e),t.readdir=e,this[Ft]()}[Ft](){if(!this[Ee]){this[Ee]=!0;for(let t=this[W].head;t&&this[G]<this.jobs;t=t.next)if(this[ai](t.value),t.value.ignore){let e=t.next;this[W].removeNode(t),t.next=e}this[Ee]=!1,this[me]&&this[W].length===0&&this[G]===0&&(this.zip?this.zip.end(nr):(super.write(nr),super.end()))}}get[Et](){return this[W]&&this[W].head&&this[W].head.value}[ls](t){this[W].shift(),this[G]-=1;let{stat:e}=t;if(e&&e.isFile()&&e.nlink>1){let i=`${e.dev}:${e.ino}`,r=this[pe].get(i);if(r){this[pe].delete(i);for(let n of r)n.pending=!1,this[ai](n)}}this[Ft]()}[ai](t){if(t.pending&&t.pendingLink&&t===this[Et]&&(t.pending=!1,t.pendingLink=!1),!t.pending){if(t.entry){t===this[Et]&&!t.piped&&this[di](t);return}if(!t.stat){let e=this.statCache.get(t.absolute);e?this[li](t,e):this[ds](t)}if(t.stat&&!t.ignore){if(!this.noDirRecurse&&t.stat.isDirectory()&&!t.readdir){let e=this.readdirCache.get(t.absolute);if(e?this[fi](t,e):this[us](t),!t.readdir)return}if(t.entry=this[hr](t),!t.entry){t.ignore=!0;return}t===this[Et]&&!t.piped&&this[di](t)}}}[cs](t){return{onwarn:(e,i,r)=>this.warn(e,i,r),noPax:this.noPax,cwd:this.cwd,absolute:t.absolute,preservePaths:this.preservePaths,maxReadSize:this.maxReadSize,strict:this.strict,portable:this.portable,linkCache:this.linkCache,statCache:this.statCache,noMtime:this.noMtime,mtime:this.mtime,prefix:this.prefix,onWriteEntry:this.onWriteEntry}}[hr](t){this[G]+=1;try{return new this[ui](t.path,this[cs](t)).on("end",()=>this[ls](t)).on("error",i=>this.emit("error",i))}catch(e){this.emit("error",e)}}[fs](){this[Et]&&this[Et].entry&&this[Et].entry.resume()}[di](t){t.piped=!0,t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)});let e=t.entry,i=this.zip;if(!e)throw new Error("cannot pipe without source");i?e.on("data",r=>{i.write(r)||e.pause()}):e.on("data",r=>{super.write(r)||e.pause()})}pause(){return this.zip&&this.zip.pause(),super.pause()}warn(t,e,i={}){Dt(this,t,e,i)}},kt=class extends wt{sync=!0;constructor(t){super(t),this[ui]=ni}pause(){}resume(){}[ds](t){let e=this.follow?"statSync":"lstatSync";this[li](t,external_fs_[e](t.absolute))}[us](t){this[fi](t,external_fs_.readdirSync(t.absolute))}[di](t){let e=t.entry,i=this.zip;if(t.readdir&&t.readdir.forEach(r=>{let n=t.path,o=n==="./"?"":n.replace(/\/*$/,"/");this[ci](o+r)}),!e)throw new Error("Cannot pipe without source");i?e.on("data",r=>{i.write(r)}):e.on("data",r=>{super[lr](r)})}};var Vn=(s,t)=>{let e=new kt(s),i=new Wt(s.file,{mode:s.mode||438});e.pipe(i),fr(e,t)},$n=(s,t)=>{let e=new wt(s),i=new et(s.file,{mode:s.mode||438});e.pipe(i);let r=new Promise((n,o)=>{i.on("error",o),i.on("close",n),e.on("error",o)});return dr(e,t).catch(n=>e.emit("error",n)),r},fr=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:external_node_path_namespaceObject.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},dr=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:external_node_path_namespaceObject.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>{s.add(i)}}):s.add(e);s.end()},Xn=(s,t)=>{let e=new kt(s);return fr(e,t),e},qn=(s,t)=>{let e=new wt(s);return dr(e,t).catch(i=>e.emit("error",i)),e},Qn=K(Vn,$n,Xn,qn,(s,t)=>{if(!t?.length)throw new TypeError("no paths specified to add to archive")});var Jn=process.env.__FAKE_PLATFORM__||process.platform,Er=Jn==="win32",{O_CREAT:wr,O_NOFOLLOW:ur,O_TRUNC:Sr,O_WRONLY:yr}=external_fs_.constants,Rr=Number(process.env.__FAKE_FS_O_FILENAME__)||external_fs_.constants.UV_FS_O_FILEMAP||0,jn=Er&&!!Rr,to=512*1024,eo=Rr|Sr|wr|yr,mr=!Er&&typeof ur=="number"?ur|Sr|wr|yr:null,ms=mr!==null?()=>mr:jn?s=>s<to?eo:"w":()=>"w";var ps=(s,t,e)=>{try{return external_node_fs_namespaceObject.lchownSync(s,t,e)}catch(i){if(i?.code!=="ENOENT")throw i}},Ei=(s,t,e,i)=>{external_node_fs_namespaceObject.lchown(s,t,e,r=>{i(r&&r?.code!=="ENOENT"?r:null)})},io=(s,t,e,i,r)=>{if(t.isDirectory())Es(external_node_path_namespaceObject.resolve(s,t.name),e,i,n=>{if(n)return r(n);let o=external_node_path_namespaceObject.resolve(s,t.name);Ei(o,e,i,r)});else{let n=external_node_path_namespaceObject.resolve(s,t.name);Ei(n,e,i,r)}},Es=(s,t,e,i)=>{external_node_fs_namespaceObject.readdir(s,{withFileTypes:!0},(r,n)=>{if(r){if(r.code==="ENOENT")return i();if(r.code!=="ENOTDIR"&&r.code!=="ENOTSUP")return i(r)}if(r||!n.length)return Ei(s,t,e,i);let o=n.length,h=null,a=l=>{if(!h){if(l)return i(h=l);if(--o===0)return Ei(s,t,e,i)}};for(let l of n)io(s,l,t,e,a)})},so=(s,t,e,i)=>{t.isDirectory()&&ws(external_node_path_namespaceObject.resolve(s,t.name),e,i),ps(external_node_path_namespaceObject.resolve(s,t.name),e,i)},ws=(s,t,e)=>{let i;try{i=external_node_fs_namespaceObject.readdirSync(s,{withFileTypes:!0})}catch(r){let n=r;if(n?.code==="ENOENT")return;if(n?.code==="ENOTDIR"||n?.code==="ENOTSUP")return ps(s,t,e);throw n}for(let r of i)so(s,r,t,e);return ps(s,t,e)};var Se=class extends Error{path;code;syscall="chdir";constructor(t,e){super(`${e}: Cannot cd into '${t}'`),this.path=t,this.code=e}get name(){return"CwdError"}};var St=class extends Error{path;symlink;syscall="symlink";code="TAR_SYMLINK_ERROR";constructor(t,e){super("TAR_SYMLINK_ERROR: Cannot extract through symbolic link"),this.symlink=t,this.path=e}get name(){return"SymlinkError"}};var no=(s,t)=>{external_node_fs_namespaceObject.stat(s,(e,i)=>{(e||!i.isDirectory())&&(e=new Se(s,e?.code||"ENOTDIR")),t(e)})},gr=(s,t,e)=>{s=f(s);let i=t.umask??18,r=t.mode|448,n=(r&i)!==0,o=t.uid,h=t.gid,a=typeof o=="number"&&typeof h=="number"&&(o!==t.processUid||h!==t.processGid),l=t.preserve,c=t.unlink,d=f(t.cwd),y=(E,x)=>{E?e(E):x&&a?Es(x,o,h,Le=>y(Le)):n?external_node_fs_namespaceObject.chmod(s,r,e):e()};if(s===d)return no(s,y);if(l)return promises_namespaceObject.mkdir(s,{mode:r,recursive:!0}).then(E=>y(null,E??void 0),y);let D=f(external_node_path_namespaceObject.relative(d,s)).split("/");Ss(d,D,r,c,d,void 0,y)},Ss=(s,t,e,i,r,n,o)=>{if(t.length===0)return o(null,n);let h=t.shift(),a=f(external_node_path_namespaceObject.resolve(s+"/"+h));external_node_fs_namespaceObject.mkdir(a,e,br(a,t,e,i,r,n,o))},br=(s,t,e,i,r,n,o)=>h=>{h?external_node_fs_namespaceObject.lstat(s,(a,l)=>{if(a)a.path=a.path&&f(a.path),o(a);else if(l.isDirectory())Ss(s,t,e,i,r,n,o);else if(i)external_node_fs_namespaceObject.unlink(s,c=>{if(c)return o(c);external_node_fs_namespaceObject.mkdir(s,e,br(s,t,e,i,r,n,o))});else{if(l.isSymbolicLink())return o(new St(s,s+"/"+t.join("/")));o(h)}}):(n=n||s,Ss(s,t,e,i,r,n,o))},oo=s=>{let t=!1,e;try{t=external_node_fs_namespaceObject.statSync(s).isDirectory()}catch(i){e=i?.code}finally{if(!t)throw new Se(s,e??"ENOTDIR")}},_r=(s,t)=>{s=f(s);let e=t.umask??18,i=t.mode|448,r=(i&e)!==0,n=t.uid,o=t.gid,h=typeof n=="number"&&typeof o=="number"&&(n!==t.processUid||o!==t.processGid),a=t.preserve,l=t.unlink,c=f(t.cwd),d=E=>{E&&h&&ws(E,n,o),r&&external_node_fs_namespaceObject.chmodSync(s,i)};if(s===c)return oo(c),d();if(a)return d(external_node_fs_namespaceObject.mkdirSync(s,{mode:i,recursive:!0})??void 0);let T=f(external_node_path_namespaceObject.relative(c,s)).split("/"),D;for(let E=T.shift(),x=c;E&&(x+="/"+E);E=T.shift()){x=f(external_node_path_namespaceObject.resolve(x));try{external_node_fs_namespaceObject.mkdirSync(x,i),D=D||x}catch{let Le=external_node_fs_namespaceObject.lstatSync(x);if(Le.isDirectory())continue;if(l){external_node_fs_namespaceObject.unlinkSync(x),external_node_fs_namespaceObject.mkdirSync(x,i),D=D||x;continue}else if(Le.isSymbolicLink())return new St(x,x+"/"+T.join("/"))}}return d(D)};var ys=Object.create(null),Or=1e4,Vt=new Set,Tr=s=>{Vt.has(s)?Vt.delete(s):ys[s]=s.normalize("NFD").toLocaleLowerCase("en").toLocaleUpperCase("en"),Vt.add(s);let t=ys[s],e=Vt.size-Or;if(e>Or/10){for(let i of Vt)if(Vt.delete(i),delete ys[i],--e<=0)break}return t};var ho=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,ao=ho==="win32",lo=s=>s.split("/").slice(0,-1).reduce((e,i)=>{let r=e.at(-1);return r!==void 0&&(i=(0,external_node_path_namespaceObject.join)(r,i)),e.push(i||"/"),e},[]),yi=class{#t=new Map;#i=new Map;#s=new Set;reserve(t,e){t=ao?["win32 parallelization disabled"]:t.map(r=>mt((0,external_node_path_namespaceObject.join)(Tr(r))));let i=new Set(t.map(r=>lo(r)).reduce((r,n)=>r.concat(n)));this.#i.set(e,{dirs:i,paths:t});for(let r of t){let n=this.#t.get(r);n?n.push(e):this.#t.set(r,[e])}for(let r of i){let n=this.#t.get(r);if(!n)this.#t.set(r,[new Set([e])]);else{let o=n.at(-1);o instanceof Set?o.add(e):n.push(new Set([e]))}}return this.#r(e)}#n(t){let e=this.#i.get(t);if(!e)throw new Error("function does not have any path reservations");return{paths:e.paths.map(i=>this.#t.get(i)),dirs:[...e.dirs].map(i=>this.#t.get(i))}}check(t){let{paths:e,dirs:i}=this.#n(t);return e.every(r=>r&&r[0]===t)&&i.every(r=>r&&r[0]instanceof Set&&r[0].has(t))}#r(t){return this.#s.has(t)||!this.check(t)?!1:(this.#s.add(t),t(()=>this.#e(t)),!0)}#e(t){if(!this.#s.has(t))return!1;let e=this.#i.get(t);if(!e)throw new Error("invalid reservation");let{paths:i,dirs:r}=e,n=new Set;for(let o of i){let h=this.#t.get(o);if(!h||h?.[0]!==t)continue;let a=h[1];if(!a){this.#t.delete(o);continue}if(h.shift(),typeof a=="function")n.add(a);else for(let l of a)n.add(l)}for(let o of r){let h=this.#t.get(o),a=h?.[0];if(!(!h||!(a instanceof Set)))if(a.size===1&&h.length===1){this.#t.delete(o);continue}else if(a.size===1){h.shift();let l=h[0];typeof l=="function"&&n.add(l)}else a.delete(t)}return this.#s.delete(t),n.forEach(o=>this.#r(o)),!0}};var Lr=()=>process.umask();var Dr=Symbol("onEntry"),_s=Symbol("checkFs"),Nr=Symbol("checkFs2"),Os=Symbol("isReusable"),P=Symbol("makeFs"),Ts=Symbol("file"),xs=Symbol("directory"),gi=Symbol("link"),Ar=Symbol("symlink"),Ir=Symbol("hardlink"),Re=Symbol("ensureNoSymlink"),Cr=Symbol("unsupported"),Fr=Symbol("checkPath"),Rs=Symbol("stripAbsolutePath"),yt=Symbol("mkdir"),O=Symbol("onError"),Ri=Symbol("pending"),kr=Symbol("pend"),$t=Symbol("unpend"),gs=Symbol("ended"),bs=Symbol("maybeClose"),Ls=Symbol("skip"),ge=Symbol("doChown"),be=Symbol("uid"),_e=Symbol("gid"),Oe=Symbol("checkedCwd"),fo=process.env.TESTING_TAR_FAKE_PLATFORM||process.platform,Te=fo==="win32",uo=1024,mo=(s,t)=>{if(!Te)return external_node_fs_namespaceObject.unlink(s,t);let e=s+".DELETE."+(0,external_node_crypto_namespaceObject.randomBytes)(16).toString("hex");external_node_fs_namespaceObject.rename(s,e,i=>{if(i)return t(i);external_node_fs_namespaceObject.unlink(e,t)})},po=s=>{if(!Te)return external_node_fs_namespaceObject.unlinkSync(s);let t=s+".DELETE."+(0,external_node_crypto_namespaceObject.randomBytes)(16).toString("hex");external_node_fs_namespaceObject.renameSync(s,t),external_node_fs_namespaceObject.unlinkSync(t)},vr=(s,t,e)=>s!==void 0&&s===s>>>0?s:t!==void 0&&t===t>>>0?t:e,Xt=class extends rt{[gs]=!1;[Oe]=!1;[Ri]=0;reservations=new yi;transform;writable=!0;readable=!1;uid;gid;setOwner;preserveOwner;processGid;processUid;maxDepth;forceChown;win32;newer;keep;noMtime;preservePaths;unlink;cwd;strip;processUmask;umask;dmode;fmode;chmod;constructor(t={}){if(t.ondone=()=>{this[gs]=!0,this[bs]()},super(t),this.transform=t.transform,this.chmod=!!t.chmod,typeof t.uid=="number"||typeof t.gid=="number"){if(typeof t.uid!="number"||typeof t.gid!="number")throw new TypeError("cannot set owner without number uid and gid");if(t.preserveOwner)throw new TypeError("cannot preserve owner in archive and also set owner explicitly");this.uid=t.uid,this.gid=t.gid,this.setOwner=!0}else this.uid=void 0,this.gid=void 0,this.setOwner=!1;this.preserveOwner=t.preserveOwner===void 0&&typeof t.uid!="number"?process.getuid?.()===0:!!t.preserveOwner,this.processUid=(this.preserveOwner||this.setOwner)&&process.getuid?process.getuid():void 0,this.processGid=(this.preserveOwner||this.setOwner)&&process.getgid?process.getgid():void 0,this.maxDepth=typeof t.maxDepth=="number"?t.maxDepth:uo,this.forceChown=t.forceChown===!0,this.win32=!!t.win32||Te,this.newer=!!t.newer,this.keep=!!t.keep,this.noMtime=!!t.noMtime,this.preservePaths=!!t.preservePaths,this.unlink=!!t.unlink,this.cwd=f(external_node_path_namespaceObject.resolve(t.cwd||process.cwd())),this.strip=Number(t.strip)||0,this.processUmask=this.chmod?typeof t.processUmask=="number"?t.processUmask:Lr():0,this.umask=typeof t.umask=="number"?t.umask:this.processUmask,this.dmode=t.dmode||511&~this.umask,this.fmode=t.fmode||438&~this.umask,this.on("entry",e=>this[Dr](e))}warn(t,e,i={}){return(t==="TAR_BAD_ARCHIVE"||t==="TAR_ABORT")&&(i.recoverable=!1),super.warn(t,e,i)}[bs](){this[gs]&&this[Ri]===0&&(this.emit("prefinish"),this.emit("finish"),this.emit("end"))}[Rs](t,e){let i=t[e],{type:r}=t;if(!i||this.preservePaths)return!0;let[n,o]=ce(i),h=o.replaceAll(/\\/g,"/").split("/");if(h.includes("..")||Te&&/^[a-z]:\.\.$/i.test(h[0]??"")){if(e==="path"||r==="Link")return this.warn("TAR_ENTRY_ERROR",`${e} contains '..'`,{entry:t,[e]:i}),!1;let a=external_node_path_namespaceObject.posix.dirname(t.path),l=external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(a,h.join("/")));if(l.startsWith("../")||l==="..")return this.warn("TAR_ENTRY_ERROR",`${e} escapes extraction directory`,{entry:t,[e]:i}),!1}return n&&(t[e]=String(o),this.warn("TAR_ENTRY_INFO",`stripping ${n} from absolute ${e}`,{entry:t,[e]:i})),!0}[Fr](t){let e=f(t.path),i=e.split("/");if(this.strip){if(i.length<this.strip)return!1;if(t.type==="Link"){let r=f(String(t.linkpath)).split("/");if(r.length>=this.strip)t.linkpath=r.slice(this.strip).join("/");else return!1}i.splice(0,this.strip),t.path=i.join("/")}if(isFinite(this.maxDepth)&&i.length>this.maxDepth)return this.warn("TAR_ENTRY_ERROR","path excessively deep",{entry:t,path:e,depth:i.length,maxDepth:this.maxDepth}),!1;if(!this[Rs](t,"path")||!this[Rs](t,"linkpath"))return!1;if(t.absolute=external_node_path_namespaceObject.isAbsolute(t.path)?f(external_node_path_namespaceObject.resolve(t.path)):f(external_node_path_namespaceObject.resolve(this.cwd,t.path)),!this.preservePaths&&typeof t.absolute=="string"&&t.absolute.indexOf(this.cwd+"/")!==0&&t.absolute!==this.cwd)return this.warn("TAR_ENTRY_ERROR","path escaped extraction target",{entry:t,path:f(t.path),resolvedPath:t.absolute,cwd:this.cwd}),!1;if(t.absolute===this.cwd&&t.type!=="Directory"&&t.type!=="GNUDumpDir")return!1;if(this.win32){let{root:r}=external_node_path_namespaceObject.win32.parse(String(t.absolute));t.absolute=r+ts(String(t.absolute).slice(r.length));let{root:n}=external_node_path_namespaceObject.win32.parse(t.path);t.path=n+ts(t.path.slice(n.length))}return!0}[Dr](t){if(!this[Fr](t))return t.resume();switch(external_node_assert_namespaceObject.equal(typeof t.absolute,"string"),t.type){case"Directory":case"GNUDumpDir":t.mode&&(t.mode=t.mode|448);case"File":case"OldFile":case"ContiguousFile":case"Link":case"SymbolicLink":return this[_s](t);default:return this[Cr](t)}}[O](t,e){t.name==="CwdError"?this.emit("error",t):(this.warn("TAR_ENTRY_ERROR",t,{entry:e}),this[$t](),e.resume())}[yt](t,e,i){gr(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e},i)}[ge](t){return this.forceChown||this.preserveOwner&&(typeof t.uid=="number"&&t.uid!==this.processUid||typeof t.gid=="number"&&t.gid!==this.processGid)||typeof this.uid=="number"&&this.uid!==this.processUid||typeof this.gid=="number"&&this.gid!==this.processGid}[be](t){return vr(this.uid,t.uid,this.processUid)}[_e](t){return vr(this.gid,t.gid,this.processGid)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=new et(String(t.absolute),{flags:ms(t.size),mode:i,autoClose:!1});r.on("error",a=>{r.fd&&external_node_fs_namespaceObject.close(r.fd,()=>{}),r.write=()=>!0,this[O](a,t),e()});let n=1,o=a=>{if(a){r.fd&&external_node_fs_namespaceObject.close(r.fd,()=>{}),this[O](a,t),e();return}--n===0&&r.fd!==void 0&&external_node_fs_namespaceObject.close(r.fd,l=>{l?this[O](l,t):this[$t](),e()})};r.on("finish",()=>{let a=String(t.absolute),l=r.fd;if(typeof l=="number"&&t.mtime&&!this.noMtime){n++;let c=t.atime||new Date,d=t.mtime;external_node_fs_namespaceObject.futimes(l,c,d,y=>y?external_node_fs_namespaceObject.utimes(a,c,d,T=>o(T&&y)):o())}if(typeof l=="number"&&this[ge](t)){n++;let c=this[be](t),d=this[_e](t);typeof c=="number"&&typeof d=="number"&&external_node_fs_namespaceObject.fchown(l,c,d,y=>y?external_node_fs_namespaceObject.chown(a,c,d,T=>o(T&&y)):o())}o()});let h=this.transform&&this.transform(t)||t;h!==t&&(h.on("error",a=>{this[O](a,t),e()}),t.pipe(h)),h.pipe(r)}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode;this[yt](String(t.absolute),i,r=>{if(r){this[O](r,t),e();return}let n=1,o=()=>{--n===0&&(e(),this[$t](),t.resume())};t.mtime&&!this.noMtime&&(n++,external_node_fs_namespaceObject.utimes(String(t.absolute),t.atime||new Date,t.mtime,o)),this[ge](t)&&(n++,external_node_fs_namespaceObject.chown(String(t.absolute),Number(this[be](t)),Number(this[_e](t)),o)),o()})}[Cr](t){t.unsupported=!0,this.warn("TAR_ENTRY_UNSUPPORTED",`unsupported entry type: ${t.type}`,{entry:t}),t.resume()}[Ar](t,e){let i=f(external_node_path_namespaceObject.relative(this.cwd,external_node_path_namespaceObject.resolve(external_node_path_namespaceObject.dirname(String(t.absolute)),String(t.linkpath)))).split("/");this[Re](t,this.cwd,i,()=>this[gi](t,String(t.linkpath),"symlink",e),r=>{this[O](r,t),e()})}[Ir](t,e){let i=f(external_node_path_namespaceObject.resolve(this.cwd,String(t.linkpath))),r=f(String(t.linkpath)).split("/");this[Re](t,this.cwd,r,()=>this[gi](t,i,"link",e),n=>{this[O](n,t),e()})}[Re](t,e,i,r,n){let o=i.shift();if(this.preservePaths||o===void 0)return r();let h=external_node_path_namespaceObject.resolve(e,o);external_node_fs_namespaceObject.lstat(h,(a,l)=>{if(a)return r();if(l?.isSymbolicLink())return n(new St(h,external_node_path_namespaceObject.resolve(h,i.join("/"))));this[Re](t,h,i,r,n)})}[kr](){this[Ri]++}[$t](){this[Ri]--,this[bs]()}[Ls](t){this[$t](),t.resume()}[Os](t,e){return t.type==="File"&&!this.unlink&&e.isFile()&&e.nlink<=1&&!Te}[_s](t){this[kr]();let e=[t.path];t.linkpath&&e.push(t.linkpath),this.reservations.reserve(e,i=>this[Nr](t,i))}[Nr](t,e){let i=h=>{e(h)},r=()=>{this[yt](this.cwd,this.dmode,h=>{if(h){this[O](h,t),i();return}this[Oe]=!0,n()})},n=()=>{if(t.absolute!==this.cwd){let h=f(external_node_path_namespaceObject.dirname(String(t.absolute)));if(h!==this.cwd)return this[yt](h,this.dmode,a=>{if(a){this[O](a,t),i();return}o()})}o()},o=()=>{external_node_fs_namespaceObject.lstat(String(t.absolute),(h,a)=>{if(a&&(this.keep||this.newer&&a.mtime>(t.mtime??a.mtime))){this[Ls](t),i();return}if(h||this[Os](t,a))return this[P](null,t,i);if(a.isDirectory()){if(t.type==="Directory"){let l=this.chmod&&t.mode&&(a.mode&4095)!==t.mode,c=d=>this[P](d??null,t,i);return l?external_node_fs_namespaceObject.chmod(String(t.absolute),Number(t.mode),c):c()}if(t.absolute!==this.cwd)return external_node_fs_namespaceObject.rmdir(String(t.absolute),l=>this[P](l??null,t,i))}if(t.absolute===this.cwd)return this[P](null,t,i);mo(String(t.absolute),l=>this[P](l??null,t,i))})};this[Oe]?n():r()}[P](t,e,i){if(t){this[O](t,e),i();return}switch(e.type){case"File":case"OldFile":case"ContiguousFile":return this[Ts](e,i);case"Link":return this[Ir](e,i);case"SymbolicLink":return this[Ar](e,i);case"Directory":case"GNUDumpDir":return this[xs](e,i)}}[gi](t,e,i,r){external_node_fs_namespaceObject[i](e,String(t.absolute),n=>{n?this[O](n,t):(this[$t](),t.resume()),r()})}},ye=s=>{try{return[null,s()]}catch(t){return[t,null]}},xe=class extends Xt{sync=!0;[P](t,e){return super[P](t,e,()=>{})}[_s](t){if(!this[Oe]){let n=this[yt](this.cwd,this.dmode);if(n)return this[O](n,t);this[Oe]=!0}if(t.absolute!==this.cwd){let n=f(external_node_path_namespaceObject.dirname(String(t.absolute)));if(n!==this.cwd){let o=this[yt](n,this.dmode);if(o)return this[O](o,t)}}let[e,i]=ye(()=>external_node_fs_namespaceObject.lstatSync(String(t.absolute)));if(i&&(this.keep||this.newer&&i.mtime>(t.mtime??i.mtime)))return this[Ls](t);if(e||this[Os](t,i))return this[P](null,t);if(i.isDirectory()){if(t.type==="Directory"){let o=this.chmod&&t.mode&&(i.mode&4095)!==t.mode,[h]=o?ye(()=>{external_node_fs_namespaceObject.chmodSync(String(t.absolute),Number(t.mode))}):[];return this[P](h,t)}let[n]=ye(()=>external_node_fs_namespaceObject.rmdirSync(String(t.absolute)));this[P](n,t)}let[r]=t.absolute===this.cwd?[]:ye(()=>po(String(t.absolute)));this[P](r,t)}[Ts](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.fmode,r=h=>{let a;try{external_node_fs_namespaceObject.closeSync(n)}catch(l){a=l}(h||a)&&this[O](h||a,t),e()},n;try{n=external_node_fs_namespaceObject.openSync(String(t.absolute),ms(t.size),i)}catch(h){return r(h)}let o=this.transform&&this.transform(t)||t;o!==t&&(o.on("error",h=>this[O](h,t)),t.pipe(o)),o.on("data",h=>{try{external_node_fs_namespaceObject.writeSync(n,h,0,h.length)}catch(a){r(a)}}),o.on("end",()=>{let h=null;if(t.mtime&&!this.noMtime){let a=t.atime||new Date,l=t.mtime;try{external_node_fs_namespaceObject.futimesSync(n,a,l)}catch(c){try{external_node_fs_namespaceObject.utimesSync(String(t.absolute),a,l)}catch{h=c}}}if(this[ge](t)){let a=this[be](t),l=this[_e](t);try{external_node_fs_namespaceObject.fchownSync(n,Number(a),Number(l))}catch(c){try{external_node_fs_namespaceObject.chownSync(String(t.absolute),Number(a),Number(l))}catch{h=h||c}}}r(h)})}[xs](t,e){let i=typeof t.mode=="number"?t.mode&4095:this.dmode,r=this[yt](String(t.absolute),i);if(r){this[O](r,t),e();return}if(t.mtime&&!this.noMtime)try{external_node_fs_namespaceObject.utimesSync(String(t.absolute),t.atime||new Date,t.mtime)}catch{}if(this[ge](t))try{external_node_fs_namespaceObject.chownSync(String(t.absolute),Number(this[be](t)),Number(this[_e](t)))}catch{}e(),t.resume()}[yt](t,e){try{return _r(f(t),{uid:this.uid,gid:this.gid,processUid:this.processUid,processGid:this.processGid,umask:this.processUmask,preserve:this.preservePaths,unlink:this.unlink,cwd:this.cwd,mode:e})}catch(i){return i}}[Re](t,e,i,r,n){if(this.preservePaths||i.length===0)return r();let o=e;for(let h of i){o=external_node_path_namespaceObject.resolve(o,h);let[a,l]=ye(()=>external_node_fs_namespaceObject.lstatSync(o));if(a)return r();if(l.isSymbolicLink())return n(new St(o,external_node_path_namespaceObject.resolve(e,i.join("/"))))}r()}[gi](t,e,i,r){let n=`${i}Sync`;try{external_node_fs_namespaceObject[n](e,String(t.absolute)),r(),t.resume()}catch(o){return this[O](o,t)}}};var Eo=s=>{let t=new xe(s),e=s.file,i=external_node_fs_namespaceObject.statSync(e),r=s.maxReadSize||16*1024*1024;new Be(e,{readSize:r,size:i.size}).pipe(t)},wo=(s,t)=>{let e=new Xt(s),i=s.maxReadSize||16*1024*1024,r=s.file;return new Promise((o,h)=>{e.on("error",h),e.on("close",o),external_node_fs_namespaceObject.stat(r,(a,l)=>{if(a)h(a);else{let c=new _t(r,{readSize:i,size:l.size});c.on("error",h),c.pipe(e)}})})},So=K(Eo,wo,s=>new xe(s),s=>new Xt(s),(s,t)=>{t?.length&&Qi(s,t)});var yo=(s,t)=>{let e=new kt(s),i=!0,r,n;try{try{r=external_node_fs_namespaceObject.openSync(s.file,"r+")}catch(a){if(a?.code==="ENOENT")r=external_node_fs_namespaceObject.openSync(s.file,"w+");else throw a}let o=external_node_fs_namespaceObject.fstatSync(r),h=Buffer.alloc(512);t:for(n=0;n<o.size;n+=512){for(let c=0,d=0;c<512;c+=d){if(d=external_node_fs_namespaceObject.readSync(r,h,c,h.length-c,n+c),n===0&&h[0]===31&&h[1]===139)throw new Error("cannot append to compressed archives");if(!d)break t}let a=new F(h);if(!a.cksumValid)break;let l=512*Math.ceil((a.size||0)/512);if(n+l+512>o.size)break;n+=l,s.mtimeCache&&a.mtime&&s.mtimeCache.set(String(a.path),a.mtime)}i=!1,Ro(s,e,n,r,t)}finally{if(i)try{external_node_fs_namespaceObject.closeSync(r)}catch{}}},Ro=(s,t,e,i,r)=>{let n=new Wt(s.file,{fd:i,start:e});t.pipe(n),bo(t,r)},go=(s,t)=>{t=Array.from(t);let e=new wt(s),i=(n,o,h)=>{let a=(T,D)=>{T?external_node_fs_namespaceObject.close(n,E=>h(T)):h(null,D)},l=0;if(o===0)return a(null,0);let c=0,d=Buffer.alloc(512),y=(T,D)=>{if(T||D===void 0)return a(T);if(c+=D,c<512&&D)return external_node_fs_namespaceObject.read(n,d,c,d.length-c,l+c,y);if(l===0&&d[0]===31&&d[1]===139)return a(new Error("cannot append to compressed archives"));if(c<512)return a(null,l);let E=new F(d);if(!E.cksumValid)return a(null,l);let x=512*Math.ceil((E.size??0)/512);if(l+x+512>o||(l+=x+512,l>=o))return a(null,l);s.mtimeCache&&E.mtime&&s.mtimeCache.set(String(E.path),E.mtime),c=0,external_node_fs_namespaceObject.read(n,d,0,512,l,y)};external_node_fs_namespaceObject.read(n,d,0,512,l,y)};return new Promise((n,o)=>{e.on("error",o);let h="r+",a=(l,c)=>{if(l&&l.code==="ENOENT"&&h==="r+")return h="w+",external_node_fs_namespaceObject.open(s.file,h,a);if(l||!c)return o(l);external_node_fs_namespaceObject.fstat(c,(d,y)=>{if(d)return external_node_fs_namespaceObject.close(c,()=>o(d));i(c,y.size,(T,D)=>{if(T)return o(T);let E=new et(s.file,{fd:c,start:D});e.pipe(E),E.on("error",o),E.on("close",n),_o(e,t)})})};external_node_fs_namespaceObject.open(s.file,h,a)})},bo=(s,t)=>{t.forEach(e=>{e.charAt(0)==="@"?Ct({file:external_node_path_namespaceObject.resolve(s.cwd,e.slice(1)),sync:!0,noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e)}),s.end()},_o=async(s,t)=>{for(let e of t)e.charAt(0)==="@"?await Ct({file:external_node_path_namespaceObject.resolve(String(s.cwd),e.slice(1)),noResume:!0,onReadEntry:i=>s.add(i)}):s.add(e);s.end()},vt=K(yo,go,()=>{throw new TypeError("file is required")},()=>{throw new TypeError("file is required")},(s,t)=>{if(!Bs(s))throw new TypeError("file is required");if(s.gzip||s.brotli||s.zstd||s.file.endsWith(".br")||s.file.endsWith(".tbr"))throw new TypeError("cannot append to compressed archives");if(!t?.length)throw new TypeError("no paths specified to add/replace")});var Oo=K(vt.syncFile,vt.asyncFile,vt.syncNoFile,vt.asyncNoFile,(s,t=[])=>{vt.validate?.(s,t),To(s)}),To=s=>{let t=s.filter;s.mtimeCache||(s.mtimeCache=new Map),s.filter=t?(e,i)=>t(e,i)&&!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0)):(e,i)=>!((s.mtimeCache?.get(e)??i.mtime??0)>(i.mtime??0))};
//# sourceMappingURL=index.min.js.map

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
        throw new EtcdReleaseError(`SHA256SUMS at ${files.sumsUrl} has no line for ${files.tarball}: refusing an unverified tarball (or pin it with etcd-sha256)`);
    if (new Set(found).size > 1)
        throw new EtcdReleaseError(`SHA256SUMS at ${files.sumsUrl} has ${found.length} different lines for ${files.tarball}`);
    return { sha256: found[0], source: 'SHA256SUMS' };
}
/** sha256 (hex) of a file, streamed. */
async function sha256File(path) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_namespaceObject.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws the one-line mismatch error unless the downloaded tarball has the expected sha256. */
async function checkTarball(path, files, expected) {
    const actual = await sha256File(path);
    if (actual !== expected.sha256)
        throw new EtcdReleaseError(`sha256 mismatch for ${files.tarball}: ${expected.source} says ${expected.sha256}, file is ${actual}`);
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/fetch.ts
/**
 * The download → verify → binary check sequence both front ends share. The action plugs in
 * @actions/tool-cache (downloadTool, extractTar, cacheDir); the CLI plugs in fetch and the tar
 * library with its own cache (cli-cache.ts).
 */





/** The one line for a failed download: an HTTP status, a dropped connection, a short body. */
function downloadFailed(url, detail, cause) {
    return new EtcdReleaseError(`download of ${url} failed: ${detail}`, { cause });
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
            expected = sha256FromSums(await (0,promises_namespaceObject.readFile)(sums, 'utf8'), files);
        }
        finally {
            await (0,promises_namespaceObject.rm)(sums, { force: true });
        }
    }
    logger.info(`Downloading ${files.tarballUrl}`);
    const tarball = await download(files.tarballUrl);
    try {
        await checkTarball(tarball, files, expected);
    }
    catch (error) {
        await (0,promises_namespaceObject.rm)(tarball, { force: true });
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
        found = findEtcd(`${dir}/etcd`);
    }
    catch (error) {
        if (!(error instanceof InputError))
            throw error;
        throw new EtcdReleaseError(`${files.tarball}: ${errorMessage(error)}`, { cause: error });
    }
    if (found.version !== files.version)
        throw new EtcdReleaseError(`${files.tarball} holds etcd ${found.version}, not ${files.version}: refusing it`);
    return found;
}

;// CONCATENATED MODULE: external "node:stream/promises"
const external_node_stream_promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/promises");
;// CONCATENATED MODULE: ./src/lib/etcd-release/http-download.ts






/**
 * The CLI's downloads: Node's fetch (redirects followed, as GitHub release URLs need) into new
 * files under `dir`. A body shorter than its Content-Length is a failed download.
 */
function httpDownload(dir) {
    let n = 0;
    return async (url) => {
        const dest = (0,external_node_path_namespaceObject.join)(dir, `download-${++n}`);
        let response;
        try {
            response = await fetch(url, { redirect: 'follow' });
        }
        catch (error) {
            const cause = error.cause;
            throw downloadFailed(url, errorMessage(cause ?? error), error);
        }
        if (!response.ok || response.body === null)
            throw downloadFailed(url, `HTTP ${response.status} ${response.statusText}`.trim());
        const header = response.headers.get('content-length');
        const declared = header === null ? undefined : Number(header);
        let bytes = 0;
        const count = new external_node_stream_namespaceObject.Transform({
            transform(chunk, _encoding, done) {
                bytes += chunk.length;
                done(null, chunk);
            }
        });
        const short = () => `cut short after ${bytes}${declared === undefined ? '' : ` of ${declared}`} bytes`;
        try {
            await (0,external_node_stream_promises_namespaceObject.pipeline)(external_node_stream_namespaceObject.Readable.fromWeb(response.body), count, (0,external_node_fs_namespaceObject.createWriteStream)(dest, { mode: 0o600 }));
        }
        catch (error) {
            throw downloadFailed(url, `${short()} (${errorMessage(error)})`, error);
        }
        if (declared !== undefined && bytes !== declared)
            throw downloadFailed(url, short());
        return dest;
    };
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/cli-cache.ts









/** `$XDG_CACHE_HOME/etcd-restore`, or `~/.cache/etcd-restore`. */
function etcdCacheRoot(env = process.env) {
    const base = env.XDG_CACHE_HOME?.startsWith('/') ? env.XDG_CACHE_HOME : (0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.homedir)(), '.cache');
    return (0,external_node_path_namespaceObject.join)(base, 'etcd-restore');
}
/**
 * The etcd server of an official release, from `<root>/etcd/<version>/<arch>/` or else downloaded
 * from `mirror`, verified, extracted in a staging folder beside it and renamed into place: the
 * cache only ever holds whole, verified releases. A cached release that no longer runs is
 * fetched again.
 */
async function installRelease(options) {
    const root = options.root ?? etcdCacheRoot();
    const files = releaseFiles(options.mirror, options.version, releaseArch());
    const final = (0,external_node_path_namespaceObject.join)(root, 'etcd', files.version, files.arch);
    if ((0,external_node_fs_namespaceObject.existsSync)(final)) {
        try {
            const cached = releaseServer(final, files);
            options.logger.info(`etcd ${files.version}: found in ${final}`);
            return { ...cached, downloaded: false };
        }
        catch (error) {
            options.logger.warn(`${final} is unusable (${errorMessage(error)}): fetching it again`);
            await (0,promises_namespaceObject.rm)(final, { recursive: true, force: true });
        }
    }
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(root, 'etcd'), { recursive: true });
    const staging = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(root, 'etcd', '.staging-'));
    try {
        const tarball = await downloadVerified(files, options.pin, httpDownload(staging), options.logger);
        const out = (0,external_node_path_namespaceObject.join)(staging, 'x');
        await (0,promises_namespaceObject.mkdir)(out);
        await So({ file: tarball.path, cwd: out, strict: true }).catch((error) => {
            throw new EtcdReleaseError(`cannot extract ${files.tarball}: ${errorMessage(error)}`);
        });
        const dir = (0,external_node_path_namespaceObject.join)(out, files.topDir);
        releaseServer(dir, files);
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.join)(root, 'etcd', files.version), { recursive: true });
        try {
            await (0,promises_namespaceObject.rename)(dir, final);
        }
        catch (error) {
            // Another process cached the same release first: use that one.
            if (!(0,external_node_fs_namespaceObject.existsSync)(final))
                throw error;
        }
        options.logger.info(`etcd ${files.version}: verified and cached in ${final}`);
        return { ...releaseServer(final, files), downloaded: true };
    }
    finally {
        await (0,promises_namespaceObject.rm)(staging, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/cluster-version.ts










/**
 * The `cluster` bucket's clusterVersion (`3.5.0`) of a snapshot: what `etcd-version: auto`
 * follows. Two point reads on a plain file; a gzip/zstd snapshot is decompressed to a temporary
 * file first (bbolt pages need positional reads). The full checks are the restore's job.
 */
async function snapshotClusterVersion(path) {
    const { compression, size } = await cluster_version_sniff(path);
    if (compression === 'none')
        return readClusterVersion(path, size % 512 === TRAILER_BYTES ? size - TRAILER_BYTES : size);
    const scratch = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)((0,external_node_os_namespaceObject.tmpdir)(), 'etcd-restore-version-'));
    try {
        const db = (0,external_node_path_namespaceObject.join)(scratch, 'db');
        const copy = await copyAndVerify(path, db, { skipHashCheck: true, fsync: false });
        return readClusterVersion(db, copy.dbSize);
    }
    finally {
        await (0,promises_namespaceObject.rm)(scratch, { recursive: true, force: true });
    }
}
function readClusterVersion(path, dbSize) {
    const source = FileByteFile.open(path, { writable: false });
    try {
        const value = BoltDb.open(limitByteSource(source, dbSize))
            .bucket(Buckets.cluster)
            ?.get(ClusterKeys.clusterVersion);
        return value === undefined ? undefined : new TextDecoder().decode(value);
    }
    catch (error) {
        if (error instanceof errors_SnapshotError)
            throw new errors_SnapshotError(`cannot read the cluster version of snapshot ${path}: ${errorMessage(error)}`);
        throw error;
    }
    finally {
        source.close();
    }
}
async function cluster_version_sniff(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r').catch((error) => {
        throw new errors_SnapshotError(`cannot read snapshot ${path}: ${error.message}`);
    });
    try {
        const head = Buffer.alloc(MAGIC_BYTES);
        const { bytesRead } = await handle.read(head, 0, MAGIC_BYTES, 0);
        const size = (await handle.stat()).size;
        return { compression: detectCompression(head.subarray(0, bytesRead)), size };
    }
    finally {
        await handle.close();
    }
}
/** The release to fetch: the one asked for, or `auto`'s pick for the snapshot. */
async function resolveRelease(spec, snapshotPath) {
    if (spec !== 'auto')
        return spec.version;
    return autoRelease(await snapshotClusterVersion(snapshotPath), snapshotPath);
}

;// CONCATENATED MODULE: ./src/lib/etcd-release/cli.ts




/**
 * `drill --etcd-version V|auto [--etcd-mirror URL] [--etcd-sha256 H]`: the path of that official
 * release's etcd in the CLI's cache (downloaded and verified when missing); undefined without
 * --etcd-version.
 */
async function releaseEtcdPath(flags, snapshotPath, logger) {
    const value = flags.get('etcd-version');
    if (value === undefined) {
        for (const flag of ['etcd-mirror', 'etcd-sha256'])
            if (flags.has(flag))
                throw new InputError(`--${flag} needs --etcd-version`);
        return undefined;
    }
    if (flags.has('etcd-path'))
        throw new InputError('set at most one of --etcd-path and --etcd-version');
    const spec = parseEtcdVersion(value, '--etcd-version');
    const pinned = flags.get('etcd-sha256');
    if (pinned !== undefined && spec === 'auto')
        throw new InputError('--etcd-sha256 pins one tarball: give --etcd-version its release, not auto');
    const mirror = parseMirror(flags.get('etcd-mirror') ?? DEFAULT_ETCD_MIRROR, '--etcd-mirror');
    const version = await resolveRelease(spec, snapshotPath);
    if (spec === 'auto')
        logger.info(`--etcd-version auto: etcd ${version} for ${snapshotPath}`);
    const installed = await installRelease({
        version,
        mirror,
        ...(pinned === undefined
            ? {}
            : { pin: { sha256: parseSha256(pinned, '--etcd-sha256'), source: '--etcd-sha256' } }),
        logger
    });
    return installed.path;
}

;// CONCATENATED MODULE: ./src/cli/commands/drill.ts












const FORMATS = ['simple', 'json', 'markdown'];
const drill_flags = [
    {
        name: 'out-dir',
        kind: 'string',
        help: 'restore every member of --initial-cluster, each into <out-dir>/<name> (required)'
    },
    {
        name: 'members',
        kind: 'string',
        help: 'comma-separated names to produce (the drill then boots a loopback twin of the whole cluster)',
        defaultText: 'all'
    },
    {
        name: 'wal-dir',
        kind: 'string',
        help: "separate WAL folder root: each member's WAL goes to <wal-dir>/<name>"
    },
    {
        name: 'etcd-path',
        kind: 'string',
        help: 'etcd server binary to boot the restored cluster with',
        defaultText: 'etcd on PATH'
    },
    {
        name: 'etcd-version',
        kind: 'string',
        help: "boot the official etcd release X.Y.Z (or auto: the newest known patch of the snapshot's cluster version line), downloaded, sha256-verified and cached under $XDG_CACHE_HOME/etcd-restore"
    },
    {
        name: 'etcd-mirror',
        kind: 'string',
        help: 'base URL of the etcd release files (<mirror>/v<V>/etcd-v<V>-linux-<arch>.tar.gz, <mirror>/v<V>/SHA256SUMS)',
        defaultText: DEFAULT_ETCD_MIRROR
    },
    {
        name: 'etcd-sha256',
        kind: 'string',
        help: 'expected sha256 of the --etcd-version tarball (then SHA256SUMS is not fetched)'
    },
    {
        name: 'max-age',
        kind: 'string',
        help: 'fail when the snapshot file is older than this (e.g. 26h, 90m, 1h30m, 7d)'
    },
    {
        name: 'user',
        kind: 'string',
        help: 'name[:password] to log in with when the snapshot has auth enabled (as etcdctl; or ETCDCTL_USER); without, the drill boots its copies with auth off'
    },
    {
        name: 'password',
        kind: 'string',
        help: 'password for --user (then --user is the whole name; or ETCDCTL_PASSWORD)'
    },
    { name: 'report', kind: 'string', help: 'also write the JSON drill report to this file' },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: `output format: ${FORMATS.join(', ')}`,
        defaultText: 'simple'
    },
    ...restoreFlags
];
const drill_help = `Proves a snapshot restores: restores every member into --out-dir, boots the result with a real
etcd on 127.0.0.1, and checks that it serves the snapshot's revision, HashKV (computed offline),
key count, members and cluster ID, takes a write and keeps it across a restart. With peer URLs
that are not http://127.0.0.1:<port> (the production case) the output is restored as asked and
a loopback twin of it is booted instead. Exit code 0 when every check passes, 5 when one fails.

Usage:
  etcd-restore drill <filename> --out-dir D --initial-cluster IC --initial-cluster-token T [flags]

Flags:
${flagHelp(drill_flags)}
`;
const drillCommand = {
    path: ['drill'],
    summary: 'restore, boot with real etcd and verify (a restore drill)',
    async run(argv) {
        const parsed = parseFlags(argv, drill_flags);
        if (parsed.help) {
            process.stdout.write(drill_help);
            return 0;
        }
        if (!parsed.strings.has('out-dir'))
            throw new InputError('drill needs --out-dir (where the restored members go)');
        const format = writeOut(parsed, FORMATS);
        const maxAge = parsed.strings.get('max-age');
        const options = restoreOptionsFromFlags(parsed.positionals, parsed.strings, parsed.booleans);
        const etcdPath = (await releaseEtcdPath(parsed.strings, options.snapshotPath, stderrLogger())) ??
            parsed.strings.get('etcd-path');
        const credentials = drillCredentials(parsed.strings, process.env);
        const report = await runDrill({
            ...options,
            ...(etcdPath === undefined ? {} : { etcdPath }),
            ...(credentials === undefined ? {} : { credentials }),
            ...(maxAge === undefined ? {} : { maxAgeMs: parseDuration(maxAge) }),
            logger: stderrLogger()
        });
        const reportPath = parsed.strings.get('report');
        if (reportPath !== undefined)
            await writeJson(reportPath, report);
        process.stdout.write(format === 'json'
            ? `${JSON.stringify(report, null, 2)}\n`
            : format === 'markdown'
                ? renderDrillMarkdown(report)
                : renderDrill(report));
        if (!report.passed) {
            const failures = report.checks
                .filter((c) => !c.ok)
                .map((c) => `  ${c.name}: expected ${c.expected}, got ${c.actual}`);
            throw new VerificationError(`restore drill failed:\n${failures.join('\n')}`);
        }
        return 0;
    }
};
/**
 * etcdctl's rules for --user/--password, without its prompt (a drill runs unattended): with
 * --password (or ETCDCTL_PASSWORD) the user is the whole --user value, else name:password. The
 * flags win over ETCDCTL_USER/ETCDCTL_PASSWORD.
 */
function drillCredentials(strings, env) {
    const user = strings.get('user') ?? env.ETCDCTL_USER;
    const password = strings.get('password') ?? env.ETCDCTL_PASSWORD;
    if (user === undefined) {
        if (strings.has('password'))
            throw new InputError('--password needs --user');
        return undefined;
    }
    if (password !== undefined) {
        if (user === '')
            throw new InputError('--user names no user');
        return { user, password };
    }
    const colon = user.indexOf(':');
    if (colon < 0) {
        throw new InputError('--user has no password: give --user <name>:<password>, --password, or ETCDCTL_PASSWORD (a drill does not prompt)');
    }
    if (colon === 0)
        throw new InputError('--user names no user before the ":"');
    return { user: user.slice(0, colon), password: user.slice(colon + 1) };
}
/** The simple table's width: the terminal's, or 100 columns when stdout is not a terminal. */
function outputWidth() {
    return process.stdout.isTTY && process.stdout.columns > 0 ? process.stdout.columns : 100;
}
/** Lines of a check's result in the simple table; the JSON and Markdown reports keep it whole. */
const MAX_RESULT_LINES = 3;
/**
 * Words of `text` in lines of at most `width` characters (a longer word is cut), at most
 * MAX_RESULT_LINES of them, the last ending in "…" when text was left out.
 */
function wrapCell(text, width) {
    const lines = [];
    let line = '';
    for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
        let rest = word;
        while (rest !== '') {
            const room = line === '' ? width : width - line.length - 1;
            if (rest.length <= room) {
                line = line === '' ? rest : `${line} ${rest}`;
                rest = '';
            }
            else if (line !== '' && (rest.length <= width || room < 8)) {
                lines.push(line);
                line = '';
            }
            else {
                // a word longer than a line: fill this one and go on with the rest of the word
                lines.push(line === '' ? rest.slice(0, room) : `${line} ${rest.slice(0, room)}`);
                line = '';
                rest = rest.slice(room);
            }
        }
    }
    if (line !== '')
        lines.push(line);
    if (lines.length <= MAX_RESULT_LINES)
        return lines;
    const kept = lines.slice(0, MAX_RESULT_LINES);
    kept[MAX_RESULT_LINES - 1] = `${kept[MAX_RESULT_LINES - 1].slice(0, width - 1)}…`;
    return kept;
}
/** The human form: verdict, facts, one row per check (wrapped to `width`), timings. */
function renderDrill(report, width = outputWidth()) {
    const lines = [report.verdict, `age        ${report.age.message}`];
    if (report.snapshot !== null) {
        const s = report.snapshot;
        lines.push(`snapshot   ${s.path}: revision ${s.revision}, compacted at ${s.compactRevision}` +
            (s.hashKV ? `, hashkv ${s.hashKV.hash}` : ''));
    }
    if (report.restore !== null) {
        lines.push(`restored   cluster ${report.restore.clusterId}: ${report.restore.members.map((m) => `${m.name} ${m.id} → ${m.dataDir}`).join(', ')}`);
    }
    if (report.twin !== undefined)
        lines.push(`twin       ${report.twin.reason}`, `           ${report.twin.note}`);
    if (report.etcd !== null)
        lines.push(`etcd       ${report.etcd.version} (${report.etcd.path})`);
    for (const note of report.notes)
        lines.push(`note       ${note}`);
    lines.push('');
    const nameWidth = Math.max(5, ...report.checks.map((c) => c.name.length));
    const msWidth = Math.max(2, ...report.checks.map((c) => String(c.ms).length));
    // ok/FAIL, name and ms columns, two spaces between columns; the result gets the rest
    const resultWidth = Math.max(20, width - (4 + nameWidth + msWidth + 3 * 2));
    let cut = false;
    const rows = report.checks.flatMap((c) => {
        const result = c.ok ? c.actual : `${c.actual} (expected ${c.expected})`;
        const wrapped = wrapCell(result, resultWidth);
        if (wrapped.at(-1)?.endsWith('…') === true && !result.endsWith('…'))
            cut = true;
        return wrapped.map((line, i) => i === 0 ? [c.ok ? 'ok' : 'FAIL', c.name, line, `${c.ms}`] : ['', '', line, '']);
    });
    lines.push(textTable(['', 'CHECK', 'RESULT', 'MS'], rows));
    if (cut)
        lines.push('(results cut to fit: the whole text is in --report and -w json/markdown)');
    lines.push(`timings    ${Object.entries(report.durationsMs)
        .map(([k, v]) => `${k} ${v} ms`)
        .join(', ')}`);
    return lines.join('\n').replace(/\n*$/, '\n');
}
async function writeJson(path, report) {
    await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(path), { recursive: true });
    const tmp = `${path}.tmp-${process.pid}`;
    await (0,promises_namespaceObject.writeFile)(tmp, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o644 });
    await (0,promises_namespaceObject.rename)(tmp, path);
}

;// CONCATENATED MODULE: ./src/lib/inventory/diff.ts
const DEFAULT_MAX_DROP_PERCENT = 10;
const DEFAULT_MIN_KEYS = 50;
function change(name, old, now) {
    return { name, old, new: now, changePercent: old === 0 ? null : ((now - old) / old) * 100 };
}
/** `−40%`, `+2.5%`, `new`: one decimal at most, a real minus sign. */
function formatChange(c) {
    if (c.changePercent === null)
        return c.new === 0 ? '0%' : 'new';
    const rounded = Math.round(c.changePercent * 10) / 10;
    if (rounded === 0)
        return c.old === c.new ? '0%' : '±0%';
    return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded)}%`;
}
/** `v1/Pod 1000 → 600 (−40%)` */
function changeLine(c) {
    return `${c.name} ${c.old} → ${c.new} (${formatChange(c)})`;
}
/** Kinds keyed by group and kind; named by their apiVersion(s). */
function kindGroups(inv) {
    const groups = new Map();
    for (const k of inv.kinds) {
        const slash = k.apiVersion.lastIndexOf('/');
        const key = `${slash === -1 ? '' : k.apiVersion.slice(0, slash)}\0${k.kind}`;
        const group = groups.get(key) ?? { versions: new Set(), keys: 0 };
        group.versions.add(k.apiVersion);
        group.keys += k.keys;
        groups.set(key, group);
    }
    return groups;
}
function kindChanges(old, now) {
    const before = kindGroups(old);
    const after = kindGroups(now);
    return [...new Set([...before.keys(), ...after.keys()])].map((key) => {
        const kind = key.slice(key.indexOf('\0') + 1);
        const versions = [
            ...new Set([...(before.get(key)?.versions ?? []), ...(after.get(key)?.versions ?? [])])
        ];
        const name = versions.length === 1 && versions[0] !== ''
            ? `${versions[0]}/${kind}`
            : versions.length === 1
                ? kind
                : `${kind} (${versions.join(', ')})`;
        return change(name, before.get(key)?.keys ?? 0, after.get(key)?.keys ?? 0);
    });
}
function namedChanges(old, now) {
    return [...new Set([...old.keys(), ...now.keys()])].map((name) => change(name, old.get(name) ?? 0, now.get(name) ?? 0));
}
const byOldKeys = (a, b) => b.old - a.old || b.new - a.new || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
/** The diff of `old` → `now` and its verdict. */
function diffInventories(old, now, options = {}) {
    const maxDropPercent = options.maxDropPercent ?? DEFAULT_MAX_DROP_PERCENT;
    const minKeys = options.minKeys ?? DEFAULT_MIN_KEYS;
    const kinds = kindChanges(old, now).sort(byOldKeys);
    const prefixes = namedChanges(new Map(old.prefixes.map((p) => [p.prefix, p.keys])), new Map(now.prefixes.map((p) => [p.prefix, p.keys]))).sort(byOldKeys);
    const providers = (inv) => new Map(Object.entries(inv.encrypted.providers).map(([p, n]) => [`encrypted/${p}`, n]));
    const encrypted = [
        change('encrypted', old.encrypted.keys, now.encrypted.keys),
        ...namedChanges(providers(old), providers(now)).sort(byOldKeys)
    ];
    const liveKeys = change('live keys', old.liveKeys, now.liveKeys);
    const dropped = (c) => c.changePercent !== null && c.changePercent < 0 && -c.changePercent > maxDropPercent;
    const failures = [];
    if (now.revision < old.revision)
        failures.push(`revision went backwards: ${old.revision} → ${now.revision} (an older backup, or another cluster's)`);
    if (dropped(liveKeys))
        failures.push(changeLine(liveKeys));
    for (const c of kinds) {
        if (c.old > 0 && c.new === 0)
            failures.push(`${changeLine(c)}: the kind vanished`);
        else if (c.old >= minKeys && dropped(c))
            failures.push(changeLine(c));
    }
    for (const c of prefixes)
        if (c.old >= minKeys && dropped(c))
            failures.push(changeLine(c));
    const total = encrypted[0];
    if (total.old > 0 && total.new === 0)
        failures.push(`${changeLine(total)}: no value is encrypted at rest any more`);
    else if (total.old >= minKeys && dropped(total))
        failures.push(changeLine(total));
    return {
        passed: failures.length === 0,
        failures,
        maxDropPercent,
        minKeys,
        revision: { old: old.revision, new: now.revision },
        liveKeys,
        bytes: change('bytes', old.bytes, now.bytes),
        kinds,
        prefixes,
        encrypted
    };
}
/** Parses `10%`, `10` or `2.5%` into percent (0-100). */
function parsePercent(text) {
    const match = /^\s*([0-9]+(?:\.[0-9]+)?)\s*%?\s*$/.exec(text);
    if (!match)
        return undefined;
    const value = Number(match[1]);
    return value <= 100 ? value : undefined;
}

;// CONCATENATED MODULE: ./src/cli/inventory-render.ts




/** A prefix as printed: the empty prefix (keys without a `/`) needs a name. */
const prefixLabel = (prefix) => (prefix === '' ? '(no folder)' : prefix);
const providers = (inv) => Object.entries(inv.encrypted.providers)
    .map(([p, n]) => `${p} ${n}`)
    .join(', ');
/** `snapshot inventory -w simple`: one line per group. */
function inventorySimple(inv) {
    const lines = [
        `revision ${inv.revision} (compacted at ${inv.compactRevision}), ${inv.liveKeys} live keys, ${formatBytes(inv.bytes)}`,
        ...inv.kinds.map((k) => `kind ${kindName(k)}: ${k.keys} keys, ${formatBytes(k.bytes)}`),
        ...inv.prefixes.map((p) => `prefix ${prefixLabel(p.prefix)}: ${p.keys} keys, ${formatBytes(p.bytes)}`),
        ...inv.namespaces.map((n) => `namespace ${n.namespace}: ${n.keys} keys`),
        `encrypted: ${inv.encrypted.keys} keys${inv.encrypted.keys > 0 ? ` (${providers(inv)})` : ''}`,
        `other: ${inv.other.keys} keys, ${formatBytes(inv.other.bytes)}`,
        ...inv.largest.map((l) => `largest ${l.key}: ${formatBytes(l.bytes)}`)
    ];
    return lines.join('\n') + '\n';
}
/** `snapshot inventory -w table`: one table per grouping. */
function inventoryTable(inv) {
    return [
        textTable(['REVISION', 'COMPACT REVISION', 'LIVE KEYS', 'SIZE', 'ENCRYPTED', 'OTHER'], [
            [
                `${inv.revision}`,
                `${inv.compactRevision}`,
                `${inv.liveKeys}`,
                formatBytes(inv.bytes),
                inv.encrypted.keys > 0 ? `${inv.encrypted.keys} (${providers(inv)})` : '0',
                `${inv.other.keys}`
            ]
        ]),
        textTable(['KIND', 'KEYS', 'SIZE'], inv.kinds.map((k) => [kindName(k), `${k.keys}`, formatBytes(k.bytes)])),
        textTable(['PREFIX', 'KEYS', 'SIZE'], inv.prefixes.map((p) => [prefixLabel(p.prefix), `${p.keys}`, formatBytes(p.bytes)])),
        textTable(['NAMESPACE', 'KEYS'], inv.namespaces.map((n) => [n.namespace, `${n.keys}`])),
        textTable(['LARGEST KEY', 'SIZE'], inv.largest.map((l) => [l.key, formatBytes(l.bytes)]))
    ].join('\n');
}
const rows = (changes, all, label = (n) => n) => changes
    .filter((c) => all || c.old !== c.new)
    .map((c) => [label(c.name), `${c.old}`, `${c.new}`, formatChange(c)]);
function inventory_render_verdict(diff) {
    const rule = `max drop ${diff.maxDropPercent}%, min keys ${diff.minKeys}`;
    if (diff.passed)
        return `PASS (${rule})\n`;
    return `FAIL (${rule}):\n${diff.failures.map((f) => `  ${f}`).join('\n')}\n`;
}
/** `snapshot diff -w simple|table`: simple shows what changed, table every group. */
function diffText(diff, format) {
    const all = format === 'table';
    const head = [
        `revision ${diff.revision.old} → ${diff.revision.new}`,
        `live keys ${diff.liveKeys.old} → ${diff.liveKeys.new} (${formatChange(diff.liveKeys)})`,
        `bytes ${formatBytes(diff.bytes.old)} → ${formatBytes(diff.bytes.new)} (${formatChange(diff.bytes)})`,
        ''
    ].join('\n');
    const tables = [
        ['KIND', rows(diff.kinds, all)],
        ['PREFIX', rows(diff.prefixes, all, prefixLabel)],
        ['ENCRYPTED', rows(diff.encrypted, all)]
    ];
    const body = tables
        .filter(([, r]) => r.length > 0)
        .map(([title, r]) => textTable([title, 'OLD', 'NEW', 'CHANGE'], r))
        .join('\n');
    const unchanged = !all && body === '' ? 'no kind, prefix or encryption changed\n' : '';
    return `${head}${body}${unchanged}\n${inventory_render_verdict(diff)}`;
}

;// CONCATENATED MODULE: ./src/cli/commands/inventory.ts





const depthFlag = {
    name: 'depth',
    kind: 'string',
    help: 'folders that group a key outside /registry',
    defaultText: '1'
};
/** --depth: 1-64 folders; undefined when not given. */
function depthOf(parsed) {
    const text = parsed.strings.get('depth');
    if (text === undefined)
        return undefined;
    if (!/^[0-9]{1,2}$/.test(text) || Number(text) < 1 || Number(text) > 64)
        throw new InputError(`invalid value "${text}" for --depth: want 1 to 64 folders`);
    return Number(text);
}
const inventory_flags = [
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    },
    depthFlag
];
const inventory_help = `Counts what a snapshot holds at its latest revision: live keys and bytes by Kubernetes kind
(protobuf envelope or JSON apiVersion/kind), by prefix (/registry/<resource>/ and
/registry/<group>/<resource>/; other keys by their first --depth folders), by namespace, values
encrypted at rest by provider, and the 10 largest keys. One pass over the key history.

Usage:
  etcd-restore snapshot inventory <filename> [-w simple|table|json] [--depth N]

Flags:
${flagHelp(inventory_flags)}
`;
const inventoryCommand = {
    path: ['snapshot', 'inventory'],
    summary: 'count keys by Kubernetes kind, prefix and namespace',
    async run(argv) {
        const parsed = parseFlags(argv, inventory_flags);
        if (parsed.help) {
            process.stdout.write(inventory_help);
            return 0;
        }
        const format = writeOut(parsed, ['simple', 'table', 'json']);
        const depth = depthOf(parsed);
        const path = snapshotArgument(parsed, 'snapshot inventory');
        const inventory = await inspectSnapshot(path, (db) => takeInventory(db, { depth }));
        process.stdout.write(format === 'json'
            ? `${JSON.stringify(inventory)}\n`
            : format === 'table'
                ? inventoryTable(inventory)
                : inventorySimple(inventory));
        return 0;
    }
};

;// CONCATENATED MODULE: ./src/lib/inventory/source.ts
/**
 * One side of a diff: a snapshot (inventoried now) or a JSON file written earlier that holds an
 * inventory: `snapshot inventory -w json`, `snapshot status -w json`, a restore or action report
 * (`snapshot.inventory`), so a nightly job can keep reports instead of snapshots.
 */




/** Largest JSON report read whole (reports are kilobytes; a snapshot never starts with `{`). */
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
/** Whether `path` holds JSON (its first non-blank byte is `{`). */
async function isJsonFile(path) {
    const handle = await (0,promises_namespaceObject.open)(path, 'r').catch((error) => {
        throw new errors_SnapshotError(error.code === 'ENOENT' ? `${path} does not exist` : `cannot read ${path}: ${error.message}`);
    });
    try {
        const head = Buffer.alloc(64);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        const text = head.subarray(0, bytesRead).toString('latin1').trimStart();
        return text.startsWith('{');
    }
    finally {
        await handle.close();
    }
}
/** The inventory inside a parsed report, status or inventory JSON; undefined when none. */
function inventoryIn(json) {
    const candidates = [
        json,
        json?.inventory,
        json?.snapshot?.inventory
    ];
    return candidates.find(isInventory);
}
function isInventory(value) {
    const v = value;
    return (typeof v === 'object' &&
        v !== null &&
        typeof v.revision === 'number' &&
        typeof v.liveKeys === 'number' &&
        Array.isArray(v.kinds) &&
        Array.isArray(v.prefixes) &&
        typeof v.encrypted === 'object');
}
/** Reads a JSON report's inventory; one clear error when the file has none. */
async function readReportInventory(path) {
    const text = await (0,promises_namespaceObject.readFile)(path);
    if (text.length > MAX_REPORT_BYTES)
        throw new InputError(`${path}: ${text.length} bytes is too big for a report`);
    let json;
    try {
        json = JSON.parse(text.toString('utf8'));
    }
    catch (error) {
        throw new InputError(`${path}: not valid JSON (${error.message})`);
    }
    const inventory = inventoryIn(json);
    if (!inventory)
        throw new InputError(`${path}: JSON without an inventory (want 'snapshot inventory -w json', 'snapshot status -w json' or a restore report)`);
    return inventory;
}
/**
 * Both sides of a diff. A snapshot is inventoried at `depth`, or at the depth of a report on the
 * other side, so prefixes outside /registry group alike.
 */
async function loadDiffSides(oldPath, newPath, depth) {
    const paths = [oldPath, newPath];
    const json = await Promise.all(paths.map(isJsonFile));
    const reports = await Promise.all(paths.map((p, i) => (json[i] ? readReportInventory(p) : undefined)));
    const reportDepth = reports.find((r) => r !== undefined)?.depth;
    const sides = await Promise.all(paths.map(async (path, i) => {
        const report = reports[i];
        if (report)
            return { path, kind: 'report', inventory: report };
        const inventory = await inspectSnapshot(path, (db) => takeInventory(db, { depth: depth ?? reportDepth }));
        return { path, kind: 'snapshot', inventory };
    }));
    return [sides[0], sides[1]];
}

;// CONCATENATED MODULE: ./src/cli/commands/diff.ts






const diff_flags = [
    {
        name: 'max-drop',
        kind: 'string',
        help: 'largest accepted drop of the live keys, or of a kind or prefix with --min-keys keys',
        defaultText: `${DEFAULT_MAX_DROP_PERCENT}%`
    },
    {
        name: 'min-keys',
        kind: 'string',
        help: 'kinds and prefixes with fewer keys in <old> are not held to --max-drop',
        defaultText: `${DEFAULT_MIN_KEYS}`
    },
    {
        name: 'write-out',
        short: 'w',
        kind: 'string',
        help: 'output format: simple, table or json',
        defaultText: 'simple'
    },
    depthFlag
];
const diff_help = `Compares what two backups hold, per Kubernetes kind, prefix and encryption provider, and fails
(exit code 6) when <new> lost content against <old>: the revision went backwards, the live keys
or a kind or prefix with at least --min-keys keys in <old> dropped by more than --max-drop, or a
kind (or all encryption at rest) vanished. Each side is a snapshot, or a JSON file written earlier
that holds an inventory ('snapshot inventory -w json', 'snapshot status -w json', a restore report).

Usage:
  etcd-restore snapshot diff <old> <new> [--max-drop 10%] [--min-keys 50] [-w simple|table|json]

Flags:
${flagHelp(diff_flags)}
`;
const diffCommand = {
    path: ['snapshot', 'diff'],
    summary: 'compare two backups by kind and prefix; fail on lost content',
    async run(argv) {
        const parsed = parseFlags(argv, diff_flags);
        if (parsed.help) {
            process.stdout.write(diff_help);
            return 0;
        }
        const format = writeOut(parsed, ['simple', 'table', 'json']);
        const maxDropText = parsed.strings.get('max-drop');
        const maxDropPercent = maxDropText === undefined ? undefined : parsePercent(maxDropText);
        if (maxDropText !== undefined && maxDropPercent === undefined)
            throw new InputError(`invalid value "${maxDropText}" for --max-drop: want a percentage such as 10%`);
        const minKeysText = parsed.strings.get('min-keys');
        if (minKeysText !== undefined && !/^[0-9]{1,12}$/.test(minKeysText))
            throw new InputError(`invalid value "${minKeysText}" for --min-keys: want a whole number`);
        if (parsed.positionals.length !== 2)
            throw new InputError(`snapshot diff needs two arguments, <old> and <new>, got ${parsed.positionals.length}`);
        const [oldPath, newPath] = parsed.positionals;
        const [old, now] = await loadDiffSides(oldPath, newPath, depthOf(parsed));
        const diff = diffInventories(old.inventory, now.inventory, {
            maxDropPercent,
            minKeys: minKeysText === undefined ? undefined : Number(minKeysText)
        });
        process.stdout.write(format === 'json'
            ? `${JSON.stringify({ old: { path: old.path, kind: old.kind }, new: { path: now.path, kind: now.kind }, ...diff })}\n`
            : diffText(diff, format));
        if (!diff.passed)
            throw new RegressionError(`${newPath} lost content against ${oldPath}: ${diff.failures.join('; ')}`);
        return 0;
    }
};

;// CONCATENATED MODULE: ./src/cli/main.ts








const commands = [restoreCommand, statusCommand, hashkvCommand, drillCommand];
commands.push(inventoryCommand, diffCommand);
const usage = `etcd-restore ${TOOL_VERSION}: verify an etcd v3 snapshot and restore data-dirs for a whole cluster

Usage:
${commands.map((c) => `  etcd-restore ${c.path.join(' ').padEnd(18)} ${c.summary}`).join('\n')}
  etcd-restore version            print the version

Run 'etcd-restore <command> --help' for the flags of a command.
`;
/** Dispatches argv to a command and returns the exit code. */
async function main(argv) {
    if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
        process.stdout.write(usage);
        return 0;
    }
    if (argv[0] === 'version' || argv[0] === '--version') {
        process.stdout.write(`etcd-restore ${TOOL_VERSION}\n`);
        return 0;
    }
    const command = commands.find((c) => c.path.every((word, i) => argv[i] === word));
    if (!command) {
        if (argv[0] === 'snapshot' && (argv.length === 1 || argv[1]?.startsWith('-'))) {
            process.stdout.write(usage);
            return 0;
        }
        throw new InputError(`unknown command "${argv.slice(0, 2).join(' ')}" (see 'etcd-restore --help')`);
    }
    return command.run(argv.slice(command.path.length));
}

;// CONCATENATED MODULE: ./src/cli/index.ts
// Error boundary of `etcd-restore`: nothing can fail before the catch is in place.


// A reader that goes away (`… -w json | head -c1`) is not an error of ours: the work is done, so
// stop writing quietly instead of dying on an unhandled EPIPE with a stack trace.
process.stdout.on('error', (error) => {
    if (error.code !== 'EPIPE')
        throw error;
});
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (error) => {
    process.stderr.write(`Error: ${errorMessage(error)}\n`);
    if (process.env.ETCD_RESTORE_DEBUG && error instanceof Error)
        process.stderr.write(`${error.stack}\n`);
    process.exitCode = exitCodeOf(error);
});

