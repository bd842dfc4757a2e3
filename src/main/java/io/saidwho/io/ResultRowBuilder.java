package io.saidwho.io;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Builds one row of the processed dataset ({@link Schemas#RESULT}) by column name; columns not set
 * stay null. Not thread-safe; one builder per row.
 */
final class ResultRowBuilder {

  private final Object[] values = new Object[Schemas.RESULT.size()];

  ResultRowBuilder(String recordType) {
    set(Schemas.RECORD_TYPE, recordType);
  }

  ResultRowBuilder set(String column, Object value) {
    values[Schemas.RESULT.fieldIndex(column)] = value;
    return this;
  }

  Row build() {
    return RowFactory.create(values.clone());
  }
}
