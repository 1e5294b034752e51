/**
 * Most-used defects first: within each group, entries the inspector recorded most often on this
 * phone come first, ties (and never-used entries) keep the library's own order. Pure and stable,
 * so the grid is predictable.
 */
import type { LibraryGroup } from './library-search';

export const orderByUsage = (groups: LibraryGroup[], usage: ReadonlyMap<string, number>): LibraryGroup[] =>
  groups.map(({ group, defects }) => ({
    group,
    defects: defects
      .map((defect, index) => ({ defect, index, count: usage.get(defect.code) ?? 0 }))
      .sort((a, b) => b.count - a.count || a.index - b.index)
      .map(({ defect }) => defect),
  }));
