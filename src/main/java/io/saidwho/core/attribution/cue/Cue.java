package io.saidwho.core.attribution.cue;

import io.saidwho.core.text.TextSpan;

/**
 * A quote's cue: where it was read, the verb (or phrase) that reports the quote, and the mention
 * of its subject. All texts are the article's own at their offsets.
 *
 * @param frame the shape it was read in
 * @param verb the cue as written ("said", "called on", "according to"), or null (a dash)
 * @param verbSpan the cue's offsets, or null
 * @param mention the subject
 */
public record Cue(Frame frame, String verb, TextSpan verbSpan, Mention mention) {}
