/** The tool's version, kept equal to package.json's (a test checks); part of cache keys and reports. */
export const TOOL_VERSION = '0.1.0'
