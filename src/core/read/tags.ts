import { frontmatterValue } from '../frontmatter';
import type { PlanDocument } from '../markdown';
import { frontmatterData } from './frontmatter-data';

/**
 * The note's tags from its properties (`tags` or `tag`, a list or a comma/space separated
 * string), without `#`, in order, each once. Case is kept as written.
 */
export function readTags(doc: PlanDocument): string[] {
  const data = frontmatterData(doc);
  const raw = [frontmatterValue(data, 'tags'), frontmatterValue(data, 'tag')];
  const tags: string[] = [];
  const add = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) add(item);
      return;
    }
    if (typeof value !== 'string' && typeof value !== 'number') return;
    for (const part of String(value).split(/[,\s]+/)) {
      const tag = part.replace(/^#+/, '').trim();
      if (tag && !tags.includes(tag)) tags.push(tag);
    }
  };
  for (const value of raw) add(value);
  return tags;
}
