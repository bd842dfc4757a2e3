package io.saidwho.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Normal form of one SQL answer cell, so answers from Spark and from DuckDB compare equal: every
 * number becomes a {@link BigDecimal}, dates an ISO {@code yyyy-MM-dd} string, timestamps an ISO
 * instant in UTC, arrays a list of normal forms; strings, booleans and nulls stay as they are.
 * Numbers compare with a relative tolerance of 1e-6 (engines sum doubles in different orders and
 * type decimal division differently). Stateless.
 */
public final class SqlValues {

  private static final BigDecimal TOLERANCE = new BigDecimal("1e-6");
  private static final MathContext SORT_DIGITS = new MathContext(6);

  private SqlValues() {}

  /** The normal form of a value returned by Spark ({@code Row.get}) or JDBC ({@code getObject}). */
  public static Object normalise(Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Number number) {
      return number(number);
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    Instant instant = instant(value);
    if (instant != null) {
      return instant.toString();
    }
    List<?> list = list(value);
    if (list != null) {
      return list.stream().map(SqlValues::normalise).toList();
    }
    return value.toString();
  }

  /** Whether two normal forms are the same answer. */
  public static boolean same(Object a, Object b) {
    if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
      BigDecimal scale = x.abs().max(y.abs()).max(BigDecimal.ONE);
      return x.subtract(y).abs().compareTo(scale.multiply(TOLERANCE)) <= 0;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      return sameCells(x, y);
    }
    return Objects.equals(a, b);
  }

  /** Whether two rows of normal forms are the same answer, cell by cell. */
  public static boolean sameCells(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!same(a.get(i), b.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** A text key for sorting rows, with numbers rounded below the comparison tolerance. */
  public static String sortKey(Object normal) {
    if (normal == null) {
      return "\u0000null";
    }
    if (normal instanceof BigDecimal number) {
      return number.round(SORT_DIGITS).stripTrailingZeros().toPlainString();
    }
    if (normal instanceof List<?> list) {
      return list.stream().map(SqlValues::sortKey).toList().toString();
    }
    return normal.toString();
  }

  private static Object number(Number number) {
    if (number instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros();
    }
    if (number instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (number instanceof Double || number instanceof Float) {
      double d = number.doubleValue();
      return Double.isFinite(d) ? new BigDecimal(d).stripTrailingZeros() : Double.toString(d);
    }
    return BigDecimal.valueOf(number.longValue());
  }

  private static Instant instant(Object value) {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof ZonedDateTime time) {
      return time.toInstant();
    }
    if (value instanceof LocalDateTime time) {
      return time.toInstant(ZoneOffset.UTC);
    }
    return null;
  }

  private static List<?> list(Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    if (value instanceof scala.collection.Iterable<?> seq) {
      List<Object> items = new ArrayList<>();
      seq.foreach(items::add);
      return items;
    }
    if (value instanceof Array array) {
      try {
        return Arrays.asList((Object[]) array.getArray());
      } catch (SQLException e) {
        throw new IllegalStateException("cannot read SQL array", e);
      }
    }
    return null;
  }
}
