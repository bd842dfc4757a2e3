package io.saidwho.io;

/** Another live run holds the lock of the output path and batch date. Names that run. */
public final class BatchLockedException extends UnusablePathException {

  private static final long serialVersionUID = 1L;

  private final String holderRunId;

  public BatchLockedException(String message, String holderRunId) {
    super(message);
    this.holderRunId = holderRunId;
  }

  /** The run id of the run holding the lock. */
  public String holderRunId() {
    return holderRunId;
  }
}
