export { findChromium, launchChromium, type ChromiumChoice } from './find-browser.js';
