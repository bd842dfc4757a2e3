package io.saidwho.models;

import io.saidwho.core.ArticleProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The four English OpenNLP models (UD EWT sentence, tokenizer, POS, lemmatizer), loaded from the model jars on
 * the classpath ({@code org.apache.opennlp:opennlp-models-*-en:1.3.0}), never downloaded. Models
 * are immutable and thread-safe; {@link #shared()} loads them once per JVM. The {@code *ME} tools
 * built on them are not thread-safe: build those per partition (see {@code TextAnalyzer}).
 */
public record NlpModels(
    SentenceModel sentences, TokenizerModel tokens, POSModel pos, LemmatizerModel lemmas) {

  public static final String SENTENCE_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  public static final String TOKENIZER_RESOURCE = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  public static final String POS_RESOURCE = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  public static final String LEMMATIZER_RESOURCE = "/opennlp-en-ud-ewt-lemmas-1.3-2.5.4.bin";

  /** The artifact of a POS model package that holds the maxent model. */
  private static final String POS_MODEL_ENTRY = "pos.model";

  /** The models of this JVM, loaded on first use. */
  public static NlpModels shared() {
    return Holder.MODELS;
  }

  /** A new core pipeline over these models: one per partition or thread (it is not thread-safe). */
  public ArticleProcessor newProcessor() {
    return ArticleProcessor.standard(sentences, tokens, pos, lemmas);
  }

  /** As {@link #newProcessor()}, with the attribution sieves named in {@code sieveOrder}. */
  public ArticleProcessor newProcessor(List<String> sieveOrder) {
    return ArticleProcessor.standard(sentences, tokens, pos, lemmas, sieveOrder);
  }

  /**
   * Loads fresh copies from the classpath; prefer {@link #shared()}. The POS model decodes
   * greedily ({@link #greedy}).
   */
  public static NlpModels loadFromClasspath() {
    return new NlpModels(
        load(SENTENCE_RESOURCE, SentenceModel::new),
        load(TOKENIZER_RESOURCE, TokenizerModel::new),
        greedy(loadShippedPos()),
        load(LEMMATIZER_RESOURCE, LemmatizerModel::new));
  }

  /** The POS model exactly as shipped (beam search of size 3): the benchmark's baseline. */
  public static POSModel loadShippedPos() {
    return load(POS_RESOURCE, POSModel::new);
  }

  /**
   * The same POS model (same maxent weights and features) with beam size 1, i.e. greedy decoding,
   * instead of the shipped 3. Tagging is about 3x faster, and the tags were identical to beam 3 on
   * the gold articles and the benchmark corpus (docs/benchmark.md; pinned by NlpModelsTest).
   */
  static POSModel greedy(POSModel shipped) {
    MaxentModel weights = (MaxentModel) shipped.getArtifact(POS_MODEL_ENTRY);
    return new POSModel(shipped.getLanguage(), weights, 1, null, shipped.getFactory());
  }

  private static <M> M load(String resource, ModelReader<M> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            "OpenNLP model " + resource + " is not on the classpath: add the"
                + " org.apache.opennlp:opennlp-models-*-en:1.3.0 jars");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read OpenNLP model " + resource, e);
    }
  }

  @FunctionalInterface
  private interface ModelReader<M> {
    M read(InputStream in) throws IOException;
  }

  private static final class Holder {
    static final NlpModels MODELS = loadFromClasspath();
  }
}
