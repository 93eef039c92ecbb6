/** The index reads the note model (src/core/model/note-model.ts); kept as a path for its callers. */
export type { MetaHeading, MetaListItem, MetaLoc, MetaPos, MetaSection, MetaTag, NoteModel, PlanMetadataInput } from '../model/note-model';
