package io.saidwho.core.attribution;

/**
 * A quote's cue match and where it was found.
 *
 * @param match the cue and its subject
 * @param region where the cue sits relative to the quote
 */
record LocatedCue(CueMatch match, Region region) {

  Mention mention() {
    return match.mention();
  }

  String cue() {
    return match.cue();
  }
}
