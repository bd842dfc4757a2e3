package io.saidwho.io;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Builds one row of a struct type of the processed dataset ({@link Processed}) by field name;
 * fields not set stay null. Not thread-safe; one builder per row.
 */
final class ResultRowBuilder {

  private final StructType type;
  private final Object[] values;

  ResultRowBuilder(StructType type) {
    this.type = type;
    this.values = new Object[type.size()];
  }

  ResultRowBuilder set(String field, Object value) {
    values[type.fieldIndex(field)] = value;
    return this;
  }

  Row build() {
    return RowFactory.create(values);
  }
}
