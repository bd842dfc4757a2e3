package io.saidwho.core;

import io.saidwho.core.attribution.Attribution;
import io.saidwho.core.quote.Quote;

/**
 * A quote with its attribution and the sentences it covers.
 *
 * @param sentenceBegin index of the first sentence the quote overlaps
 * @param sentenceEnd one past the index of the last sentence it overlaps (half-open)
 */
public record AttributedQuote(
    Quote quote, Attribution attribution, int sentenceBegin, int sentenceEnd) {}
