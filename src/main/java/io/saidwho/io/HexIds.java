package io.saidwho.io;

import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.lpad;

import org.apache.spark.sql.Column;

/**
 * The text of a long id inside the cross-article steps: 16 lower-case hex chars, as {@code
 * ShortHash.hex} prints it (Spark's {@code hex} of a long is its unsigned two's complement, left
 * padded here). Null stays null. Stateless.
 */
final class HexIds {

  private HexIds() {}

  static Column of(Column id) {
    return lower(lpad(hex(id), 16, "0"));
  }
}
