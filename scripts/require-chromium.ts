// Stops `npm run test:e2e` early, with the fix, when there is no Chromium to run the end-to-end tests in.
import { findChromium } from './chromium.ts';

findChromium();
