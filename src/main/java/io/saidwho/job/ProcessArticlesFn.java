package io.saidwho.job;

import io.saidwho.config.InputFormat;
import io.saidwho.core.ArticleProcessor;
import io.saidwho.core.ArticleResult;
import io.saidwho.io.ParsedRecord;
import io.saidwho.io.RecordParser;
import io.saidwho.io.RejectReason;
import io.saidwho.io.ResultRows;
import io.saidwho.models.NlpModels;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The NLP step: raw input records ({@code ArticleSource.INPUT_DDL}) in, one processed row per
 * record ({@code Processed.SCHEMA}) out. Builds one {@link ArticleProcessor} per partition over the
 * JVM's shared models, then turns each record into an article (with its sentences and quotes) or a
 * reject, lazily, one record at a time. An exception from the core on one article becomes a
 * {@code process_failed} reject (logged with its stack trace); the reject ratio check stops a run
 * where that happens often.
 */
public final class ProcessArticlesFn implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ProcessArticlesFn.class);

  private final int maxArticleChars;
  private final List<String> sieveOrder;

  /**
   * @param maxArticleChars longer articles are rejected as {@code too_large}
   * @param sieveOrder attribution sieve names in order, or null for the core's default order
   */
  public ProcessArticlesFn(int maxArticleChars, List<String> sieveOrder) {
    this.maxArticleChars = maxArticleChars;
    this.sieveOrder = sieveOrder == null ? null : new ArrayList<>(sieveOrder);
  }

  @Override
  public Iterator<Row> call(Iterator<Row> records) {
    NlpModels models = NlpModels.shared();
    ArticleProcessor processor =
        sieveOrder == null ? models.newProcessor() : models.newProcessor(sieveOrder);
    RecordParser parser = new RecordParser(maxArticleChars);
    return new MappingIterator<>(records, record -> process(record, parser, processor));
  }

  private static Row process(Row record, RecordParser parser, ArticleProcessor processor) {
    String inputFile = record.getString(0);
    InputFormat format = InputFormat.fromLabel(record.getString(1));
    byte[] content = (byte[]) record.get(2);
    ParsedRecord parsed = parser.parse(inputFile, format, content);
    if (parsed.isRejected()) {
      return ResultRows.of(parsed.reject());
    }
    ArticleResult result;
    try {
      result = processor.process(parsed.article());
    } catch (RuntimeException e) {
      LOG.warn("The core failed on article {} of {}", parsed.article().id(), inputFile, e);
      return ResultRows.of(RejectReason.PROCESS_FAILED.reject(parsed.article().id(),
          inputFile, e.toString(), parsed.article().text()));
    }
    return ResultRows.of(result);
  }
}
