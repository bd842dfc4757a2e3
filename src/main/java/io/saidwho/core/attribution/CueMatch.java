package io.saidwho.core.attribution;

/**
 * A speech verb next to a quote and the mention of its subject.
 *
 * @param cue the cue as written ("said", "called on")
 * @param mention its subject
 */
record CueMatch(String cue, Mention mention) {}
