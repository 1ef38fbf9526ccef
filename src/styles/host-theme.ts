/**
 * theme.css for a shadow root: the theme's custom properties and the page defaults, on `:host`. Rewritten at build
 * time by the `hostTheme` Vite plugin (scripts/host-theme.ts, postcss): one source, two uses.
 */
import { unsafeCSS } from 'lit';
import hostThemeCss from 'virtual:host-theme';

export const hostTheme = unsafeCSS(hostThemeCss);
