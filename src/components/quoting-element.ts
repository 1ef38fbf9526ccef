/**
 * The base of the elements that show the dataset's quotes (the list, the details, the claims, the article viewer):
 * the dataset they show, and drawing again as its quotes are checked, so that each says whether a quote was found
 * word for word as soon as it is known.
 */
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { DatasetIndex } from '../data/dataset-index.js';
import { WatchQuoteChecks } from './watch-quote-checks.js';

export abstract class QuotingElement extends LitElement {
  /** The dataset, indexed, with its articles' texts and its quote checks; nothing is shown without it. */
  @property({ attribute: false }) index: DatasetIndex | undefined;

  /** Draws the element again as the quotes are checked. */
  protected readonly quoteChecks = new WatchQuoteChecks(this, () => this.index);
}
