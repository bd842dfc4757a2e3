package io.saidwho.io;

/** An input or output path cannot be used (missing, empty, not writable). Names the path. */
public class UnusablePathException extends Exception {

  private static final long serialVersionUID = 1L;

  public UnusablePathException(String message) {
    super(message);
  }

  public UnusablePathException(String message, Throwable cause) {
    super(message, cause);
  }
}
