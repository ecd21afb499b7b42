/**
 * Stands in, in the browser bundle, for the Node modules that pptxgenjs imports only on its Node path
 * (reading images from disk or the web). Bundled for real, they brought Node's https and stream polyfills,
 * which run Function(…) on load: forbidden by our content security policy.
 */
const stub = {}
export default stub
