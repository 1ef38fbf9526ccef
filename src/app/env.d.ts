// Build-time settings the app reads through import.meta.env (see README, "A dataset of your own").
interface ImportMetaEnv {
  /** Other origins `?data=` may load datasets from: comma-separated, e.g. `https://example.org`. Empty by default. */
  readonly VITE_DATA_ORIGINS?: string;
  /** Limits raised for a larger dataset (src/data/limits.ts, `RAISABLE`): most events, largest file in MB, most quotes. */
  readonly VITE_MAX_EVENTS?: string;
  readonly VITE_MAX_DATASET_MB?: string;
  readonly VITE_MAX_QUOTES?: string;
}
