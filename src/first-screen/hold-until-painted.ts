/**
 * Imported first by `st-app.ts`: the modules that depend on this one (the app element, and so its definition)
 * are evaluated once the page's first screen has been painted (painted.ts, decision 0057). Everywhere else, at
 * once.
 */
import { firstScreenPainted } from './painted.js';

await firstScreenPainted();
