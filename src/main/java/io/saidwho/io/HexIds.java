package io.saidwho.io;

import static org.apache.spark.sql.functions.udf;

import io.saidwho.resolve.ShortHash;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The text of a long id inside the cross-article steps: 16 lower-case hex chars, printed by
 * {@link ShortHash#hex} itself. Null stays null. Not Spark's {@code lower(lpad(hex(id)))}: its
 * {@code lower} goes through ICU case mapping, whose first use initialises ICU's data in every
 * JVM (about half a second of CPU in a task of each cold run) to lower-case sixteen hex digits.
 * Stateless.
 */
final class HexIds {

  private static final UserDefinedFunction HEX = udf(
      (UDF1<Long, String>) id -> id == null ? null : ShortHash.hex(id), DataTypes.StringType);

  private HexIds() {}

  static Column of(Column id) {
    return HEX.apply(id);
  }
}
