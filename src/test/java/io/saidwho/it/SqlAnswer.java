package io.saidwho.it;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The answer to one query as rows of normal-form cells ({@link SqlValues}), from Spark or from
 * JDBC, comparable across engines: {@link #sorted()} for queries without a top-level ORDER BY and
 * {@link #differenceFrom} to explain the first mismatch. Immutable.
 *
 * @param columns column labels as the engine reported them (not compared: engines name
 *     expressions differently)
 * @param rows the normal-form rows, in the engine's order
 */
public record SqlAnswer(List<String> columns, List<List<Object>> rows) {

  public static SqlAnswer of(Dataset<Row> result) {
    List<String> columns = List.of(result.columns());
    List<List<Object>> rows = new ArrayList<>();
    for (Row row : result.collectAsList()) {
      List<Object> cells = new ArrayList<>();
      for (int i = 0; i < row.size(); i++) {
        cells.add(SqlValues.normalise(row.get(i)));
      }
      rows.add(cells);
    }
    return new SqlAnswer(columns, rows);
  }

  public static SqlAnswer of(ResultSet result) throws SQLException {
    ResultSetMetaData meta = result.getMetaData();
    List<String> columns = new ArrayList<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    while (result.next()) {
      List<Object> cells = new ArrayList<>();
      for (int i = 1; i <= columns.size(); i++) {
        cells.add(SqlValues.normalise(result.getObject(i)));
      }
      rows.add(cells);
    }
    return new SqlAnswer(columns, rows);
  }

  /** The same rows sorted by their normal-form text. */
  public SqlAnswer sorted() {
    Comparator<List<Object>> byKey = Comparator.comparing(SqlAnswer::sortKey);
    return new SqlAnswer(columns, rows.stream().sorted(byKey).toList());
  }

  /** Null when {@code other} is the same answer, otherwise what differs first. */
  public String differenceFrom(SqlAnswer other) {
    if (columns.size() != other.columns.size()) {
      return "columns " + columns + " vs " + other.columns;
    }
    if (rows.size() != other.rows.size()) {
      return rows.size() + " rows vs " + other.rows.size() + " rows";
    }
    for (int i = 0; i < rows.size(); i++) {
      if (!SqlValues.sameCells(rows.get(i), other.rows.get(i))) {
        return "row " + i + ": " + rows.get(i) + " vs " + other.rows.get(i);
      }
    }
    return null;
  }

  private static String sortKey(List<Object> row) {
    return row.stream().map(SqlValues::sortKey).toList().toString();
  }
}
