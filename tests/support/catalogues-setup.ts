// vitest's global set-up: the message catalogues (src/i18n/generated/, build output) built if missing or stale.
import { ensureCatalogues } from '../../scripts/catalogues.js';

export default function setup(): void {
  ensureCatalogues();
}
