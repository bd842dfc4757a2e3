package io.saidwho.job;

/**
 * A run failed after it started writing (a Spark job, a file operation): its staged tables were
 * discarded, the previous tables left as they were, and its manifest marked {@code failed}. The
 * message is one line naming the stage, the root cause and the manifest; the cause is the original.
 */
public final class RunFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String stage;

  RunFailedException(String stage, String manifestPath, Throwable cause) {
    super("the run failed while it was at " + stage + ": " + rootMessage(cause)
        + "; manifest " + manifestPath + " (status failed)", cause);
    this.stage = stage;
  }

  /** The stage the run was in: read, process, write:&lt;table&gt;, publish. */
  public String stage() {
    return stage;
  }

  /** The first line of the innermost cause's message (or its class when it has none). */
  static String rootMessage(Throwable error) {
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null ? "" : root.getMessage().strip();
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline).strip();
    return root.getClass().getSimpleName() + (line.isEmpty() ? "" : ": " + line);
  }
}
