package io.saidwho.io;

/** Writing one table failed; names the table (tables may be written concurrently). */
public final class TableWriteException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String table;

  public TableWriteException(String table, Exception cause) {
    super("writing " + table + " failed: " + cause.getMessage(), cause);
    this.table = table;
  }

  public String table() {
    return table;
  }
}
