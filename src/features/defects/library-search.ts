/** Filters a defect library by code or by its Chinese or English name; keeps group order. */
import type { DefectGroup, DefectLibrary, DefectType } from '../../shared/schema';

export interface LibraryGroup {
  group: DefectGroup;
  defects: DefectType[];
}

export const searchLibrary = (library: DefectLibrary, query: string): LibraryGroup[] => {
  const needle = query.trim().toLowerCase();
  const matches = (defect: DefectType) =>
    !needle ||
    defect.code.toLowerCase().includes(needle) ||
    defect.name.zh.includes(needle) ||
    defect.name.en.toLowerCase().includes(needle);
  return library.groups
    .map((group) => ({ group, defects: library.defects.filter((d) => d.group === group.code && matches(d)) }))
    .filter((entry) => entry.defects.length > 0);
};
