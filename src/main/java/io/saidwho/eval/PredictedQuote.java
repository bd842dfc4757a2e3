package io.saidwho.eval;

import io.saidwho.core.text.TextSpan;

/** A quote the pipeline found, reduced to what the evaluation compares. */
public record PredictedQuote(
    String doc, TextSpan span, String text, String kind, String speaker, String sieve) {}
