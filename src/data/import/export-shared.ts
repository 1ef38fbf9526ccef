/**
 * What both exports need from a validated dataset: each event's sources as links or stored excerpts, and its
 * lane (the event's own group, or its first actor's, as the app draws it).
 */
import type { Dataset, TimelineEvent } from '../types.js';
import { webUrl } from '../web-url.js';
import type { LinkSourceFile } from './types.js';

/** An excerpt of an article stored with the dataset: its text cannot travel in a TimelineJS file or a CSV. */
export interface StoredSource {
  article: string;
  title: string;
  outlet?: string;
  published?: string;
  url?: string;
  quote?: string;
  /** The chain of sourcing by the actors' names, from the outlet that carried the report to the original source. */
  via?: string[];
}

export type ExportSource = { link: LinkSourceFile } | { stored: StoredSource };

/** The event's sources, each as the link it was written as or as the stored article it quotes. */
export function sourcesOf(dataset: Dataset, event: TimelineEvent): ExportSource[] {
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor.name]));
  return event.sources.flatMap((source): ExportSource[] => {
    const article = articles.get(source.article);
    if (!article) return [];
    const url = webUrl(article.url);
    const quote = source.quote === undefined ? {} : { quote: source.quote };
    const via = source.via === undefined ? {} : { via: source.via.map((id) => actors.get(id) ?? id) };
    const published = article.published === undefined ? {} : { published: article.published };
    const outlet = article.outlet === null ? {} : { outlet: article.outlet };
    if (article.file === undefined && url !== undefined && article.url) {
      const title = article.titleIsDescriptive ? {} : { title: article.title };
      return [{ link: { url: article.url, ...title, ...outlet, ...published, ...quote, ...via } }];
    }
    const link = article.url && url !== undefined ? { url: article.url } : {};
    return [
      { stored: { article: article.id, title: article.title, ...outlet, ...published, ...link, ...quote, ...via } },
    ];
  });
}

/** The lane the app draws the event in: its group, or its first actor's. */
export function laneOf(dataset: Dataset, event: TimelineEvent): { id: string; label: string } | undefined {
  const actors = new Map(dataset.actors.map((actor) => [actor.id, actor]));
  const id = event.group ?? event.actors.map((actor) => actors.get(actor)?.group).find((group) => group);
  return dataset.groups.find((group) => group.id === id);
}
