// Build-time settings the app reads through import.meta.env (see README, "A dataset of your own").
interface ImportMetaEnv {
  /** Other origins `?data=` may load datasets from: comma-separated, e.g. `https://example.org`. Empty by default. */
  readonly VITE_DATA_ORIGINS?: string;
}
