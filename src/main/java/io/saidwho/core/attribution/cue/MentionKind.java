package io.saidwho.core.attribution.cue;

/** How a speaker is named next to a cue. */
public enum MentionKind {
  /** A proper name, possibly with a title: "Foreign Minister Wang Yi", "the State Department". */
  NAME,
  /** A personal pronoun: "he", "she", "it", "they". */
  PRONOUN,
  /** A common-noun phrase: "the minister", "the statement", "one voter". */
  DESCRIPTION,
  /** Names joined by "and": "Lee and Park". */
  GROUP
}
