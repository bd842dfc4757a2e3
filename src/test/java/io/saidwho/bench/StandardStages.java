package io.saidwho.bench;

import io.saidwho.core.ArticleProcessor;
import io.saidwho.core.quote.QuoteFinder;
import io.saidwho.models.NlpModels;
import java.lang.reflect.Field;

/**
 * The stage objects that {@link ArticleProcessor#standard} wires, read from a standard processor's
 * fields by type, so that the benchmarks measure whatever implementation the core currently uses
 * without naming it (and without widening the core's API for benchmarks).
 */
record StandardStages(QuoteFinder finder) {

  static StandardStages create() {
    ArticleProcessor processor = NlpModels.shared().newProcessor();
    return new StandardStages(field(processor, QuoteFinder.class));
  }

  private static <T> T field(ArticleProcessor processor, Class<T> type) {
    for (Field field : ArticleProcessor.class.getDeclaredFields()) {
      if (type.isAssignableFrom(field.getType())) {
        field.setAccessible(true);
        try {
          return type.cast(field.get(processor));
        } catch (IllegalAccessException e) {
          throw new IllegalStateException("Cannot read ArticleProcessor." + field.getName(), e);
        }
      }
    }
    throw new IllegalStateException("ArticleProcessor has no field of type " + type.getName());
  }
}
