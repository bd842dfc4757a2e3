package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;

/**
 * One row of a gold file (the format of {@code sample-data/gold/seed-quotes.jsonl}): a quoted span
 * of document {@code doc} at {@code [start, end)}, its kind and its canonical speaker (null for
 * non-speech or when the gold names nobody).
 */
public record GoldQuote(String doc, TextSpan span, String text, String kind, String speaker) {}
