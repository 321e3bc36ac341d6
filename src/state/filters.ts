// What the legend and the search box take out of the picture or mark in it, as pure producers:
// hidden kinds and relations (kept sorted, so equal views give equal links) and the search text.
import type { Producer } from "./store.ts";
import { type ViewState, withName } from "./view-state.ts";

export function setKindHidden(kind: string, isHidden: boolean): Producer<ViewState> {
  return (state) => {
    const hiddenKinds = withName(state.hiddenKinds, kind, isHidden);
    return hiddenKinds === state.hiddenKinds ? state : { ...state, hiddenKinds };
  };
}

export function setRelationHidden(relation: string, isHidden: boolean): Producer<ViewState> {
  return (state) => {
    const hiddenRelations = withName(state.hiddenRelations, relation, isHidden);
    return hiddenRelations === state.hiddenRelations ? state : { ...state, hiddenRelations };
  };
}

export function setSearch(search: string): Producer<ViewState> {
  return (state) => (state.search === search ? state : { ...state, search });
}
