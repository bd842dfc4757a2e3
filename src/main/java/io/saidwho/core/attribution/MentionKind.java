package io.saidwho.core.attribution;

/** How a speaker is named next to a cue. */
enum MentionKind {
  /** A proper name, possibly with a title: "Foreign Minister Wang Yi", "the State Department". */
  NAME,
  /** A personal pronoun: "he", "she", "it", "they". */
  PRONOUN,
  /** A common-noun phrase: "the minister", "the statement". */
  DESCRIPTION
}
