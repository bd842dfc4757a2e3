package io.saidwho.eval;

/** Bad input to the evaluation (unreadable or malformed gold, unknown document): exit non-zero. */
public final class EvaluationInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvaluationInputException(String message) {
    super(message);
  }
}
