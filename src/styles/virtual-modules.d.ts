/** theme.css rewritten for a shadow root, by the `hostTheme` Vite plugin (scripts/host-theme.ts). */
declare module 'virtual:host-theme' {
  const css: string;
  export default css;
}
