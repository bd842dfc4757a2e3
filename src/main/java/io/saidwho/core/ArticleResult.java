package io.saidwho.core;

import io.saidwho.core.text.Article;
import io.saidwho.core.text.Sentence;
import java.util.List;

/**
 * What the core found in one article.
 *
 * @param article the input
 * @param sentences every sentence, in order
 * @param quotes every quote, in text order, with its attribution
 * @param tokenCount number of tokens in the article
 * @param taggedSentenceCount sentences that were POS-tagged (only those near quotes are)
 * @param nanos time spent per stage
 */
public record ArticleResult(
    Article article,
    List<Sentence> sentences,
    List<AttributedQuote> quotes,
    int tokenCount,
    int taggedSentenceCount,
    StageNanos nanos) {}
