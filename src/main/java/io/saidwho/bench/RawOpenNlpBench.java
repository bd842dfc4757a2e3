package io.saidwho.bench;

import io.saidwho.core.text.QuoteMarkNormalizer;
import io.saidwho.models.NlpModels;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

/**
 * The baseline: plain OpenNLP on one thread (one core) over a sample of texts, with nothing of
 * saidwho around it. Texts get the same quote-mark normalisation and line (paragraph) split the job
 * does. Each measurement repeats passes over the sample for a warm-up time, then for a measured
 * time, and counts tokens. The baseline tags with the POS model as shipped (beam search of 3,
 * {@link NlpModels#loadShippedPos}); the job tags greedily (beam 1), measured here too. Not
 * thread-safe; run it on one thread.
 */
final class RawOpenNlpBench {

  private final SentenceDetectorME sentences;
  private final TokenizerME tokenizer;
  private final POSTaggerME shippedTagger;
  private final POSTaggerME greedyTagger;
  private final List<String> paragraphs = new ArrayList<>();
  private final double warmupSeconds;
  private final double measureSeconds;
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private long sink;

  RawOpenNlpBench(
      NlpModels models, List<String> texts, double warmupSeconds, double measureSeconds) {
    this.sentences = new SentenceDetectorME(models.sentences());
    this.tokenizer = new TokenizerME(models.tokens());
    this.shippedTagger = new POSTaggerME(NlpModels.loadShippedPos());
    this.greedyTagger = new POSTaggerME(models.pos());
    this.warmupSeconds = warmupSeconds;
    this.measureSeconds = measureSeconds;
    for (String text : texts) {
      for (String line : QuoteMarkNormalizer.normalize(text).split("\n")) {
        if (!line.isBlank()) {
          paragraphs.add(line.strip());
        }
      }
    }
  }

  /** Sentence detection, tokenization and POS tagging (shipped beam 3) of every sentence. */
  Throughput sentenceTokenPos() {
    return measure("opennlp sentence+token+pos", ignored -> sentenceTokenPosPass(shippedTagger));
  }

  /** The same with greedy POS decoding (beam 1), as the job tags. */
  Throughput sentenceTokenGreedyPos() {
    return measure(
        "opennlp sentence+token+pos greedy", ignored -> sentenceTokenPosPass(greedyTagger));
  }

  /** Sentence detection and tokenization, no tagging. */
  Throughput sentenceToken() {
    return measure("opennlp sentence+token", this::sentenceTokenPass);
  }

  /** Tokenization alone, of sentences detected beforehand. */
  Throughput tokenizerOnly() {
    List<String> all = new ArrayList<>();
    for (String paragraph : paragraphs) {
      all.addAll(List.of(sentences.sentDetect(paragraph)));
    }
    return measure("opennlp tokenizer", ignored -> tokenizePass(all));
  }

  private Throughput measure(String name, ToLongFunction<Void> pass) {
    runFor(warmupSeconds, pass);
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    long tokens = runFor(measureSeconds, pass);
    double wall = (System.nanoTime() - wall0) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
    return new Throughput(name, tokens, wall, cpu);
  }

  private long runFor(double seconds, ToLongFunction<Void> pass) {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    long tokens = 0;
    do {
      tokens += pass.applyAsLong(null);
    } while (System.nanoTime() < deadline);
    return tokens;
  }

  private long sentenceTokenPosPass(POSTaggerME tagger) {
    long tokens = 0;
    for (String paragraph : paragraphs) {
      for (String sentence : sentences.sentDetect(paragraph)) {
        String[] words = tokenizer.tokenize(sentence);
        sink += tagger.tag(words).length;
        tokens += words.length;
      }
    }
    return tokens;
  }

  private long sentenceTokenPass(Void ignored) {
    long tokens = 0;
    for (String paragraph : paragraphs) {
      for (String sentence : sentences.sentDetect(paragraph)) {
        tokens += tokenizer.tokenize(sentence).length;
      }
    }
    return tokens;
  }

  private long tokenizePass(List<String> sentenceTexts) {
    long tokens = 0;
    for (String sentence : sentenceTexts) {
      tokens += tokenizer.tokenize(sentence).length;
    }
    return tokens;
  }

  /** Keeps the JIT from discarding the tagger's output; meaningless otherwise. */
  long sink() {
    return sink;
  }
}
